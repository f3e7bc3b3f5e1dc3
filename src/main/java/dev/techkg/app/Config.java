package dev.techkg.app;

import dev.techkg.TechKgException;
import dev.techkg.store.RemoteStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * The settings every command shares, parsed once from flags and environment.
 *
 * @param store where the graph lives
 * @param spool where the server keeps accepted uploads until ingested, or null for the default
 *              ({@link #spoolFolder()})
 */
public record Config(StoreLocation store, Path spool) {
    /** The environment variable that overrides the default store (a folder or a dataset URL). */
    public static final String STORE_ENV = "TECHKG_STORE";
    /** The user name for a remote store that asks for basic authentication. */
    public static final String USER_ENV = "TECHKG_STORE_USER";
    /** The password that goes with {@link #USER_ENV}. */
    public static final String PASSWORD_ENV = "TECHKG_STORE_PASSWORD";
    /** The SPARQL Update URL of a remote store that does not take updates at the store URL. */
    public static final String UPDATE_URL_ENV = "TECHKG_STORE_UPDATE_URL";
    /** The Graph Store Protocol URL of a remote store that does not answer it at the store URL. */
    public static final String GSP_URL_ENV = "TECHKG_STORE_GSP_URL";
    /** The folder under which a server over a remote store keeps its spool ({@code ./data} when unset). */
    public static final String HOME_ENV = "TECHKG_HOME";
    /** The store folder when neither --store nor the environment names one. */
    public static final Path DEFAULT_STORE = Path.of("data", "store");

    public Config {
        java.util.Objects.requireNonNull(store, "store");
    }

    /** A TDB2 store in this folder, with the default spool beside it. */
    public Config(Path folder) {
        this(new StoreLocation.Folder(folder), null);
    }

    /**
     * The settings from the command line and the environment.
     *
     * @param explicitStore the {@code --store} value (a folder or an http(s) dataset URL), or null
     * @param explicitSpool the {@code --spool} value, or null
     */
    public static Config resolve(String explicitStore, Path explicitSpool, Map<String, String> environment) {
        String fromEnv = environment.get(STORE_ENV);
        String store = explicitStore != null ? explicitStore
                : fromEnv != null && !fromEnv.isBlank() ? fromEnv : DEFAULT_STORE.toString();
        Path home = environment.get(HOME_ENV) == null || environment.get(HOME_ENV).isBlank() ? null : Path.of(environment.get(HOME_ENV));
        StoreLocation location = StoreLocation.parse(store, nonBlank(environment.get(UPDATE_URL_ENV)),
                nonBlank(environment.get(GSP_URL_ENV)), credentials(environment));
        Path spool = explicitSpool != null || !(location instanceof StoreLocation.Remote) ? explicitSpool
                : (home != null ? home : Path.of("data")).resolve("remote-spool");
        return new Config(location, spool);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Basic-auth credentials from the environment: both variables, or neither. */
    static RemoteStore.Credentials credentials(Map<String, String> environment) {
        String user = environment.get(USER_ENV);
        String password = environment.get(PASSWORD_ENV);
        boolean hasUser = user != null && !user.isEmpty();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasUser != hasPassword) {
            throw new TechKgException("Set both $" + USER_ENV + " and $" + PASSWORD_ENV + " for a store that needs a login, or neither"
                    + " (only $" + (hasUser ? USER_ENV : PASSWORD_ENV) + " is set)");
        }
        return hasUser ? new RemoteStore.Credentials(user, password) : null;
    }

    /**
     * Where accepted uploads wait until ingested: the {@code --spool} folder; else, for a TDB2 store, a folder
     * beside it ({@code <store>-spool}); for a remote store, {@code $TECHKG_HOME/remote-spool} or
     * {@code ./data/remote-spool}.
     */
    public Path spoolFolder() {
        if (spool != null) {
            return spool;
        }
        if (store instanceof StoreLocation.Folder folder) {
            Path path = folder.path().toAbsolutePath().normalize();
            return path.resolveSibling(path.getFileName() + "-spool");
        }
        return Path.of("data", "remote-spool");
    }
}
