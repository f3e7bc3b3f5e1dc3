package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.app.ServerSettings;
import dev.techkg.web.WebServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Latency of the JSON APIs the viewer uses ({@code /api/entities?q=}, {@code /api/entities/{slug}},
 * {@code /api/graph}) on a store filled with the synthetic graph (default 1.5 million quads), through TechKG's
 * real server on loopback, one request at a time, the requests of all endpoints interleaved round by round.
 * Prints p50, p95 and p99 per request, and p95 as a ratio of the 50 ms goal. {@code -Dbench.warmup} sets the
 * untimed rounds first (default 100, at most {@code bench.requests}).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.ApiLatencyBench -Dbench.quads=1500000 -Dbench.requests=200}
 */
public final class ApiLatencyBench {
    private static final double GOAL_MS = 50;

    private ApiLatencyBench() {}

    public static void main(String[] args) {
        BenchMain.run("techkg-api-bench", ApiLatencyBench::run);
    }

    private static void run(Path folder) throws Exception {
        long quads = Long.getLong("bench.quads", 1_500_000);
        int requests = Integer.getInteger("bench.requests", 200);
        Path data = folder.resolve("synthetic.nq");
        SyntheticGraph.Sample sample = SyntheticGraph.write(data, quads, 42);
        Wiring wiring = Wiring.withAnalyzerFactory(new Config(folder.resolve("store")), () -> {
            throw new IllegalStateException("the benchmark analyses no text");
        });
        long loaded = wiring.store().load(data, Lang.NQUADS, "urn:x-bench:default");
        System.out.printf(Locale.ROOT, "store: %d quads, %d articles, %d entities%n", loaded, sample.articles(), sample.entities());
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, false));
        String base = "http://127.0.0.1:" + server.start();
        HttpClient client = HttpClient.newHttpClient();
        // The server reads the graph index in the background from the start; /health says when it is ready.
        while (!get(client, base + "/health").contains("\"index\":\"ready\"")) {
            Thread.sleep(10);
        }
        System.out.printf(Locale.ROOT, "graph index ready %.0f ms after the server started (in the background)%n",
                (System.nanoTime() - started) / 1e6);
        long heapWithIndex = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "heap used after GC: %d MB before the server started, %d MB with the index read (+%d MB, "
                + "including the store caches the read filled)%n", heapBefore >> 20, heapWithIndex >> 20, (heapWithIndex - heapBefore) >> 20);

        // The review queue is computed on the first request after the index changed (a scan of every article's text).
        long reviewStart = System.nanoTime();
        String review = get(client, base + "/api/review");
        System.out.printf(Locale.ROOT, "review queue, first request after the index read: %.0f ms, %d bytes%n",
                (System.nanoTime() - reviewStart) / 1e6, review.length());

        Map<String, String> paths = paths(sample);
        paths.putAll(timelinePaths(client, base, sample));
        paths.put("review queue (computed already)", "/api/review");
        Map<String, double[]> times = new LinkedHashMap<>();
        for (Map.Entry<String, String> path : paths.entrySet()) {
            long start = System.nanoTime();
            String body = get(client, base + path.getValue());
            System.out.printf(Locale.ROOT, "%-34s %s -> %d bytes, first request (index ready) %.0f ms%n", path.getKey(), path.getValue(), body.length(),
                    (System.nanoTime() - start) / 1e6);
            times.put(path.getKey(), new double[requests]);
        }
        for (int i = 0; i < Math.min(Integer.getInteger("bench.warmup", 100), requests); i++) {
            for (String path : paths.values()) {
                get(client, base + path);
            }
        }
        for (int i = 0; i < requests; i++) {
            for (Map.Entry<String, String> path : paths.entrySet()) {
                long start = System.nanoTime();
                get(client, base + path.getValue());
                times.get(path.getKey())[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s %9s%n", "request", "p50", "p95", "p99", "p95/50ms");
        double worst = 0;
        for (Map.Entry<String, double[]> entry : times.entrySet()) {
            double[] sorted = entry.getValue();
            Arrays.sort(sorted);
            double p95 = SparqlLatencyBench.pct(sorted, 95);
            worst = Math.max(worst, p95 / GOAL_MS);
            System.out.printf(Locale.ROOT, "%-34s %7.2f ms %7.2f ms %7.2f ms %9.2f%n", entry.getKey(), SparqlLatencyBench.pct(sorted, 50),
                    p95, SparqlLatencyBench.pct(sorted, 99), p95 / GOAL_MS);
        }
        System.out.printf(Locale.ROOT, "%d requests each; worst p95 is %.2f of the 50 ms goal%n", requests, worst);
        afterWrites(wiring, client, base, requests, sample);
        server.close();
        wiring.close();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }


    /**
     * Times a search for an entity right after the article that names it was stored (the graph index reads
     * the written graph again first), and an entity page of the biggest hub right after another write.
     */
    private static void afterWrites(Wiring wiring, HttpClient client, String base, int requests, SyntheticGraph.Sample sample) throws Exception {
        double[] search = new double[requests];
        for (int i = 0; i < requests; i++) {
            wiring.store().putArticle(benchArticle(i), List.of());
            long start = System.nanoTime();
            String body = get(client, base + "/api/entities?q=" + encode("Benchwrite Corp " + i));
            search[i] = (System.nanoTime() - start) / 1e6;
            if (!body.contains("benchwrite-corp-" + i)) {
                throw new IllegalStateException("the entity just written is not found: " + body);
            }
        }
        Arrays.sort(search);
        System.out.printf(Locale.ROOT, "%-34s %7.2f ms %7.2f ms %7.2f ms %9.2f%n", "search right after an ingest", SparqlLatencyBench.pct(search, 50),
                SparqlLatencyBench.pct(search, 95), SparqlLatencyBench.pct(search, 99), SparqlLatencyBench.pct(search, 95) / GOAL_MS);
        int rounds = Math.min(requests, Integer.getInteger("bench.corrections", 10));
        afterCorrections(client, base, sample.tailCompany().slug(), sample.midCompany().slug(), rounds);
        com.fasterxml.jackson.databind.JsonNode top = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get(client, base + "/api/graph?limit=2"));
        afterCorrections(client, base, top.get("nodes").get(1).get("data").get("id").asText(), top.get("nodes").get(0).get("data").get("id").asText(),
                rounds);
    }

    /**
     * Times a correction and the first entity page after it: merging one entity into another, then undoing it, each
     * round (the index curates again the graphs that name either, from memory; all of them when that is most).
     */
    private static void afterCorrections(HttpClient client, String base, String other, String hub, int rounds) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        double[] post = new double[rounds * 2];
        double[] page = new double[rounds * 2];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<String> made = client.send(HttpRequest.newBuilder(URI.create(base + "/api/curation"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"merge\",\"from\":\"" + other + "\",\"into\":\"" + hub + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            post[2 * i] = (System.nanoTime() - start) / 1e6;
            if (made.statusCode() != 201) {
                throw new IllegalStateException("merge answered " + made.statusCode() + ": " + made.body());
            }
            start = System.nanoTime();
            get(client, base + "/api/entities/" + hub + "?limit=1");
            page[2 * i] = (System.nanoTime() - start) / 1e6;
            String id = json.readTree(made.body()).get("id").asText();
            start = System.nanoTime();
            HttpResponse<String> undo = client.send(HttpRequest.newBuilder(URI.create(base + "/api/curation/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            post[2 * i + 1] = (System.nanoTime() - start) / 1e6;
            if (undo.statusCode() != 200) {
                throw new IllegalStateException("undo answered " + undo.statusCode() + ": " + undo.body());
            }
            start = System.nanoTime();
            get(client, base + "/api/entities/" + other + "?limit=1");
            page[2 * i + 1] = (System.nanoTime() - start) / 1e6;
        }
        long reviewStart = System.nanoTime();
        get(client, base + "/api/review");
        System.out.printf(Locale.ROOT, "review queue, first request after a correction: %.0f ms%n", (System.nanoTime() - reviewStart) / 1e6);
        Arrays.sort(post);
        Arrays.sort(page);
        System.out.printf(Locale.ROOT, "%-34s %7.2f ms %7.2f ms %7.2f ms%n", "correction (merge " + other + " into " + hub + ", undo)",
                SparqlLatencyBench.pct(post, 50), SparqlLatencyBench.pct(post, 95), SparqlLatencyBench.pct(post, 99));
        System.out.printf(Locale.ROOT, "%-34s %7.2f ms %7.2f ms %7.2f ms%n", "entity page right after a correction",
                SparqlLatencyBench.pct(page, 50), SparqlLatencyBench.pct(page, 95), SparqlLatencyBench.pct(page, 99));
    }

    /** A small article graph as an ingest writes it: one company, mentioned, labelled and typed. */
    static ArticleGraph benchArticle(int i) {
        String article = TK.ARTICLE_BASE + "benchwrite-" + i;
        Node entity = NodeFactory.createURI(TK.ENTITY_BASE + "benchwrite-corp-" + i);
        Graph graph = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI(article);
        graph.add(a, RDF.type.asNode(), TK.Article.asNode());
        graph.add(a, DCTerms.title.asNode(), NodeFactory.createLiteralString("Benchwrite " + i));
        graph.add(a, DCTerms.created.asNode(), NodeFactory.createLiteralDT("2026-01-01T00:00:00Z", XSDDatatype.XSDdateTime));
        graph.add(a, NodeFactory.createURI("https://schema.org/mentions"), entity);
        graph.add(entity, RDF.type.asNode(), TK.Company.asNode());
        graph.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString("Benchwrite Corp " + i));
        return new ArticleGraph(article, "benchwrite-" + i + ".txt", graph, 1, 0);
    }

    /** The requests, by name: searches by a hub's and a tail entity's prefix, by a word and a substring, entity pages, graph views. */
    static Map<String, String> paths(SyntheticGraph.Sample sample) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("search, hub prefix (3 letters)", "/api/entities?q=" + encode(sample.hubCompany().name().substring(0, 3).toLowerCase(Locale.ROOT)));
        paths.put("search, tail prefix (5 letters)", "/api/entities?q=" + encode(sample.tailCompany().name().substring(0, 5)));
        paths.put("search, 1 letter, type Person", "/api/entities?q=a&type=Person&limit=10");
        // Inside names: a word shared by every government body, and a name less its first letter, which no name
        // starts with, so the substring pass scans all names.
        paths.put("search, a later word (commission)", "/api/entities?q=commission");
        paths.put("search, substring (name less its first letter)", "/api/entities?q=" + encode(sample.tailCompany().name().substring(1).toLowerCase(Locale.ROOT)));
        paths.put("entity, biggest hub", "/api/entities/" + sample.hubCompany().slug());
        paths.put("entity, mid-degree company", "/api/entities/" + sample.midCompany().slug());
        paths.put("entity, tail company", "/api/entities/" + sample.tailCompany().slug());
        paths.put("graph, hub depth 1", "/api/graph?center=" + sample.hubCompany().slug() + "&depth=1");
        paths.put("graph, hub depth 2, 2 relations", "/api/graph?center=" + sample.hubCompany().slug()
                + "&depth=2&relations=competesWith,partnersWith");
        paths.put("graph, mid depth 2, since 2025", "/api/graph?center=" + sample.midCompany().slug() + "&depth=2&minConfidence=0.8&since=2025-01-01");
        paths.put("graph, top 30 (start page)", "/api/graph?limit=30");
        return paths;
    }

    /**
     * Timelines and the article list: the fact of the hub's first relation group (read from its entity page), the
     * hub's page as of a day, and list pages sorted by date and filtered.
     */
    static Map<String, String> timelinePaths(HttpClient client, String base, SyntheticGraph.Sample sample) throws Exception {
        com.fasterxml.jackson.databind.JsonNode group = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get(client, base + "/api/entities/" + sample.hubCompany().slug() + "?limit=1")).get("relations").get(0);
        String hub = sample.hubCompany().slug();
        String other = group.get("other").get("id").asText();
        boolean out = group.get("direction").asText().equals("out");
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("fact timeline, hub's first fact", "/api/facts?subject=" + (out ? hub : other) + "&relation=" + group.get("relation").asText()
                + "&object=" + (out ? other : hub));
        paths.put("entity, biggest hub, asOf 2025-01-01", "/api/entities/" + hub + "?asOf=2025-01-01");
        paths.put("articles, by date, page 10", "/api/articles?sort=date&page=10");
        paths.put("articles, 2025, by title", "/api/articles?since=2025-01-01&until=2025-12-31&sort=title");
        return paths;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
