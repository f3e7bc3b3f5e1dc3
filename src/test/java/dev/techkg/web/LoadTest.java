package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Http;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 concurrent SPARQL clients and a continuous stream of uploads against the real server on loopback
 * for 60 s (-Dtechkg.load.seconds to change): no unexpected error, every upload stored afterwards. An upload
 * told to wait (503 Busy with Retry-After, when the ingest queue is full) waits as told; the figures are
 * printed for the record.
 */
@ExtendWith(SharedAnalyzer.class)
class LoadTest {
    private static final int CLIENTS = 16;
    private static final String[] QUERIES = {
        "SELECT ?s ?o WHERE { ?s <https://w3id.org/techkg/ontology#competesWith> ?o } LIMIT 50",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 100",
        "ASK { ?s <https://w3id.org/techkg/ontology#partnersWith> ?o }"};

    @TempDir
    Path temp;

    @Test
    void queries_and_uploads_together_hold_without_errors_or_lost_articles(TextAnalyzer analyzer) throws Exception {
        long seconds = Long.getLong("techkg.load.seconds", 60);
        ObjectMapper json = new ObjectMapper();
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false))) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger queries = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                pool.submit(() -> {
                    Http http = new Http(fixture.server.port());
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String query = QUERIES[(client + i) % QUERIES.length];
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.get("/sparql?query=" + Http.encode(query));
                            latencies.add((System.nanoTime() - start) / 1e6);
                            queries.incrementAndGet();
                            if (response.statusCode() != 200) {
                                errors.add(response.statusCode() + " " + response.body());
                            }
                        } catch (RuntimeException e) {
                            errors.add(e.toString());
                        }
                    }
                });
            }
            List<String> uploaded = new ArrayList<>();
            AtomicInteger busy = new AtomicInteger();
            List<String> jobs = new ArrayList<>();
            for (int i = 0; System.nanoTime() < end; i++) {
                String name = "load-" + i + ".txt";
                String text = "Company" + i + " Labs partnered with Nvidia in round " + i + ". Intel competes with Company" + i + " Labs.";
                HttpResponse<String> response = fixture.http.upload("/api/articles", List.of(name), List.of(text.getBytes(StandardCharsets.UTF_8)));
                if (response.statusCode() == 202) {
                    uploaded.add(name);
                    jobs.add(response.headers().firstValue("Location").orElseThrow());
                    Thread.sleep(200);
                } else if (isBusyWithRetryAfter(response, json)) {
                    // The ingest queue is full, as it may be when 16 clients take the processors: a client waits as told.
                    busy.incrementAndGet();
                    long remaining = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                    Thread.sleep(Math.max(0, Math.min(remaining, 1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))));
                } else {
                    errors.add("upload " + response.statusCode() + " " + response.body());
                    Thread.sleep(200);
                }
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            for (String job : jobs) {
                for (int i = 0; i < 600 && !json.readTree(fixture.http.get(job).body()).get("state").asText().equals("done"); i++) {
                    Thread.sleep(100);
                }
            }
            JsonNode stored = json.readTree(fixture.http.get("/sparql?query=" + Http.encode(
                    "SELECT ?s WHERE { ?a <http://purl.org/dc/terms/source> ?s FILTER(STRSTARTS(?s, \"upload:load-\")) }")).body());
            List<String> sources = new ArrayList<>();
            stored.get("results").get("bindings").forEach(b -> sources.add(b.get("s").get("value").asText().substring("upload:".length())));

            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "load test: %d s, %d clients, %d queries (%.0f/s), p50 %.1f ms, p99 %.1f ms, %d uploads, %d told to wait, %d errors%n",
                    seconds, CLIENTS, queries.get(), queries.get() / (double) seconds, percentile(sorted, 50), percentile(sorted, 99),
                    uploaded.size(), busy.get(), errors.size());
            assertEquals(List.of(), List.copyOf(errors));
            assertTrue(uploaded.size() > seconds, "a continuous stream of uploads");
            assertTrue(sources.containsAll(uploaded), "lost: " + uploaded.stream().filter(u -> !sources.contains(u)).toList());
        }
    }

    /** A 503 whose JSON error says the ingest queue is full and whose Retry-After header gives whole seconds. */
    private static boolean isBusyWithRetryAfter(HttpResponse<String> response, ObjectMapper json) throws Exception {
        return response.statusCode() == 503
                && json.readTree(response.body()).path("error").asText().equals("Busy")
                && response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d+")).isPresent();
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
