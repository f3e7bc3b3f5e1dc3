package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.testing.Cli;
import dev.techkg.testing.Fuseki;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract against a real Apache Jena Fuseki server on 127.0.0.1, over HTTP; and how it fails. */
class RemoteStoreTest extends GraphStoreContractTest {
    private Fuseki fuseki;
    private RemoteStore store;

    @Override
    GraphStore newStore() {
        fuseki = Fuseki.start();
        store = RemoteStore.connect(URI.create(fuseki.url()), null);
        return store;
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_store_nobody_listens_on_is_refused_with_one_line_naming_the_url() throws Exception {
        String url = "http://127.0.0.1:" + freePort() + "/ds";
        StoreException e = assertThrows(StoreUnavailableException.class, () -> RemoteStore.connect(URI.create(url), null));
        assertEquals("Cannot connect to the SPARQL store at " + url
                + ": connection refused (is the server running, and the host and port in --store right?)", e.getMessage());

        Cli.Result result = new Cli(null, null).runRaw(Map.of(), "query", "--store", url, "ASK {}");
        assertEquals(1, result.exitCode());
        assertEquals("techkg: error: " + e.getMessage(), result.err().strip(), "one line, no stack trace");
    }

    @Test
    void a_dataset_the_server_does_not_have_is_named_with_what_to_check() {
        fuseki = Fuseki.start();
        String url = fuseki.url().replace("/ds", "/nosuch");
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.connect(URI.create(url), null));
        assertTrue(e.getMessage().startsWith("No SPARQL dataset at " + url + " (HTTP 404): check the dataset name in --store"), e.getMessage());
    }

    @Test
    void a_server_without_the_union_default_graph_is_refused_at_connect_time_when_it_holds_data() {
        fuseki = Fuseki.startWithoutUnionDefaultGraph();
        fuseki.dataset().executeWrite(() -> fuseki.dataset().add(Quad.create(NodeFactory.createURI("urn:example:g"),
                NodeFactory.createURI("urn:example:s"), NodeFactory.createURI("urn:example:p"), NodeFactory.createURI("urn:example:o"))));
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.connect(URI.create(fuseki.url()), null));
        assertTrue(e.getMessage().contains("does not show its named graphs as its default graph"), e.getMessage());
        assertTrue(e.getMessage().contains("tdb2:unionDefaultGraph true"), e.getMessage());
    }

    @Test
    void a_server_without_the_union_default_graph_is_refused_before_the_first_write_when_empty_and_keeps_no_probe() {
        fuseki = Fuseki.startWithoutUnionDefaultGraph();
        store = RemoteStore.connect(URI.create(fuseki.url()), null);
        StoreException e = assertThrows(StoreException.class, () -> store.putArticle(article(A1, "a.txt", ""), List.of()));
        assertTrue(e.getMessage().contains("does not show its named graphs as its default graph"), e.getMessage());
        assertEquals(List.of(), store.graphNames(), "nothing written, the probe graph removed");
    }

    @Test
    void a_store_that_asks_for_a_login_gets_the_credentials_and_a_wrong_one_is_named() throws Exception {
        fuseki = Fuseki.startWithLogin(temp, "writer", "s3cret-passw0rd");
        URI url = URI.create(fuseki.url());
        StoreException missing = assertThrows(StoreException.class, () -> RemoteStore.connect(url, null));
        assertTrue(missing.getMessage().startsWith("The SPARQL store at " + url + " refused the read (HTTP 401 Unauthorized): "
                + "set $TECHKG_STORE_USER and $TECHKG_STORE_PASSWORD"), missing.getMessage());
        assertThrows(StoreException.class, () -> RemoteStore.connect(url, new RemoteStore.Credentials("writer", "wrong")));

        store = RemoteStore.connect(url, new RemoteStore.Credentials("writer", "s3cret-passw0rd"));
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1 ."), List.of());
        assertEquals(List.of(A1), store.graphNames());

        Cli.Result result = new Cli(null, null).runRaw(Map.of("TECHKG_STORE", url.toString(), "TECHKG_STORE_USER", "writer",
                "TECHKG_STORE_PASSWORD", "s3cret-passw0rd"), "query", "--format", "tsv", "SELECT ?g WHERE { GRAPH ?g {} }");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains(A1), result.out());
    }

    @Test
    void a_server_that_does_not_give_its_dataset_in_one_get_is_backed_up_through_one_query() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1.5 . [] <urn:example:q> \"blank\" ."), List.of());
        store.putArticle(article(B, "b.txt", "<urn:example:b> <urn:example:p> \"two\"@en ."), List.of());
        // Fuseki's query endpoint answers a GET without a query with 404, as stores without a dataset GET do.
        URI query = URI.create(fuseki.url() + "/sparql");
        try (RemoteStore withoutDatasetGet = RemoteStore.connect(new RemoteStore.Endpoints(query, query, query), null)) {
            java.io.ByteArrayOutputStream backup = new java.io.ByteArrayOutputStream();
            assertEquals(5, withoutDatasetGet.backup(backup));
            org.apache.jena.sparql.core.DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(backup.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(copy);
            assertTrue(IsoMatcher.isomorphic(exportNQuads(store), copy));
        }
    }

    @Test
    void backup_and_restore_commands_move_a_remote_store_to_another_server() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1.5 . [] <urn:example:q> \"blank\" ."), List.of());
        java.nio.file.Path file = temp.resolve("remote.nq.gz");
        Cli.Result backup = new Cli(null, null).runRaw(Map.of(), "backup", "--store", fuseki.url(), "-o", file.toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.err().startsWith("Backed up 3 quads to " + file), backup.err());
        try (Fuseki other = Fuseki.start()) {
            Cli.Result restore = new Cli(null, null).runRaw(Map.of("TECHKG_STORE", other.url()), "restore", file.toString());
            assertEquals(0, restore.exitCode(), restore.err());
            try (RemoteStore copy = RemoteStore.connect(URI.create(other.url()), null)) {
                assertTrue(IsoMatcher.isomorphic(exportNQuads(store), exportNQuads(copy)));
            }
            Cli.Result again = new Cli(null, null).runRaw(Map.of("TECHKG_STORE", other.url()), "restore", file.toString());
            assertEquals(1, again.exitCode());
            assertTrue(again.err().contains("SPARQL store " + other.url() + " is not empty"), again.err());
        }
    }
}
