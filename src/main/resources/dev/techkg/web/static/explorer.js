// TechKG graph explorer: Cytoscape.js over the JSON API. Every string from the graph is set with
// textContent (never innerHTML): labels and evidence come from arbitrary text.
(function () {
  'use strict';
  const TYPES = {
    Company: { color: '#1f5fbf', shape: 'ellipse' },
    GovernmentBody: { color: '#b3261e', shape: 'hexagon' },
    Person: { color: '#2e7d32', shape: 'round-rectangle' },
    Place: { color: '#8d6e63', shape: 'triangle' },
    Product: { color: '#7b1fa2', shape: 'diamond' }
  };
  const RELATIONS = {
    competesWith: '#e53935', partnersWith: '#43a047', regulates: '#b3261e', investsIn: '#fb8c00',
    acquires: '#6d4c41', subsidiaryOf: '#546e7a', supplies: '#00897b', foundedBy: '#3949ab',
    leads: '#5e35b1', headquarteredIn: '#8d6e63', develops: '#7b1fa2'
  };
  const { $, el } = window.TechKGDom;

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': (n) => (TYPES[n.data('type')] || { color: '#999' }).color,
        'shape': (n) => (TYPES[n.data('type')] || { shape: 'ellipse' }).shape,
        'width': (n) => 18 + Math.min(30, 4 * (n.data('articles') || 1)), 'height': (n) => 18 + Math.min(30, 4 * (n.data('articles') || 1)) } },
      { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#f0a500' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'line-color': (e) => RELATIONS[e.data('relation')] || '#999',
        'target-arrow-color': (e) => RELATIONS[e.data('relation')] || '#999',
        'width': (e) => 1 + Math.min(6, e.data('weight') || 1), 'label': 'data(relation)', 'font-size': 9,
        'text-rotation': 'autorotate', 'color': '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge[relation = "competesWith"], edge[relation = "partnersWith"]', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge:selected', style: { 'width': 6 } }
    ]
  });
  window.techkg = { cy: cy };

  // ---------------------------------------------------------------- view state in the URL
  const params = new URLSearchParams(location.search);
  const state = {
    center: params.get('center') || '',
    depth: params.get('depth') || '1',
    relations: (params.get('relations') || '').split(',').filter(Boolean),
    minConfidence: params.get('minConfidence') || '0',
    since: params.get('since') || '',
    until: params.get('until') || ''
  };

  function buildControls() {
    const box = $('relations');
    Object.keys(RELATIONS).forEach((name) => {
      const id = 'rel-' + name;
      const input = el('input', null, { type: 'checkbox', id: id, value: name });
      input.checked = state.relations.length === 0 || state.relations.includes(name);
      input.addEventListener('change', () => { state.relations = checkedRelations(); load(true); });
      const label = el('label', name, { for: id });
      label.style.borderBottom = '3px solid ' + RELATIONS[name];
      const wrap = el('span');
      wrap.append(input, ' ', label);
      box.append(wrap);
    });
    const legend = $('legend');
    Object.entries(TYPES).forEach(([name, t]) => {
      const s = el('span', name); s.style.setProperty('--swatch', t.color); legend.append(s);
    });
    $('depth').value = state.depth;
    $('min-confidence').value = state.minConfidence;
    $('min-confidence-value').textContent = state.minConfidence;
    $('since').value = state.since;
    $('until').value = state.until;
    $('depth').addEventListener('change', () => { state.depth = $('depth').value; load(true); });
    $('min-confidence').addEventListener('input', () => { $('min-confidence-value').textContent = $('min-confidence').value; });
    $('min-confidence').addEventListener('change', () => { state.minConfidence = $('min-confidence').value; load(true); });
    $('since').addEventListener('change', () => { state.since = $('since').value; load(true); });
    $('until').addEventListener('change', () => { state.until = $('until').value; load(true); });
    $('reset').addEventListener('click', () => { state.center = ''; load(true); });
    $('export').addEventListener('click', exportPng);
  }

  function checkedRelations() {
    const all = Array.from(document.querySelectorAll('#relations input'));
    const on = all.filter((i) => i.checked).map((i) => i.value);
    return on.length === all.length ? [] : on;
  }

  function query(center) {
    const q = new URLSearchParams();
    if (center) {
      q.set('center', center);
      q.set('depth', state.depth);
      if (state.relations.length) q.set('relations', state.relations.join(','));
      if (Number(state.minConfidence) > 0) q.set('minConfidence', state.minConfidence);
      if (state.since) q.set('since', state.since);
      if (state.until) q.set('until', state.until);
    } else {
      q.set('limit', '30');
    }
    return q;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error((body.error || response.statusText) + (body.detail ? ': ' + body.detail : ''));
    return body;
  }

  async function load(pushHistory) {
    const q = query(state.center);
    if (pushHistory) {
      const shown = state.center ? q : new URLSearchParams();
      history.pushState(null, '', shown.toString() ? '/?' + shown.toString() : '/');
    }
    try {
      const elements = await getJson('/api/graph?' + q.toString());
      cy.elements().remove();
      cy.add(elements.nodes.concat(elements.edges));
      if (state.center) cy.getElementById(state.center).addClass('center');
      relayout();
      document.title = (state.center ? (cy.getElementById(state.center).data('label') || state.center) + ' · ' : '') + 'TechKG explorer';
      if (state.center) showEntity(state.center);
    } catch (e) {
      showError(e.message);
    }
  }

  function relayout() {
    cy.resize();
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 30 }).run();
    cy.fit(undefined, 30);
  }

  async function expand(slug) {
    try {
      const elements = await getJson('/api/graph?' + query(slug).toString());
      const fresh = elements.nodes.concat(elements.edges).filter((x) => cy.getElementById(x.data.id).empty());
      cy.add(fresh);
      relayout();
    } catch (e) {
      showError(e.message);
    }
  }

  // ---------------------------------------------------------------- side panel
  const panel = $('panel');

  function showError(message) {
    panel.replaceChildren(el('p', message, { class: 'error', role: 'alert' }));
  }

  function evidenceList(group) {
    const list = el('div');
    group.evidence.forEach((ev) => {
      const quote = el('blockquote', '“' + ev.sentence + '”');
      const source = el('div', null, { class: 'muted' });
      const link = el('a', ev.article.title, { href: ev.article.link });
      source.append(link, ' · ' + (ev.article.date || 'date unknown') + ' · confidence ' + ev.confidence);
      quote.append(source);
      list.append(quote);
    });
    return list;
  }

  async function showEntity(slug, onlyRelation, onlyOther) {
    try {
      // An edge asks for its own fact only: a hub's page lists its first relation groups, not all of them.
      const filter = onlyRelation ? '?relation=' + encodeURIComponent(onlyRelation) + '&other=' + encodeURIComponent(onlyOther) : '';
      const entity = await getJson('/api/entities/' + encodeURIComponent(slug) + filter);
      const parts = [el('h2', entity.label)];
      const meta = el('p', entity.type + ' · in ' + entity.articles + (entity.articles === 1 ? ' article' : ' articles'), { class: 'muted' });
      parts.push(meta);
      if (entity.aliases.length) parts.push(el('p', 'Also named: ' + entity.aliases.join(', '), { class: 'muted' }));
      const page = el('a', 'Entity page', { href: '/id/' + entity.id });
      const center = el('a', 'Centre the graph here', { href: '/?center=' + encodeURIComponent(entity.id) });
      const links = el('p'); links.append(page, ' · ', center); parts.push(links);
      entity.relations
        .filter((g) => !onlyRelation || (g.relation === onlyRelation && g.other.id === onlyOther))
        .forEach((g) => {
          const heading = el('h3');
          const other = el('a', g.other.label, { href: '/?center=' + encodeURIComponent(g.other.id) });
          heading.append(g.direction === 'out' ? g.relation + ' → ' : '← ' + g.relation + ' · ', other,
            ' (' + g.totalArticles + (g.totalArticles === 1 ? ' article)' : ' articles)'));
          parts.push(heading, evidenceList(g));
          if (g.totalEvidence > g.evidence.length) {
            parts.push(el('p', 'Newest ' + g.evidence.length + ' of ' + g.totalEvidence + ' sentences.', { class: 'muted' }));
          }
        });
      if (entity.totalRelations > entity.relations.length) {
        parts.push(el('p', 'First ' + entity.relations.length + ' of ' + entity.totalRelations + ' relations.', { class: 'muted' }));
      }
      if (onlyRelation && parts.length <= 4) parts.push(el('p', 'No evidence found for this edge.', { class: 'muted' }));
      panel.replaceChildren(...parts);
    } catch (e) {
      showError(e.message);
    }
  }

  cy.on('tap', 'node', (evt) => showEntity(evt.target.id()));
  cy.on('tap', 'edge', (evt) => showEntity(evt.target.data('source'), evt.target.data('relation'), evt.target.data('target')));
  cy.on('dbltap', 'node', (evt) => expand(evt.target.id()));

  // ---------------------------------------------------------------- search with autocomplete
  const search = $('search');
  const suggestions = $('suggestions');
  let active = -1;
  let timer = null;

  function choose(item) {
    suggestions.hidden = true;
    search.parentElement.setAttribute('aria-expanded', 'false');
    search.value = item.label;
    state.center = item.id;
    load(true);
  }

  function render(items) {
    suggestions.replaceChildren();
    active = -1;
    items.forEach((item, i) => {
      const li = el('li', item.label, { role: 'option', id: 'suggestion-' + i, 'aria-selected': 'false' });
      li.append(el('span', item.type + ' · ' + item.articles, { class: 'type' }));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(item); });
      li._item = item;
      suggestions.append(li);
    });
    suggestions.hidden = items.length === 0;
    search.parentElement.setAttribute('aria-expanded', String(items.length > 0));
  }

  function highlight(index) {
    const items = Array.from(suggestions.children);
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (items[index]) search.setAttribute('aria-activedescendant', items[index].id);
  }

  search.addEventListener('input', () => {
    clearTimeout(timer);
    const text = search.value.trim();
    if (!text) { render([]); return; }
    timer = setTimeout(async () => {
      try { render(await getJson('/api/entities?limit=10&q=' + encodeURIComponent(text))); } catch (e) { render([]); }
    }, 150);
  });
  search.addEventListener('keydown', async (e) => {
    const items = Array.from(suggestions.children);
    if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); highlight(Math.min(items.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); highlight(Math.max(0, active - 1)); }
    else if (e.key === 'Escape') { render([]); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (items[active]) { choose(items[active]._item); return; }
      const text = search.value.trim();
      if (text) {
        const found = await getJson('/api/entities?limit=1&q=' + encodeURIComponent(text)).catch(() => []);
        if (found.length) choose(found[0]); else showError('No entity starts with “' + text + '”.');
      }
    }
  });
  search.addEventListener('blur', () => setTimeout(() => render([]), 100));

  function exportPng() {
    const link = el('a', null, { download: (state.center || 'techkg') + '.png', href: cy.png({ full: true, bg: '#ffffff', scale: 2 }) });
    document.body.append(link);
    link.click();
    link.remove();
  }

  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    state.center = p.get('center') || '';
    state.depth = p.get('depth') || state.depth;
    load(false);
  });

  window.addEventListener('resize', () => { cy.resize(); cy.fit(undefined, 30); });
  buildControls();
  load(false);
})();
