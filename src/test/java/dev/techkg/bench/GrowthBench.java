package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.app.ServerSettings;
import dev.techkg.web.WebServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;

/**
 * Growth: ingest time per article, and query latency, as the store grows. For each size (default: empty, 700 000
 * and 7 000 000 synthetic quads, about 0, 10 000 and 100 000 articles' worth at about 70 quads per article) a
 * TDB2 store is filled with the synthetic graph ({@link SyntheticGraph}, written to a file as it is generated,
 * then loaded as {@code techkg load} loads into an empty store: TDB2's sequential loader). All stores stay open;
 * then:
 *
 * <ol>
 *   <li>the same ten short articles ({@code src/test/resources/bench/articles}, written for TechKG) are ingested
 *       through the real pipeline ({@code IngestService}, CoreNLP, one thread) into each store in turn, the order
 *       rotating, {@code bench.rounds} rounds, their graphs deleted after each round but the last, so the sizes
 *       stay put and the machine's load hits all sizes alike;</li>
 *   <li>per size, TechKG's server starts on the store; its first API request reads the graph index and is timed
 *       alone, with the heap in use after a full collection before and after it;</li>
 *   <li>requests about the articles' entities are timed through the server, one at a time: searches, an entity
 *       page and graph views of the JSON API, a SPARQL lookup, and the saved queries of {@code queries/} with their
 *       parameters bound to the articles' entities (Microsoft, Apple, the European Commission, an article, March
 *       2024): sent to {@code /sparql}, but for the four the graph index answers (the three that read the whole
 *       store, and {@code partners-of-rivals}), which go to {@code /api/queries/NAME}. Their answers are the same at every size except where the query ranks
 *       or dates the whole store ({@code top-entities}, {@code new-relations}, the start page). A
 *       request gets {@code bench.requests} timed requests, or as many as fit in {@code bench.budget} seconds (at
 *       least 3), after a few untimed ones; the server stops a query after 300 s, and such failures are counted;</li>
 *   <li>a search for a new company right after a small article naming it was stored (the graph index reads the
 *       written graph again first), {@code bench.requests} times.</li>
 * </ol>
 *
 * <p>One CoreNLP pipeline serves all sizes; a warm-up on a scratch store comes first (three ingests, then every
 * request above), so that the first size does not pay for the JIT. Prints the ingest time per article: wall time,
 * the JVM's processor time (which other processes on the machine do not inflate), and the part of the wall time
 * spent reading the file and the store and writing to it (the part that could grow with the store); and, per request,
 * p50 and p95 at each size, each with its ratio to the smallest size's.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.GrowthBench
 * -Dbench.sizes=0,700000,7000000 -Dbench.rounds=9 -Dbench.requests=30 -Dbench.budget=20}
 */
public final class GrowthBench {
    /** How long one SPARQL query may run on the benchmark's server: the scans of the biggest store take minutes. */
    private static final int TIMEOUT_SECONDS = 300;
    private static final int MIN_REQUESTS = 3;

    private GrowthBench() {}

    public static void main(String[] args) {
        BenchMain.run("techkg-growth-bench", GrowthBench::run);
    }

    /** A request: sent with GET to the path, or, when {@code sparql} is given, posted to {@code /sparql}. */
    private record Request(String name, String path, String sparql) {}

    /** The timings of one request at one size: n timed requests, p50 and p95 in ms, and the answer's size. */
    private record Timing(int n, double p50, double p95, String answer) {
        static Timing failed(String why) {
            return new Timing(0, Double.NaN, Double.NaN, "failed: " + why);
        }
    }

    /** What was measured at one size. */
    private record Size(long quads, int articles, double loadSeconds, double[] ingestMs, double[] cpuMs, double[] storeMs,
                        double firstRequestMs, long heapBefore, long heapAfter, Map<String, Timing> timings) {}

    private static void run(Path folder) throws Exception {
        long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "0,700000,7000000").split(","))
                .mapToLong(s -> Long.parseLong(s.strip())).sorted().toArray();
        int rounds = Integer.getInteger("bench.rounds", 9);
        int requests = Integer.getInteger("bench.requests", 30);
        double budget = Double.parseDouble(System.getProperty("bench.budget", "20"));
        print(sizes, measure(folder, sizes, rounds, requests, budget), rounds);
    }

    /** Fills one store per size, alternates the ingest rounds between them, then times the requests per size. */
    private static Map<Long, Size> measure(Path folder, long[] sizes, int rounds, int requests, double budget) throws Exception {
        Path articles = Path.of("src/test/resources/bench/articles");
        TextAnalyzer analyzer = CoreNlpAnalyzer.loadEnglish();
        try (Wiring warm = Wiring.withAnalyzer(new Config(folder.resolve("warm-up")), analyzer)) {
            IngestReport report = null;
            for (int i = 0; i < 3; i++) {
                if (report != null) {
                    warm.store().deleteGraphs(added(report));
                }
                report = warm.ingestService().ingest(List.of(articles), 1, (outcome, done, total, tokens, seconds) -> {});
            }
            // The server's code paths warm up too, or the first size measured would pay for the JIT.
            System.out.println("warm-up, not counted:");
            latency(warm, 0, 0, 0, new double[1], new double[1], new double[1], requests(report.outcomes(), null), requests, budget);
        }
        BenchMain.deleteFolder(folder.resolve("warm-up"));

        Map<Long, Wiring> stores = new LinkedHashMap<>();
        try {
            Map<Long, long[]> filled = new LinkedHashMap<>(); // quads, synthetic articles, load ms
            Map<Long, String> hubs = new LinkedHashMap<>(); // the name of each store's biggest company hub
            for (long size : sizes) {
                Wiring wiring = Wiring.withAnalyzer(new Config(folder.resolve("store-" + size)), analyzer);
                stores.put(size, wiring);
                long[] fill = {0, 0, 0};
                if (size > 0) {
                    Path data = folder.resolve("synthetic-" + size + ".nq");
                    long start = System.nanoTime();
                    SyntheticGraph.Sample sample = SyntheticGraph.write(data, size, 42);
                    double writeSeconds = (System.nanoTime() - start) / 1e9;
                    start = System.nanoTime();
                    fill[0] = wiring.store().load(data, Lang.NQUADS, "urn:x-bench:default");
                    fill[2] = (System.nanoTime() - start) / 1_000_000;
                    fill[1] = sample.articles();
                    hubs.put(size, sample.hubCompany().name());
                    Files.delete(data);
                    System.out.printf(Locale.ROOT, "store %,d quads (%,d articles, %,d entities): written in %.1f s, loaded in %.1f s (%,.0f quads/s)%n",
                            fill[0], sample.articles(), sample.entities(), writeSeconds, fill[2] / 1e3, fill[0] / (fill[2] / 1e3));
                }
                filled.put(size, fill);
            }

            // Round by round, each store in turn (the order rotating), so the machine's load hits all sizes alike.
            Map<Long, double[]> times = new LinkedHashMap<>();
            Map<Long, double[]> cpuTimes = new LinkedHashMap<>();
            Map<Long, double[]> storeTimes = new LinkedHashMap<>();
            Map<Long, List<FileOutcome>> stored = new LinkedHashMap<>();
            for (long size : sizes) {
                times.put(size, new double[rounds]);
                cpuTimes.put(size, new double[rounds]);
                storeTimes.put(size, new double[rounds]);
            }
            // Processor time of the whole JVM (the ingest thread, the JIT, the collector): unlike wall time, other
            // processes on the machine do not inflate it.
            com.sun.management.OperatingSystemMXBean processor = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < sizes.length; k++) {
                    long size = sizes[(r + k) % sizes.length];
                    Wiring wiring = stores.get(size);
                    long cpu = processor.getProcessCpuTime();
                    IngestReport report = wiring.ingestService().ingest(List.of(articles), 1, (outcome, done, total, tokens, seconds) -> {});
                    List<String> added = added(report);
                    if (report.hasFailures() || added.isEmpty()) {
                        throw new IllegalStateException("ingest failed: " + report.summary());
                    }
                    times.get(size)[r] = report.seconds() * 1000 / added.size();
                    cpuTimes.get(size)[r] = (processor.getProcessCpuTime() - cpu) / 1e6 / added.size();
                    storeTimes.get(size)[r] = report.timings().store() / 1e6 / added.size();
                    stored.put(size, report.outcomes());
                    if (r < rounds - 1) {
                        wiring.store().deleteGraphs(added);
                    }
                }
            }
            Map<Long, Size> results = new LinkedHashMap<>();
            for (long size : sizes) {
                double[] t = times.get(size);
                double[] cpu = cpuTimes.get(size);
                double[] st = storeTimes.get(size);
                Arrays.sort(t);
                Arrays.sort(cpu);
                Arrays.sort(st);
                long[] fill = filled.get(size);
                System.out.printf(Locale.ROOT, "store %,d quads: %d articles ingested %d times, per article median %.1f ms (min %.1f, max %.1f), "
                        + "of which reading and storing %.1f ms; processor time %.1f ms%n", fill[0], stored.get(size).size(), rounds, t[rounds / 2], t[0],
                        t[rounds - 1], st[rounds / 2], cpu[rounds / 2]);
            }
            for (long size : sizes) {
                long[] fill = filled.get(size);
                System.out.printf(Locale.ROOT, "store %,d quads:%n", fill[0]);
                Wiring wiring = stores.get(size);
                results.put(size, latency(wiring, fill[0], (int) fill[1], fill[2] / 1e3, times.get(size), cpuTimes.get(size), storeTimes.get(size),
                        requests(stored.get(size), hubs.get(size)), requests, budget));
                wiring.close();
                BenchMain.deleteFolder(folder.resolve("store-" + size));
            }
            return results;
        } finally {
            stores.values().forEach(Wiring::close);
        }
    }

    private static List<String> added(IngestReport report) {
        return report.outcomes().stream().filter(o -> o.status() == FileOutcome.Status.ADDED).map(FileOutcome::articleIri).toList();
    }

    /**
     * The requests, by name: JSON API and SPARQL about the ten articles' entities, then the saved queries bound to them,
     * and {@code partners-of-rivals} of the store's biggest company {@code hub} (none when null).
     */
    private static List<Request> requests(List<FileOutcome> stored, String hub) throws Exception {
        String tk = SyntheticGraph.TK;
        String id = SyntheticGraph.ID;
        List<Request> requests = new ArrayList<>();
        requests.add(new Request("api: search 'nvi'", "/api/entities?q=nvi", null));
        requests.add(new Request("api: entity microsoft", "/api/entities/microsoft", null));
        requests.add(new Request("api: graph microsoft depth 2", "/api/graph?center=microsoft&depth=2", null));
        requests.add(new Request("api: graph top 30 (start page)", "/api/graph?limit=30", null));
        requests.add(new Request("sparql: microsoft investsIn ?o", "/sparql", "SELECT ?o WHERE { <" + id + "microsoft> <" + tk + "investsIn> ?o }"));

        String article = stored.stream().filter(o -> o.file().contains("01-microsoft")).map(FileOutcome::articleIri).findFirst()
                .orElseThrow(() -> new IllegalStateException("no article 01-microsoft-activision among " + stored));
        Node microsoft = NodeFactory.createURI(id + "microsoft");
        Map<String, Map<String, Node>> bindings = new LinkedHashMap<>();
        bindings.put("articles", Map.of("article", NodeFactory.createURI(article)));
        bindings.put("company-leaders", Map.of("company", microsoft));
        bindings.put("entity-facts", Map.of("name", NodeFactory.createLiteralString("Microsoft")));
        bindings.put("evidence-for-fact", Map.of("subjectName", NodeFactory.createLiteralString("Microsoft"),
                "rel", NodeFactory.createURI(tk + "investsIn"), "objectName", NodeFactory.createLiteralString("OpenAI")));
        bindings.put("investment-chains", Map.of("investorName", NodeFactory.createLiteralString("Microsoft")));
        bindings.put("investments", Map.of("investor", microsoft));
        bindings.put("partners-of-rivals", Map.of("name", NodeFactory.createLiteralString("Apple")));
        bindings.put("regulated-companies", Map.of("regulator", NodeFactory.createURI(id + "european-commission")));
        bindings.put("new-relations", Map.of(
                "since", NodeFactory.createLiteralDT("2024-03-01", XSDDatatype.XSDdate),
                "until", NodeFactory.createLiteralDT("2024-03-31", XSDDatatype.XSDdate)));
        bindings.put("top-entities", Map.of("type", NodeFactory.createURI(tk + "Company")));
        bindings.put("corroborated-facts", Map.of());
        bindings.put("fact-timeline", Map.of("subject", microsoft, "relation", NodeFactory.createURI(tk + "investsIn"),
                "object", NodeFactory.createURI(id + "openai")));
        // The saved queries that read the whole store are answered from the graph index through the saved-query API,
        // as the web page and a client of /api/queries get them; their text sent to /sparql scans the store instead.
        Map<String, String> viaApi = new LinkedHashMap<>();
        viaApi.put("new-relations", "?since=2024-03-01&until=2024-03-31");
        viaApi.put("top-entities", "?type=Company");
        viaApi.put("corroborated-facts", "");
        viaApi.put("partners-of-rivals", "?name=Apple");
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> saved = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            for (Path file : saved) {
                String name = file.getFileName().toString().replace(".rq", "");
                Map<String, Node> values = bindings.get(name);
                if (values == null) {
                    throw new IllegalStateException("queries/" + name + ".rq is new; the benchmark binds " + bindings.keySet());
                }
                if (viaApi.containsKey(name)) {
                    requests.add(new Request("saved (index): " + name, "/api/queries/" + name + viaApi.get(name), null));
                    if (name.equals("partners-of-rivals") && hub != null) {
                        // The worst case: the rivals of the synthetic store's biggest company, and all their partners.
                        requests.add(new Request("saved (index): partners-of-rivals, hub", "/api/queries/" + name + "?name="
                                + URLEncoder.encode(hub, StandardCharsets.UTF_8), null));
                    }
                } else {
                    requests.add(new Request("saved: " + name, "/sparql", SparqlLatencyBench.bind(file, values)));
                }
            }
        }
        return requests;
    }

    /** Starts the server on the store and times the first request (the graph index read), then every request. */
    private static Size latency(Wiring wiring, long quads, int articles, double loadSeconds, double[] ingestMs, double[] cpuMs,
                                double[] storeMs, List<Request> requests, int count, double budget) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Map<String, Timing> timings = new LinkedHashMap<>();
        try (WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, TIMEOUT_SECONDS, 100_000, null, false, 1, null, false))) {
            String base = "http://127.0.0.1:" + server.start();
            HttpClient client = HttpClient.newHttpClient();
            memory.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            send(client, base, requests.get(0));
            double first = (System.nanoTime() - start) / 1e6;
            memory.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "first API request (reads the graph index): %.0f ms; heap in use after a full GC: %,d MB before, %,d MB after%n",
                    first, heapBefore >> 20, heapAfter >> 20);
            for (Request request : requests) {
                Timing timing = time(client, base, request, count, budget);
                timings.put(request.name(), timing);
                System.out.printf(Locale.ROOT, "  %-34s n %3d  p50 %10.2f ms  p95 %10.2f ms  %s%n", request.name(), timing.n(), timing.p50(),
                        timing.p95(), timing.answer());
            }
            Timing afterWrite = afterWrites(wiring, client, base, count);
            timings.put("api: search right after a write", afterWrite);
            System.out.printf(Locale.ROOT, "  %-34s n %3d  p50 %10.2f ms  p95 %10.2f ms  %s%n", "api: search right after a write", afterWrite.n(),
                    afterWrite.p50(), afterWrite.p95(), afterWrite.answer());
            return new Size(quads, articles, loadSeconds, ingestMs, cpuMs, storeMs, first, heapBefore, heapAfter, timings);
        }
    }

    /**
     * One request's first answer, then a few untimed (none when the first took a second or more: it warmed up
     * enough), then n timed: as many as fit in the budget, within bounds. A request that fails (a query over the
     * time limit) is counted and left out of the percentiles.
     */
    private static Timing time(HttpClient client, String base, Request request, int count, double budget) throws Exception {
        String answer;
        double first;
        try {
            long start = System.nanoTime();
            String body = send(client, base, request);
            first = (System.nanoTime() - start) / 1e6;
            answer = request.sparql() != null || request.path().startsWith("/api/queries/") ? SparqlLatencyBench.rows(body) + " rows"
                    : body.length() + " bytes";
        } catch (IllegalStateException e) {
            return Timing.failed(e.getMessage().lines().findFirst().orElse(""));
        }
        int n = (int) Math.max(MIN_REQUESTS, Math.min(count, budget * 1000 / first));
        for (int i = 0; i < (first >= 1000 ? 0 : Math.min(10, n / 3)); i++) {
            send(client, base, request);
        }
        double[] t = new double[n];
        int ok = 0;
        String failure = null;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            try {
                send(client, base, request);
                t[ok++] = (System.nanoTime() - start) / 1e6;
            } catch (IllegalStateException e) {
                failure = e.getMessage().lines().findFirst().orElse("");
            }
        }
        if (ok == 0) {
            return Timing.failed(n + " of " + n + " failed after a first answer in " + Math.round(first) + " ms: " + failure);
        }
        t = Arrays.copyOf(t, ok);
        Arrays.sort(t);
        return new Timing(ok, SparqlLatencyBench.pct(t, 50), SparqlLatencyBench.pct(t, 95),
                answer + (ok < n ? "; " + (n - ok) + " of " + n + " failed: " + failure : ""));
    }

    /** A search for a new company right after the small article naming it was stored: the index reads that graph first. */
    private static Timing afterWrites(Wiring wiring, HttpClient client, String base, int count) throws Exception {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            wiring.store().putArticle(ApiLatencyBench.benchArticle(i), List.of());
            long start = System.nanoTime();
            String body = send(client, base, new Request("search", "/api/entities?q=" + URLEncoder.encode("Benchwrite Corp " + i,
                    StandardCharsets.UTF_8), null));
            t[i] = (System.nanoTime() - start) / 1e6;
            if (!body.contains("benchwrite-corp-" + i)) {
                throw new IllegalStateException("the entity just written is not found: " + body);
            }
        }
        Arrays.sort(t);
        return new Timing(count, SparqlLatencyBench.pct(t, 50), SparqlLatencyBench.pct(t, 95), "found");
    }

    private static String send(HttpClient client, String base, Request request) throws Exception {
        if (request.sparql() != null) {
            return SparqlLatencyBench.send(client, base + request.path(), "query=" + URLEncoder.encode(request.sparql(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + request.path())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.path() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void print(long[] sizes, Map<Long, Size> results, int rounds) {
        Size base = results.get(sizes[0]);
        System.out.printf(Locale.ROOT, "%nIngest of the ten articles, one thread, %d rounds per size; ratios to the smallest size%n", rounds);
        System.out.printf(Locale.ROOT, "%15s %10s %8s %24s %6s %24s %6s %24s %6s%n", "synthetic quads", "articles", "load", "wall ms/article",
                "ratio", "processor ms/article", "ratio", "of which read+store", "ratio");
        for (long size : sizes) {
            Size s = results.get(size);
            System.out.printf(Locale.ROOT, "%,15d %,10d %6.0f s %24s %6.2f %24s %6.2f %24s %6.2f%n", s.quads(), s.articles(), s.loadSeconds(),
                    range(s.ingestMs()), median(s.ingestMs()) / median(base.ingestMs()), range(s.cpuMs()), median(s.cpuMs()) / median(base.cpuMs()),
                    range(s.storeMs()), median(s.storeMs()) / median(base.storeMs()));
        }
        System.out.println("(median, and min-max over the rounds)");
        System.out.printf(Locale.ROOT, "%nFirst API request (reads the graph index) and heap in use after a full GC%n");
        System.out.printf(Locale.ROOT, "%15s %12s %7s %12s %12s %12s%n", "synthetic quads", "first", "ratio", "heap before", "heap after", "difference");
        for (long size : sizes) {
            Size s = results.get(size);
            System.out.printf(Locale.ROOT, "%,15d %9.0f ms %7.1f %,9d MB %,9d MB %,9d MB%n", s.quads(), s.firstRequestMs(),
                    s.firstRequestMs() / base.firstRequestMs(), s.heapBefore() >> 20, s.heapAfter() >> 20, (s.heapAfter() - s.heapBefore()) >> 20);
        }
        System.out.printf(Locale.ROOT, "%nLatency per request; ratios to the smallest size's p50 and p95%n");
        System.out.printf(Locale.ROOT, "%-34s %15s %4s %12s %12s %8s %8s  %s%n", "request", "synthetic quads", "n", "p50", "p95", "p50 x", "p95 x", "answer");
        List<String> names = new ArrayList<>(base.timings().keySet());
        for (String name : names) {
            for (long size : sizes) {
                Size s = results.get(size);
                Timing t = s.timings().get(name);
                Timing b = base.timings().get(name);
                System.out.printf(Locale.ROOT, "%-34s %,15d %4d %9.2f ms %9.2f ms %8.2f %8.2f  %s%n", size == sizes[0] ? name : "", s.quads(), t.n(),
                        t.p50(), t.p95(), t.p50() / b.p50(), t.p95() / b.p95(), t.answer());
            }
        }
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String range(double[] sorted) {
        return String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", median(sorted), sorted[0], sorted[sorted.length - 1]);
    }

}
