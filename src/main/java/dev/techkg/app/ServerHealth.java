package dev.techkg.app;

import dev.techkg.index.GraphIndexCache;
import dev.techkg.store.GraphStore;
import dev.techkg.web.WebServer;
import java.util.function.BooleanSupplier;

/** What {@code /health} reports: the store, whether the NLP models are loaded, and the state of the graph index. */
final class ServerHealth implements WebServer.Health {
    private final GraphStore store;
    private final BooleanSupplier modelsLoaded;
    private final GraphIndexCache index;

    ServerHealth(GraphStore store, BooleanSupplier modelsLoaded, GraphIndexCache index) {
        this.store = store;
        this.modelsLoaded = modelsLoaded;
        this.index = index;
    }

    @Override
    public String store() {
        return store.describe();
    }

    @Override
    public boolean modelsLoaded() {
        return modelsLoaded.getAsBoolean();
    }

    @Override
    public String index() {
        return switch (index.state()) {
            case READY -> "ready";
            case READING -> "reading (entity and graph requests wait for it)";
            case NOT_READ -> index.failure().map(f -> "not read: " + f + " (the next entity or graph request reads it again)")
                    .orElse("not read yet");
        };
    }
}
