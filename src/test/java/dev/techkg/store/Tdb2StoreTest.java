package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.query.QueryService;
import dev.techkg.rdf.ArticleGraph;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store on a real TDB2 folder. */
class Tdb2StoreTest {
    @TempDir
    Path temp;

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static long count(GraphStore store, String query) {
        return store.query(QueryService.parse(query), null, b -> b,
                exec -> ((Number) exec.select().next().get("n").getLiteralValue()).longValue());
    }

    @Test
    void queries_see_the_union_of_all_article_graphs_as_the_default_graph() {
        try (GraphStore store = Tdb2Store.open(temp.resolve("store"))) {
            store.putArticle(new ArticleGraph("https://w3id.org/techkg/article/0000000000000001", "a",
                    turtle("<urn:example:a> <urn:example:p> <urn:example:b> ."), 0, 0), List.of());
            store.putArticle(new ArticleGraph("https://w3id.org/techkg/article/0000000000000002", "b",
                    turtle("<urn:example:b> <urn:example:p> <urn:example:c> ."), 0, 0), List.of());
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { <urn:example:a> <urn:example:p>/<urn:example:p> <urn:example:c> }"));
            assertEquals(2, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        }
    }

    @Test
    void deleting_a_graph_removes_every_quad_even_decimals_loaded_in_a_non_canonical_form() throws Exception {
        Path file = Files.writeString(temp.resolve("d.trig"), "<urn:example:g> { <urn:example:s> <urn:example:p> "
                + "\"0.80\"^^<http://www.w3.org/2001/XMLSchema#decimal> , \"1\"^^<http://www.w3.org/2001/XMLSchema#decimal> , 0.9 . }");
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            assertEquals(3, store.load(file, Lang.TRIG, "urn:example:unused"));
            assertEquals(3, store.size());
            assertEquals(1, store.deleteGraphs(List.of("urn:example:g")));
            assertEquals(0, store.size());
            assertTrue(store.graphNames().isEmpty());
        }
    }

    @Test
    void a_backup_holds_every_quad_and_restores_named_graphs_and_the_default_graph_as_they_were() throws Exception {
        Path file = temp.resolve("backup.nq.gz");
        DatasetGraph original;
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            store.update(UpdateFactory.create("INSERT DATA { <urn:example:d> <urn:example:p> \"in the default graph\" . "
                    + "GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> _:b . _:b <urn:example:p> 1.5 } }"));
            try (OutputStream out = Files.newOutputStream(file)) {
                assertEquals(3, Backup.write(store, out));
            }
            original = exportNQuads(store);
        }
        assertEquals(3, Backup.verify(file));
        try (Tdb2Store restored = Tdb2Store.open(temp.resolve("restored"))) {
            assertEquals(3, restored.restore(file, Lang.NQUADS, false));
            assertTrue(IsoMatcher.isomorphic(original, exportNQuads(restored)));
            assertEquals(1, original.getDefaultGraph().size(), "the default graph was part of the backup");

            // The store-level guard, for callers that do not check first.
            StoreException refused = assertThrows(StoreException.class, () -> restored.restore(file, Lang.NQUADS, false));
            assertTrue(refused.getMessage().contains("the store is not empty"), refused.getMessage());
            assertEquals(3, restored.restore(file, Lang.NQUADS, true));
            assertEquals(3, restored.size());
        }
    }

    private static DatasetGraph exportNQuads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(dataset);
        return dataset;
    }

    @Test
    void backup_files_are_named_after_the_local_date_and_time() {
        assertEquals("techkg-20250304-050607.nq.gz", Backup.fileName(LocalDateTime.of(2025, 3, 4, 5, 6, 7)));
    }

    @Test
    void a_store_held_by_another_process_fails_to_open_with_a_clear_message() throws Exception {
        Path folder = temp.resolve("held");
        try (dev.techkg.testing.HoldStore held = dev.techkg.testing.HoldStore.start(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.open(folder).graphNames());
            assertTrue(e.getMessage().startsWith("Cannot open the TDB2 store in " + folder), e.getMessage());
            assertTrue(e.getMessage().contains("is another TechKG process using it?"), e.getMessage());
        }
    }
}
