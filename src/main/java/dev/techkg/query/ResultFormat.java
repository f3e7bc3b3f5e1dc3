package dev.techkg.query;

import java.util.Locale;

/** How query results are written. */
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

    /** Parses a format name, case-insensitively. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("Unknown format '" + name + "' (expected one of table, json, csv, tsv, xml, turtle, ntriples)");
        }
    }
}
