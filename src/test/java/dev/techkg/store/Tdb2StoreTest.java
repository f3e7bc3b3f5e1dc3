package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded store on a real TDB2 folder: the store contract, and what only a folder has. */
class Tdb2StoreTest extends GraphStoreContractTest {
    private Tdb2Store store;

    @Override
    GraphStore newStore() {
        store = Tdb2Store.open(temp.resolve("contract-store"));
        return store;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
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
