// Search page: /api/search answers in three groups (entities, facts, articles), each with highlighted snippets.
// A snippet is HTML the server escaped, with <mark> around the matches; it is rebuilt here as text nodes and
// <mark> elements, never assigned as markup.
(function () {
  'use strict';
  const { $, el } = window.TechKGDom;
  const form = $('search-form');
  const input = $('search-text');
  const status = $('search-status');

  const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  const unescape = (text) => text.replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]);

  // The snippet as nodes: text between the marks, <mark> elements for the matches.
  function snippet(html, className) {
    const out = el('span', null, { class: className || 'snippet' });
    html.split(/(<mark>|<\/mark>)/).reduce((inMark, part) => {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      if (part) out.append(inMark ? el('mark', unescape(part)) : document.createTextNode(unescape(part)));
      return inMark;
    }, false);
    return out;
  }

  const entityLink = (e) => el('a', e.label, { href: '/id/' + encodeURIComponent(e.id) });

  function show(list, items, render, none) {
    list.replaceChildren(...items.map(render));
    if (!items.length) list.append(el('li', none, { class: 'muted' }));
  }

  async function run(q) {
    status.textContent = 'Searching…';
    status.className = 'muted';
    const response = await fetch('/api/search?limit=20&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      status.textContent = (body.error || 'Search failed') + (body.detail ? ': ' + body.detail : '');
      status.className = 'error';
      return;
    }
    const total = body.entities.length + body.facts.length + body.articles.length;
    status.textContent = total ? 'Results for “' + body.query + '”' : 'Nothing matches “' + body.query + '”.';
    show($('entity-results'), body.entities, (e) => {
      const li = el('li', null, { class: 'entity-result' });
      const link = el('a', null, { href: '/id/' + encodeURIComponent(e.id) });
      link.append(snippet(e.snippet));
      li.append(link, ' ', el('span', (e.type || '') + ' · ' + e.articles + (e.articles === 1 ? ' article' : ' articles'), { class: 'muted' }),
        ' ', el('a', 'show in the explorer', { href: '/?center=' + encodeURIComponent(e.id), class: 'small' }));
      if (e.label !== e.snippet.replace(/<\/?mark>/g, '')) li.append(el('span', ' (' + e.label + ')', { class: 'muted' }));
      return li;
    }, 'No entity has a name with these words.');
    show($('fact-results'), body.facts, (f) => {
      const li = el('li', null, { class: 'fact-result' });
      const head = el('p', null, { class: 'fact' });
      head.append(entityLink(f.subject), ' ', el('span', f.relation, { class: 'relation' }), ' ', entityLink(f.object));
      const quote = el('blockquote');
      quote.append(snippet(f.snippet));
      const source = el('p', null, { class: 'muted small' });
      source.append('From ', el('a', f.article.title || f.article.id, { href: f.article.link }),
        f.article.date ? ', ' + f.article.date : '', f.sentences > 1 ? ' · ' + f.sentences + ' sentences found state it' : '');
      li.append(head, quote, source);
      return li;
    }, 'No evidence sentence has these words.');
    show($('article-results'), body.articles, (a) => {
      const li = el('li', null, { class: 'article-result' });
      const link = el('a', null, { href: a.link });
      link.append(snippet(a.titleSnippet || a.id, 'title'));
      li.append(link);
      if (a.date) li.append(' ', el('span', a.date, { class: 'muted' }));
      if (a.snippet) {
        const p = el('p');
        p.append(snippet(a.snippet));
        li.append(p);
      }
      return li;
    }, 'No article has these words.');
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    history.replaceState(null, '', '/search?q=' + encodeURIComponent(q));
    run(q);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q && q.trim()) {
    input.value = q;
    run(q.trim());
  }
})();
