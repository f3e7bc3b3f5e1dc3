package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.store.Tdb2Store;
import dev.techkg.web.ServerSettings;
import dev.techkg.web.WebServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * SPARQL endpoint latency: TechKG's /sparql against Apache Jena Fuseki over the same TDB2 data, in one
 * JVM, both on loopback, requests sent one at a time and alternated between the two servers so that
 * machine noise hits both alike. Prints p50 and p95 per query and the ratio TechKG/Fuseki.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.quads=300000 -Dbench.requests=400}
 */
public final class SparqlLatencyBench {
    private SparqlLatencyBench() {}

    public static void main(String[] args) throws Exception {
        long quads = Long.getLong("bench.quads", 300_000);
        int requests = Integer.getInteger("bench.requests", 400);
        Path folder = Files.createTempDirectory("techkg-bench");
        Path data = folder.resolve("synthetic.nq");
        String hub = SyntheticGraph.write(data, quads, 42);
        long loadStart = System.nanoTime();
        Wiring wiring = Wiring.withAnalyzerFactory(new Config(folder.resolve("store")), () -> {
            throw new IllegalStateException("the benchmark analyses no text");
        });
        long loaded = ((Tdb2Store) wiring.store()).load(data, Lang.NQUADS, "urn:x-bench:default");
        System.out.printf(Locale.ROOT, "loaded %d quads in %.1f s%n", loaded, (System.nanoTime() - loadStart) / 1e9);

        WebServer techkg = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, false));
        int techkgPort = techkg.start();
        Dataset shared = TDB2Factory.connectDataset(folder.resolve("store").toString());
        shared.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", shared).build().start();

        String tk = "PREFIX tk: <https://w3id.org/techkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        List<String[]> queries = List.of(
                new String[] {"2-hop neighbourhood", tk + "SELECT ?x ?y WHERE { <" + hub + "> tk:competesWith|^tk:competesWith ?x . "
                        + "?x tk:partnersWith|^tk:partnersWith ?y } LIMIT 200"},
                new String[] {"entity label lookup", tk + "SELECT ?l WHERE { <" + hub + "> rdfs:label ?l }"},
                new String[] {"evidence of one entity", tk + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                        + "SELECT ?p ?o ?e WHERE { ?st rdf:subject <" + hub + "> ; rdf:predicate ?p ; rdf:object ?o ; tk:evidence ?e } LIMIT 100"});
        HttpClient client = HttpClient.newHttpClient();
        String techkgUrl = "http://127.0.0.1:" + techkgPort + "/sparql";
        String fusekiUrl = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/sparql";
        System.out.printf(Locale.ROOT, "%-24s %12s %12s %12s %12s %8s%n", "query", "TechKG p50", "TechKG p95", "Fuseki p50", "Fuseki p95", "p50 ratio");
        for (String[] query : queries) {
            String body = "query=" + URLEncoder.encode(query[1], StandardCharsets.UTF_8);
            int techkgRows = send(client, techkgUrl, body).length();
            int fusekiRows = send(client, fusekiUrl, body).length();
            if (techkgRows == 0 || fusekiRows == 0) {
                throw new IllegalStateException("empty answer for " + query[0]);
            }
            for (int i = 0; i < 100; i++) {
                send(client, techkgUrl, body);
                send(client, fusekiUrl, body);
            }
            double[] a = new double[requests];
            double[] b = new double[requests];
            for (int i = 0; i < requests; i++) {
                a[i] = timed(client, techkgUrl, body);
                b[i] = timed(client, fusekiUrl, body);
            }
            Arrays.sort(a);
            Arrays.sort(b);
            System.out.printf(Locale.ROOT, "%-24s %9.2f ms %9.2f ms %9.2f ms %9.2f ms %8.2f%n", query[0],
                    pct(a, 50), pct(a, 95), pct(b, 50), pct(b, 95), pct(a, 50) / pct(b, 50));
        }
        fuseki.stop();
        wiring.close();
        System.exit(0);
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static double timed(HttpClient client, String url, String body) throws Exception {
        long start = System.nanoTime();
        send(client, url, body);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String send(HttpClient client, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

}
