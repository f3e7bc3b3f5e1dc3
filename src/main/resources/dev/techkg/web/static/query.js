// TechKG SPARQL page: YASGUI against /sparql, the saved queries one click away, and CONSTRUCT or
// DESCRIBE results drawn as a graph with Cytoscape.js.
(function () {
  'use strict';
  // The preset prefixes, as the server has them (SparqlService.PRESET_PREFIXES), one PREFIX line each.
  const PREFIXES = document.getElementById('yasgui').dataset.prefixes;
  const START = PREFIXES + '\nSELECT ?company ?rival WHERE {\n  ?c tk:competesWith ?r .\n  ?c rdfs:label ?company .\n  ?r rdfs:label ?rival .\n}\nLIMIT 50\n';

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: '/sparql', method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: () => [{ endpoint: location.origin + '/sparql' }] },
    yasqe: { value: START, resizeable: true },
    yasr: { prefixes: {} }
  });
  window.techkg = { yasgui: yasgui };
  yasgui.getTab().getYasqe().setValue(START);

  const { el } = window.TechKGDom;

  fetch('/api/queries').then((r) => r.json()).then((queries) => {
    const box = document.getElementById('saved');
    queries.forEach((q) => {
      const button = el('button', q.title, { type: 'button', class: 'secondary', title: q.description, role: 'listitem', 'data-query': q.name });
      button.addEventListener('click', () => {
        const tab = yasgui.getTab();
        tab.getYasqe().setValue(q.text);
        tab.query();
      });
      box.append(button);
    });
  });

  // CONSTRUCT and DESCRIBE: fetch the same query as N-Triples and draw it.
  const graphBox = document.getElementById('construct-graph');
  let cy = null;
  yasgui.on('queryResponse', async (instance, tab) => {
    const yasqe = tab.getYasqe();
    const type = yasqe.getQueryType ? yasqe.getQueryType() : '';
    if (type !== 'CONSTRUCT' && type !== 'DESCRIBE') { graphBox.hidden = true; return; }
    const response = await fetch('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/n-triples' }, body: yasqe.getValue() });
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
