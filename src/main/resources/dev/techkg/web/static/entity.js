// Entity page: reject or confirm a fact, merge the entity into another, change its type, undo a rejection.
// The page is rebuilt by the server after each correction (a reload).
(function () {
  'use strict';
  const { $ } = window.TechKGDom;
  const curate = window.TechKGCurate;
  const main = document.querySelector('main[data-entity]');
  if (!main) return;
  const entity = main.dataset.entity;
  const reload = () => setTimeout(() => location.reload(), 300);

  document.querySelectorAll('.fact-slot').forEach((slot) => {
    slot.append(curate.factActions(slot.dataset.subject, slot.dataset.relation, slot.dataset.object, reload));
  });

  const status = $('curation-status');
  const show = (result, done) => {
    status.textContent = result.ok ? done : curate.problem(result.body);
    status.className = result.ok ? 'muted' : 'error';
  };

  $('merge-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const into = $('merge-into').value.trim();
    if (!into) return;
    const result = await curate.submit({ kind: 'merge', from: entity, into, note: $('merge-note').value.trim() || null });
    show(result, 'Merged.');
    if (result.ok) setTimeout(() => { location.href = '/id/' + encodeURIComponent(result.body.into); }, 300);
  });

  $('type-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await curate.submit({ kind: 'retype', entity, type: $('new-type').value });
    show(result, 'Type changed.');
    if (result.ok) reload();
  });

  document.querySelectorAll('button.undo-correction').forEach((b) => {
    b.addEventListener('click', async () => {
      const result = await curate.undo(b.dataset.correction);
      show(result, 'Undone.');
      if (result.ok) reload();
    });
  });
})();
