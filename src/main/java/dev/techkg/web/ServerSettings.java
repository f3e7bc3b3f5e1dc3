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

    /** Whether the bind address is reachable from this machine only. */
    public boolean loopbackOnly() {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.startsWith("127.");
    }

    /**
     * Checks the combination: a server reachable from other machines must protect its writes with an API
     * token, or be read-only.
     *
     * @throws IllegalArgumentException saying what to add
     */
    public ServerSettings validated() {
        if (!loopbackOnly() && apiToken == null && !readOnly) {
            throw new IllegalArgumentException("Refusing to listen on " + host + " without protection: uploads and deletes would be "
                    + "open to the network. Give --api-token TOKEN (write requests then need 'Authorization: Bearer TOKEN') or --read-only");
        }
        if (apiToken != null && apiToken.length() < 16) {
            throw new IllegalArgumentException("--api-token must be at least 16 characters long");
        }
        return this;
    }
}
