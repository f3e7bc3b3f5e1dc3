package dev.techkg.query;

import dev.techkg.TechKgException;
import dev.techkg.rdf.Vocab;
import dev.techkg.store.GraphStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QuerySyntaxSubstituteScope;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The one road for SPARQL queries, free of HTTP and of the command line: the SPARQL 1.1 Protocol ({@code /sparql},
 * saved queries) and {@code techkg query} both parse, bind, execute and write through it. It parses a query exactly
 * as sent (a protocol client sends complete queries) or with the {@link #PRESET_PREFIXES} (a query a person typed),
 * says which media types each query form can be written in, and executes it over the store with a dataset
 * description, variables bound by substitution, a timeout and a cap on the number of rows or triples. Answers are
 * written by an {@link AnswerFormat} straight to the caller's stream, as the query produces them. Thread-safe.
 */
public final class SparqlService {
    /**
     * The prefixes a person may use without declaring them: tk:, id:, article:, schema:, skos:, dcterms:, prov:, rdf:,
     * rdfs:, owl: and xsd:, in queries given to {@code techkg query}, on the SPARQL page, and in values to bind
     * ({@link Terms#term}). Locked.
     */
    public static final PrefixMapping PRESET_PREFIXES = Vocab.prefixes().lock();
    private static final PrefixMapping NO_PREFIXES = PrefixMapping.Factory.create().lock();

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
    private final QueryLimits limits;
    private final ServicePolicy services;
    private final QueryGate gate;
    private final ParameterResolver parameters;

    /**
     * A service with the default limits of {@link QueryLimits#defaults}, no SERVICE calls and no memory guard.
     *
     * @param timeoutMillis stop a query after this long (0: never)
     * @param maxRows       the most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer holds
     */
    public SparqlService(GraphStore store, long timeoutMillis, long maxRows) {
        this(store, ServicePolicy.none(), QueryGate.open(new QueryLimits(timeoutMillis, maxRows, QueryLimits.DEFAULT_MAX_QUERY_CHARS,
                QueryLimits.DEFAULT_MAX_STRING_CHARS, 4, 16, 10_000, 1.0, java.util.List.of())));
    }

    /**
     * @param services which SERVICE calls queries may make
     * @param gate     admission and memory guard, with the limits (timeout, row cap, sizes) this service applies;
     *                 closed by its owner
     */
    public SparqlService(GraphStore store, ServicePolicy services, QueryGate gate) {
        this.store = store;
        this.limits = gate.limits();
        this.timeoutMillis = limits.timeoutMillis();
        this.maxRows = limits.maxRows();
        this.services = services;
        this.gate = gate;
        this.parameters = new ParameterResolver(store, gate);
    }

    /** Reads the values given to saved queries' parameters, looking names and IRIs up in this service's store. */
    public ParameterResolver parameters() {
        return parameters;
    }

    /** The limits this service applies (timeout, row cap, sizes, the endpoints SERVICE may call). */
    public QueryLimits limits() {
        return limits;
    }

    /**
     * Parses a query as the protocol receives it, within this service's bounds: the text's length, a place in the
     * gate (parsing a long query takes a while), and the parser's stack.
     *
     * @throws QueryLimitException when the text is too long, the line is full, or the query is nested too deeply
     * @throws QueryException      when it does not parse
     */
    public Query parseBounded(String text) {
        return parseBounded(text, NO_PREFIXES);
    }

    /**
     * Parses a query a person typed, within this service's bounds as {@link #parseBounded(String)} does, with these
     * prefixes preset (the query may declare others, or declare these anew).
     */
    public Query parseBounded(String text, PrefixMapping preset) {
        if (text.length() > limits.maxQueryChars()) {
            throw new QueryLimitException(QueryLimitException.Kind.TEXT_TOO_LONG, "The query is " + text.length()
                    + " characters long; this server takes queries of up to " + limits.maxQueryChars() + " characters");
        }
        return gate.admit(() -> parse(text, preset));
    }

    /**
     * What an answer is, known before its first byte: the media type, and whether it was cut at the row cap
     * ({@code limit} rows or triples).
     */
    public record Answer(String mediaType, boolean truncated, long limit) {}

    /** Where an answer goes: an HTTP response in the server, standard output on the command line. */
    @FunctionalInterface
    public interface Target {
        /**
         * Called at most once, before the first byte, when the query has produced what the answer's head
         * depends on: its first row (all rows up to the cap when a cut is possible), its boolean, or its graph.
         * A failure before this call (a bad query, a timeout) has written nothing.
         *
         * @return where to write the answer; {@link #execute} flushes it but does not close it
         */
        OutputStream open(Answer answer) throws IOException;
    }

    /**
     * Parses a query as the protocol receives it.
     *
     * @throws QueryException with the parser's message (line and column); an update gets its own message
     */
    public static Query parse(String text) {
        return parse(text, NO_PREFIXES);
    }

    /**
     * Parses a query with these prefixes preset (copied: the query's own declarations do not change them).
     *
     * @throws QueryException with the parser's message (line and column); an update gets its own message
     */
    public static Query parse(String text, PrefixMapping preset) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(preset));
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (StackOverflowError e) {
            throw tooDeep(e);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError overflow) { // Jena's parser wraps every Error
                throw tooDeep(overflow);
            }
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
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Refuses values for variables that the query assigns itself (BIND, {@code AS}, an aggregate, VALUES): they cannot
     * be given from outside.
     *
     * @throws QueryException naming the variable
     */
    private static void checkBindable(Query query, java.util.Collection<String> names) {
        for (String name : names) {
            try {
                QuerySyntaxSubstituteScope.scopeCheck(query, java.util.List.of(Var.alloc(name)));
            } catch (QueryScopeException e) {
                throw new QueryException("?" + name + " cannot be given a value: the query assigns it itself (with BIND, AS, "
                        + "an aggregate or VALUES)");
            }
        }
    }

    static QueryLimitException tooDeep(StackOverflowError e) {
        return new QueryLimitException(QueryLimitException.Kind.TOO_COMPLEX, "The query is nested too deeply (or has too many "
                + "UNION branches) for this server to run; split it up", e);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /**
     * The query that reads one named graph, or with a null name the default graph (the union of all), as the Graph
     * Store Protocol's GET does: {@code CONSTRUCT WHERE { ?s ?p ?o }}, inside {@code GRAPH <name>} for a named graph.
     * Built as syntax, never as text, so the name cannot change the query.
     */
    public static Query graphQuery(String graphIri) {
        Triple pattern = Triple.create(Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));
        org.apache.jena.sparql.syntax.ElementPathBlock block = new org.apache.jena.sparql.syntax.ElementPathBlock();
        block.addTriple(pattern);
        org.apache.jena.sparql.syntax.ElementGroup where = new org.apache.jena.sparql.syntax.ElementGroup();
        where.addElement(graphIri == null ? block
                : new org.apache.jena.sparql.syntax.ElementNamedGraph(org.apache.jena.graph.NodeFactory.createURI(graphIri), block));
        Query query = new Query();
        query.setQueryConstructType();
        query.setConstructTemplate(new org.apache.jena.sparql.syntax.Template(
                new org.apache.jena.sparql.core.BasicPattern(java.util.List.of(pattern))));
        query.setQueryPattern(where);
        return query;
    }

    /** The media types this query's results can be written in, the default first. */
    public static Map<String, Lang> offers(Query query) {
        return query.isSelectType() || query.isAskType() ? RESULT_TYPES : GRAPH_TYPES;
    }

    /**
     * Runs the query and writes its answer to the target as it is produced, inside the store's read
     * transaction (as Fuseki does): rows are not collected into a buffer first. A SELECT whose rows could go
     * past the cap (no LIMIT, or one above the cap) is read up to one row past the cap before the first byte,
     * so that the answer's head can say whether it was cut; otherwise only its first row is waited for, so a
     * query that fails or times out before its first row has written nothing.
     *
     * @param dataset   graphs from the protocol's default-graph-uri/named-graph-uri, or null
     * @param bindings  variables (without '?') set before execution
     * @param mediaType one of {@link #offers(Query)}
     * @throws QueryTimeoutException when it runs longer than the timeout, before or after the target was opened
     * @throws UncheckedIOException  when writing to the target fails
     */
    public void execute(Query query, DatasetDescription dataset, Map<String, Node> bindings, String mediaType, Target target) {
        Lang lang = offers(query).get(mediaType);
        if (lang == null) {
            throw new IllegalArgumentException("Not a media type for this query: " + mediaType);
        }
        execute(query, dataset, bindings, AnswerFormat.of(mediaType, lang), target);
    }

    /** As {@link #execute(Query, DatasetDescription, Map, String, Target)}, written in a format for the query's form. */
    public void execute(Query query, DatasetDescription dataset, Map<String, Node> bindings, AnswerFormat format, Target target) {
        long started = System.nanoTime();
        long deadline = timeoutMillis > 0 ? started + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
        try {
            // Jena walks queries recursively: a very deep one overflows the stack here already.
            services.check(query);
            checkBindable(query, bindings.keySet());
            Query bounded = BoundedStrings.apply(query, limits.maxStringChars());
            gate.admit(() -> store.query(bounded, dataset, builder -> {
                        bindings.forEach(builder::substitution);
                        services.configure(builder, deadline);
                        if (timeoutMillis <= 0) {
                            return builder;
                        }
                        // The time spent waiting for a place counts: the deadline is the same for the whole request.
                        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                        return builder.timeout(left, TimeUnit.MILLISECONDS);
                    },
                    exec -> {
                        try (QueryGate.Running running = gate.track(exec)) {
                            try {
                                answer(query, exec, format, target);
                            } catch (QueryCancelledException | QueryTimeoutException e) {
                                throw running.stoppedForMemory() ? gate.lowMemory(e) : e;
                            } catch (RuntimeException e) {
                                if (running.stoppedForMemory()) {
                                    throw gate.lowMemory(e);
                                }
                                throw e;
                            }
                        }
                        return null;
                    }));
        } catch (QueryCancelledException e) {
            throw timedOut(e);
        } catch (TechKgException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw tooDeep(e);
        } catch (OutOfMemoryError e) {
            // What the memory guard did not stop in time: this request fails, its memory is free again, the server goes on.
            throw gate.lowMemory(e);
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

    /**
     * Writes rows made elsewhere (a saved query answered from the graph index) as the answer of this query: the same
     * format, the same row cap and truncation head as {@link #execute} gives the query's own rows.
     *
     * @throws UncheckedIOException when writing to the target fails
     */
    public void write(Query query, IndexedQueries.Answer answer, AnswerFormat format, Target target) {
        try {
            writeRows(query, RowSetStream.create(answer.vars(), answer.rows().iterator()), format, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(Query query, QueryExec exec, AnswerFormat format, Target target) {
        try {
            if (query.isSelectType()) {
                writeRows(query, exec.select(), format, target);
            } else if (query.isAskType()) {
                boolean yes = exec.ask();
                OutputStream out = target.open(new Answer(format.mediaType(), false, maxRows));
                format.writeBoolean(out, yes);
                out.flush();
            } else {
                writeGraph(query, exec, format, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRows(Query query, RowSet rows, AnswerFormat format, Target target) throws IOException {
        // Read ahead as far as the head needs: the first row (a timeout before it still gets an error status), or
        // one row past the cap when the query's own LIMIT does not keep it under the cap.
        boolean mayBeCut = maxRows < Long.MAX_VALUE && (!query.hasLimit() || query.getLimit() > maxRows);
        long ahead = mayBeCut ? maxRows + 1 : Math.min(1, maxRows);
        List<Binding> first = new ArrayList<>();
        while (first.size() < ahead && rows.hasNext()) {
            first.add(rows.next());
        }
        boolean truncated = first.size() > maxRows;
        if (truncated) {
            first.remove(first.size() - 1);
        }
        Iterator<Binding> rest = truncated ? Collections.emptyIterator() : Iter.limit(rows, maxRows - first.size());
        OutputStream out = target.open(new Answer(format.mediaType(), truncated, maxRows));
        format.writeRows(out, query, RowSetStream.create(rows.getResultVars(), Iter.concat(first.iterator(), rest)));
        out.flush();
    }

    /** CONSTRUCT and DESCRIBE: the triples (a set, up to the cap) are gathered first, as the graph writers need them all. */
    private void writeGraph(Query query, QueryExec exec, AnswerFormat format, Target target) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describe().find();
        while (triples.hasNext() && graph.size() < maxRows) {
            graph.add(triples.next());
        }
        boolean truncated = triples.hasNext();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        OutputStream out = target.open(new Answer(format.mediaType(), truncated, maxRows));
        format.writeGraph(out, graph);
        out.flush();
    }

    private QueryTimeoutException timedOut(RuntimeException cause) {
        return new QueryTimeoutException("The query ran longer than the limit of " + timeoutMillis / 1000.0
                + " s and was stopped; narrow it down or add a LIMIT", cause);
    }

    /** Runs an update (for the token-protected update endpoint). */
    public void update(UpdateRequest update) {
        services.check(update);
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
