package dev.techkg.store;

import dev.techkg.testing.Fuseki;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;

/** The store contract against a real Apache Jena Fuseki server on 127.0.0.1, over HTTP. */
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
}
