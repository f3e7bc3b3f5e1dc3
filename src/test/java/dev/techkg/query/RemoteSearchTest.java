package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techkg.query.SearchService.Results;
import dev.techkg.store.GraphStore;
import dev.techkg.store.RemoteStore;
import dev.techkg.testing.Fuseki;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Search over a real Fuseki server on 127.0.0.1: the index is in memory, read from the store on first use and kept up
 * graph by graph with the writes through the store.
 */
class RemoteSearchTest extends SearchContractTest {
    private Fuseki fuseki;

    @Override
    GraphStore newStore() {
        fuseki = Fuseki.start();
        return RemoteStore.connect(URI.create(fuseki.url()), null);
    }

    @AfterEach
    void stopFuseki() {
        fuseki.close();
    }

    @Test
    void a_new_process_reads_the_index_from_what_the_store_holds() {
        store.putArticle(irishRegulator(), List.of());
        try (GraphStore again = RemoteStore.connect(URI.create(fuseki.url()), null)) {
            Results found = service(again).search("Irish regulator", 10);
            assertEquals(List.of(IRELAND), articleIris(found));
            assertEquals(List.of("data-protection-commission regulates meta-platforms"), facts(found));
        }
    }
}
