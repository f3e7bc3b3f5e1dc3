package dev.techkg.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * The settings every command shares.
 *
 * @param store the TDB2 store folder
 */
public record Config(Path store) {
    /** The environment variable that overrides the default store folder. */
    public static final String STORE_ENV = "TECHKG_STORE";
    /** The store folder when neither --store nor the environment names one. */
    public static final Path DEFAULT_STORE = Path.of("data", "store");

    /** The store folder: the explicit one, else {@code $TECHKG_STORE}, else {@code ./data/store}. */
    public static Path resolveStore(Path explicit, Map<String, String> environment) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = environment.get(STORE_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : DEFAULT_STORE;
    }
}
