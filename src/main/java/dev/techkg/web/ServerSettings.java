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
 * @param apiToken            the Bearer token write requests (upload, delete) must carry, or null for none
 * @param readOnly            whether write requests are refused altogether
 */
public record ServerSettings(String host, int port, long queryTimeoutSeconds, long maxRows, String updateToken,
                             boolean allowPrivateUrls, int workers, String apiToken, boolean readOnly) {
    /** The defaults: 127.0.0.1:7070, 30 s, 100 000 rows, no /update, public URLs only, 2 workers, open writes. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 7070, 30, 100_000, null, false, 2, null, false);
    }

    /** Whether the bind address is reachable from this machine only (a name is resolved: see {@link BindAddress}). */
    public boolean loopbackOnly() {
        return BindAddress.loopbackOnly(host, BindAddress.SYSTEM);
    }

    /**
     * Checks the combination: a server reachable from other machines must protect its writes with an API
     * token, or be read-only.
     *
     * @throws IllegalArgumentException saying what to add
     */
    public ServerSettings validated() {
        return validated(BindAddress.SYSTEM);
    }

    /** As {@link #validated()}, resolving a bind name with this resolver. */
    ServerSettings validated(dev.techkg.article.UrlFetcher.Resolver resolver) {
        if (!BindAddress.loopbackOnly(host, resolver) && apiToken == null && !readOnly) {
            throw new IllegalArgumentException("Refusing to listen on " + host + " without protection: uploads and deletes would be "
                    + "open to the network. Give --api-token TOKEN (write requests then need 'Authorization: Bearer TOKEN') or --read-only");
        }
        if (apiToken != null && apiToken.length() < 16) {
            throw new IllegalArgumentException("--api-token must be at least 16 characters long");
        }
        return this;
    }
}
