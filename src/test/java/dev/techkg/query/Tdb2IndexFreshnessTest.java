package dev.techkg.query;

import dev.techkg.store.GraphStore;
import dev.techkg.store.Tdb2Store;

/** Index freshness over the embedded store, which names the graphs each write changed. */
class Tdb2IndexFreshnessTest extends IndexFreshnessContractTest {
    @Override
    GraphStore newStore() {
        return Tdb2Store.open(temp.resolve("store"));
    }
}
