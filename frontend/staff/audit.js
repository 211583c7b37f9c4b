// The audit trail, for admins (the section sits inside the admin area, shown to admins only). Loaded on request:
// reading it is itself recorded. Self-contained: it needs nothing from console.js.
(() => {
  'use strict';
  const button = document.getElementById('audit-load');
  const body = document.getElementById('audit-events');
  if (!button || !body) return;

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    return td;
  }

  async function load() {
    button.disabled = true;
    try {
      const response = await fetch('/api/admin/audit?days=30&limit=500', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('The audit trail could not be read (' + response.status + ').');
      const events = await response.json();
      if (!events.length) {
        const row = document.createElement('tr');
        const empty = cell('Nothing recorded in the last 30 days.');
        empty.colSpan = 5;
        row.append(empty);
        body.replaceChildren(row);
        return;
      }
      body.replaceChildren(...events.map(event => {
        const row = document.createElement('tr');
        row.append(cell(new Date(event.at).toLocaleString()), cell(event.actor), cell(event.action.replaceAll('_', ' ')),
          cell(event.target), cell(event.address));
        return row;
      }));
    } catch (error) {
      const row = document.createElement('tr');
      const problem = cell(error.message);
      problem.colSpan = 5;
      row.append(problem);
      body.replaceChildren(row);
    } finally {
      button.disabled = false;
    }
  }

  button.addEventListener('click', load);
})();
