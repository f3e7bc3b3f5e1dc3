package dev.techkg.cli;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.app.Config;
import dev.techkg.app.ServerSettings;
import dev.techkg.app.Wiring;
import dev.techkg.query.SparqlService;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Cli.Result;
import dev.techkg.testing.Http;
import dev.techkg.web.WebServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code techkg query} goes the same road as {@code /sparql}: the same parser (with the preset prefixes), the same
 * execution and the same writers, and it tells a query's form by parsing it. No text is analysed here.
 */
class QueryCommandTest {
    private static final String DATA = """
            @prefix tk: <https://w3id.org/techkg/ontology#> .
            @prefix id: <https://w3id.org/techkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/techkg/article/a1> {
                id:nvidia a tk:Company ; rdfs:label "Nvidia" ; tk:competesWith id:amd .
                id:amd a tk:Company ; rdfs:label "AMD" .
            }
            <https://w3id.org/techkg/article/a2> {
                id:alibaba-group a tk:Company ; rdfs:label "Alibaba Group" ; tk:competesWith id:tencent .
                id:tencent a tk:Company ; rdfs:label "Tencent" .
            }
            """;
    private static final String SELECT = "SELECT ?company ?rival WHERE { ?c tk:competesWith ?r ; rdfs:label ?company . "
            + "?r rdfs:label ?rival } ORDER BY ?company";
    private static final String CONSTRUCT = "CONSTRUCT { ?c tk:competesWith ?r } WHERE { ?c a tk:Company ; tk:competesWith ?r }";

    @TempDir
    Path temp;

    private Path store;

    @BeforeEach
    void load() throws Exception {
        store = temp.resolve("store");
        Path data = Files.writeString(temp.resolve("data.trig"), DATA);
        assertEquals(0, run("load", "--store", store.toString(), data.toString()).exitCode());
    }

    private static Result run(String... args) {
        return Cli.withoutAnalysis(args);
    }

    private Result query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        Result result = run(all);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    /** The PREFIX lines of the preset prefixes, which a protocol client has to send itself. */
    private static String declared(String query) {
        return SparqlService.PRESET_PREFIXES.getNsPrefixMap().entrySet().stream()
                .map(p -> "PREFIX " + p.getKey() + ": <" + p.getValue() + ">\n").collect(Collectors.joining()) + query;
    }

    @Test
    void the_command_line_with_preset_prefixes_answers_as_sparql_does_with_them_declared() throws Exception {
        String rows = query("--format", "json", SELECT).out();
        String triples = query("--format", "ntriples", CONSTRUCT).out();
        String rowsCsv = query("--format", "csv", SELECT).out();

        try (Wiring wiring = Wiring.withAnalyzerFactory(new Config(store), () -> {
            throw new IllegalStateException("this test analyses no text");
        })) {
            WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true));
            Http http = new Http(server.start());
            HttpResponse<String> json = http.get("/sparql?query=" + encode(declared(SELECT)), "Accept", "application/sparql-results+json");
            assertEquals(200, json.statusCode(), json.body());
            assertEquals(rows, json.body());
            assertTrue(rows.contains("\"Alibaba Group\""), rows);
            HttpResponse<String> csv = http.get("/sparql?query=" + encode(declared(SELECT)), "Accept", "text/csv");
            assertEquals(rowsCsv, csv.body());
            HttpResponse<String> graph = http.get("/sparql?query=" + encode(declared(CONSTRUCT)), "Accept", "application/n-triples");
            assertEquals(200, graph.statusCode(), graph.body());
            assertTrue(graph(triples).isIsomorphicWith(graph(graph.body())), triples + "\n---\n" + graph.body());
            assertEquals(2, graph(triples).size());

            // The endpoint itself presets nothing: a protocol client sends complete queries.
            assertEquals(400, http.get("/sparql?query=" + encode(SELECT)).statusCode());
        }
    }

    private static Graph graph(String ntriples) {
        return RDFParser.source(new ByteArrayInputStream(ntriples.getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).toGraph();
    }

    @Test
    void the_default_format_follows_the_parsed_query_form_not_the_words_in_it() {
        // Words of the other form in a comment or a string do not count; the form the parser finds does.
        String select = "# rivals, not a CONSTRUCT: DESCRIBE would be another query\n"
                + "SELECT ?name WHERE { ?c rdfs:label ?name FILTER(?name != \"construct\") } ORDER BY ?name";
        assertEquals("?name\n\"AMD\"\n\"Alibaba Group\"\n\"Nvidia\"\n\"Tencent\"\n", query(select).out());

        String construct = "# a graph, though it says SELECT here\n" + CONSTRUCT;
        Result graph = query(construct);
        assertTrue(graph.out().startsWith("PREFIX "), graph.out());
        assertTrue(graph.out().contains("id:nvidia  tk:competesWith  id:amd ."), graph.out());
    }

    @Test
    void the_help_names_exactly_the_preset_prefixes() {
        String help = run("query", "--help").out().replaceAll("\\s+", " ");
        Matcher listed = Pattern.compile("The prefixes (.*?) are preset").matcher(help);
        assertTrue(listed.find(), help);
        Set<String> named = new TreeSet<>();
        Matcher prefix = Pattern.compile("([a-z]+):").matcher(listed.group(1));
        while (prefix.find()) {
            named.add(prefix.group(1));
        }
        assertEquals(new TreeSet<>(SparqlService.PRESET_PREFIXES.getNsPrefixMap().keySet()), named);
    }
}
