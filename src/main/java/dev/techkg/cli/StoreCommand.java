package dev.techkg.cli;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on a store: {@code --store DIR|URL}, {@code $TECHKG_STORE}, or {@code ./data/store}. A URL
 * ({@code http(s)://host:port/dataset}) names a dataset on a SPARQL server.
 */
abstract class StoreCommand implements Callable<Integer> {
    Main.Context context;
    /** The settings this run was given, set before {@link #run}. */
    Config config;
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "The TDB2 store folder, or the URL of a dataset on a SPARQL 1.1 server such as "
                    + "http://127.0.0.1:3030/techkg (default: $TECHKG_STORE, else ./data/store). A server that asks for a "
                    + "login gets $TECHKG_STORE_USER and $TECHKG_STORE_PASSWORD.")
    String store;

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        config = Config.resolve(store != null ? store : parentStore(), spool(), context.environment());
        try (Wiring wiring = context.wiring().apply(config)) {
            return run(wiring);
        }
    }

    /**
     * Checks the options before the store is opened: a wrong value is a wrong command line.
     *
     * @throws CommandLine.ParameterException naming the option and the bad value (exit code 2)
     */
    void checkOptions() {}

    /** The {@code --store} given to a parent command ({@code techkg curate --store DIR reject …}), or null. */
    String parentStore() {
        return null;
    }

    /** The {@code --spool} folder of commands that have one. */
    Path spool() {
        return null;
    }

    abstract int run(Wiring wiring) throws Exception;
}
