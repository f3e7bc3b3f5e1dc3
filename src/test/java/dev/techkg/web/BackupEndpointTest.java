package dev.techkg.web;

import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.store.GraphStore;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/backup} and {@code techkg backup --server} against the real server over a real TDB2 store. */
@ExtendWith(SharedAnalyzer.class)
class BackupEndpointTest {
    private static final String ROUND = "urn:example:round/";
    private static final String CURRENT = "https://w3id.org/techkg/article/current-";
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    /** The TriG of one writer round: two graphs written in one transaction, with a blank node and typed literals. */
    private static String round(int k) {
        StringBuilder trig = new StringBuilder();
        for (String part : new String[] {"a", "b"}) {
            trig.append('<').append(ROUND).append(k).append('/').append(part).append("> {\n");
            for (int i = 0; i < 25; i++) {
                trig.append("  <urn:example:r").append(k).append("-").append(i).append("> <urn:example:").append(part)
                        .append("> \"round ").append(k).append(" item ").append(i).append("\"@en , ").append(i).append(".5 .\n");
            }
            trig.append("  <urn:example:r").append(k).append("> <urn:example:has> [ <urn:example:round> ").append(k).append(" ] .\n}\n");
        }
        return trig.toString();
    }

    /** Many graphs written before the backup starts, so that it takes a while. */
    private static String preload(int graphs) {
        StringBuilder trig = new StringBuilder();
        for (int g = 0; g < graphs; g++) {
            trig.append("<urn:example:pre/").append(g).append("> {\n");
            for (int i = 0; i < 30; i++) {
                trig.append("  <urn:example:p").append(g).append("-").append(i).append("> <urn:example:label> \"graph ")
                        .append(g).append(" triple ").append(i).append(" ").append(Integer.toHexString(g * 7919 + i)).append("\" .\n");
            }
            trig.append("}\n");
        }
        return trig.toString();
    }

    private static DatasetGraph parseTrig(String trig) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
        return dataset;
    }

    private static DatasetGraph parseNQuads(byte[] nquads) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(dataset);
        return dataset;
    }

    /** Gunzips with the JDK, which fails on anything cut short. */
    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static DatasetGraph storeContents(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        return parseNQuads(out.toByteArray());
    }

    @Test
    void GET_api_backup_streams_the_whole_store_as_gzip_n_quads_named_by_date_and_time(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false))) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(fixture.http.base() + "/api/backup"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("application/gzip", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.headers().firstValue("Content-Encoding").isEmpty(), "the gzip is the file, not a transfer encoding");
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.matches("attachment; filename=\"techkg-\\d{8}-\\d{6}\\.nq\\.gz\""), disposition);
            assertTrue(IsoMatcher.isomorphic(storeContents(fixture.wiring.store()), parseNQuads(gunzip(response.body()))));

            assertEquals(405, fixture.http.method("POST", "/api/backup").statusCode());
        }
    }

    /** The graph that round {@code k} puts under {@link #CURRENT}, replacing the one of the round before. */
    private static Graph current(int k) {
        return parseTrig("<" + CURRENT + "> { <urn:example:current> <urn:example:round> " + k + " ; <urn:example:note> \"round " + k
                + "\" ; <urn:example:has> [ <urn:example:score> " + k + ".5 ] . }").getGraph(org.apache.jena.graph.NodeFactory.createURI(CURRENT));
    }

    @Test
    void a_backup_taken_while_a_writer_adds_and_replaces_graphs_is_a_snapshot_of_complete_graphs(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false))) {
            GraphStore store = fixture.wiring.store();
            int preloaded = 1500;
            store.load(Files.writeString(temp.resolve("pre.trig"), preload(preloaded)), Lang.TRIG, "urn:example:unused");
            DatasetGraph before = storeContents(store);

            // Round k: one transaction adds graphs k/a and k/b; the next replaces graph current/k-1 by current/k,
            // as re-ingesting a changed article does.
            AtomicInteger rounds = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> writerFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int k = rounds.get();
                        store.load(Files.writeString(temp.resolve("round.trig"), round(k)), Lang.TRIG, "urn:example:unused");
                        store.putArticle(new ArticleGraph(CURRENT + k, "writer", current(k), 0, 0), List.of(CURRENT + (k - 1)));
                        rounds.incrementAndGet();
                    }
                } catch (Throwable e) {
                    writerFailure.set(e);
                }
            }, "backup-test-writer");
            writer.start();

            byte[] body;
            int roundsAtHeaders;
            try {
                while (rounds.get() < 3) {
                    Thread.sleep(5);
                }
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(fixture.http.base() + "/api/backup")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                // The server opened its read transaction before it sent the headers.
                roundsAtHeaders = rounds.get();
                assertEquals(200, response.statusCode());
                try (InputStream in = response.body()) {
                    ByteArrayOutputStream received = new ByteArrayOutputStream();
                    received.write(in.readNBytes(64 * 1024));
                    // Read slowly: let the writer commit more rounds while the backup is still being sent.
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (rounds.get() < roundsAtHeaders + 3 && writerFailure.get() == null && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    in.transferTo(received);
                    body = received.toByteArray();
                }
            } finally {
                stop.set(true);
                writer.join(30_000);
            }
            assertNull(writerFailure.get(), () -> "the writer failed: " + writerFailure.get());
            assertTrue(rounds.get() >= roundsAtHeaders + 3, "the writer kept going during the download");

            DatasetGraph backup = parseNQuads(gunzip(body));
            Set<Integer> aRounds = new TreeSet<>();
            Set<Integer> bRounds = new TreeSet<>();
            List<Integer> currentRounds = new ArrayList<>();
            Map<String, Graph> expected = new HashMap<>();
            for (Node name : (Iterable<Node>) backup::listGraphNodes) {
                String iri = name.getURI();
                if (iri.startsWith(ROUND)) {
                    String[] parts = iri.substring(ROUND.length()).split("/");
                    int k = Integer.parseInt(parts[0]);
                    (parts[1].equals("a") ? aRounds : bRounds).add(k);
                    expected.put(iri, parseTrig(round(k)).getGraph(name));
                } else if (iri.startsWith(CURRENT)) {
                    int k = Integer.parseInt(iri.substring(CURRENT.length()));
                    currentRounds.add(k);
                    expected.put(iri, current(k));
                } else {
                    expected.put(iri, before.getGraph(name));
                }
            }
            for (Map.Entry<String, Graph> graph : expected.entrySet()) {
                Graph inBackup = backup.getGraph(org.apache.jena.graph.NodeFactory.createURI(graph.getKey()));
                assertFalse(graph.getValue().isEmpty(), graph.getKey() + " was never written");
                assertTrue(IsoMatcher.isomorphic(graph.getValue(), inBackup), () -> graph.getKey() + " is not complete in the backup: "
                        + inBackup.size() + " triples, expected " + graph.getValue().size());
            }
            assertEquals(aRounds, bRounds, "both graphs of a round, or neither");
            int inSnapshot = aRounds.size();
            assertEquals(new TreeSet<>(IntStream.range(0, inSnapshot).boxed().toList()), aRounds,
                    "the rounds in the backup are those committed before it started, without gaps");
            assertTrue(inSnapshot >= 3 && inSnapshot <= roundsAtHeaders + 1,
                    "rounds in the backup: " + inSnapshot + ", committed when the answer started: " + roundsAtHeaders);
            assertEquals(1, currentRounds.size(), "exactly one version of the replaced graph: " + currentRounds);
            int current = currentRounds.get(0);
            assertTrue(current == inSnapshot - 1 || current == inSnapshot - 2,
                    "the replaced graph is of the same moment as the added ones: current/" + current + " with " + inSnapshot + " rounds");
            long preGraphs = expected.keySet().stream().filter(n -> n.startsWith("urn:example:pre/")).count();
            assertEquals(preloaded, preGraphs, "every graph written before the backup is in it");
        }
    }

    @Test
    void backup_with_server_downloads_a_file_that_restores_to_the_servers_dataset(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false))) {
            Path file = temp.resolve("from-server.nq.gz");
            Path unusedStore = temp.resolve("never-opened");
            Cli.Result backup = new Cli(null, unusedStore).run("backup", "--server", fixture.http.base(), "-o", file.toString());
            assertEquals(0, backup.exitCode(), backup.err());
            assertTrue(backup.err().startsWith("Backed up 402 quads to " + file), backup.err());
            assertTrue(backup.err().strip().endsWith("from " + fixture.http.base() + "/api/backup"), backup.err());
            assertFalse(Files.exists(unusedStore), "with --server the command never opens a store");

            Cli other = new Cli(null, temp.resolve("restored"));
            Cli.Result restore = other.run("restore", file.toString());
            assertEquals(0, restore.exitCode(), restore.err());
            Path exported = temp.resolve("restored.nq");
            assertEquals(0, other.run("export", "--format", "nquads", "-o", exported.toString()).exitCode());
            assertTrue(IsoMatcher.isomorphic(storeContents(fixture.wiring.store()), parseNQuads(Files.readAllBytes(exported))));
        }
    }

    @Test
    void a_backup_is_a_read_it_needs_no_api_token_and_works_on_a_read_only_server(TextAnalyzer analyzer) throws Exception {
        ServerSettings[] protectedServers = {
                new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, "a-long-enough-api-token", false),
                new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true)};
        for (ServerSettings settings : protectedServers) {
            Path folder = Files.createDirectories(temp.resolve(settings.readOnly() ? "read-only" : "token"));
            try (ServerFixture fixture = new ServerFixture(analyzer, folder, settings)) {
                Path file = folder.resolve("backup.nq.gz");
                Cli.Result backup = new Cli(null, folder.resolve("unused")).run("backup", "--server", fixture.http.base(), "-o", file.toString());
                assertEquals(0, backup.exitCode(), backup.err());
                assertTrue(IsoMatcher.isomorphic(storeContents(fixture.wiring.store()), parseNQuads(gunzip(Files.readAllBytes(file)))));
            }
        }
    }
}
