package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.query.QueryException;
import dev.techkg.query.QueryLimitException;
import dev.techkg.query.QueryLimits;
import dev.techkg.query.ResultFormat;
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
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL 1.1 query (text, or a .rq file such as queries/partners-of-rivals.rq) over the union "
                + "of all article graphs. The prefixes tk:, id:, article:, schema:, skos:, dcterms:, prov:, rdf:, rdfs:, "
                + "owl: and xsd: are preset."})
final class QueryCommand extends StoreCommand {
    @Parameters(paramLabel = "QUERY", description = "The query text, or the path of a file holding it.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, json, csv, tsv, xml (SELECT/ASK); turtle, ntriples, json = JSON-LD (CONSTRUCT/DESCRIBE). "
                    + "Default: table on a terminal; otherwise tsv for SELECT/ASK and turtle for graphs.")
    String format;

    @Option(names = "--bind", paramLabel = "VAR=VALUE",
            description = "Binds a variable before the query runs: <iri>, http(s)://…, a prefixed name (id:alibaba-group) "
                    + "or a string. Repeatable.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: 0, no limit).")
    long timeout;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", arity = "1..*",
            description = "Let SPARQL SERVICE call endpoints whose URL starts with one of these prefixes (default: none; "
                    + "a query with SERVICE is refused).")
    List<String> allowService = new ArrayList<>();

    @Override
    int run(Wiring wiring) {
        String text = queryText(query);
        ResultFormat asked = format == null ? null : ResultFormat.parse(format);
        SparqlService sparql = wiring.sparqlService(QueryLimits.commandLine(TimeUnit.SECONDS.toMillis(Math.max(0, timeout)), allowService));
        try {
            Query parsed = sparql.parseBounded(text, SparqlService.PRESET_PREFIXES);
            ResultFormat resultFormat = asked != null ? asked
                    : ResultFormat.defaultFor(parsed, System.console() != null && context.out() == System.out);
            sparql.execute(parsed, null, Terms.of(bindings), resultFormat.writerFor(parsed), answer -> context.out());
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
