// TechKG upload page: files, pasted text or a URL become ingest jobs; each job's progress and, when it
// is done, the facts found are shown with links into the explorer. Strings are set with textContent.
(function () {
  'use strict';
  const { $, el, write } = window.TechKGDom;
  const jobs = $('jobs');

  async function submit(request, label) {
    const box = el('div', null, { class: 'job' });
    box.append(el('strong', label));
    const status = el('p', 'Sending…');
    box.append(status);
    jobs.prepend(box);
    try {
      const response = await write('/api/articles' + ($('replace').checked ? '?replace=true' : ''), request);
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        status.replaceWith(el('p', (body.error || response.statusText) + (body.detail ? ' — ' + body.detail : ''), { class: 'error', role: 'alert' }));
        return;
      }
      follow(response.headers.get('Location'), box, status);
    } catch (e) {
      status.replaceWith(el('p', 'The server could not be reached: ' + e.message, { class: 'error', role: 'alert' }));
    }
  }

  async function follow(location, box, status) {
    const bar = el('progress', null, { max: '1', value: '0' });
    status.replaceWith(bar);
    const detail = el('div');
    box.append(detail);
    for (;;) {
      const job = await (await fetch(location)).json();
      bar.max = job.total;
      bar.value = job.done;
      if (job.state === 'done' || job.state === 'failed') {
        bar.replaceWith(el('p', job.state === 'done' ? 'Done.' : 'Failed.', { class: job.state === 'done' ? 'job-done' : 'error' }));
        detail.replaceChildren(...job.items.map(item));
        return;
      }
      detail.replaceChildren(el('p', job.state === 'queued' ? 'Waiting for a worker…' : 'Reading ' + job.done + ' of ' + job.total + '…', { class: 'muted' }));
      await new Promise((r) => setTimeout(r, 700));
    }
  }

  function item(result) {
    const section = el('section', null, { class: 'job-item' });
    section.append(el('h3', result.name));
    if (result.state === 'failed') {
      section.append(el('p', result.error, { class: 'error' }));
      return section;
    }
    const article = el('p');
    article.append(el('a', result.result ? result.result.title : 'The article', { href: result.link }),
      result.outcome === 'unchanged' ? ' was already in the graph.' : ' (' + result.outcome + ')');
    section.append(article);
    const facts = result.result ? result.result.facts : [];
    if (!facts.length) section.append(el('p', 'No relations found.', { class: 'muted' }));
    const list = el('ul', null, { class: 'facts' });
    facts.forEach((fact) => {
      const li = el('li');
      li.append(el('a', fact.subject.label, { href: '/?center=' + encodeURIComponent(fact.subject.id) }), ' ' + fact.relation + ' ',
        el('a', fact.object.label, { href: '/?center=' + encodeURIComponent(fact.object.id) }));
      li.append(el('div', '“' + fact.evidence + '”', { class: 'muted' }));
      list.append(li);
    });
    section.append(list);
    return section;
  }

  function sendFiles(files) {
    if (!files.length) return;
    const form = new FormData();
    Array.from(files).forEach((f) => form.append('file', f, f.name));
    submit({ method: 'POST', body: form }, Array.from(files).map((f) => f.name).join(', '));
  }

  const zone = $('dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); sendFiles(e.dataTransfer.files); });
  $('files').addEventListener('change', () => { sendFiles($('files').files); $('files').value = ''; });

  $('text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const body = { text: $('text-body').value, title: $('text-title').value, source: $('text-source').value, date: $('text-date').value };
    submit({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }, body.title || 'Pasted text');
  });
  $('url-form').addEventListener('submit', (e) => {
    e.preventDefault();
    submit({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: $('url').value }) }, $('url').value);
  });
})();
