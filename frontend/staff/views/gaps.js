/*
 * Knowledge gaps (admins): questions the articles don't cover, grouped by meaning, with how many off-topic or
 * rule-breaking messages were declined (counted, not listed). A group is marked answered or dismissed as a whole.
 * A view of the staff console: see console.js.
 */
(() => {
  'use strict';
  const { registerView, api, el, showProblem } = window.ClinicConsole;
  const $ = id => document.getElementById(id);

  async function load() {
    $('gaps-problem').hidden = true;
    const report = await api('GET', '/api/admin/knowledge-gaps?days=30');
    $('gaps-declined').textContent = report.declined === 0 ? 'No message was declined in this period.'
      : report.declined + (report.declined === 1 ? ' message was' : ' messages were')
        + ' declined as off topic or as an attempt to change the assistant\u2019s rules; they are not listed here.';
    if (!report.groups.length) {
      const cell = el('td', 'empty', 'Nothing to look at: every question so far was answered, handed to staff, small talk, or is marked done.');
      cell.colSpan = 5;
      const row = el('tr');
      row.append(cell);
      $('gaps').replaceChildren(row);
      return;
    }
    $('gaps').replaceChildren(...report.groups.slice(0, 50).map(row));
  }

  function row(group) {
    const line = el('tr');
    const others = group.questions.slice(1).map(question => question.question).join(' \u00b7 ');
    const actions = el('td', 'gap-actions');
    for (const [status, label] of [['answered', 'Mark answered'], ['dismissed', 'Dismiss']]) {
      const button = el('button', null, label);
      button.type = 'button';
      button.setAttribute('aria-label', label + ': ' + group.example);
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          await api('POST', '/api/admin/knowledge-gaps/resolve', { ids: group.ids, status });
          line.remove();
          if (!$('gaps').childElementCount) load();
        } catch (error) { button.disabled = false; showProblem($('gaps-problem'), error); }
      });
      actions.append(button);
    }
    line.append(el('td', 'asked', group.count + '\u00d7'), el('td', null, group.example), el('td', 'also', others),
      el('td', null, new Date(group.lastAsked).toLocaleString()), actions);
    return line;
  }

  registerView('gaps', { show: load });
})();
