package dev.techkg.query;

import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFFormat;

/** How the command line writes query results: each name is a writer on {@link SparqlService}. */
public enum ResultFormat {
    /** A text table for people (SELECT, ASK); Turtle for graphs. */
    TABLE,
    /** SPARQL 1.1 Query Results JSON (SELECT, ASK); JSON-LD for graphs. */
    JSON,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results TSV. */
    TSV,
    /** SPARQL Query Results XML. */
    XML,
    /** Turtle (CONSTRUCT, DESCRIBE). */
    TURTLE,
    /** N-Triples (CONSTRUCT, DESCRIBE). */
    NTRIPLES;

    private static final AnswerFormat PRETTY_TURTLE = AnswerFormat.rdf("text/turtle", RDFFormat.TURTLE_PRETTY);

    /** Parses a format name, case-insensitively. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("Unknown format '" + name + "' (expected one of table, json, csv, tsv, xml, turtle, ntriples)");
        }
    }

    /** The format when none is asked for: a table for a person at a terminal; else TSV, or Turtle for a graph. */
    public static ResultFormat defaultFor(Query query, boolean terminal) {
        return terminal ? TABLE : query.isConstructType() || query.isDescribeType() ? TURTLE : TSV;
    }

    /**
     * The writer of this format for the query's form: SELECT and ASK results by the same writers as the SPARQL
     * Protocol's media types; graphs as pretty Turtle, N-Triples or JSON-LD 1.1.
     *
     * @throws QueryException when this format is not one for the query's form
     */
    public AnswerFormat writerFor(Query query) {
        if (query.isSelectType() || query.isAskType()) {
            return switch (this) {
                case TABLE -> AnswerFormat.textTable(PRETTY_TURTLE);
                case JSON -> results("application/sparql-results+json");
                case CSV -> results("text/csv");
                case TSV -> results("text/tab-separated-values");
                case XML -> results("application/sparql-results+xml");
                default -> throw new QueryException("Format " + name(this) + " is for CONSTRUCT and DESCRIBE queries; "
                        + (query.isSelectType() ? "a SELECT" : "an ASK") + " query gives table, json, csv, tsv or xml");
            };
        }
        return switch (this) {
            case TABLE, TURTLE -> PRETTY_TURTLE;
            case NTRIPLES -> AnswerFormat.rdf("application/n-triples", RDFFormat.NTRIPLES);
            case JSON -> AnswerFormat.rdf("application/ld+json", RDFFormat.JSONLD11);
            default -> throw new QueryException("Format " + name(this) + " is for SELECT and ASK results; "
                    + "a CONSTRUCT or DESCRIBE query gives turtle, ntriples or json (JSON-LD)");
        };
    }

    private static AnswerFormat results(String mediaType) {
        return AnswerFormat.of(mediaType, SparqlService.RESULT_TYPES.get(mediaType));
    }

    private static String name(ResultFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
