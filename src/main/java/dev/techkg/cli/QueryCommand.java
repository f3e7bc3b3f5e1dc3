package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.query.QueryException;
import dev.techkg.query.QueryLimitException;
import dev.techkg.query.Parameter;
import dev.techkg.query.ParameterResolver;
import dev.techkg.query.QueryLimits;
import dev.techkg.query.ResultFormat;
import dev.techkg.query.SavedQueries;
import dev.techkg.query.SavedQueries.SavedQuery;
import dev.techkg.query.SparqlService;
import dev.techkg.query.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL 1.1 query (text, a .rq file such as queries/partners-of-rivals.rq, or the name of a "
                + "saved query, listed below) over the union of all article graphs. The prefixes tk:, id:, article:, "
                + "schema:, skos:, dcterms:, prov:, rdf:, rdfs:, owl: and xsd: are preset."})
final class QueryCommand extends StoreCommand {
    @Parameters(paramLabel = "QUERY", description = "The query text, the path of a file holding it, or a saved query's name.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, json, csv, tsv, xml (SELECT/ASK); turtle, ntriples, json = JSON-LD (CONSTRUCT/DESCRIBE). "
                    + "Default: table on a terminal; otherwise tsv for SELECT/ASK and turtle for graphs.")
    String format;

    @Option(names = "--bind", paramLabel = "VAR=VALUE",
            description = "Gives a parameter a value. For a query whose header documents its parameters (# param:), only "
                    + "those, read as their kind says (a name in any case, an entity by name, slug, id:slug or IRI, a "
                    + "relation as acquires or tk:acquires, …); for any other query, one of its variables, as <iri>, "
                    + "http(s)://…, a prefixed name (id:alibaba-group) or a string. Repeatable.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: 0, no limit).")
    long timeout;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", arity = "1..*",
            description = "Let SPARQL SERVICE call endpoints whose URL starts with one of these prefixes (default: none; "
                    + "a query with SERVICE is refused).")
    List<String> allowService = new ArrayList<>();

    /** The query to run and its documentation, read once the command line is checked. */
    private SavedQuery saved;

    /** A --bind that names no parameter of the query is a wrong command line (exit 2), caught before the store opens. */
    @Override
    void checkOptions() {
        saved = savedQuery(query);
        for (String name : bindings.keySet()) {
            String variable = name.startsWith("?") ? name.substring(1) : name;
            if (!saved.parameters().isEmpty() && saved.parameter(variable).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + name + ": "
                        + ParameterResolver.unknown(saved, variable).getMessage());
            }
            if (saved.parameters().isEmpty() && !saved.variables().contains(variable)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + name + ": the query has no variable ?"
                        + variable + (saved.variables().isEmpty() ? "" : " (its variables: ?" + String.join(", ?", saved.variables()) + ")"));
            }
        }
    }

    @Override
    int run(Wiring wiring) {
        String text = saved.text();
        ResultFormat asked = format == null ? null : ResultFormat.parse(format);
        SparqlService sparql = wiring.sparqlService(QueryLimits.commandLine(TimeUnit.SECONDS.toMillis(Math.max(0, timeout)), allowService));
        try {
            Query parsed = sparql.parseBounded(text, SparqlService.PRESET_PREFIXES);
            ResultFormat resultFormat = asked != null ? asked
                    : ResultFormat.defaultFor(parsed, System.console() != null && context.out() == System.out);
            Map<String, Node> terms = saved.parameters().isEmpty() ? Terms.of(bindings) : sparql.parameters().resolve(saved, bindings);
            sparql.execute(parsed, null, terms, resultFormat.writerFor(parsed), answer -> context.out());
        } catch (QueryLimitException e) {
            if (e.kind() != QueryLimitException.Kind.SERVICE_REFUSED) {
                throw e;
            }
            // A query the command line refuses as given, as picocli refuses a bad option: exit 2.
            context.err().println("techkg: error: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        context.out().flush();
        return 0;
    }

    /**
     * The query the argument names, with the documentation of its header: a saved query shipped with TechKG by its
     * name (when no file has that name), else the file or text of {@link #queryText}.
     */
    static SavedQuery savedQuery(String argument) {
        if (argument.matches("[a-z0-9]+(-[a-z0-9]+)*") && !Files.exists(Path.of(argument))) {
            Optional<SavedQuery> shipped = SavedQueries.loadDefault().get(argument);
            if (shipped.isPresent()) {
                return shipped.get();
            }
        }
        String text = queryText(argument);
        String name = argument.endsWith(".rq") || argument.endsWith(".sparql") ? Path.of(argument).getFileName().toString() : "query";
        return SavedQueries.of(name.replaceFirst("\\.(rq|sparql)$", ""), text);
    }

    /** The saved queries and their parameters, for the end of {@code techkg query --help}. */
    static String savedQueriesHelp() {
        StringBuilder help = new StringBuilder("%nSaved queries (run one by name; --bind its parameters):%n");
        for (SavedQuery q : SavedQueries.loadDefault().all()) {
            help.append("  ").append(q.name()).append(": ").append(q.title()).append("%n");
            for (Parameter p : q.parameters()) {
                help.append("      ?").append(p.variable()).append(" (").append(p.kind().accepts())
                        .append(p.defaultValue() == null ? "" : "; default " + p.defaultValue()).append(")%n");
            }
        }
        return help.toString().replace("%n", System.lineSeparator());
    }

    /** The argument itself, or the file it names when it ends in .rq or .sparql or is an existing file. */
    static String queryText(String argument) {
        boolean looksLikeFile = argument.endsWith(".rq") || argument.endsWith(".sparql")
                || (!argument.contains("\n") && argument.length() < 4096 && !argument.contains("{") && Files.isRegularFile(Path.of(argument)));
        if (!looksLikeFile) {
            return argument;
        }
        Path file = Path.of(argument);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryException("Cannot read the query file " + file + ": " + (Files.exists(file) ? e.getMessage() : "no such file"));
        }
    }
}
