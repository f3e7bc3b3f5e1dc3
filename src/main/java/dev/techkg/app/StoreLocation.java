package dev.techkg.app;

import dev.techkg.TechKgException;
import dev.techkg.store.RemoteStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Where the graph lives: an embedded TDB2 folder, or a remote SPARQL 1.1 dataset given by its URL. */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Remote {

    /**
     * A TDB2 store in a local folder, created on first use.
     *
     * @param path the folder
     */
    record Folder(Path path) implements StoreLocation {}

    /**
     * A dataset on a SPARQL server that answers SPARQL Query, SPARQL Update and the Graph Store Protocol at
     * its URL (as an Apache Jena Fuseki dataset does).
     *
     * @param dataset     the dataset URL, http or https, without user info, query or fragment
     * @param credentials basic-auth credentials, or null
     */
    record Remote(URI dataset, RemoteStore.Credentials credentials) implements StoreLocation {}

    /**
     * Reads a {@code --store} value: an {@code http://} or {@code https://} URL names a remote dataset,
     * anything else a folder.
     *
     * @param credentials used for a remote dataset; may be null
     * @throws TechKgException naming the value when it looks like a URL but is not a usable one
     */
    static StoreLocation parse(String value, RemoteStore.Credentials credentials) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.matches("[a-z][a-z0-9+.-]+://.*")) {
                throw new TechKgException("Unsupported store '" + value + "': give a folder, or the http(s) URL of a SPARQL dataset "
                        + "such as http://127.0.0.1:3030/techkg");
            }
            return new Folder(Path.of(v));
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new TechKgException("The store URL '" + value + "' is not a URL (" + e.getReason()
                    + "); give e.g. http://127.0.0.1:3030/techkg");
        }
        if (uri.getHost() == null) {
            throw new TechKgException("The store URL '" + value + "' has no host; give e.g. http://127.0.0.1:3030/techkg");
        }
        if (uri.getRawUserInfo() != null) {
            // A password in a URL ends up in shell history, process lists and log lines.
            throw new TechKgException("The store URL '" + uri.getScheme() + "://…@" + uri.getHost()
                    + "…' carries credentials; put them in $" + Config.USER_ENV + " and $" + Config.PASSWORD_ENV + " instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new TechKgException("The store URL '" + value + "' must be the dataset itself, without ?query or #fragment, "
                    + "e.g. http://127.0.0.1:3030/techkg");
        }
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")) {
            throw new TechKgException("The store URL '" + value + "' names no dataset; add its path, e.g. http://"
                    + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/techkg");
        }
        return new Remote(uri, credentials);
    }
}
