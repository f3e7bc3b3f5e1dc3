package dev.techkg.query;

import dev.techkg.rdf.Vocab;
import dev.techkg.store.GraphStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;

/**
 * Runs SPARQL queries against the store and writes the results. The TechKG prefixes (tk:, id:, schema:,
 * skos:, dcterms:, prov:, rdf:, rdfs:, xsd:, owl:) are preset, so a query may use them without PREFIX
 * lines. Thread-safe.
 */
public final class QueryService {
    private final GraphStore store;
    private final ServicePolicy services;

    /** Queries that may not call SERVICE. */
    public QueryService(GraphStore store) {
        this(store, ServicePolicy.none());
    }

    /** Queries that may call the SERVICE endpoints the policy allows. */
    public QueryService(GraphStore store, ServicePolicy services) {
        this.store = store;
        this.services = services;
    }

    /**
     * Parses a SPARQL 1.1 query with the TechKG prefixes preset.
     *
     * @throws QueryException with the parser's message (line and column) when it does not parse
     */
    public static Query parse(String text) {
        Query query = new Query();
        query.setPrefixMapping(Vocab.prefixes());
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (StackOverflowError e) {
            throw SparqlService.tooDeep(e);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError overflow) { // Jena's parser wraps every Error
                throw SparqlService.tooDeep(overflow);
            }
            // Jena's message lists every token it expected; the first line holds what and where.
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
            throw new QueryException("The query does not parse: " + first);
        }
    }

    /**
     * Turns a command-line value into an RDF term: {@code <iri>}, an absolute http(s) IRI, a prefixed name
     * with a known prefix ({@code id:alibaba-group}), or else a plain string (quotes optional).
     */
    public static Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return iri(v.substring(1, v.length() - 1));
        }
        if (v.matches("(?i)https?://\\S+|urn:\\S+")) {
            return iri(v);
        }
        PrefixMapping prefixes = Vocab.prefixes();
        int colon = v.indexOf(':');
        if (colon > 0 && !v.contains(" ") && prefixes.getNsPrefixURI(v.substring(0, colon)) != null) {
            return iri(prefixes.expandPrefix(v));
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * An IRI term, refused when it holds a character that SPARQL does not allow between {@code <} and {@code >}
     * (spaces, {@code <>"{}|^`\\}, controls): such a value could not be written into a query's text as one term.
     *
     * @throws QueryException naming the value
     */
    public static Node iri(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new QueryException("Not a valid IRI: '" + value + "' (it holds " + (c <= ' ' ? "a space or control character"
                        : "'" + c + "'") + ", which an IRI may not; percent-encode it)");
            }
        }
        return NodeFactory.createURI(value);
    }

    /**
     * Runs a query and writes its results.
     *
     * @param bindings        variables (without '?') bound before execution
     * @param timeoutSeconds  0 for none
     */
    public void run(String text, Map<String, String> bindings, ResultFormat format, long timeoutSeconds, OutputStream out) {
        Query query = parse(text);
        services.check(query);
        Map<String, Node> substitution = new LinkedHashMap<>();
        bindings.forEach((name, value) -> substitution.put(name.startsWith("?") ? name.substring(1) : name, term(value)));
        SparqlService.checkBindable(query, substitution.keySet());
        long deadline = timeoutSeconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds) : 0;
        Query bounded = BoundedStrings.apply(query, QueryLimits.DEFAULT_MAX_STRING_CHARS);
        try {
            store.query(bounded, null, builder -> configure(services.configure(builder, deadline), substitution, timeoutSeconds), exec -> {
                try (QueryExecution execution = QueryExecutionAdapter.adapt(exec)) {
                    write(query, execution, format, out);
                }
                return null;
            });
        } catch (QueryCancelledException e) {
            throw new QueryException("The query ran longer than the timeout of " + timeoutSeconds + " s and was stopped", e);
        } catch (StackOverflowError e) {
            throw SparqlService.tooDeep(e);
        }
    }

    private static QueryExecBuilder configure(QueryExecBuilder builder, Map<String, Node> substitution, long timeoutSeconds) {
        substitution.forEach(builder::substitution);
        if (timeoutSeconds > 0) {
            builder.timeout(timeoutSeconds, TimeUnit.SECONDS);
        }
        return builder;
    }

    private static void write(Query query, QueryExecution execution, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet results = execution.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
                case JSON -> ResultSetFormatter.outputAsJSON(out, results);
                case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                case XML -> ResultSetFormatter.outputAsXML(out, results);
                default -> throw new QueryException("Format " + name(format) + " is for CONSTRUCT and DESCRIBE queries; "
                        + "a SELECT query gives table, json, csv, tsv or xml");
            }
        } else if (query.isAskType()) {
            boolean answer = execution.execAsk();
            switch (format) {
                case TABLE -> {
                    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                    print.println(answer ? "yes" : "no");
                }
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                case XML -> ResultSetFormatter.outputAsXML(out, answer);
                default -> throw new QueryException("Format " + name(format) + " is for CONSTRUCT and DESCRIBE queries; "
                        + "an ASK query gives table, json, csv, tsv or xml");
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            model.setNsPrefixes(Vocab.prefixes());
            RDFFormat rdfFormat = switch (format) {
                case TABLE, TURTLE -> RDFFormat.TURTLE_PRETTY;
                case NTRIPLES -> RDFFormat.NTRIPLES;
                case JSON -> RDFFormat.JSONLD11;
                default -> throw new QueryException("Format " + name(format) + " is for SELECT and ASK results; "
                        + "a CONSTRUCT or DESCRIBE query gives turtle, ntriples or json (JSON-LD)");
            };
            RDFDataMgr.write(out, model, rdfFormat);
        } else {
            throw new QueryException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
        }
    }

    private static String name(ResultFormat format) {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }

}
