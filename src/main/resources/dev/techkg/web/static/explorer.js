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

  // "competesWith" → "competes with": edge labels and the relation filter read as English; the tooltip and
  // the side panel keep the full name.
  const plain = (relation) => relation.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const NAMESPACE = 'https://w3id.org/techkg/ontology#';

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 120,
        // A label is readable over edges, and hidden when zoomed out so far that it would be a smudge.
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        'text-background-shape': 'roundrectangle', 'min-zoomed-font-size': 7,
        'background-color': (n) => (TYPES[n.data('type')] || { color: '#999' }).color,
        'shape': (n) => (TYPES[n.data('type')] || { shape: 'ellipse' }).shape,
        'width': (n) => 18 + Math.min(30, 4 * (n.data('articles') || 1)), 'height': (n) => 18 + Math.min(30, 4 * (n.data('articles') || 1)) } },
      { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#f0a500' } },
      { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#12284a' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'line-color': (e) => RELATIONS[e.data('relation')] || '#999',
        'target-arrow-color': (e) => RELATIONS[e.data('relation')] || '#999',
        'width': (e) => 1 + Math.min(6, e.data('weight') || 1), 'label': (e) => plain(e.data('relation')), 'font-size': 9,
        'text-rotation': 'autorotate', 'color': '#444', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 1, 'min-zoomed-font-size': 8 } },
      // In a crowded view edge labels show on hover or selection only: the tooltip names every edge.
      { selector: 'edge.quiet', style: { 'label': '' } },
      { selector: 'edge.quiet:selected, edge.quiet.hover', style: { 'label': (e) => plain(e.data('relation')) } },
      { selector: 'edge[relation = "competesWith"], edge[relation = "partnersWith"]', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge:selected', style: { 'width': 6 } }
    ]
  });
  window.techkg = { cy: cy };

  // ---------------------------------------------------------------- view state in the URL
  // Everything that shapes the picture is in the URL (expansions, hidden and pinned nodes too), and the layout
  // is seeded from it: the same link draws the same graph.
  const params = new URLSearchParams(location.search);
  const state = fromParams(params);

  function fromParams(p) {
    return {
      center: p.get('center') || '',
      depth: p.get('depth') || '1',
      relations: (p.get('relations') || '').split(',').filter(Boolean),
      minConfidence: p.get('minConfidence') || '0',
      since: p.get('since') || '',
      until: p.get('until') || '',
      expand: p.getAll('expand'),
      hide: p.getAll('hide'),
      pin: p.getAll('pin').map(parsePin).filter(Boolean)
    };
  }

  // A pin is "slug@x,y": the node and where it was put (model coordinates).
  function parsePin(text) {
    const m = /^(.+)@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(text);
    return m ? { id: m[1], x: Number(m[2]), y: Number(m[3]) } : null;
  }

  function viewParams() {
    const q = new URLSearchParams();
    if (state.center) {
      q.set('center', state.center);
      if (state.depth !== '1') q.set('depth', state.depth);
      filterParams(q);
    }
    state.expand.forEach((id) => q.append('expand', id));
    state.hide.forEach((id) => q.append('hide', id));
    state.pin.forEach((p) => q.append('pin', p.id + '@' + Math.round(p.x) + ',' + Math.round(p.y)));
    return q;
  }

  function filterParams(q) {
    if (state.relations.length) q.set('relations', state.relations.join(','));
    if (Number(state.minConfidence) > 0) q.set('minConfidence', state.minConfidence);
    if (state.since) q.set('since', state.since);
    if (state.until) q.set('until', state.until);
  }

  function pushView() {
    const shown = viewParams().toString();
    history.pushState(null, '', shown ? '/?' + shown : '/');
  }

  function buildControls() {
    const box = $('relations');
    Object.keys(RELATIONS).forEach((name) => {
      const id = 'rel-' + name;
      const input = el('input', null, { type: 'checkbox', id: id, value: name });
      input.checked = state.relations.length === 0 || state.relations.includes(name);
      input.addEventListener('change', () => { state.relations = checkedRelations(); load(true); });
      const label = el('label', plain(name), { for: id, title: 'tk:' + name });
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
    $('reset').addEventListener('click', () => { state.center = ''; newView(); load(true); });
    $('export').addEventListener('click', () => exportView($('export-format').value));
    $('show-hidden').addEventListener('click', () => { state.hide = []; load(true); });
  }

  function checkedRelations() {
    const all = Array.from(document.querySelectorAll('#relations input'));
    const on = all.filter((i) => i.checked).map((i) => i.value);
    return on.length === all.length ? [] : on;
  }

  // Expansions, hidden and pinned nodes belong to one view: choosing another centre starts afresh.
  function newView() {
    state.expand = [];
    state.hide = [];
    state.pin = [];
  }

  function query(center) {
    const q = new URLSearchParams();
    if (center) {
      q.set('center', center);
      q.set('depth', state.depth);
      filterParams(q);
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
    if (pushHistory) pushView();
    try {
      const views = [getJson('/api/graph?' + query(state.center).toString())]
        .concat(state.expand.map((id) => getJson('/api/graph?' + query(id).toString())));
      const answers = await Promise.all(views);
      const seen = new Set();
      const elements = [];
      answers.forEach((a) => a.nodes.concat(a.edges).forEach((x) => {
        if (!seen.has(x.data.id)) { seen.add(x.data.id); elements.push(x); }
      }));
      cy.elements().remove();
      cy.add(elements);
      cy.nodes().filter((n) => state.hide.includes(n.id())).remove();
      if (state.center) cy.getElementById(state.center).addClass('center');
      relayout();
      $('show-hidden').hidden = state.hide.length === 0;
      $('show-hidden').textContent = 'Show hidden (' + state.hide.length + ')';
      document.title = (state.center ? (cy.getElementById(state.center).data('label') || state.center) + ' · ' : '') + 'TechKG explorer';
      if (state.center) showEntity(state.center);
      window.techkg.ready = true;
    } catch (e) {
      showError(e.message);
    }
  }

  // ---------------------------------------------------------------- layout
  // fCoSE with its random steps drawn from a generator seeded by the view's URL: fCoSE calls Math.random,
  // so it is swapped for the layout's run (synchronous with animate: false) and put back after.
  function seeded(seedText) {
    let h = 1779033703 ^ seedText.length;
    for (let i = 0; i < seedText.length; i++) {
      h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    let a = h >>> 0;
    return function mulberry32() {
      a = (a + 0x6D2B79F5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function relayout() {
    cy.resize();
    cy.elements().unlock();
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    const center = state.center ? cy.getElementById(state.center) : cy.collection();
    const fixed = [];
    if (center.nonempty()) fixed.push({ nodeId: state.center, position: { x: 0, y: 0 } });
    state.pin.forEach((p) => {
      if (p.id !== state.center && cy.getElementById(p.id).nonempty()) fixed.push({ nodeId: p.id, position: { x: p.x, y: p.y } });
    });
    // Start from the same places every time (a circle in id order): fCoSE then only draws from the seeded generator.
    const ordered = nodes.sort((x, y) => (x.id() < y.id() ? -1 : x.id() > y.id() ? 1 : 0));
    ordered.forEach((n, i) => n.position({ x: 200 * Math.cos(2 * Math.PI * i / ordered.length), y: 200 * Math.sin(2 * Math.PI * i / ordered.length) }));
    const crowded = nodes.length > 14;
    cy.edges().toggleClass('quiet', crowded || cy.edges().length > 16);
    const random = Math.random;
    Math.random = seeded(viewParams().toString() || 'start');
    try {
      cy.layout({
        name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: false, padding: 30,
        nodeDimensionsIncludeLabels: true, packComponents: false,
        // Repulsion and edge length grow with the longest label, so long names get room.
        nodeRepulsion: (n) => 3000 + 20 * Math.min(40, String(n.data('label') || '').length) ** 2,
        idealEdgeLength: () => (crowded ? 70 : 120), nodeSeparation: 60, gravity: crowded ? 1.2 : 0.4, gravityRange: 2.0,
        fixedNodeConstraint: fixed.length ? fixed : undefined
      }).run();
    } finally {
      Math.random = random;
    }
    // fCoSE keeps fixed nodes only roughly where asked (a few pixels off): put them exactly there.
    fixed.forEach((f) => cy.getElementById(f.nodeId).position(f.position));
    if (fixed.length === 0) pack();
    separate(fixed.map((f) => f.nodeId));
    fixed.forEach((f) => cy.getElementById(f.nodeId).lock());
    state.pin.forEach((p) => cy.getElementById(p.id).addClass('pinned'));
    frame();
  }

  // Without the layout-utilities extension (no WebJar) fCoSE leaves unconnected parts far apart, which shrinks the
  // whole view until labels are too small to show: put the parts in rows, biggest first, about 16:10 overall (a
  // fixed ratio, not the window's, so a link draws the same picture on every screen).
  function pack() {
    const GAP = 40;
    const parts = cy.elements().components().map((c) => ({
      nodes: c.nodes(), box: c.nodes().boundingBox({ includeLabels: true }), first: c.nodes().map((n) => n.id()).sort()[0]
    })).sort((a, b) => (b.box.w * b.box.h - a.box.w * a.box.h) || (a.first < b.first ? -1 : 1));
    if (parts.length < 2) return;
    // Rows as wide as the first k parts, for each k: keep the arrangement that fits a 16:10 frame at the largest scale.
    const shelve = (rowWidth, place) => {
      let x = 0; let y = 0; let rowHeight = 0; let width = 0;
      parts.forEach((p) => {
        if (x > 0 && x + p.box.w > rowWidth) { x = 0; y += rowHeight + GAP; rowHeight = 0; }
        if (place) place(p, x - p.box.x1, y - p.box.y1);
        x += p.box.w + GAP;
        width = Math.max(width, x - GAP);
        rowHeight = Math.max(rowHeight, p.box.h);
      });
      return Math.max(width / 1.6, y + rowHeight);
    };
    let best = Infinity; let bestWidth = 0; let sum = 0;
    parts.forEach((p) => {
      sum += p.box.w + (sum > 0 ? GAP : 0);
      const size = shelve(sum + 0.5);
      if (size < best) { best = size; bestWidth = sum + 0.5; }
    });
    shelve(bestWidth, (p, dx, dy) => p.nodes.forEach((n) => { const q = n.position(); n.position({ x: q.x + dx, y: q.y + dy }); }));
  }

  // Pushes apart nodes whose boxes (shape and label) overlap, along the shorter way out, until none do. Fixed
  // nodes stay; a pair of free ones share the move. Deterministic: the order is by id.
  function separate(fixedIds) {
    const GAP = 6;
    const nodes = cy.nodes().sort((x, y) => (x.id() < y.id() ? -1 : 1)).toArray();
    const fixed = new Set(fixedIds);
    for (let round = 0; round < 300; round++) {
      const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = boxes[i]; const b = boxes[j];
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + GAP;
          const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + GAP;
          if (dx <= 0 || dy <= 0) continue;
          const fi = fixed.has(nodes[i].id()); const fj = fixed.has(nodes[j].id());
          if (fi && fj) continue;
          const share = fi || fj ? 1 : 0.5;
          const pa = nodes[i].position(); const pb = nodes[j].position();
          let mx = 0; let my = 0;
          if (dx < dy) mx = (pa.x <= pb.x ? -1 : 1) * dx * share; else my = (pa.y <= pb.y ? -1 : 1) * dy * share;
          if (!fi) { nodes[i].position({ x: pa.x + mx, y: pa.y + my }); shift(a, mx, my); }
          if (!fj) { nodes[j].position({ x: pb.x - mx, y: pb.y - my }); shift(b, -mx, -my); }
          moved = true;
        }
      }
      if (!moved) return;
    }
  }

  function shift(box, dx, dy) {
    box.x1 += dx; box.x2 += dx; box.y1 += dy; box.y2 += dy;
  }

  // The whole view in the frame; with a centre, that node in the middle of it.
  function frame() {
    const center = state.center ? cy.getElementById(state.center) : cy.collection();
    if (center.empty()) { cy.fit(undefined, 30); return; }
    const c = center.position();
    let dx = 1; let dy = 1;
    cy.nodes().forEach((n) => {
      const b = n.boundingBox({ includeLabels: true });
      dx = Math.max(dx, Math.abs(b.x1 - c.x), Math.abs(b.x2 - c.x));
      dy = Math.max(dy, Math.abs(b.y1 - c.y), Math.abs(b.y2 - c.y));
    });
    const zoom = Math.min((cy.width() / 2 - 20) / dx, (cy.height() / 2 - 20) / dy, 2);
    const z = Math.max(cy.minZoom(), zoom);
    // Not cy.center(node): that centres the node with its label, a few pixels below the node itself.
    cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - c.x * z, y: cy.height() / 2 - c.y * z } });
  }

  async function expand(slug) {
    if (slug === state.center || state.expand.includes(slug)) return;
    state.expand.push(slug);
    await load(true);
  }

  function hide(slug) {
    if (slug === state.center) return;
    state.hide.push(slug);
    state.expand = state.expand.filter((id) => id !== slug);
    state.pin = state.pin.filter((p) => p.id !== slug);
    load(true);
  }

  function togglePin(slug) {
    const node = cy.getElementById(slug);
    if (state.pin.some((p) => p.id === slug)) {
      state.pin = state.pin.filter((p) => p.id !== slug);
      node.removeClass('pinned').unlock();
    } else {
      const p = node.position();
      state.pin.push({ id: slug, x: p.x, y: p.y });
      node.addClass('pinned').lock();
    }
    pushView();
    showEntity(slug);
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
      if (!onlyRelation && cy.getElementById(slug).nonempty()) parts.push(nodeActions(slug));
      entity.relations
        .filter((g) => !onlyRelation || (g.relation === onlyRelation && g.other.id === onlyOther))
        .forEach((g) => {
          const heading = el('h3');
          const other = el('a', g.other.label, { href: '/?center=' + encodeURIComponent(g.other.id) });
          heading.title = 'tk:' + g.relation;
          heading.append(g.direction === 'out' ? plain(g.relation) + ' → ' : '← ' + plain(g.relation) + ' · ', other,
            ' (' + g.totalArticles + (g.totalArticles === 1 ? ' article)' : ' articles)'));
          parts.push(heading, evidenceList(g));
          // Reject or confirm the fact here; a rejection redraws the view without it.
          const subject = g.direction === 'out' ? entity.id : g.other.id;
          const object = g.direction === 'out' ? g.other.id : entity.id;
          parts.push(window.TechKGCurate.factActions(subject, g.relation, object, (kind) => { if (kind === 'reject') load(false); }));
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

  // Buttons for what a node's context menu would hold, where a keyboard reaches them too.
  function nodeActions(slug) {
    const bar = el('p', null, { class: 'node-actions' });
    const pinned = state.pin.some((p) => p.id === slug);
    const button = (text, id, action) => {
      const b = el('button', text, { type: 'button', id: id, class: 'secondary' });
      b.addEventListener('click', action);
      return b;
    };
    if (slug !== state.center) {
      if (!state.expand.includes(slug)) bar.append(button('Expand', 'action-expand', () => expand(slug)), ' ');
      bar.append(button('Hide this node', 'action-hide', () => hide(slug)), ' ');
      bar.append(button(pinned ? 'Unpin' : 'Pin', 'action-pin', () => togglePin(slug)));
    }
    return bar;
  }

  cy.on('tap', 'node', (evt) => showEntity(evt.target.id()));
  cy.on('tap', 'edge', (evt) => showEntity(evt.target.data('source'), evt.target.data('relation'), evt.target.data('target')));
  cy.on('dbltap', 'node', (evt) => expand(evt.target.id()));

  // The tooltip of an edge: its relation in words and by its full name.
  const tooltip = $('tooltip');
  cy.on('mouseover', 'edge', (evt) => {
    const e = evt.target;
    e.addClass('hover');
    tooltip.replaceChildren(el('strong', cy.getElementById(e.data('source')).data('label') + ' ' + plain(e.data('relation')) + ' '
      + cy.getElementById(e.data('target')).data('label')), el('br'), el('code', 'tk:' + e.data('relation')),
      el('br'), el('span', NAMESPACE + e.data('relation') + ' · ' + e.data('weight') + (e.data('weight') === 1 ? ' article' : ' articles'), { class: 'muted' }));
    tooltip.hidden = false;
  });
  cy.on('mousemove', 'edge', (evt) => {
    tooltip.style.left = (evt.renderedPosition.x + 12) + 'px';
    tooltip.style.top = (evt.renderedPosition.y + 12) + 'px';
  });
  cy.on('mouseout', 'edge', (evt) => { evt.target.removeClass('hover'); tooltip.hidden = true; });

  // ---------------------------------------------------------------- search with autocomplete
  const search = $('search');
  const suggestions = $('suggestions');
  let active = -1;
  let timer = null;

  // The full-text search page, for what names alone do not find (sentences, article texts).
  const searchAll = (text) => { location.href = '/search?q=' + encodeURIComponent(text); };

  function choose(item) {
    if (item.searchAll) { searchAll(item.searchAll); return; }
    suggestions.hidden = true;
    search.parentElement.setAttribute('aria-expanded', 'false');
    search.value = item.label;
    state.center = item.id;
    newView();
    load(true);
  }

  // offerSearch: also offer the full-text search for what is typed (while typing, not when closing the list).
  function render(items, offerSearch) {
    suggestions.replaceChildren();
    active = -1;
    items.forEach((item, i) => {
      const li = el('li', item.label, { role: 'option', id: 'suggestion-' + i, 'aria-selected': 'false' });
      li.append(el('span', item.type + ' · ' + item.articles, { class: 'type' }));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(item); });
      li._item = item;
      suggestions.append(li);
    });
    const text = search.value.trim();
    if (offerSearch && text) {
      const item = { searchAll: text };
      const li = el('li', 'Search names, facts and articles for “' + text + '”', { role: 'option', id: 'suggestion-all', 'aria-selected': 'false', class: 'search-all' });
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(item); });
      li._item = item;
      suggestions.append(li);
    }
    suggestions.hidden = suggestions.children.length === 0;
    search.parentElement.setAttribute('aria-expanded', String(suggestions.children.length > 0));
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
      try { render(await getJson('/api/entities?limit=10&q=' + encodeURIComponent(text)), true); } catch (e) { render([], true); }
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
        if (found.length) choose(found[0]); else searchAll(text);
      }
    }
  });
  search.addEventListener('blur', () => setTimeout(() => render([]), 100));

  // ---------------------------------------------------------------- export of the current view
  function exportView(format) {
    const name = state.center || 'techkg';
    if (format === 'png') return download(name + '.png', cy.png({ full: true, bg: '#ffffff', scale: 2 }));
    const text = { svg: toSvg, json: toJson, graphml: toGraphml }[format]();
    const type = { svg: 'image/svg+xml', json: 'application/json', graphml: 'application/graphml+xml' }[format];
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    download(name + '.' + format, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function download(file, href) {
    const link = el('a', null, { download: file, href: href });
    document.body.append(link);
    link.click();
    link.remove();
  }

  const xml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]));

  // Cytoscape's JSON (.cyjs): elements with positions, style-free, as Cytoscape and cytoscape({ elements }) read it.
  function toJson() {
    const view = viewParams().toString();
    const plainJson = (ele) => ele.isNode() ? { data: ele.data(), position: ele.position() } : { data: ele.data() };
    return JSON.stringify({ view: view ? '/?' + view : '/', elements: { nodes: cy.nodes().map(plainJson), edges: cy.edges().map(plainJson) } }, null, 2);
  }

  function toGraphml() {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
      '  <key id="articles" for="node" attr.name="articles" attr.type="int"/>',
      '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
      '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
      '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
      '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
      '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
      '  <graph id="techkg" edgedefault="directed">'];
    cy.nodes().forEach((n) => {
      const p = n.position();
      out.push('    <node id="' + xml(n.id()) + '"><data key="label">' + xml(n.data('label')) + '</data><data key="type">' + xml(n.data('type'))
        + '</data><data key="articles">' + (n.data('articles') || 0) + '</data><data key="x">' + p.x.toFixed(1) + '</data><data key="y">' + p.y.toFixed(1) + '</data></node>');
    });
    cy.edges().forEach((e) => {
      out.push('    <edge id="' + xml(e.id()) + '" source="' + xml(e.data('source')) + '" target="' + xml(e.data('target'))
        + '"><data key="relation">' + xml(NAMESPACE + e.data('relation')) + '</data><data key="weight">' + (e.data('weight') || 0)
        + '</data><data key="confidence">' + (e.data('confidence') || 0) + '</data></edge>');
    });
    out.push('  </graph>', '</graphml>');
    return out.join('\n') + '\n';
  }

  // The view as SVG: straight edges, node shapes and labels where Cytoscape draws them (model coordinates).
  function toSvg() {
    const bb = cy.elements().boundingBox({ includeLabels: true });
    const pad = 20;
    const parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].map((v) => v.toFixed(1)).join(' ')
      + '" width="' + Math.round(bb.w + 2 * pad) + '" height="' + Math.round(bb.h + 2 * pad) + '" font-family="sans-serif">',
      '<rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="#ffffff"/>'];
    cy.edges().forEach((e) => {
      const s = e.sourceEndpoint(); const t = e.targetEndpoint(); const m = e.midpoint();
      const color = RELATIONS[e.data('relation')] || '#999';
      parts.push('<g class="edge"><title>' + xml('tk:' + e.data('relation')) + '</title><line x1="' + s.x.toFixed(1) + '" y1="' + s.y.toFixed(1) + '" x2="' + t.x.toFixed(1) + '" y2="' + t.y.toFixed(1)
        + '" stroke="' + color + '" stroke-width="' + (1 + Math.min(6, e.data('weight') || 1)) + '"/><text x="' + m.x.toFixed(1) + '" y="' + m.y.toFixed(1)
        + '" font-size="9" fill="#444" text-anchor="middle">' + xml(plain(e.data('relation'))) + '</text></g>');
    });
    cy.nodes().forEach((n) => {
      const p = n.position(); const r = n.width() / 2;
      const t = TYPES[n.data('type')] || { color: '#999', shape: 'ellipse' };
      parts.push('<g class="node"><title>' + xml(n.data('label')) + '</title>' + shapeSvg(t.shape, p.x, p.y, r, t.color)
        + '<text x="' + p.x.toFixed(1) + '" y="' + (p.y + r + 14).toFixed(1) + '" font-size="11" fill="#1d2330" text-anchor="middle">' + xml(n.data('label')) + '</text></g>');
    });
    parts.push('</svg>');
    return parts.join('\n') + '\n';
  }

  function shapeSvg(shape, x, y, r, color) {
    const polygon = (points) => '<polygon fill="' + color + '" points="' + points.map(([px, py]) => (x + px * r).toFixed(1) + ',' + (y + py * r).toFixed(1)).join(' ') + '"/>';
    if (shape === 'hexagon') return polygon([[1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0], [-0.5, -0.87], [0.5, -0.87]]);
    if (shape === 'triangle') return polygon([[0, -1], [1, 1], [-1, 1]]);
    if (shape === 'diamond') return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    if (shape === 'round-rectangle') return '<rect fill="' + color + '" x="' + (x - r).toFixed(1) + '" y="' + (y - r).toFixed(1) + '" width="' + (2 * r).toFixed(1) + '" height="' + (2 * r).toFixed(1) + '" rx="' + (r / 4).toFixed(1) + '"/>';
    return '<circle fill="' + color + '" cx="' + x.toFixed(1) + '" cy="' + y.toFixed(1) + '" r="' + r.toFixed(1) + '"/>';
  }

  window.techkg.exports = { svg: toSvg, json: toJson, graphml: toGraphml };

  window.addEventListener('popstate', () => {
    Object.assign(state, fromParams(new URLSearchParams(location.search)));
    load(false);
  });

  window.addEventListener('resize', () => { cy.resize(); frame(); });
  buildControls();
  load(false);
})();
