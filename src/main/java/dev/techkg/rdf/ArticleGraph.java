package dev.techkg.rdf;

import org.apache.jena.graph.Graph;

/**
 * Everything extracted from one article, ready to store as one named graph.
 *
 * @param iri       the article IRI, which is also the graph name
 * @param source    the article's source (file path or URL as given)
 * @param graph     the triples; not modified after mapping
 * @param entities  the number of entities it mentions
 * @param relations the number of facts
 */
public record ArticleGraph(String iri, String source, Graph graph, int entities, int relations) {}
