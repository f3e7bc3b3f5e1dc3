// Review page: the review queue's open flags, each with its two pieces of evidence and buttons that resolve it (reject
// a fact, merge, dismiss); then every correction, newest first, with an Undo button on those in force.
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
      case 'dismiss': return 'flag ' + c.flag;
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

  // One piece of evidence: the fact (or entity), the sentence, and its article and date.
  function evidence(e) {
    const td = el('td', null, { class: 'flag-evidence' });
    if (e.entity) {
      td.append(el('a', e.label, { href: '/id/' + encodeURIComponent(e.entity) }),
        el('div', e.type + ', ' + e.articles + (e.articles === 1 ? ' article' : ' articles'), { class: 'muted' }));
      return td;
    }
    if (e.subject) td.append(el('div', e.subject + ' ' + e.relation + ' ' + e.object, { class: 'flag-fact' }));
    td.append(el('q', e.sentence, { class: 'flag-sentence' }));
    const source = el('div', null, { class: 'muted' });
    source.append(el('a', e.title || e.article, { href: '/article/' + encodeURIComponent(e.article) }), e.date ? ' · ' + e.date : '');
    td.append(source);
    return td;
  }

  function flagButton(text, cls, correction, done) {
    const b = el('button', text, { type: 'button', class: cls + ' small' });
    b.addEventListener('click', async () => {
      b.disabled = true;
      const result = await curate.submit(correction);
      flagStatus.textContent = result.ok ? done : curate.problem(result.body);
      flagStatus.className = result.ok ? 'muted' : 'error';
      loadFlags();
      load();
    });
    return b;
  }

  const flagTable = $('flags');
  const flagStatus = $('flags-status');

  async function loadFlags() {
    const response = await fetch('/api/review', { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      flagStatus.textContent = curate.problem(body);
      flagStatus.className = 'error';
      return;
    }
    const rows = body.flags.map((f) => {
      const tr = el('tr', null, { 'data-flag': f.id, 'data-kind': f.kind });
      const actions = el('td', null, { class: 'flag-actions' });
      if (f.kind === 'merge-suggestion') {
        actions.append(flagButton('Merge ' + f.from + ' into ' + f.into, 'merge-flag', { kind: 'merge', from: f.from, into: f.into },
          'Merged ' + f.from + ' into ' + f.into + '.'), ' ');
      } else {
        f.evidence.filter((e) => e.subject).forEach((e) => {
          actions.append(flagButton('Reject ' + e.subject + ' ' + e.relation + ' ' + e.object, 'danger reject-flag-fact',
            { kind: 'reject', subject: e.subject, relation: e.relation, object: e.object }, 'Rejected.'), ' ');
        });
      }
      actions.append(flagButton('Dismiss', 'secondary dismiss-flag', { kind: 'dismiss', flag: f.id }, 'Dismissed ' + f.id + '.'));
      tr.append(el('td', f.kind), el('td', f.summary), ...f.evidence.map(evidence), actions);
      return tr;
    });
    flagTable.querySelector('tbody').replaceChildren(...rows);
    $('no-flags').hidden = rows.length > 0;
    const counts = Object.entries(body.kinds).map(([kind, n]) => n + ' ' + kind).join(', ');
    $('flag-counts').textContent = body.total === 0 ? '' : body.total + (body.total === 1 ? ' open flag' : ' open flags') + ': ' + counts
      + (body.total > rows.length ? '; the first ' + rows.length + ' are shown.' : '.');
  }

  loadFlags();
  load();
})();
