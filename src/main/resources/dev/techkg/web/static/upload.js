// TechKG upload page: files, pasted text or a URL become ingest jobs; each job's progress and, when it
// is done, the facts found are shown with links into the explorer. Strings are set with textContent.
(function () {
  'use strict';
  const { $, el, write } = window.TechKGDom;
  const jobs = $('jobs');

  function jobBox(label, text) {
    const box = el('div', null, { class: 'job' });
    box.append(el('strong', label));
    const status = el('p', text);
    box.append(status);
    return { box, status };
  }

  async function submit(request, label) {
    const { box, status } = jobBox(label, 'Sending…');
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

  // The recent jobs, shown again after a reload: finished ones with their results, others followed on. Quietly
  // nothing when the server wants a token this tab does not have yet (the first upload asks for it).
  async function showRecent() {
    const headers = {};
    const token = sessionStorage.getItem('techkg.apiToken');
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch('/api/jobs?limit=10', { headers }).catch(() => null);
    if (!response || !response.ok) return;
    const recent = await response.json();
    recent.forEach((job) => {
      const { box, status } = jobBox(job.items.map((i) => i.name).join(', '), '');
      box.classList.add('job-recent');
      box.append(el('p', 'Sent ' + job.created.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), { class: 'muted' }));
      jobs.append(box);
      follow('/api/jobs/' + encodeURIComponent(job.id), box, status);
    });
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
      // "competesWith" reads "competes with", as on the other pages.
      const words = fact.relation.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      li.append(el('a', fact.subject.label, { href: '/?center=' + encodeURIComponent(fact.subject.id) }), ' ' + words + ' ',
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
  // The feeds the server polls, if any: one row each, refreshed while the page is open.
  async function showFeeds() {
    const headers = {};
    const token = sessionStorage.getItem('techkg.apiToken');
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch('/api/feeds', { headers }).catch(() => null);
    if (!response || !response.ok) return;
    const feeds = await response.json();
    $('feeds-section').hidden = feeds.length === 0;
    $('feeds').tBodies[0].replaceChildren(...feeds.map((feed) => {
      const row = el('tr');
      row.append(el('td', feed.url), el('td', feed.lastPoll ? feed.lastPoll.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—'),
        el('td', feed.lastStatus, { class: feed.lastStatus === 'failed' ? 'error' : '' }),
        el('td', String(feed.itemsAddedLastPoll)), el('td', String(feed.itemsAddedTotal)),
        el('td', feed.lastError || '', { class: 'muted' }));
      return row;
    }));
    if (feeds.length) setTimeout(showFeeds, 15000);
  }

  showRecent();
  showFeeds();
  $('url-form').addEventListener('submit', (e) => {
    e.preventDefault();
    submit({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: $('url').value }) }, $('url').value);
  });
})();
