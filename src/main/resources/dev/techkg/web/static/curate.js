// Corrections from the pages: fact actions (reject / confirm with an optional note), sent to POST /api/curation
// through TechKGDom.write (same-site header, the API token when the server wants one). Text goes in with
// textContent only.
(function () {
  'use strict';
  const { el, write } = window.TechKGDom;

  // Sends one correction; resolves to { ok, body } (body: the correction, or the error JSON).
  async function submit(correction) {
    const response = await write('/api/curation', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(correction)
    });
    const body = await response.json().catch(() => ({}));
    return { ok: response.status === 201 || response.status === 200, body };
  }

  async function undo(id) {
    const response = await write('/api/curation/' + encodeURIComponent(id), { method: 'DELETE' });
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, body };
  }

  function problem(body) {
    return (body.error || 'Failed') + (body.detail ? ': ' + body.detail : '');
  }

  // A note field with Reject and Confirm buttons for the fact (subject, relation, object as slugs); done(kind)
  // runs after a correction was stored.
  function factActions(subject, relation, object, done) {
    const bar = el('div', null, { class: 'fact-actions' });
    const note = el('input', null, { type: 'text', class: 'fact-note', placeholder: 'Note (optional)', 'aria-label': 'Note' });
    const status = el('span', null, { class: 'muted', role: 'status' });
    const button = (text, kind, cls) => {
      const b = el('button', text, { type: 'button', class: cls + ' small', 'data-kind': kind });
      b.addEventListener('click', async () => {
        b.disabled = true;
        const result = await submit({ kind, subject, relation, object, note: note.value.trim() || null });
        b.disabled = false;
        status.textContent = result.ok ? (kind === 'reject' ? 'Rejected.' : 'Confirmed.') : problem(result.body);
        status.className = result.ok ? 'muted' : 'error';
        if (result.ok && done) done(kind, result.body);
      });
      return b;
    };
    bar.append(note, ' ', button('Reject', 'reject', 'danger reject-fact'), ' ', button('Confirm', 'confirm', 'secondary confirm-fact'), ' ', status);
    return bar;
  }

  window.TechKGCurate = { submit, undo, problem, factActions };
})();
