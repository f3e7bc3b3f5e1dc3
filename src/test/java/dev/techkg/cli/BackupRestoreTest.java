package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import dev.techkg.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code techkg backup} and {@code techkg restore} on real TDB2 stores, and downloads from real (stub) HTTP servers. */
@ExtendWith(SharedAnalyzer.class)
class BackupRestoreTest {
    /** Graphs with what a backup must carry unchanged: blank nodes, language tags, escapes, non-ASCII text, decimals. */
    private static final String EXTRA = """
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <urn:example:notes> {
              <urn:example:a> <urn:example:says> "line one\\nline \\"two\\"\\ttab" , "Zürich 東京"@de , 0.80 , "1"^^xsd:decimal .
              <urn:example:a> <urn:example:knows> [ <urn:example:name> "anonymous" ; <urn:example:score> 3 ] .
            }
            <urn:example:other> { <urn:example:b> <urn:example:p> <urn:example:a> . }
            """;

    @TempDir
    Path temp;
    Cli cli;

    @BeforeEach
    void setUp(TextAnalyzer analyzer) throws IOException {
        cli = new Cli(analyzer, temp.resolve("store"));
        Cli.Result ingest = cli.run("ingest", TestFiles.copyFolder("articles", temp).toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        Cli.Result load = cli.run("load", Files.writeString(temp.resolve("extra.trig"), EXTRA).toString());
        assertEquals(0, load.exitCode(), load.err());
    }

    @Test
    void a_backup_restored_into_an_empty_store_gives_an_isomorphic_dataset() throws Exception {
        Path file = temp.resolve("kg.nq.gz");
        Cli.Result backup = cli.run("backup", "-o", file.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        DatasetGraph original = export(cli);
        long quads = countQuads(original);
        assertTrue(backup.err().matches("(?s)Backed up " + quads + " quads to " + java.util.regex.Pattern.quote(file.toString())
                + " \\([0-9.]+ kB\\) in [0-9.]+ s\\R"), backup.err());
        assertFalse(Files.exists(temp.resolve("kg.nq.gz.partial")));
        assertTrue(IsoMatcher.isomorphic(original, gunzipNQuads(Files.readAllBytes(file))), "the file holds the store as N-Quads");

        Cli other = new Cli(null, temp.resolve("other-store"));
        Cli.Result restore = other.run("restore", file.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.err().startsWith("Restored " + quads + " quads in 4 graphs from " + file), restore.err());
        assertTrue(IsoMatcher.isomorphic(original, export(other)), "the restored store equals the backed-up one");
    }

    @Test
    void restore_refuses_a_store_that_is_not_empty_unless_replace_is_given() throws Exception {
        Path file = temp.resolve("kg.nq.gz");
        assertEquals(0, cli.run("backup", "-o", file.toString()).exitCode());
        Cli other = new Cli(null, temp.resolve("other-store"));
        other.run("load", Files.writeString(temp.resolve("old.trig"), "<urn:example:old> { <urn:example:s> <urn:example:p> \"old\" . }").toString());
        DatasetGraph before = export(other);

        Cli.Result refused = other.run("restore", file.toString());
        assertEquals(Main.EXIT_FAILURE, refused.exitCode());
        assertEquals("techkg: error: TDB2 store " + temp.resolve("other-store") + " is not empty (1 graph): restore into an "
                + "empty store, or pass --replace to drop its contents first; nothing was restored", refused.err().strip());
        assertTrue(IsoMatcher.isomorphic(before, export(other)), "a refused restore changes nothing");

        Cli.Result replaced = other.run("restore", "--replace", file.toString());
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(replaced.err().contains("(replacing 1 graph)"), replaced.err());
        assertTrue(IsoMatcher.isomorphic(export(cli), export(other)), "the old graph is gone, the backup is all there is");
    }

    @Test
    void a_backup_that_does_not_parse_restores_nothing_and_names_the_file_and_line() throws Exception {
        Path good = temp.resolve("kg.nq.gz");
        assertEquals(0, cli.run("backup", "-o", good.toString()).exitCode());
        List<String> lines = new java.util.ArrayList<>(new String(gunzip(Files.readAllBytes(good)), StandardCharsets.UTF_8).lines().toList());
        lines.add(4, "<urn:example:s> <urn:example:p> .");
        Path broken = Files.write(temp.resolve("broken.nq.gz"), gzip(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        Cli other = new Cli(null, temp.resolve("other-store"));
        other.run("load", Files.writeString(temp.resolve("old.trig"), "<urn:example:old> { <urn:example:s> <urn:example:p> 0.5 . }").toString());
        DatasetGraph before = export(other);

        Cli.Result failed = other.run("restore", "--replace", broken.toString());
        assertEquals(Main.EXIT_FAILURE, failed.exitCode());
        assertTrue(failed.err().startsWith("techkg: error: Cannot restore " + broken + ": [line: 5, col: "), failed.err());
        assertTrue(failed.err().strip().endsWith("(nothing was restored; the store is as it was)"), failed.err());
        assertEquals(1, failed.err().strip().lines().count(), failed.err());
        assertTrue(IsoMatcher.isomorphic(before, export(other)), "--replace dropped nothing, since the load failed in the same transaction");
    }

    @Test
    void a_backup_cut_short_restores_nothing_even_when_it_ends_at_a_line_break() throws Exception {
        Path good = temp.resolve("kg.nq.gz");
        assertEquals(0, cli.run("backup", "-o", good.toString()).exitCode());
        // Whole lines only, so a parser that took the cut for the end of the file would find nothing wrong with it.
        byte[] nquads = gunzip(Files.readAllBytes(good));
        byte[] compressed = gzip(nquads);
        Path cut = Files.write(temp.resolve("cut.nq.gz"), Arrays.copyOf(compressed, compressed.length - 8));
        Path plain = Files.write(temp.resolve("not-gzip.nq.gz"), new byte[] {0x1f, (byte) 0x8b, 'n', 'o', 'p', 'e'});

        Cli other = new Cli(null, temp.resolve("other-store"));
        for (Path file : List.of(cut, plain)) {
            Cli.Result failed = other.run("restore", file.toString());
            assertEquals(Main.EXIT_FAILURE, failed.exitCode());
            assertTrue(failed.err().startsWith("techkg: error: Cannot read " + file), failed.err());
            assertTrue(failed.err().contains("cut short or not valid gzip"), failed.err());
            assertEquals(1, failed.err().strip().lines().count(), failed.err());
            assertEquals(0, countQuads(export(other)), "nothing was restored from " + file);
        }
    }

    @Test
    void restore_takes_uncompressed_n_quads_and_trig_and_refuses_other_syntaxes() throws Exception {
        Path trig = temp.resolve("kg.trig");
        assertEquals(0, cli.run("export", "--format", "trig", "-o", trig.toString()).exitCode());
        Cli other = new Cli(null, temp.resolve("other-store"));
        assertEquals(0, other.run("restore", trig.toString()).exitCode());
        assertTrue(IsoMatcher.isomorphic(export(cli), export(other)));

        Path turtle = Files.writeString(temp.resolve("x.ttl"), "<urn:example:a> <urn:example:b> <urn:example:c> .");
        Cli.Result refused = other.run("restore", "--replace", turtle.toString());
        assertEquals(Main.EXIT_FAILURE, refused.exitCode());
        assertTrue(refused.err().contains("a backup is N-Quads or TriG"), refused.err());
    }

    @Test
    void a_download_that_fails_leaves_no_file_under_the_asked_name() throws Exception {
        Path good = temp.resolve("kg.nq.gz");
        assertEquals(0, cli.run("backup", "-o", good.toString()).exitCode());
        byte[] backup = Files.readAllBytes(good);
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A complete HTTP answer whose gzip data stops early: only reading the backup through shows it.
        stub.createContext("/short/api/backup", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/gzip");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(backup, 0, backup.length / 2);
            }
        });
        // The connection breaks off before the announced length.
        stub.createContext("/broken/api/backup", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/gzip");
            exchange.sendResponseHeaders(200, backup.length);
            exchange.getResponseBody().write(backup, 0, backup.length / 2);
            exchange.getResponseBody().flush();
            exchange.close();
        });
        stub.createContext("/failing/api/backup", exchange -> {
            byte[] error = "{\"error\":\"Internal error\",\"detail\":\"disk on fire\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(500, error.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(error);
            }
        });
        stub.start();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + stub.getAddress().getPort();
        Path target = temp.resolve("download.nq.gz");
        try {
            Map<String, String> expected = Map.of(
                    base + "/short", "is not a complete backup",
                    base + "/broken/", "broke off",
                    base + "/failing", "answered 500: {\"error\":\"Internal error\",\"detail\":\"disk on fire\"}; no backup written",
                    "http://127.0.0.1:" + closedPort, "Cannot connect to http://127.0.0.1:" + closedPort + "/api/backup");
            for (Map.Entry<String, String> server : expected.entrySet()) {
                Cli.Result failed = cli.run("backup", "--server", server.getKey(), "-o", target.toString());
                assertEquals(Main.EXIT_FAILURE, failed.exitCode(), server.getKey());
                assertTrue(failed.err().contains(server.getValue()), server.getKey() + ": " + failed.err());
                assertEquals(1, failed.err().strip().lines().count(), failed.err());
                assertFalse(Files.exists(target), server.getKey() + " left " + target);
                assertFalse(Files.exists(temp.resolve("download.nq.gz.partial")), server.getKey() + " left the partial file");
            }
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void backup_of_a_store_a_server_holds_points_to_the_server_option() throws Exception {
        Path folder = temp.resolve("held");
        try (dev.techkg.testing.HoldStore held = dev.techkg.testing.HoldStore.start(folder)) {
            Path target = temp.resolve("held.nq.gz");
            Cli.Result failed = new Cli(null, folder).run("backup", "-o", target.toString());
            assertEquals(Main.EXIT_FAILURE, failed.exitCode());
            assertTrue(failed.err().contains("is another TechKG process using it?"), failed.err());
            assertTrue(failed.err().contains("to back up the store of a running server, use --server URL"), failed.err());
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void the_server_option_takes_a_base_url_and_nothing_but_http() {
        assertEquals("http://localhost:7070/api/backup", BackupCommand.backupUri("http://localhost:7070").toString());
        assertEquals("http://localhost:7070/api/backup", BackupCommand.backupUri("http://localhost:7070/").toString());
        assertEquals("https://kg.example.org/techkg/api/backup", BackupCommand.backupUri("https://kg.example.org/techkg").toString());
        assertEquals("http://localhost:7070/api/backup", BackupCommand.backupUri("http://localhost:7070/api/backup").toString());
        for (String bad : List.of("file:///etc/passwd", "localhost:7070", "ftp://example.org/", "http://localhost:7070/?x=1")) {
            Cli.Result refused = cli.run("backup", "--server", bad, "-o", temp.resolve("x.nq.gz").toString());
            assertEquals(Main.EXIT_USAGE, refused.exitCode(), bad);
            assertTrue(refused.err().contains("--server must be the http(s) address of a TechKG server"), bad + ": " + refused.err());
        }
    }

    private DatasetGraph export(Cli on) throws IOException {
        Path file = Files.createTempFile(temp, "export", ".nq");
        Cli.Result export = on.run("export", "--format", "nquads", "-o", file.toString());
        assertEquals(0, export.exitCode(), export.err());
        return RDFDataMgr.loadDatasetGraph(file.toString());
    }

    private static long countQuads(DatasetGraph dataset) {
        long[] n = {0};
        dataset.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static DatasetGraph gunzipNQuads(byte[] compressed) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(gunzip(compressed))).lang(Lang.NQUADS).parse(dataset);
        return dataset;
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
