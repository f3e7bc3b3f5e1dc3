package dev.techkg.query;

import dev.techkg.TechKgException;
import dev.techkg.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL 1.1 Protocol's engine side, free of HTTP: parses a query exactly as sent (no preset
 * prefixes: a protocol client sends complete queries), says which media types each query form can be
 * written in, and executes it over the store with a dataset description, a timeout and a cap on the
 * number of rows or triples. Results are written by Jena's own writers. Thread-safe.
 */
public final class SparqlService {
    /** Media types for SELECT and ASK results, the default first. */
    public static final Map<String, Lang> RESULT_TYPES = orderedMap(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV,
            "application/json", ResultSetLang.RS_JSON,
            "application/xml", ResultSetLang.RS_XML);
    /** Media types for CONSTRUCT and DESCRIBE results, the default first. */
    public static final Map<String, Lang> GRAPH_TYPES = orderedMap(
            "text/turtle", Lang.TURTLE,
            "application/n-triples", Lang.NTRIPLES,
            "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML,
            "application/trig", Lang.TRIG,
            "application/n-quads", Lang.NQUADS);

    private final GraphStore store;
    private final long timeoutMillis;
    private final long maxRows;

    /**
     * @param timeoutMillis stop a query after this long (0: never)
     * @param maxRows       the most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer holds
     */
    public SparqlService(GraphStore store, long timeoutMillis, long maxRows) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    /** The result of a query, written in the chosen media type. */
    public record Answer(byte[] body, String mediaType, boolean truncated, long limit) {}

    /**
     * Parses a query as the protocol receives it.
     *
     * @throws QueryException with the parser's message (line and column); an update gets its own message
     */
    public static Query parse(String text) {
        try {
            return org.apache.jena.query.QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (looksLikeUpdate(text)) {
                throw new QueryException("SPARQL Update is not accepted here; this endpoint answers queries only");
            }
            throw new QueryException("The query does not parse: " + firstLine(e.getMessage()));
        }
    }

    /** Parses an update request. */
    public static UpdateRequest parseUpdate(String text) {
        try {
            return UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryException("The update does not parse: " + firstLine(e.getMessage()));
        }
    }

    private static boolean looksLikeUpdate(String text) {
        try {
            UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** The media types this query's results can be written in, the default first. */
    public static Map<String, Lang> offers(Query query) {
        return query.isSelectType() || query.isAskType() ? RESULT_TYPES : GRAPH_TYPES;
    }

    /**
     * Runs the query.
     *
     * @param dataset   graphs from the protocol's default-graph-uri/named-graph-uri, or null
     * @param bindings  variables (without '?') set before execution
     * @param mediaType one of {@link #offers(Query)}
     * @throws QueryTimeoutException when it runs longer than the timeout
     */
    public Answer execute(Query query, DatasetDescription dataset, Map<String, Node> bindings, String mediaType) {
        Lang lang = offers(query).get(mediaType);
        if (lang == null) {
            throw new IllegalArgumentException("Not a media type for this query: " + mediaType);
        }
        long started = System.nanoTime();
        try {
            return store.query(query, dataset, builder -> {
                        bindings.forEach(builder::substitution);
                        return timeoutMillis > 0 ? builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS) : builder;
                    },
                    exec -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        boolean truncated = false;
                        if (query.isSelectType()) {
                            RowSet rows = exec.select();
                            List<Binding> kept = new ArrayList<>();
                            while (rows.hasNext() && kept.size() < maxRows) {
                                kept.add(rows.next());
                            }
                            truncated = rows.hasNext();
                            ResultsWriter.create().lang(lang).build()
                                    .write(out, RowSetStream.create(rows.getResultVars(), kept.iterator()));
                        } else if (query.isAskType()) {
                            ResultsWriter.create().lang(lang).build().write(out, exec.ask());
                        } else {
                            Graph graph = GraphFactory.createDefaultGraph();
                            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describe().find();
                            while (triples.hasNext() && graph.size() < maxRows) {
                                graph.add(triples.next());
                            }
                            truncated = triples.hasNext();
                            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                            if (org.apache.jena.riot.RDFLanguages.isQuads(lang)) {
                                RDFWriter.source(DatasetGraphFactory.wrap(graph)).lang(lang).output(out);
                            } else {
                                RDFWriter.source(graph).lang(lang).output(out);
                            }
                        }
                        return new Answer(out.toByteArray(), mediaType, truncated, maxRows);
                    });
        } catch (QueryCancelledException e) {
            throw timedOut(e);
        } catch (TechKgException e) {
            throw e;
        } catch (RuntimeException e) {
            // Jena 5.6.0 can fail with a NullPointerException in place of QueryCancelledException when it stops a
            // query that holds a hash join not yet started (apache/jena#3516, fixed after 5.6.0): past the time
            // limit, a failure of the engine is the timeout.
            if (timeoutMillis > 0 && System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(timeoutMillis)) {
                throw timedOut(e);
            }
            throw e;
        }
    }

    private QueryTimeoutException timedOut(RuntimeException cause) {
        return new QueryTimeoutException("The query ran longer than the limit of " + timeoutMillis / 1000.0
                + " s and was stopped; narrow it down or add a LIMIT", cause);
    }

    /** Runs an update (for the token-protected update endpoint). */
    public void update(UpdateRequest update) {
        store.update(update);
    }

    private static Map<String, Lang> orderedMap(Object... pairs) {
        Map<String, Lang> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Lang) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
