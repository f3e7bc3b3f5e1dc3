package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Http;
import dev.techkg.testing.SharedAnalyzer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a stream of uploads: the real server runs as its own process; it is killed without
 * warning while uploads arrive, then started again on the same store. Every accepted upload must be
 * there once the resumed jobs finish, and every article must be complete, never partial.
 */
@ExtendWith(SharedAnalyzer.class)
class CrashRecoveryTest {
    private static final Pattern LISTENING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String[] COMPANIES = {"Nvidia", "Intel", "Samsung Electronics", "Apple", "Microsoft", "Alibaba Group",
            "Tencent", "Baidu", "Oracle", "Broadcom", "Qualcomm", "Sony"};

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();

    private record Server(Process process, Http http) {}

    private Server start(Path store) throws Exception {
        // A killed server cannot delete its temporary files (Jetty's copy of an upload being read): keep them in the
        // test's folder, which JUnit deletes, rather than in /tmp.
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "dev.techkg.cli.Main", "serve",
                "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = output.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new AssertionError("the server process ended without listening"));
        });
        reader.setDaemon(true);
        reader.start();
        return new Server(process, new Http(port.get(60, TimeUnit.SECONDS)));
    }

    private static String article(int i) {
        String a = COMPANIES[i % COMPANIES.length];
        String b = COMPANIES[(i * 7 + 3) % COMPANIES.length];
        return "Report number " + i + "\n\n" + a + " signed a partnership agreement with " + b + " in week " + i + ". "
                + a + " competes with " + b + " in several markets.\n";
    }

    @Test
    void after_kill_9_every_accepted_upload_is_stored_and_no_article_is_partial(TextAnalyzer analyzer) throws Exception {
        Path store = temp.resolve("store");
        Server first = start(store);
        List<String> acceptedSources = new ArrayList<>();
        List<String> acceptedJobs = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                String name = "report-" + i + ".txt";
                HttpResponse<String> response;
                try {
                    response = first.http().upload("/api/articles", List.of(name), List.of(article(i).getBytes(StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    break; // the server is gone: this upload was never accepted
                }
                assertEquals(202, response.statusCode(), response.body());
                acceptedSources.add("upload:" + name); // uploads are namespaced
                acceptedJobs.add(response.headers().firstValue("Location").orElseThrow());
                if (i == 24) {
                    first.process().destroyForcibly(); // SIGKILL, mid-stream: jobs are queued and running
                    first.process().waitFor(20, TimeUnit.SECONDS);
                }
            }
        } finally {
            first.process().destroyForcibly();
        }
        assertEquals(25, acceptedSources.size(), "uploads accepted before the kill");

        Server second = start(store);
        try {
            for (String job : acceptedJobs) {
                for (int i = 0; i < 600; i++) {
                    HttpResponse<String> state = second.http().get(job);
                    // A job finished before the kill is gone with the old process; its article is checked below.
                    if (state.statusCode() == 404 || json.readTree(state.body()).get("state").asText().equals("done")) {
                        break;
                    }
                    Thread.sleep(100);
                }
            }
            JsonNode sources = json.readTree(second.http().get("/sparql?query=" + Http.encode(
                    "SELECT ?source WHERE { ?a a <https://w3id.org/techkg/ontology#Article> ; <http://purl.org/dc/terms/source> ?source }")).body());
            List<String> stored = new ArrayList<>();
            sources.get("results").get("bindings").forEach(b -> stored.add(b.get("source").get("value").asText()));
            assertTrue(stored.containsAll(acceptedSources), "lost: " + acceptedSources.stream().filter(s -> !stored.contains(s)).toList());

            // Complete, never partial: every article graph has its description, and every fact its statement and triple.
            String incomplete = "PREFIX tk: <https://w3id.org/techkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { "
                    + "{ ?g a tk:Article FILTER NOT EXISTS { ?g dcterms:title ?t ; dcterms:source ?s ; dcterms:created ?c ; tk:text ?x } } UNION "
                    + "{ ?st a rdf:Statement ; rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?b FILTER NOT EXISTS { ?a ?p ?b . ?st tk:evidence ?e ; tk:confidence ?k } } UNION "
                    + "{ ?a ?p ?b FILTER(STRSTARTS(STR(?p), STR(tk:)) && ?p NOT IN (tk:text, tk:evidence, tk:confidence, tk:rule, tk:dateSource, tk:copyKey)) "
                    + "FILTER NOT EXISTS { ?st rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?b } } } }";
            JsonNode count = json.readTree(second.http().get("/sparql?query=" + Http.encode(incomplete)).body());
            assertEquals("0", count.get("results").get("bindings").get(0).get("n").get("value").asText());
        } finally {
            second.process().destroyForcibly();
            second.process().waitFor(20, TimeUnit.SECONDS);
        }
        Cli.Result validate = new Cli(analyzer, store).run("validate");
        assertEquals(0, validate.exitCode(), validate.out());
    }
}
