package dev.techkg.query;

import dev.techkg.store.GraphStore;
import dev.techkg.store.RemoteStore;
import dev.techkg.testing.Fuseki;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;

/**
 * Index freshness over a real Fuseki server on 127.0.0.1: article writes and deletes through the store are read again
 * graph by graph, updates and loads make the index read again whole.
 */
class RemoteIndexFreshnessTest extends IndexFreshnessContractTest {
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
}
