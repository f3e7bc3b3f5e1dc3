/**
 * The RDF side of TechKG, with nothing of extraction or linking: vocabulary constants checked against
 * {@code ontology/} ({@link dev.techkg.rdf.TK}, {@link dev.techkg.rdf.Vocab}), the one IRI minter (which also takes
 * IRIs apart: entity IRI ↔ slug, article IRI ↔ id, term ↔ local name, and computes the body hash), the literal forms
 * of plain values ({@link dev.techkg.rdf.Literals}: decimal confidences, dates, times), and
 * {@link dev.techkg.rdf.ArticleGraph}, one article's finished graph as the store takes it. The mapping of an
 * analysed article to its graph is {@code pipeline.GraphMapper}. Jena is the domain model from here on.
 */
package dev.techkg.rdf;
