package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.app.ServerSettings;
import dev.techkg.web.WebServer;
import java.io.ByteArrayInputStream;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * SPARQL endpoint latency: TechKG's /sparql against Apache Jena Fuseki over the same TDB2 data, in one
 * JVM, both on loopback, requests sent one at a time and alternated between the two servers so that
 * machine noise hits both alike. The queries are three small lookups and the ten saved queries of
 * {@code queries/}, their parameters bound (substituted as {@code --bind} and {@code /api/queries} do; where the substituted text is
 * not SPARQL, as {@code BOUND(?investorName)}, by a VALUES block first in the query's pattern) to values taken
 * from the synthetic data: the biggest hubs, a mid-degree company, a stored investment, the last month.
 * Both servers must give the same number of rows. Prints p50 and p95 per query and the ratio TechKG/Fuseki.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.quads=1500000 -Dbench.requests=200 -Dbench.budget=40}
 * ({@code bench.budget}: seconds per query for both servers together; slow queries get fewer requests, at least 11;
 * {@code -Dbench.only=company-leaders,label} runs only the queries whose names contain one of these).
 */
public final class SparqlLatencyBench {
    /** Both servers stop a query after this long; the bench then reports it and goes on. */
    private static final int TIMEOUT_SECONDS = 30;

    private SparqlLatencyBench() {}

    public static void main(String[] args) {
        BenchMain.run("techkg-bench", SparqlLatencyBench::run);
    }

    private static void run(Path folder) throws Exception {
        long quads = Long.getLong("bench.quads", 300_000);
        int requests = Integer.getInteger("bench.requests", 200);
        double budget = Double.parseDouble(System.getProperty("bench.budget", "40"));
        Path data = folder.resolve("synthetic.nq");
        SyntheticGraph.Sample sample = SyntheticGraph.write(data, quads, 42);
        long loadStart = System.nanoTime();
        Wiring wiring = Wiring.withAnalyzerFactory(new Config(folder.resolve("store")), () -> {
            throw new IllegalStateException("the benchmark analyses no text");
        });
        long loaded = wiring.store().load(data, Lang.NQUADS, "urn:x-bench:default");
        System.out.printf(Locale.ROOT, "loaded %d quads (%d articles, %d entities) in %.1f s%n", loaded, sample.articles(),
                sample.entities(), (System.nanoTime() - loadStart) / 1e9);

        WebServer techkg = wiring.webServer(new ServerSettings("127.0.0.1", 0, TIMEOUT_SECONDS, 100_000, null, false, 1, null, false));
        int techkgPort = techkg.start();
        Dataset shared = TDB2Factory.connectDataset(folder.resolve("store").toString());
        shared.getContext().set(TDB2.symUnionDefaultGraph, true);
        shared.getContext().set(ARQ.queryTimeout, Long.toString(TIMEOUT_SECONDS * 1000L));
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", shared).build().start();

        HttpClient client = HttpClient.newHttpClient();
        String techkgUrl = "http://127.0.0.1:" + techkgPort + "/sparql";
        String fusekiUrl = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/sparql";
        System.out.printf(Locale.ROOT, "%-28s %6s %5s %11s %11s %11s %11s %7s%n", "query", "rows", "n", "TechKG p50", "TechKG p95",
                "Fuseki p50", "Fuseki p95", "p50 T/F");
        List<Double> ratios = new ArrayList<>();
        // -Dbench.only=a,b: only the queries whose names contain one of these, for longer runs of a few.
        List<String> only = List.of(System.getProperty("bench.only", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        for (Map.Entry<String, String> query : queries(sample).entrySet()) {
            if (!only.isEmpty() && only.stream().noneMatch(query.getKey()::contains)) {
                continue;
            }
            String body = "query=" + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int techkgRows;
            int fusekiRows;
            try {
                techkgRows = rows(send(client, techkgUrl, body));
                fusekiRows = rows(send(client, fusekiUrl, body));
            } catch (IllegalStateException e) {
                System.out.printf(Locale.ROOT, "%-28s failed: %s%n", query.getKey(), e.getMessage());
                continue;
            }
            double first = (System.nanoTime() - start) / 1e9;
            if (techkgRows != fusekiRows) {
                throw new IllegalStateException(query.getKey() + ": TechKG gave " + techkgRows + " rows, Fuseki " + fusekiRows);
            }
            int n = (int) Math.max(11, Math.min(requests, budget / first));
            for (int i = 0; i < Math.min(100, n / 2); i++) {
                send(client, techkgUrl, body);
                send(client, fusekiUrl, body);
            }
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                // Alternate which server goes first, so neither always meets the other's garbage.
                if (i % 2 == 0) {
                    a[i] = timed(client, techkgUrl, body);
                    b[i] = timed(client, fusekiUrl, body);
                } else {
                    b[i] = timed(client, fusekiUrl, body);
                    a[i] = timed(client, techkgUrl, body);
                }
            }
            Arrays.sort(a);
            Arrays.sort(b);
            double ratio = pct(a, 50) / pct(b, 50);
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "%-28s %6d %5d %8.2f ms %8.2f ms %8.2f ms %8.2f ms %7.2f%n", query.getKey(), techkgRows, n,
                    pct(a, 50), pct(a, 95), pct(b, 50), pct(b, 95), ratio);
        }
        System.out.printf(Locale.ROOT, "p50 TechKG/Fuseki: worst %.2f, median %.2f over %d queries%n",
                ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray()[ratios.size() / 2], ratios.size());
        fuseki.stop();
        wiring.close();
    }

    /** The queries, by name: three lookups, then every saved query with its parameters bound. */
    static Map<String, String> queries(SyntheticGraph.Sample sample) throws Exception {
        String hub = sample.hubCompany().iri();
        String tk = "PREFIX tk: <https://w3id.org/techkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("2-hop neighbourhood", tk + "SELECT ?x ?y WHERE { <" + hub + "> tk:competesWith|^tk:competesWith ?x . "
                + "?x tk:partnersWith|^tk:partnersWith ?y } LIMIT 200");
        queries.put("entity label lookup", tk + "SELECT ?l WHERE { <" + hub + "> rdfs:label ?l }");
        queries.put("evidence of one entity", tk + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "SELECT ?p ?o ?e WHERE { ?st rdf:subject <" + hub + "> ; rdf:predicate ?p ; rdf:object ?o ; tk:evidence ?e } LIMIT 100");

        Node tkCompany = NodeFactory.createURI(SyntheticGraph.TK + "Company");
        Map<String, Map<String, Node>> bindings = new LinkedHashMap<>();
        bindings.put("articles", Map.of("article", NodeFactory.createURI(sample.firstArticle())));
        bindings.put("company-leaders", Map.of("company", NodeFactory.createURI(hub)));
        bindings.put("entity-facts", Map.of("name", NodeFactory.createLiteralString(sample.midCompany().name())));
        bindings.put("evidence-for-fact", Map.of("subjectName", NodeFactory.createLiteralString(sample.investment()[0]),
                "rel", NodeFactory.createURI(SyntheticGraph.TK + sample.investment()[1]),
                "objectName", NodeFactory.createLiteralString(sample.investment()[2])));
        bindings.put("investment-chains", Map.of("investorName", NodeFactory.createLiteralString(sample.investment()[0])));
        bindings.put("investments", Map.of("investor", NodeFactory.createURI(hub)));
        bindings.put("partners-of-rivals", Map.of("name", NodeFactory.createLiteralString(sample.hubCompany().name())));
        bindings.put("regulated-companies", Map.of("regulator", NodeFactory.createURI(sample.hubRegulator().iri())));
        bindings.put("new-relations", Map.of(
                "since", NodeFactory.createLiteralDT(sample.lastDay().minusDays(30).toString(), XSDDatatype.XSDdate),
                "until", NodeFactory.createLiteralDT(sample.lastDay().toString(), XSDDatatype.XSDdate)));
        bindings.put("top-entities", Map.of("type", tkCompany));
        bindings.put("corroborated-facts", Map.of());
        bindings.put("fact-timeline", Map.of("subject", NodeFactory.createURI(hub)));
        try (var files = Files.list(Path.of("queries"))) {
            List<Path> saved = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            if (saved.size() != bindings.size()) {
                throw new IllegalStateException("queries/ holds " + saved.size() + " saved queries; the benchmark binds " + bindings.keySet());
            }
            for (Path file : saved) {
                String name = file.getFileName().toString().replace(".rq", "");
                queries.put("saved: " + name, bind(file, bindings.get(name)));
            }
        }
        return queries;
    }

    /**
     * The text of a saved query with its parameters bound: substituted as {@code QueryExecBuilder.substitution}
     * ({@code techkg query --bind}, {@code /api/queries}) does, or, where the substituted text is not SPARQL (as
     * {@code BOUND(?investorName)}), by a VALUES block first in the query's own group, where its BINDs and
     * FILTERs see them.
     */
    static String bind(Path file, Map<String, Node> bindings) throws Exception {
        String text = Files.readString(file);
        Query query = QueryFactory.create(text);
        Map<Var, Node> values = new HashMap<>();
        bindings.forEach((variable, value) -> values.put(Var.alloc(variable), value));
        // A bound parameter is no longer a variable: drop it from the result columns, or the text would
        // project (<value> AS ?var) next to sub-selects that bind it.
        for (Var var : values.keySet()) {
            query.getProject().remove(var);
        }
        String bound = QueryTransformOps.transform(query, values).serialize();
        try {
            QueryFactory.create(bound);
            return bound;
        } catch (QueryParseException e) {
            Query withValues = QueryFactory.create(text);
            BindingBuilder row = BindingFactory.builder();
            values.forEach(row::add);
            ((ElementGroup) withValues.getQueryPattern()).getElements().add(0,
                    new ElementData(new ArrayList<>(values.keySet()), List.of(row.build())));
            return withValues.serialize();
        }
    }

    static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    static int rows(String json) {
        int[] n = {0};
        ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).forEachRemaining(r -> n[0]++);
        return n[0];
    }

    private static double timed(HttpClient client, String url, String body) throws Exception {
        long start = System.nanoTime();
        send(client, url, body);
        return (System.nanoTime() - start) / 1e6;
    }

    static String send(HttpClient client, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
