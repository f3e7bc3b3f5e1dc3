package dev.techkg.store;

import dev.techkg.rdf.TK;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What the store's text index ({@link FullText}) holds: one Lucene document per literal of an indexed
 * predicate in a named graph, as Jena's text index (jena-text) writes them. Each document has the subject
 * ({@link #SUBJECT}), the graph ({@link #GRAPH}) and the literal, stored, in the field of its predicate:
 * {@link #NAME} (entity labels and aliases), {@link #EVIDENCE} (the sentence a fact was read from),
 * {@link #TEXT} (an article's text) or {@link #TITLE} (its title). Text fields are analysed with Lucene's
 * English analyzer (lower case, stop words out, stems), which queries must use too: {@link #analyzer()}.
 */
public final class TextFields {
    /** The subject's IRI (blank nodes as {@code _:label}); not analysed. */
    public static final String SUBJECT = "uri";
    /** The named graph's IRI; not analysed. */
    public static final String GRAPH = "graph";
    /** rdfs:label and skos:altLabel of entities. */
    public static final String NAME = "name";
    /** tk:evidence of statements. */
    public static final String EVIDENCE = "evidence";
    /** tk:text of articles. */
    public static final String TEXT = "text";
    /** dcterms:title of articles. */
    public static final String TITLE = "title";
    /** The fields holding text, each document has exactly one of them. */
    public static final java.util.List<String> TEXT_FIELDS = java.util.List.of(NAME, EVIDENCE, TEXT, TITLE);

    private TextFields() {
    }

    /** The analyzer of the text fields, for queries and highlighting; a new one per caller (they hold state per thread). */
    public static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** Jena's entity definition of these fields. */
    static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition(SUBJECT, EVIDENCE, TK.evidence.asNode());
        definition.set(NAME, RDFS.label.asNode());
        definition.set(NAME, SKOS.altLabel.asNode());
        definition.set(TEXT, TK.text.asNode());
        definition.set(TITLE, DCTerms.title.asNode());
        definition.setGraphField(GRAPH);
        // A checksum of graph, subject, predicate and value: how jena-text finds the document of a deleted quad.
        definition.setUidField("uid");
        definition.setLangField("lang");
        return definition;
    }

    /** Jena's text index configuration: these fields, values stored (snippets come from them), English analysis. */
    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(analyzer());
        config.setValueStored(true);
        return config;
    }

    /** The predicates whose literals are indexed. */
    static java.util.List<Node> predicates() {
        return java.util.List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), TK.evidence.asNode(), TK.text.asNode(),
                DCTerms.title.asNode());
    }

    /** The document of a quad, or null when its predicate is not indexed or its object is not a literal. */
    static Entity entity(EntityDefinition definition, Quad quad) {
        if (definition.getField(quad.getPredicate()) == null || !quad.getObject().isLiteral()
                || !quad.getGraph().isURI() || Quad.isDefaultGraph(quad.getGraph())) {
            return null;
        }
        return TextQueryFuncs.entityFromQuad(definition, quad);
    }
}
