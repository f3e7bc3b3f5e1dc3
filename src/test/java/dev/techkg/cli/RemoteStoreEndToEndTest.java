package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.query.SparqlService;
import dev.techkg.store.RemoteStore;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Fuseki;
import dev.techkg.testing.Http;
import dev.techkg.testing.SharedAnalyzer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scaled-out layout for real: a Fuseki server on 127.0.0.1 as the one store, {@code ingest} workers in
 * their own JVMs writing to it at once, and a read-only {@code serve} process in front of it.
 */
@ExtendWith(SharedAnalyzer.class)
class RemoteStoreEndToEndTest {
    private static final Pattern LISTENING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String PREFIXES = "PREFIX tk: <https://w3id.org/techkg/ontology#> PREFIX id: <https://w3id.org/techkg/id/> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";
    /** Short articles written for this test, each stating well-known facts. */
    private static final Map<String, String> ARTICLES = Map.of(
            "nvidia.txt", "SOURCE: https://news.example/nvidia\nTITLE: Nvidia sees strong demand\n\n"
                    + "Nvidia CEO Jensen Huang said demand is strong. Santa Clara-based Nvidia designed the H20 chip.\n",
            "samsung.txt", "SOURCE: https://news.example/samsung\nTITLE: Samsung and Apple\n\n"
                    + "Samsung Electronics competes with Apple in several markets.\n",
            "microsoft.txt", "SOURCE: https://news.example/microsoft\nTITLE: Microsoft and Google\n\n"
                    + "Microsoft competes with Google in several markets. Microsoft CEO Satya Nadella said cloud revenue grew.\n",
            "intel.txt", "SOURCE: https://news.example/intel\nTITLE: Intel and Qualcomm\n\n"
                    + "Intel signed a partnership agreement with Qualcomm last year.\n");

    @TempDir
    Path temp;

    private Path folder(String name, String... files) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : files) {
            Files.writeString(folder.resolve(file), ARTICLES.get(file), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static ProcessBuilder techkg(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "dev.techkg.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void two_ingest_workers_writing_overlapping_articles_to_one_fuseki_store_each_article_once() throws Exception {
        try (Fuseki fuseki = Fuseki.start()) {
            Path first = folder("worker-1", "nvidia.txt", "samsung.txt", "microsoft.txt");
            Path second = folder("worker-2", "samsung.txt", "microsoft.txt", "intel.txt");
            Process one = techkg("ingest", "--store", fuseki.url(), "--threads", "1", first.toString()).start();
            Process two = techkg("ingest", "--store", fuseki.url(), "--threads", "1", second.toString()).start();
            CompletableFuture<String> outOne = CompletableFuture.supplyAsync(() -> readAll(one));
            CompletableFuture<String> outTwo = CompletableFuture.supplyAsync(() -> readAll(two));
            try {
                assertTrue(one.waitFor(300, TimeUnit.SECONDS) && two.waitFor(300, TimeUnit.SECONDS), "the workers finished");
            } finally {
                one.destroyForcibly();
                two.destroyForcibly();
            }
            assertEquals(0, one.exitValue(), outOne.get());
            assertEquals(0, two.exitValue(), outTwo.get());
            assertTrue(outOne.get().contains("0 failed") && outTwo.get().contains("0 failed"), outOne.get() + outTwo.get());

            try (RemoteStore store = RemoteStore.connect(URI.create(fuseki.url()), null)) {
                assertEquals(4, store.graphNames().size(), "four articles, four graphs");
                for (String source : List.of("nvidia", "samsung", "microsoft", "intel")) {
                    assertEquals(1, store.graphsWithSource("https://news.example/" + source).size(), source);
                }
                // One description per graph: two PUTs of one article never merge into one graph.
                List<Binding> perGraph = select(store, PREFIXES + "SELECT ?g (COUNT(?created) AS ?n) WHERE { GRAPH ?g { ?g a tk:Article ; "
                        + "dcterms:created ?created } } GROUP BY ?g");
                assertEquals(4, perGraph.size());
                perGraph.forEach(row -> assertEquals("1", row.get("n").getLiteralLexicalForm(), row.toString()));
                assertTrue(select(store, PREFIXES + "SELECT ?a WHERE { GRAPH ?g { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
                        + "tk:evidence ?e . ?b rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tk:evidence ?e FILTER(?a != ?b) } }").isEmpty(),
                        "no fact stored twice");
            }
            // The facts, through the CLI, from the union default graph of the remote store.
            Cli.Result facts = new Cli(null, null).runRaw(Map.of("TECHKG_STORE", fuseki.url()), "query", "--format", "tsv", PREFIXES
                    + "SELECT ?s ?o WHERE { ?s tk:leads|tk:competesWith|tk:partnersWith ?o } ORDER BY ?s ?o");
            assertEquals(0, facts.exitCode(), facts.err());
            for (String fact : List.of("<https://w3id.org/techkg/id/jensen-huang>\t<https://w3id.org/techkg/id/nvidia>",
                    "<https://w3id.org/techkg/id/samsung-electronics>\t<https://w3id.org/techkg/id/apple>",
                    "<https://w3id.org/techkg/id/intel>\t<https://w3id.org/techkg/id/qualcomm>")) {
                assertTrue(facts.out().contains(fact), fact + " in\n" + facts.out());
            }
        }
    }

    @Test
    void a_read_only_server_in_front_of_fuseki_answers_sparql_and_the_entity_api_and_refuses_writes(TextAnalyzer analyzer) throws Exception {
        try (Fuseki fuseki = Fuseki.start()) {
            Cli.Result ingest = new Cli(analyzer, null).runRaw(Map.of(), "ingest", "--store", fuseki.url(),
                    folder("articles", "nvidia.txt", "samsung.txt").toString());
            assertEquals(0, ingest.exitCode(), ingest.err());

            Process server = techkg("serve", "--store", fuseki.url(), "--read-only", "--port", "0",
                    "--spool", temp.resolve("spool").toString()).start();
            try {
                Http http = new Http(port(server));
                HttpResponse<String> sparql = http.get("/sparql?query=" + Http.encode(PREFIXES
                        + "SELECT ?who WHERE { ?who tk:leads id:nvidia }"));
                assertEquals(200, sparql.statusCode(), sparql.body());
                assertTrue(sparql.body().contains("https://w3id.org/techkg/id/jensen-huang"), sparql.body());

                JsonNode entity = new ObjectMapper().readTree(http.get("/api/entities/nvidia").body());
                assertEquals("Nvidia", entity.get("label").asText(), entity.toString());
                assertTrue(entity.toString().contains("jensen-huang"), entity.toString());

                // A saved query with a bound variable (sent to Fuseki as VALUES).
                HttpResponse<String> saved = http.get("/api/queries/entity-facts?name=Nvidia");
                assertEquals(200, saved.statusCode(), saved.body());
                assertTrue(saved.body().contains("https://w3id.org/techkg/id/jensen-huang"), saved.body());

                JsonNode health = new ObjectMapper().readTree(http.get("/health").body());
                assertEquals("SPARQL store " + fuseki.url(), health.get("store").asText());

                HttpResponse<String> upload = http.post("/api/articles", "application/json", "{\"text\": \"Intel competes with AMD.\"}");
                assertEquals(403, upload.statusCode(), upload.body());
                assertTrue(upload.body().contains("\"error\""), upload.body());
                assertFalse(Files.exists(temp.resolve("spool")) && Files.list(temp.resolve("spool")).findAny().isPresent(),
                        "a read-only server spools nothing");
            } finally {
                server.destroy();
                server.waitFor(20, TimeUnit.SECONDS);
                server.destroyForcibly();
            }
        }
    }

    /** Starts reading the server's output and returns the port it says it listens on. */
    private static int port(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    seen.append(line).append('\n');
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new AssertionError("the server ended without listening:\n" + seen));
        });
        reader.setDaemon(true);
        reader.start();
        return port.get(60, TimeUnit.SECONDS);
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static List<Binding> select(RemoteStore store, String query) {
        return store.query(SparqlService.parse(query, SparqlService.PRESET_PREFIXES), null, b -> b, exec -> {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        });
    }
}
