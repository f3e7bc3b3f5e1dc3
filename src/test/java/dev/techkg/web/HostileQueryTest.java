package dev.techkg.web;

import dev.techkg.app.ServerSettings;
import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.techkg.cli.Main;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.query.QueryException;
import dev.techkg.query.QueryLimits;
import dev.techkg.query.Terms;
import dev.techkg.testing.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries as an attacker would send them, against the real server on loopback, and the safe answer each gets:
 * no outbound request (a loopback listener checks that it hears nothing), JSON errors with the right status instead
 * of OutOfMemoryError, StackOverflowError or an empty 500, a bounded line of queries, and a server that keeps
 * answering. The memory bombs run in a child JVM with a 256 MB heap, the way an operator would start a small server.
 */
class HostileQueryTest {
    /** Never used: these servers are read-only and analyse no text. */
    private static final TextAnalyzer NO_ANALYZER = text -> {
        throw new AssertionError("no text is analysed here");
    };
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "SECRET-BODY-7f3a";

    @TempDir
    Path temp;

    private HttpServer listener;
    private final AtomicInteger heard = new AtomicInteger();

    /** A SPARQL-looking endpoint on 127.0.0.1 that counts what reaches it; /sparql/slow answers after 20 s. */
    @BeforeEach
    void listen() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            heard.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            try {
                if (path.endsWith("/slow")) {
                    Thread.sleep(20_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            boolean fail = path.endsWith("/fail");
            byte[] body = (path.endsWith("/garbage") ? "{ not json " + SECRET
                    : fail ? "internal details " + SECRET
                    : "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"remote " + SECRET
                            + "\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            try {
                exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // the server gave up waiting
            }
            exchange.close();
        });
        listener.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        listener.start();
    }

    @AfterEach
    void stopListening() {
        listener.stop(0);
    }

    private String endpoint(String path) {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
    }

    private ServerFixture server(boolean allowPrivateUrls, QueryLimits limits) throws IOException {
        Path folder = Files.createTempDirectory(temp, "server");
        return new ServerFixture(NO_ANALYZER, folder, new ServerSettings("127.0.0.1", 0, limits.timeoutMillis() / 1000, limits.maxRows(),
                null, allowPrivateUrls, 1, null, true), limits);
    }

    private static JsonNode error(HttpResponse<String> response, int status) throws IOException {
        String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
        assertEquals(status, response.statusCode(), where);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), where);
        JsonNode body = JSON.readTree(response.body());
        assertFalse(body.get("error").asText().isBlank(), where);
        assertFalse(response.body().contains("java.lang") || response.body().contains("\tat "), where);
        return body;
    }

    private static HttpResponse<String> post(Http http, String query) {
        return http.post("/sparql", "application/sparql-query", query);
    }

    @Test
    void SERVICE_is_refused_with_a_400_on_every_path_and_no_request_leaves_the_server() throws Exception {
        String url = endpoint("/internal");
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <" + url + "> { ?x ?y ?z } } } }",
                "SELECT * { VALUES ?e { <" + url + "> } SERVICE ?e { ?s ?p ?o } }",
                "ASK { SERVICE <" + url + "> { ?s ?p ?o } }");
        try (ServerFixture fixture = server(true, QueryLimits.defaults(5000, 1000))) {
            for (String query : queries) {
                JsonNode body = error(post(fixture.http, query), 400);
                assertTrue(body.get("detail").asText().contains("SERVICE"), body.toString());
                error(fixture.http.get("/sparql?query=" + encode(query)), 400);
            }
        }
        // Updates neither: LOAD and SERVICE in a WHERE clause are refused on the token-protected /update.
        String token = "update-token-0123456789";
        try (ServerFixture fixture = new ServerFixture(NO_ANALYZER, Files.createTempDirectory(temp, "update"),
                new ServerSettings("127.0.0.1", 0, 5, 1000, token, true, 1, null, false))) {
            for (String update : List.of("LOAD <" + url + ">", "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <" + url
                    + "> { ?s ?p ?o } }")) {
                error(fixture.http.post("/update", "application/sparql-update", update, "Authorization", "Bearer " + token), 400);
            }
        }
        // The command line refuses it as a usage error (exit 2), before opening any connection.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"query", "--store", temp.resolve("cli-store").toString(), queries.get(0)},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), dev.techkg.app.Wiring::create);
        assertEquals(Main.EXIT_USAGE, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--allow-service"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, heard.get(), "the loopback listener was called");
    }

    @Test
    void an_allowed_SERVICE_goes_through_the_address_rules_and_the_query_time_limit() throws Exception {
        QueryLimits limits = QueryLimits.defaults(2000, 1000).allowingServices(List.of(endpoint("/sparql")));
        // Loopback is refused by the fetcher's address rules unless private addresses are allowed.
        try (ServerFixture fixture = server(false, limits)) {
            JsonNode body = error(post(fixture.http, "SELECT * { SERVICE <" + endpoint("/sparql") + "> { ?s ?p ?o } }"), 400);
            assertTrue(body.get("detail").asText().contains("loopback"), body.toString());
        }
        assertEquals(0, heard.get());
        try (ServerFixture fixture = server(true, limits)) {
            HttpResponse<String> answer = post(fixture.http, "SELECT ?x { SERVICE <" + endpoint("/sparql") + "> { ?x ?p ?o } }");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("remote " + SECRET), answer.body());
            assertEquals(1, heard.get());
            // Outside the allowed prefix (a look-alike path, another port's path): refused, nothing sent.
            error(post(fixture.http, "SELECT * { SERVICE <" + endpoint("/sparqlx") + "> { ?s ?p ?o } }"), 400);
            error(post(fixture.http, "SELECT * { SERVICE <" + endpoint("/other") + "> { ?s ?p ?o } }"), 400);
            assertEquals(1, heard.get());
            // A slow endpoint is given up at the query's time limit (2 s), not after its 20 s.
            long started = System.nanoTime();
            error(post(fixture.http, "SELECT * { SERVICE <" + endpoint("/sparql/slow") + "> { ?s ?p ?o } }"), 503);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(6), "the SERVICE call outlived the query's limit");
            // An endpoint's error or garbage never reaches the client.
            for (String path : List.of("/sparql/fail", "/sparql/garbage")) {
                HttpResponse<String> failed = post(fixture.http, "SELECT * { SERVICE <" + endpoint(path) + "> { ?s ?p ?o } }");
                assertTrue(failed.statusCode() >= 400, failed.body());
                assertFalse(failed.body().contains(SECRET), failed.body());
            }
        }
    }

    @Test
    void beyond_the_running_and_waiting_queries_a_query_gets_503_with_Retry_After() throws Exception {
        try (ServerFixture fixture = server(false, QueryLimits.defaults(3000, 1000).withConcurrency(1, 0))) {
            String slow = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:example:bulk> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> post(fixture.http, slow));
            Thread.sleep(700);
            HttpResponse<String> refused = post(fixture.http, "ASK {}");
            error(refused, 503);
            assertEquals(String.valueOf(dev.techkg.query.QueryLimitException.RETRY_AFTER_SECONDS),
                    refused.headers().firstValue("Retry-After").orElse(""), "Retry-After");
            error(running.get(30, TimeUnit.SECONDS), 503); // its own timeout
            assertEquals(200, post(fixture.http, "ASK {}").statusCode());
        }
    }

    @Test
    void long_deep_and_string_growing_queries_get_json_errors_and_the_server_goes_on() throws Exception {
        try (ServerFixture fixture = server(false, QueryLimits.defaults(10_000, 1000))) {
            Http http = fixture.http;
            String longQuery = "SELECT * { ?s ?p ?o " + "FILTER(?o != \"x\") ".repeat(20_000) + "}";
            assertTrue(error(post(http, longQuery), 413).get("detail").asText().contains("262144"));
            String union = "SELECT * { " + IntStream.range(0, 9000).mapToObj(i -> "{ ?s <urn:p" + i + "> ?o }")
                    .collect(Collectors.joining(" UNION ")) + " }";
            error(post(http, union), 400);
            error(post(http, "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(50_000) + "?o" + ")".repeat(50_000) + ") }"), 400);
            String doubling = IntStream.range(0, 40).mapToObj(i -> "BIND(CONCAT(?s" + i + ", ?s" + i + ") AS ?s" + (i + 1) + ")")
                    .collect(Collectors.joining(" "));
            assertTrue(error(post(http, "SELECT (STRLEN(?s40) AS ?n) { BIND(\"ab\" AS ?s0) " + doubling + " }"), 400)
                    .get("detail").asText().contains("CONCAT"));
            String replacing = IntStream.range(0, 40).mapToObj(i -> "BIND(REPLACE(?s" + i + ", \"a\", \"aa\") AS ?s" + (i + 1) + ")")
                    .collect(Collectors.joining(" "));
            assertTrue(error(post(http, "SELECT (STRLEN(?s40) AS ?n) { BIND(\"aa\" AS ?s0) " + replacing + " }"), 400)
                    .get("detail").asText().contains("REPLACE"));
            String wide = "\"" + "a".repeat(3000) + "\"";
            error(post(http, "SELECT (STRLEN(?y) AS ?n) { BIND(REPLACE(REPLACE(\"aaaa\", \"a\", " + wide + "), \"a\", " + wide
                    + ") AS ?y) }"), 400);
            // GROUP_CONCAT over a cross product stops at the bound; over a few rows it answers.
            assertTrue(error(post(http, "SELECT (GROUP_CONCAT(?c) AS ?x) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), 400)
                    .get("detail").asText().contains("GROUP_CONCAT"));
            assertTrue(error(post(http, "SELECT (GROUP_CONCAT(DISTINCT CONCAT(STR(?a), STR(?d))) AS ?x) { ?a ?b ?c . ?d ?e ?f }"), 400)
                    .get("detail").asText().contains("GROUP_CONCAT"));
            HttpResponse<String> joined = post(http, "SELECT (GROUP_CONCAT(DISTINCT ?w; SEPARATOR=\"+\") AS ?x) "
                    + "{ VALUES ?w { \"b\" \"a\" \"b\" } }");
            assertEquals(200, joined.statusCode(), joined.body());
            assertTrue(joined.body().contains("\"b+a\"") || joined.body().contains("\"a+b\""), joined.body());
            // fn:concat is bounded as CONCAT is.
            error(post(http, "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (STRLEN(?s40) AS ?n) { BIND(\"ab\" AS ?s0) "
                    + doubling.replace("CONCAT(", "fn:concat(") + " }"), 400);
            // Ordinary string functions still work.
            HttpResponse<String> fine = post(http, "SELECT (REPLACE(CONCAT(\"a\", \"b\"), \"b\", \"c\") AS ?x) (UCASE(\"é\") AS ?y) {}");
            assertEquals(200, fine.statusCode(), fine.body());
            assertTrue(fine.body().contains("\"ac\"") && fine.body().contains("\"É\""), fine.body());
            assertEquals(200, http.get("/health").statusCode());
        }
    }

    @Test
    void parameters_of_saved_queries_and_graph_filters_are_checked_at_the_edge() throws Exception {
        try (ServerFixture fixture = server(false, QueryLimits.defaults(5000, 1000))) {
            Http http = fixture.http;
            // ?wanted is assigned by BIND in entity-facts: it cannot be a parameter.
            assertTrue(error(http.get("/api/queries/entity-facts?wanted=x"), 400).get("detail").asText().contains("?wanted"));
            // An IRI that would end the term early in a remote store's VALUES block.
            error(http.get("/api/queries/entity-facts?relation=" + encode("<http://x> } } ; DROP ALL ; #>")), 400);
            error(http.get("/api/graph?center=nvidia&minConfidence=NaN"), 400);
            error(http.get("/rdf?graph=" + encode("http://x> } }")), 400);
        }
        assertThrows(QueryException.class, () -> Terms.term("http://example.org/a>b"));
        assertThrows(QueryException.class, () -> Terms.term("<urn:a b>"));
        assertEquals("http://example.org/a%3Eb", Terms.term("http://example.org/a%3Eb").getURI());
    }

    @Test
    void rdf_is_a_query_with_the_same_row_cap_as_sparql() throws Exception {
        try (ServerFixture fixture = server(false, QueryLimits.defaults(5000, 50))) {
            HttpResponse<String> all = fixture.http.get("/rdf?default", "Accept", "application/n-triples");
            assertEquals(200, all.statusCode(), all.body());
            assertEquals("true", all.headers().firstValue("TechKG-Result-Truncated").orElse(""));
            assertEquals(50, all.body().lines().filter(l -> !l.isBlank()).count());
            HttpResponse<String> one = fixture.http.get("/rdf?graph=" + encode("urn:example:g1"), "Accept", "text/turtle");
            assertEquals(200, one.statusCode(), one.body());
            assertTrue(one.body().contains("\"one\""), one.body());
            error(fixture.http.get("/rdf?graph=" + encode("urn:example:none")), 404);
        }
    }

    /**
     * The memory bombs, in a child JVM serving with {@code -Xmx256m}: two at once (one per 128 MB of heap) with more waiting; each gets a
     * JSON 400 or 503 (never a 500 or no answer), {@code /health} answers within 2 s all the while and after, an
     * ordinary query works after them, the memory guard stops queries with at least 24 MB of the heap to spare, and the
     * SERVICE bodies of failing endpoints never reach the log.
     */
    @Test
    void memory_bombs_in_a_256_MB_server_get_json_errors_while_health_answers_within_2_s() throws Exception {
        Path data = temp.resolve("data.trig");
        StringBuilder trig = new StringBuilder();
        for (int g = 0; g < 20; g++) {
            trig.append("<urn:g").append(g).append("> {\n");
            for (int i = 0; i < 100; i++) {
                trig.append("<urn:s").append(g).append('_').append(i).append("> <urn:x:p").append(i % 7).append("> \"value ")
                        .append(g).append(' ').append(i).append(" some text here\" .\n");
            }
            trig.append("}\n");
        }
        Files.writeString(data, trig);
        Path store = temp.resolve("child-store");
        Path log = temp.resolve("child.log");
        Process load = child(log, "load", "--store", store.toString(), data.toString());
        assertTrue(load.waitFor(60, TimeUnit.SECONDS) && load.exitValue() == 0, Files.readString(log));
        Process serve = child(log, "serve", "--store", store.toString(), "--read-only", "--port", "0", "--query-timeout", "20",
                "--allow-private-urls", "--allow-service", endpoint("/sparql"));
        try {
            Http http = new Http(port(serve, log));
            String cross = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            String doubling = IntStream.range(0, 40).mapToObj(i -> "BIND(CONCAT(?s" + i + ", ?s" + i + ") AS ?s" + (i + 1) + ")")
                    .collect(Collectors.joining(" "));
            List<String> bombs = List.of(
                    "SELECT * " + cross + " ORDER BY ?c ?f ?i",
                    "SELECT (GROUP_CONCAT(?c) AS ?x) { ?a ?b ?c . ?d ?e ?f }",
                    "SELECT (STRLEN(?s40) AS ?n) { BIND(\"ab\" AS ?s0) " + doubling + " }",
                    "SELECT * { " + IntStream.range(0, 9000).mapToObj(i -> "{ ?s <urn:p" + i + "> ?o }").collect(Collectors.joining(" UNION ")) + " }",
                    "SELECT * " + cross + " ORDER BY DESC(?i) ?c",
                    "SELECT * { SERVICE <" + endpoint("/sparql/fail") + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE <" + endpoint("/sparql/garbage") + "> { ?s ?p ?o } }");
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String bomb : bombs) {
                answers.add(CompletableFuture.supplyAsync(() -> post(http, bomb)));
            }
            long slowestHealth = 0;
            while (!answers.stream().allMatch(CompletableFuture::isDone)) {
                slowestHealth = Math.max(slowestHealth, health(http, log));
                Thread.sleep(250);
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertTrue(response.statusCode() == 400 || response.statusCode() == 503 || response.statusCode() == 500
                        && response.body().contains("SERVICE"), response.statusCode() + " " + response.body());
                JsonNode body = JSON.readTree(response.body());
                assertFalse(body.get("error").asText().isBlank(), response.body());
                assertFalse(response.body().contains(SECRET), response.body());
            }
            slowestHealth = Math.max(slowestHealth, health(http, log));
            assertTrue(slowestHealth < 2000, "/health took " + slowestHealth + " ms");
            assertEquals(200, post(http, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").statusCode());
            String logged = Files.readString(log);
            assertFalse(logged.contains(SECRET), "a SERVICE body reached the log");
            // The guard stops the bombs with room to spare, not in the heap's last megabytes, where any thread may fail.
            Matcher stopped = Pattern.compile("(\\d+) MB of the 256 MB heap in use after a garbage collection").matcher(logged);
            while (stopped.find()) {
                assertTrue(Integer.parseInt(stopped.group(1)) < 232, "the memory guard stopped queries late: " + stopped.group());
            }
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Milliseconds /health took to answer 200 (fails, with the server's log, if it does not within 2 s). Pauses of this
     * test JVM's own garbage collector (CoreNLP and the other tests live in it) are the client's, not the server's, and
     * are not counted.
     */
    private static long health(Http http, Path log) throws IOException {
        long clientPauses = clientGcMillis();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.get("/health");
        } catch (java.io.UncheckedIOException e) {
            throw new AssertionError("/health failed: " + e.getMessage() + "\nthe server's log:\n" + Files.readString(log), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) - (clientGcMillis() - clientPauses);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(millis < 2000, "/health took " + millis + " ms");
        return millis;
    }

    private static long clientGcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static Process child(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The port the child server prints when it is up. */
    private static int port(Process serve, Path log) throws Exception {
        Pattern serving = Pattern.compile("serving .* at http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = serving.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertTrue(serve.isAlive(), "the child server ended: " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("the child server did not start: " + Files.readString(log));
    }
}
