package dev.techkg.web;

/**
 * How the server runs.
 *
 * @param host                the address to bind (default 127.0.0.1)
 * @param port                the port (0: any free port)
 * @param queryTimeoutSeconds how long one SPARQL query may run
 * @param maxRows             the most rows or triples one query answer holds
 * @param updateToken         the Bearer token of /update, or null for no /update at all
 * @param allowPrivateUrls    whether uploads by URL may fetch from private and loopback addresses
 * @param workers             ingest jobs running at once
 */
public record ServerSettings(String host, int port, long queryTimeoutSeconds, long maxRows, String updateToken,
                             boolean allowPrivateUrls, int workers) {
    /** The defaults: 127.0.0.1:7070, 30 s, 100 000 rows, no /update, public URLs only, 2 workers. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 7070, 30, 100_000, null, false, 2);
    }
}
