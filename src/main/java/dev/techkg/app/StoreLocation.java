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
     * A dataset on a SPARQL server: SPARQL Query, SPARQL Update and the Graph Store Protocol at its URL (as an
     * Apache Jena Fuseki dataset answers them), or at three URLs of their own.
     *
     * @param endpoints   http(s) URLs without user info, query or fragment
     * @param credentials basic-auth credentials, or null
     */
    record Remote(RemoteStore.Endpoints endpoints, RemoteStore.Credentials credentials) implements StoreLocation {}

    /**
     * Reads a {@code --store} value: an {@code http://} or {@code https://} URL names a remote dataset,
     * anything else a folder.
     *
     * @param update      the SPARQL Update URL of a server that does not take updates at the store URL, or null
     * @param gsp         its Graph Store Protocol URL likewise, or null
     * @param credentials used for a remote dataset; may be null
     * @throws TechKgException naming the value when it looks like a URL but is not a usable one
     */
    static StoreLocation parse(String value, String update, String gsp, RemoteStore.Credentials credentials) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.matches("[a-z][a-z0-9+.-]+://.*")) {
                throw new TechKgException("Unsupported store '" + value + "': give a folder, or the http(s) URL of a SPARQL dataset "
                        + "such as http://127.0.0.1:3030/techkg");
            }
            if (update != null || gsp != null) {
                throw new TechKgException("$" + Config.UPDATE_URL_ENV + " and $" + Config.GSP_URL_ENV + " are for a remote store; "
                        + "the store '" + value + "' is a folder");
            }
            return new Folder(Path.of(v));
        }
        URI query = url(value, "The store URL");
        if (query.getRawPath() == null || query.getRawPath().isEmpty() || query.getRawPath().equals("/")) {
            throw new TechKgException("The store URL '" + value + "' names no dataset; add its path, e.g. http://"
                    + query.getHost() + (query.getPort() < 0 ? "" : ":" + query.getPort()) + "/techkg");
        }
        return new Remote(new RemoteStore.Endpoints(query, update == null ? query : url(update, "$" + Config.UPDATE_URL_ENV),
                gsp == null ? query : url(gsp, "$" + Config.GSP_URL_ENV)), credentials);
    }

    /** An http(s) URL with a host, no credentials, no query and no fragment. */
    private static URI url(String value, String what) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new TechKgException(what + " '" + value + "' is not an http(s) URL");
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new TechKgException(what + " '" + value + "' is not a URL (" + e.getReason()
                    + "); give e.g. http://127.0.0.1:3030/techkg");
        }
        if (uri.getHost() == null) {
            throw new TechKgException(what + " '" + value + "' has no host; give e.g. http://127.0.0.1:3030/techkg");
        }
        if (uri.getRawUserInfo() != null) {
            // A password in a URL ends up in shell history, process lists and log lines.
            throw new TechKgException(what + " '" + uri.getScheme() + "://…@" + uri.getHost()
                    + "…' carries credentials; put them in $" + Config.USER_ENV + " and $" + Config.PASSWORD_ENV + " instead");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new TechKgException(what + " '" + value + "' must be the endpoint itself, without ?query or #fragment, "
                    + "e.g. http://127.0.0.1:3030/techkg");
        }
        return uri;
    }
}
