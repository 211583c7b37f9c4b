/*
 * Search chats: past conversations by words, dates, route, outcome and staff member, with the filters escalated,
 * emergency and rated badly (GET /api/staff/conversations). A hit opens in the inbox's chat pane.
 * A view of the staff console: see console.js.
 */
(() => {
  'use strict';
  const { registerView, api, el, showProblem, openConversation, labels } = window.ClinicConsole;
  const $ = id => document.getElementById(id);
  const PAGE = 25;
  let query = null, shown = 0;

  function params(offset) {
    const form = new FormData($('search'));
    const search = new URLSearchParams();
    for (const [name, value] of form) if (String(value).trim()) search.append(name, String(value).trim());
    search.set('limit', String(PAGE));
    search.set('offset', String(offset));
    return search;
  }

  async function run(offset) {
    $('search-problem').hidden = true;
    try {
      if (offset === 0) query = params(0); else query.set('offset', String(offset));
      const result = await api('GET', '/api/staff/conversations?' + query);
      if (offset === 0) { $('search-results').replaceChildren(); shown = 0; }
      $('search-results').append(...result.hits.map(hit));
      shown += result.hits.length;
      $('search-summary').textContent = result.total === 0 ? 'No chats match.'
        : result.total === 1 ? '1 chat matches.' : result.total + ' chats match, most recent first.';
      $('search-more').hidden = shown >= result.total;
    } catch (error) { showProblem($('search-problem'), error); }
  }

  function hit(found) {
    const entry = el('li');
    const button = el('button', 'item hit' + (found.urgent ? ' urgent' : ''));
    button.type = 'button';
    button.dataset.conversationId = found.id;
    const head = el('span', 'item-head');
    if (found.urgent) head.append(el('span', 'badge urgent', 'Emergency'));
    if (found.reason) head.append(el('span', 'badge escalated', 'Escalated: ' + (labels.reasons[found.reason] || found.reason)));
    if (found.rating) head.append(el('span', 'badge ' + (found.rating <= 2 ? 'bad' : 'rating'), 'Rated ' + found.rating + '/5'));
    if (found.thumbsDown) head.append(el('span', 'badge bad', found.thumbsDown + ' unhelpful ' + (found.thumbsDown === 1 ? 'answer' : 'answers')));
    head.append(el('span', 'wait', new Date(found.createdAt).toLocaleString()));
    button.append(head);
    if (found.snippet) button.append(el('span', 'trigger', found.snippet.text));
    const facts = [labels.states[found.state] || found.state, found.messages + ' messages'];
    if (found.outcome) facts.push('Outcome: ' + found.outcome);
    if (found.ratingComment) facts.push('\u201c' + found.ratingComment + '\u201d');
    button.append(el('span', 'facts', facts.join(' \u00b7 ')));
    button.addEventListener('click', () => openConversation(found.id));
    entry.append(button);
    return entry;
  }

  $('search').addEventListener('submit', event => { event.preventDefault(); run(0); });
  $('search-more').addEventListener('click', () => run(shown));

  registerView('history', { show: () => run(0) });
})();
