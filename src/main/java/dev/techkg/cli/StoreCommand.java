package dev.techkg.cli;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A command that works on a store: {@code --store DIR}, {@code $TECHKG_STORE}, or {@code ./data/store}. */
abstract class StoreCommand implements Callable<Integer> {
    Main.Context context;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store folder (default: $TECHKG_STORE, else ./data/store).")
    Path store;

    @Override
    public final Integer call() throws Exception {
        Config config = new Config(Config.resolveStore(store, context.environment()));
        try (Wiring wiring = context.wiring().apply(config)) {
            return run(wiring);
        }
    }

    abstract int run(Wiring wiring) throws Exception;
}
