package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.ServerSettings;
import dev.techkg.app.Wiring;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.web.WebServer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Latency of search on a store filled with the synthetic graph (default 1 million quads), through TechKG's real
 * server on loopback, one request at a time, the requests interleaved round by round: name search
 * ({@code /api/entities?q=}, the search box's suggestions; goal p95 &lt; 50 ms) and full-text search
 * ({@code /api/search?q=}: names, evidence sentences and article texts in one answer; goal p95 &lt; 200 ms), then a
 * full-text search right after each of {@code bench.requests} writes. Also prints how long the text index took to
 * build after the bulk load (the path a store from before the index takes when first opened).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.SearchLatencyBench -Dbench.quads=1000000 -Dbench.requests=200 -Dbench.warmup=20}
 */
public final class SearchLatencyBench {
    private static final double NAME_GOAL_MS = 50;
    private static final double TEXT_GOAL_MS = 200;

    private SearchLatencyBench() {}

    public static void main(String[] args) {
        BenchMain.run("techkg-search-bench", SearchLatencyBench::run);
    }

    private static void run(Path folder) throws Exception {
        long quads = Long.getLong("bench.quads", 1_000_000);
        int requests = Integer.getInteger("bench.requests", 200);
        Path data = folder.resolve("synthetic.nq");
        SyntheticGraph.Sample sample = SyntheticGraph.write(data, quads, 42);
        Wiring loader = wiring(folder);
        long started = System.nanoTime();
        long loaded = loader.store().load(data, Lang.NQUADS, "urn:x-bench:default");
        System.out.printf(Locale.ROOT, "store: %d quads, %d articles, %d entities; bulk load and text index built in %.1f s%n",
                loaded, sample.articles(), sample.entities(), (System.nanoTime() - started) / 1e9);
        loader.close();
        // As a store from before the text index: opening it builds the index.
        BenchMain.deleteFolder(folder.resolve("store").resolve(dev.techkg.store.Tdb2Store.TEXT_INDEX));
        Wiring wiring = wiring(folder);
        started = System.nanoTime();
        wiring.store();
        System.out.printf(Locale.ROOT, "store opened without a text index: built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, false));
        String base = "http://127.0.0.1:" + server.start();
        HttpClient client = HttpClient.newHttpClient();
        while (!ApiLatencyBench.get(client, base + "/health").contains("\"index\":\"ready\"")) {
            Thread.sleep(10);
        }

        String hub = sample.hubCompany().name();
        String tail = sample.tailCompany().name();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("names, hub prefix (3 letters)", "/api/entities?q=" + ApiLatencyBench.encode(hub.substring(0, 3).toLowerCase(Locale.ROOT)));
        names.put("names, a later word (commission)", "/api/entities?q=commission");
        names.put("names, substring (tail less 1st letter)", "/api/entities?q=" + ApiLatencyBench.encode(tail.substring(1).toLowerCase(Locale.ROOT)));
        Map<String, String> text = new LinkedHashMap<>();
        // Words in every sentence and text, in most, in few; a hub's name (thousands of sentences), a tail's (a few).
        text.put("full text, in every sentence (report said)", "/api/search?q=" + ApiLatencyBench.encode("the report said"));
        text.put("full text, common word (competes)", "/api/search?q=competes");
        text.put("full text, hub name + relation", "/api/search?q=" + ApiLatencyBench.encode(hub + " invests"));
        text.put("full text, tail name", "/api/search?q=" + ApiLatencyBench.encode(tail));
        text.put("full text, 3 words, 20 per group", "/api/search?limit=20&q=" + ApiLatencyBench.encode("regulates " + hub + " report"));
        text.put("full text, no match", "/api/search?q=zyxwvut");
        Map<String, String> all = new LinkedHashMap<>(names);
        all.putAll(text);
        for (Map.Entry<String, String> path : all.entrySet()) {
            long start = System.nanoTime();
            String body = ApiLatencyBench.get(client, base + path.getValue());
            System.out.printf(Locale.ROOT, "%-44s %s -> %d bytes, first request %.0f ms%n", path.getKey(), path.getValue(), body.length(),
                    (System.nanoTime() - start) / 1e6);
        }
        for (int i = 0; i < Math.min(Integer.getInteger("bench.warmup", 20), requests); i++) {
            for (String path : all.values()) {
                ApiLatencyBench.get(client, base + path);
            }
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        all.keySet().forEach(k -> times.put(k, new double[requests]));
        for (int i = 0; i < requests; i++) {
            for (Map.Entry<String, String> path : all.entrySet()) {
                long start = System.nanoTime();
                ApiLatencyBench.get(client, base + path.getValue());
                times.get(path.getKey())[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s %11s%n", "request", "p50", "p95", "p99", "p95/goal");
        double worstNames = 0;
        double worstText = 0;
        for (Map.Entry<String, double[]> entry : times.entrySet()) {
            double[] sorted = entry.getValue();
            Arrays.sort(sorted);
            double p95 = SparqlLatencyBench.pct(sorted, 95);
            double goal = names.containsKey(entry.getKey()) ? NAME_GOAL_MS : TEXT_GOAL_MS;
            if (goal == NAME_GOAL_MS) {
                worstNames = Math.max(worstNames, p95 / goal);
            } else {
                worstText = Math.max(worstText, p95 / goal);
            }
            System.out.printf(Locale.ROOT, "%-44s %7.2f ms %7.2f ms %7.2f ms %6.2f of %3.0f%n", entry.getKey(), SparqlLatencyBench.pct(sorted, 50),
                    p95, SparqlLatencyBench.pct(sorted, 99), p95 / goal, goal);
        }

        // Right after a write: the next search sees it (the text index committed with the write).
        double[] afterWrite = new double[requests];
        for (int i = 0; i < requests; i++) {
            wiring.store().putArticle(article(i), List.of());
            long start = System.nanoTime();
            String body = ApiLatencyBench.get(client, base + "/api/search?q=" + ApiLatencyBench.encode("quillwort " + i));
            afterWrite[i] = (System.nanoTime() - start) / 1e6;
            if (!body.contains("benchsearch-" + i)) {
                throw new IllegalStateException("the article just written is not found: " + body);
            }
        }
        Arrays.sort(afterWrite);
        worstText = Math.max(worstText, SparqlLatencyBench.pct(afterWrite, 95) / TEXT_GOAL_MS);
        System.out.printf(Locale.ROOT, "%-44s %7.2f ms %7.2f ms %7.2f ms %6.2f of %3.0f%n", "full text right after a write",
                SparqlLatencyBench.pct(afterWrite, 50), SparqlLatencyBench.pct(afterWrite, 95), SparqlLatencyBench.pct(afterWrite, 99),
                SparqlLatencyBench.pct(afterWrite, 95) / TEXT_GOAL_MS, TEXT_GOAL_MS);
        System.out.printf(Locale.ROOT, "%d requests each; worst p95: names %.2f of 50 ms, full text %.2f of 200 ms%n", requests,
                worstNames, worstText);
        server.close();
        wiring.close();
    }

    private static Wiring wiring(Path folder) {
        return Wiring.withAnalyzerFactory(new Config(folder.resolve("store")), () -> {
            throw new IllegalStateException("the benchmark analyses no text");
        });
    }

    /** A small article with a text, as an ingest writes it (no facts): its one rare word is "quillwort". */
    private static ArticleGraph article(int i) {
        String iri = TK.ARTICLE_BASE + "benchsearch-" + i;
        Node a = NodeFactory.createURI(iri);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(a, RDF.type.asNode(), TK.Article.asNode());
        graph.add(a, DCTerms.title.asNode(), NodeFactory.createLiteralString("Field notes " + i));
        graph.add(a, TK.text.asNode(), NodeFactory.createLiteralString("A quillwort " + i + " grew by the lake, the report said."));
        return new ArticleGraph(iri, iri + ".txt", graph, 0, 0);
    }
}
