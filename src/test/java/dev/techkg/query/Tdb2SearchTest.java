package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.techkg.query.SearchService.Results;
import dev.techkg.store.GraphStore;
import dev.techkg.store.Tdb2Store;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/**
 * Search over the embedded store, whose text index is Jena's, in the store's folder: also across restarts, for a store
 * made before the index existed, and after a bulk load.
 */
class Tdb2SearchTest extends SearchContractTest {
    @Override
    GraphStore newStore() {
        return Tdb2Store.open(temp.resolve("store"));
    }

    @Test
    void the_index_outlives_the_process_and_a_store_without_one_gets_it_built_when_opened() throws Exception {
        store.putArticle(irishRegulator(), List.of());
        store.close();
        store = Tdb2Store.open(temp.resolve("store"));
        assertEquals(List.of(IRELAND), articleIris(service(store).search("Irish regulator", 10)), "kept on disk");
        store.close();

        // As a store from before the text index: the folder is missing.
        Path index = temp.resolve("store").resolve(Tdb2Store.TEXT_INDEX);
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(index));
        store = Tdb2Store.open(temp.resolve("store"));
        Results found = service(store).search("Irish regulator", 10);
        assertEquals(List.of(IRELAND), articleIris(found));
        assertEquals(List.of("data-protection-commission regulates meta-platforms"), facts(found));
    }

    @Test
    void a_bulk_load_that_fails_half_way_leaves_the_index_as_empty_as_the_store() throws Exception {
        store.putArticle(commerceDepartment(), List.of());
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        store.backup(dump);
        Path broken = Files.writeString(temp.resolve("broken.nq"), dump.toString(java.nio.charset.StandardCharsets.UTF_8) + "<urn:x:a> <urn:x:b> .\n");
        try (GraphStore empty = Tdb2Store.open(temp.resolve("other"))) {
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> empty.load(broken, Lang.NQUADS, "urn:x:triples"));
            assertEquals(List.of(), articleIris(service(empty).search("Commerce Department", 10)));
            assertEquals(0, (int) empty.searchText(searcher -> searcher.getIndexReader().numDocs()), "nothing of it indexed");
            Path good = Files.write(temp.resolve("good.nq"), dump.toByteArray());
            empty.load(good, Lang.NQUADS, "urn:x:triples");
            assertEquals(List.of(CHIPS), articleIris(service(empty).search("Commerce Department", 10)));
        }
    }

    @Test
    void a_bulk_load_into_an_empty_store_is_searchable() throws Exception {
        store.putArticle(commerceDepartment(), List.of());
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        store.backup(dump);
        Path file = Files.write(temp.resolve("dump.nq"), dump.toByteArray());
        try (GraphStore empty = Tdb2Store.open(temp.resolve("other"))) {
            empty.load(file, Lang.NQUADS, "urn:x:triples");
            Results found = service(empty).search("Commerce Department", 10);
            assertEquals(List.of(CHIPS), articleIris(found));
            assertEquals(List.of("department-of-commerce regulates nvidia"), facts(found));
        }
    }
}
