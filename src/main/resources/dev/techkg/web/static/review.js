// Review page: every correction, newest first, with an Undo button on those in force.
(function () {
  'use strict';
  const { $, el } = window.TechKGDom;
  const curate = window.TechKGCurate;
  const table = $('corrections');
  const status = $('review-status');

  function what(c) {
    switch (c.kind) {
      case 'reject': case 'confirm': case 'add':
        return c.subject + ' ' + c.relation + ' ' + c.object + (c.article ? ' (article ' + c.article + ')' : '');
      case 'merge': case 'split': return c.from + ' → ' + c.into;
      case 'retype': return c.entity + ': ' + (c.previousType || '?') + ' → ' + c.type;
      case 'alias-add': case 'alias-remove': return c.entity + ' “' + c.alias + '”';
      default: return c.undoes || '';
    }
  }

  async function load() {
    const response = await fetch('/api/curation', { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      status.textContent = curate.problem(body);
      status.className = 'error';
      return;
    }
    const rows = body.corrections.map((c) => {
      const tr = el('tr', null, { 'data-id': c.id });
      const state = el('td', c.active ? 'in force' : 'undone by ' + c.undoneBy);
      const action = el('td');
      if (c.active) {
        const b = el('button', 'Undo', { type: 'button', class: 'secondary small undo-correction' });
        b.addEventListener('click', async () => {
          b.disabled = true;
          const result = await curate.undo(c.id);
          status.textContent = result.ok ? 'Undone ' + c.id + '.' : curate.problem(result.body);
          status.className = result.ok ? 'muted' : 'error';
          load();
        });
        action.append(b);
      }
      tr.append(el('td', c.at.replace('T', ' ').slice(0, 19)), el('td', c.kind), el('td', what(c)), el('td', c.note || ''),
        el('td', c.by), state, action);
      return tr;
    });
    table.querySelector('tbody').replaceChildren(...rows);
    $('empty').hidden = rows.length > 0;
  }

  load();
})();
