package dev.techkg.app;

/**
 * How the server runs: the options of {@code techkg serve}, each default declared here once.
 *
 * @param host                the address to bind (default {@value #DEFAULT_HOST})
 * @param port                the port (default {@value #DEFAULT_PORT}; 0: any free port)
 * @param queryTimeoutSeconds how long one SPARQL query may run (default {@value #DEFAULT_QUERY_TIMEOUT_SECONDS})
 * @param maxRows             the most rows or triples one query answer holds (default {@value #DEFAULT_MAX_ROWS})
 * @param updateToken         the Bearer token of /update, or null for no /update at all
 * @param allowPrivateUrls    whether uploads by URL may fetch from private and loopback addresses
 * @param workers             ingest jobs running at once (default {@value #DEFAULT_WORKERS})
 * @param apiToken            the Bearer token write requests (upload, delete) must carry, or null for none
 * @param readOnly            whether write requests are refused altogether
 */
public record ServerSettings(String host, int port, long queryTimeoutSeconds, long maxRows, String updateToken,
                             boolean allowPrivateUrls, int workers, String apiToken, boolean readOnly) {
    /** This machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_QUERY_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final int DEFAULT_WORKERS = 2;
    /** The shortest token {@code --api-token} and {@code --update-token} accept. */
    public static final int MIN_TOKEN_LENGTH = 16;

    /**
     * Checks each value and the combination: a server reachable from other machines must protect its writes with
     * an API token, or be read-only.
     *
     * @throws IllegalArgumentException naming the option and the bad value, or saying what to add
     */
    public ServerSettings validated() {
        return validated(BindAddress.SYSTEM);
    }

    /** As {@link #validated()}, resolving a bind name with this resolver. */
    ServerSettings validated(dev.techkg.article.UrlFetcher.Resolver resolver) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        atLeastOne("--query-timeout", queryTimeoutSeconds);
        atLeastOne("--max-rows", maxRows);
        atLeastOne("--workers", workers);
        if (updateToken != null && updateToken.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("--update-token must be at least " + MIN_TOKEN_LENGTH + " characters long");
        }
        if (apiToken != null && apiToken.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("--api-token must be at least " + MIN_TOKEN_LENGTH + " characters long");
        }
        if (!BindAddress.loopbackOnly(host, resolver) && apiToken == null && !readOnly) {
            throw new IllegalArgumentException("Refusing to listen on " + host + " without protection: uploads and deletes would be "
                    + "open to the network. Give --api-token TOKEN (write requests then need 'Authorization: Bearer TOKEN') or --read-only");
        }
        return this;
    }

    /** Refuses a count or duration under 1, naming the option. */
    public static void atLeastOne(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
