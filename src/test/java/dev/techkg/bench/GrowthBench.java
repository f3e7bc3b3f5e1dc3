package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.web.ServerSettings;
import dev.techkg.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.Lang;

/**
 * Growth: ingest time per article, and API latency, as the store grows. For each size (default: empty, 300 000
 * and 3 000 000 synthetic quads, about 0, 4 500 and 45 000 articles' worth) a fresh store is filled with the
 * synthetic graph, then the same ten short articles ({@code src/test/resources/bench/articles}, written for
 * TechKG) are ingested through the real pipeline ({@code IngestService}, CoreNLP, one thread) several times,
 * their graphs deleted after each round so the size stays put. Then, with the articles stored, a few API
 * requests about their entities are timed through the real server. One CoreNLP pipeline serves all sizes; a
 * warm-up round on a scratch store comes first. Each figure is also given as a ratio to the empty store's.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.GrowthBench -Dbench.sizes=0,300000,3000000 -Dbench.rounds=5}
 */
public final class GrowthBench {
    private GrowthBench() {}

    public static void main(String[] args) {
        BenchMain.run(GrowthBench::run);
    }

    private static void run() throws Exception {
        long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "0,300000,3000000").split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
        int rounds = Integer.getInteger("bench.rounds", 5);
        int requests = Integer.getInteger("bench.requests", 100);
        Path articles = Path.of("src/test/resources/bench/articles");
        Path folder = Files.createTempDirectory("techkg-growth-bench");
        TextAnalyzer analyzer = CoreNlpAnalyzer.loadEnglish();
        try (Wiring warm = Wiring.withAnalyzer(new Config(folder.resolve("warm-up")), analyzer)) {
            for (int i = 0; i < 2; i++) {
                IngestReport report = warm.ingestService().ingest(List.of(articles), 1, (outcome, done, total, tokens, seconds) -> {});
                warm.store().deleteGraphs(added(report));
            }
        }

        Map<Long, double[]> perArticle = new LinkedHashMap<>();
        Map<Long, Map<String, Double>> latency = new LinkedHashMap<>();
        for (long size : sizes) {
            Path store = folder.resolve("store-" + size);
            try (Wiring wiring = Wiring.withAnalyzer(new Config(store), analyzer)) {
                long quads = 0;
                if (size > 0) {
                    Path data = folder.resolve("synthetic-" + size + ".nq");
                    SyntheticGraph.write(data, size, 42);
                    quads = wiring.store().load(data, Lang.NQUADS, "urn:x-bench:default");
                    Files.delete(data);
                }
                double[] times = new double[rounds];
                int count = 0;
                for (int r = 0; r < rounds; r++) {
                    IngestReport report = wiring.ingestService().ingest(List.of(articles), 1, (outcome, done, total, tokens, seconds) -> {});
                    List<String> added = added(report);
                    count = added.size();
                    if (report.hasFailures() || count == 0) {
                        throw new IllegalStateException("ingest failed: " + report.summary());
                    }
                    times[r] = report.seconds() * 1000 / count;
                    if (r < rounds - 1) {
                        wiring.store().deleteGraphs(added);
                    }
                }
                Arrays.sort(times);
                perArticle.put(size, times);
                System.out.printf(Locale.ROOT, "store %,d quads: %d articles ingested %d times, per article median %.1f ms (min %.1f, max %.1f)%n",
                        quads, count, rounds, times[rounds / 2], times[0], times[rounds - 1]);
                latency.put(size, apiLatency(wiring, requests));
            }
        }
        long base = sizes[0];
        System.out.printf(Locale.ROOT, "%n%-14s %18s %10s", "synthetic quads", "ingest ms/article", "ratio");
        List<String> names = new ArrayList<>(latency.get(base).keySet());
        for (String name : names) {
            System.out.printf(Locale.ROOT, " %24s", name + " p50");
        }
        System.out.println();
        for (long size : sizes) {
            double median = perArticle.get(size)[rounds / 2];
            System.out.printf(Locale.ROOT, "%,14d %15.1f ms %10.2f", size, median, median / perArticle.get(base)[rounds / 2]);
            for (String name : names) {
                double p50 = latency.get(size).get(name);
                System.out.printf(Locale.ROOT, " %13.2f ms (%5.2fx)", p50, p50 / latency.get(base).get(name));
            }
            System.out.println();
        }
        System.exit(0);
    }

    private static List<String> added(IngestReport report) {
        return report.outcomes().stream().filter(o -> o.status() == FileOutcome.Status.ADDED).map(FileOutcome::articleIri).toList();
    }

    /** p50 of API requests about entities of the ingested articles, through the real server. */
    private static Map<String, Double> apiLatency(Wiring wiring, int requests) throws Exception {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("search", "/api/entities?q=nvi");
        paths.put("entity", "/api/entities/microsoft");
        paths.put("graph depth 2", "/api/graph?center=microsoft&depth=2");
        paths.put("sparql lookup", "/sparql?query=" + java.net.URLEncoder.encode("SELECT ?o WHERE { <https://w3id.org/techkg/id/microsoft> "
                + "<https://w3id.org/techkg/ontology#investsIn> ?o }", java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Double> p50 = new LinkedHashMap<>();
        try (WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, false))) {
            String base = "http://127.0.0.1:" + server.start();
            HttpClient client = HttpClient.newHttpClient();
            Map<String, double[]> times = new LinkedHashMap<>();
            paths.keySet().forEach(name -> times.put(name, new double[requests]));
            for (int i = -Math.min(50, requests); i < requests; i++) {
                for (Map.Entry<String, String> path : paths.entrySet()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path.getValue())).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path.getValue() + " answered " + response.statusCode() + ": " + response.body());
                    }
                    if (i >= 0) {
                        times.get(path.getKey())[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
            times.forEach((name, t) -> {
                Arrays.sort(t);
                p50.put(name, SparqlLatencyBench.pct(t, 50));
            });
        }
        return p50;
    }
}
