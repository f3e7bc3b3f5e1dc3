/**
 * The RDF side of TechKG: vocabulary constants checked against {@code ontology/}, the one IRI minter (which also
 * takes IRIs apart: entity IRI ↔ slug, article IRI ↔ id, term ↔ local name), and the mapping of an analysed
 * article to its named graph (article description, entities, facts with their evidence as standard reification).
 * Jena is the domain model from here on.
 */
package dev.techkg.rdf;
