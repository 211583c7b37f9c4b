/* Staff accounts (admins): list, add, disable. A view of the staff console: see console.js. */
(() => {
  'use strict';
  const { registerView, api, el, showProblem, me } = window.ClinicConsole;
  const $ = id => document.getElementById(id);

  async function load() {
    const accounts = await api('GET', '/api/admin/staff');
    $('accounts').replaceChildren(...accounts.map(account => {
      const row = el('tr');
      row.append(el('td', null, account.username), el('td', null, account.displayName), el('td', null, account.role),
        el('td', null, account.enabled ? 'Active' : 'Disabled'));
      const cell = el('td');
      if (account.enabled && account.username !== me().username) {
        const disable = el('button', null, 'Disable');
        disable.type = 'button';
        disable.setAttribute('aria-label', 'Disable ' + account.username);
        disable.addEventListener('click', async () => {
          if (!confirm('Disable ' + account.username + '? They are signed out at once.')) return;
          try { await api('POST', '/api/admin/staff/' + encodeURIComponent(account.username) + '/disable'); load(); }
          catch (error) { showProblem($('admin-problem'), error); }
        });
        cell.append(disable);
      }
      row.append(cell);
      return row;
    }));
  }

  $('add-account').addEventListener('submit', async event => {
    event.preventDefault();
    const form = new FormData(event.target);
    $('admin-problem').hidden = true;
    try {
      await api('POST', '/api/admin/staff', Object.fromEntries(form));
      event.target.reset();
      load();
    } catch (error) { showProblem($('admin-problem'), error); }
  });

  registerView('accounts', { show: load });
})();
