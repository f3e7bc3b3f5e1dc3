/**
 * TechKG turns tech-industry news into an RDF knowledge graph. Data flows one way, one package per stage:
 * {@code article} (source → clean text) → {@code nlp} (analysed text) → {@code linking} (entity mentions)
 * → {@code extraction} (candidate relations) → {@code rdf} (graph) → {@code store}; {@code index} (an in-memory index of the graph), {@code query},
 * {@code evaluation} and {@code cli} sit on top, and {@code app} wires it all together.
 */
package dev.techkg;
