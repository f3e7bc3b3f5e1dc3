package dev.techkg.store;

import dev.techkg.testing.Fuseki;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract against a server with one URL per protocol, as GraphDB, Virtuoso or Neptune have them:
 * Fuseki's named endpoints {@code /ds/sparql}, {@code /ds/update} and {@code /ds/data}.
 */
class RemoteStoreEndpointsTest extends GraphStoreContractTest {
    private Fuseki fuseki;
    private RemoteStore store;

    @Override
    GraphStore newStore() {
        fuseki = Fuseki.start();
        store = RemoteStore.connect(new RemoteStore.Endpoints(URI.create(fuseki.url() + "/sparql"), URI.create(fuseki.url() + "/update"),
                URI.create(fuseki.url() + "/data")), null);
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
}
