// TechKG SPARQL page: YASGUI against /sparql, the saved queries one click away with a form for their
// parameters, the server's error messages in the result area, and CONSTRUCT or DESCRIBE results drawn as a
// graph with Cytoscape.js.
(function () {
  'use strict';
  const { el } = window.TechKGDom;
  // The preset prefixes, as the server has them (SparqlService.PRESET_PREFIXES), one PREFIX line each.
  const PREFIX_LINES = document.getElementById('yasgui').dataset.prefixes;
  const PREFIXES = {};
  PREFIX_LINES.split('\n').forEach((line) => {
    const m = /^PREFIX\s+([\w-]*):\s*<([^>]*)>/.exec(line.trim());
    if (m) PREFIXES[m[1]] = m[2];
  });
  document.getElementById('prefix-names').textContent = Object.keys(PREFIXES).map((p) => p + ':').join(' ');
  const START = PREFIX_LINES + '\nSELECT ?company ?rival WHERE {\n  ?c tk:competesWith ?r .\n  ?c rdfs:label ?company .\n  ?r rdfs:label ?rival .\n}\nLIMIT 50\n';
  // An absolute endpoint: YASGUI builds URL objects from it, which a relative one makes fail.
  const ENDPOINT = new URL('/sparql', location.href).href;
  // A share link carries the query (#query=… or ?query=…): YASGUI reads it, and the page must not overwrite it.
  const SHARED = /[?#&]query=/.test(location.href);

  // The server answers errors as JSON {"error", "detail"}; YASGUI would turn that object into "[object Object]".
  // Its own requests (a Request object to the tab's endpoint) get the message as plain text instead, which it
  // passes on to the error renderer below. The page's own fetches pass URLs and are left alone.
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async function (input, init) {
    const response = await nativeFetch(input, init);
    if (response.ok || !(input instanceof Request)) return response;
    const body = await response.text();
    return new Response(errorText(body, response), { status: response.status, statusText: response.statusText,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  };

  function errorText(body, response) {
    let error = null;
    try { error = JSON.parse(body); } catch (e) { /* another server's error page: shown as it is */ }
    const head = response.status + ' ' + (error && error.error ? error.error : response.statusText || 'Error');
    return head + '\n' + (error && error.error ? (error.detail || '') : body.slice(0, 2000));
  }

  // Shown in the result area, with the place in the query when the message names a line and column.
  Yasgui.Yasr.defaults.errorRenderers = [async (error) => {
    const text = String(error && error.text || '');
    const [head, ...rest] = text.split('\n');
    const box = el('div', null, { class: 'query-error', role: 'alert' });
    // A status line comes from errorText(); anything else is a request that got no answer at all.
    box.append(el('strong', /^\d{3} /.test(head) ? head : 'No answer from ' + yasgui.getTab().getEndpoint() + ': ' + (head || 'the request failed')));
    const detail = rest.join('\n').trim();
    if (detail) box.append(el('p', detail));
    const place = /line (\d+), column (\d+)/.exec(text);
    if (place) {
      box.append(el('p', 'At line ' + place[1] + ', column ' + place[2] + ' of the query (the cursor is there).', { class: 'muted' }));
      const yasqe = yasgui.getTab().getYasqe();
      yasqe.focus();
      yasqe.setCursor({ line: Number(place[1]) - 1, ch: Math.max(0, Number(place[2]) - 1) });
    }
    return box;
  }];

  // Literals as a person reads them: the value without quotes or datatype ("Simple view" of YASR's table).
  const table = Yasgui.Yasr.defaults.plugins && Yasgui.Yasr.defaults.plugins.table;
  if (table) table.dynamicConfig = Object.assign({}, table.dynamicConfig, { compact: true });

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    // A share link restores its query against this server, wherever (and on whichever port) it was made.
    populateFromUrl: (tabConfig) => { tabConfig.requestConfig.endpoint = ENDPOINT; return tabConfig; },
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    yasqe: { value: START, resizeable: true },
    yasr: { prefixes: PREFIXES }
  });
  window.techkg = { yasgui: yasgui };
  if (!SHARED) yasgui.getTab().getYasqe().setValue(START);

  // Before a query goes out: an endpoint typed as a path (/sparql) made absolute, as YASGUI needs it; and PREFIX
  // lines, in the editor, for the preset prefixes the query uses without declaring them.
  yasgui.on('queryBefore', (instance, tab) => {
    const endpoint = tab.getEndpoint();
    if (endpoint && !/^[a-z][a-z0-9+.-]*:/i.test(endpoint)) tab.setEndpoint(new URL(endpoint, location.href).href);
    const yasqe = tab.getYasqe();
    const missing = missingPrefixes(yasqe.getValue());
    if (missing.length) yasqe.setValue(missing.map((p) => 'PREFIX ' + p + ': <' + PREFIXES[p] + '>\n').join('') + yasqe.getValue());
  });

  function missingPrefixes(query) {
    // Ignore comments, strings and IRIs, where "tk:" is no prefixed name.
    const code = query.replace(/#[^\n]*/g, ' ').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""').replace(/<[^>\s]*>/g, '<>');
    const declared = new Set();
    code.replace(/PREFIX\s+([\w-]*):/gi, (m, p) => { declared.add(p); return m; });
    return Object.keys(PREFIXES).filter((p) => !declared.has(p) && new RegExp('(^|[\\s(){},;/|^!=<>*+.-])' + p + ':').test(code));
  }

  // The saved queries: a click puts the query in the editor and runs it with its defaults; the form below
  // runs it with values for its documented parameters (/api/queries/{name}?param=value).
  const form = document.getElementById('saved-form');
  const fields = document.getElementById('saved-form-fields');
  let current = null;
  nativeFetch('/api/queries').then((r) => r.json()).then((queries) => {
    const box = document.getElementById('saved');
    queries.forEach((q) => {
      const button = el('button', q.title, { type: 'button', class: 'secondary', title: q.description, role: 'listitem', 'data-query': q.name });
      button.addEventListener('click', () => {
        const tab = yasgui.getTab();
        tab.getYasqe().setValue(q.text);
        showForm(q);
        tab.query();
      });
      box.append(button);
    });
  });

  function showForm(q) {
    current = q;
    form.hidden = q.parameters.length === 0;
    document.getElementById('saved-form-title').textContent = q.title;
    document.getElementById('saved-form-description').textContent = q.description;
    fields.replaceChildren();
    q.parameters.forEach((p) => {
      const id = 'param-' + p.name;
      const label = el('label', '?' + p.name, { for: id });
      const input = el('input', null, { id: id, name: p.name, autocomplete: 'off', spellcheck: 'false',
        type: p.kind === 'date' ? 'date' : 'text',
        placeholder: p.defaultValue ? 'default: ' + p.defaultValue : p.accepts });
      const help = el('span', p.description + ' (' + p.accepts + ')', { class: 'muted' });
      const row = el('div', null, { class: 'saved-form-field' });
      row.append(label, input, help);
      if (p.choices && p.choices.length) row.append(datalist(input, p.choices.map((c) => ({ value: c }))));
      if (p.kind === 'name' || p.kind === 'entity') row.append(lookup(input, p.kind));
      fields.append(row);
    });
  }

  function datalist(input, options) {
    const list = el('datalist', null, { id: input.id + '-options' });
    options.forEach((o) => list.append(el('option', o.label || null, { value: o.value })));
    input.setAttribute('list', list.id);
    return list;
  }

  // Names as you type, from the explorer's autocomplete API: the name itself for a name, the slug for an entity.
  function lookup(input, kind) {
    const list = datalist(input, []);
    let timer = null;
    let asked = '';
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < 2 || text === asked) return;
      timer = setTimeout(async () => {
        asked = text;
        const response = await nativeFetch('/api/entities?limit=8&q=' + encodeURIComponent(text));
        if (!response.ok || input.value.trim() !== text) return;
        const found = await response.json();
        const options = found.filter((e, i) => found.findIndex((f) => f.iri === e.iri) === i).map((e) => kind === 'name'
          ? { value: e.label, label: e.type } : { value: e.id, label: e.label + ' (' + e.type + ')' });
        list.replaceChildren(...options.map((o) => el('option', o.label, { value: o.value })));
      }, 150);
    });
    return list;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!current) return;
    const params = new URLSearchParams();
    fields.querySelectorAll('input').forEach((input) => { if (input.value.trim()) params.append(input.name, input.value.trim()); });
    const tab = yasgui.getTab();
    tab.getYasqe().setValue(current.text);
    const started = Date.now();
    const response = await nativeFetch('/api/queries/' + encodeURIComponent(current.name) + '?' + params,
      { headers: { Accept: 'application/sparql-results+json' } });
    const body = await response.text();
    const yasr = tab.getYasr();
    if (response.ok) {
      yasr.setResponse({ data: body, contentType: response.headers.get('Content-Type'), status: response.status }, Date.now() - started);
    } else {
      yasr.setResponse(new Error(errorText(body, response)), Date.now() - started);
    }
    graphBox.hidden = true;
  });

  // CONSTRUCT and DESCRIBE: fetch the same query as N-Triples and draw it.
  const graphBox = document.getElementById('construct-graph');
  let cy = null;
  yasgui.on('queryResponse', async (instance, tab) => {
    const yasqe = tab.getYasqe();
    const type = yasqe.getQueryType ? yasqe.getQueryType() : '';
    if (type !== 'CONSTRUCT' && type !== 'DESCRIBE') { graphBox.hidden = true; return; }
    const response = await nativeFetch('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/n-triples' }, body: yasqe.getValue() });
    if (!response.ok) return;
    draw(parse(await response.text()));
  });

  function term(text) {
    if (text.startsWith('<')) return { id: text.slice(1, -1), literal: false };
    return { id: text, literal: true };
  }

  function short(iri) {
    const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 ? iri.slice(cut + 1) : iri;
  }

  function parse(ntriples) {
    const nodes = new Map();
    const edges = [];
    const pattern = /^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?)\s*\.\s*$/;
    ntriples.split('\n').forEach((line, i) => {
      const m = pattern.exec(line.trim());
      if (!m) return;
      const s = term(m[1]);
      const o = term(m[3]);
      [s, o].forEach((t) => { if (!nodes.has(t.id)) nodes.set(t.id, { data: { id: t.id, label: t.literal ? t.id.replace(/^"|"(\^\^.*|@.*)?$/g, '').slice(0, 40) : short(t.id) } }); });
      edges.push({ data: { id: 'e' + i, source: s.id, target: o.id, label: short(m[2]) } });
    });
    return Array.from(nodes.values()).slice(0, 400).concat(edges.filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)).slice(0, 800));
  }

  function draw(elements) {
    graphBox.hidden = false;
    if (!cy) {
      cy = cytoscape({ container: graphBox, style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f5fbf' } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5 } }
      ] });
      window.techkg.constructGraph = cy;
    }
    cy.elements().remove();
    cy.add(elements);
    cy.layout({ name: 'cose', animate: false }).run();
  }
})();
