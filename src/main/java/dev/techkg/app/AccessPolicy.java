package dev.techkg.app;

import java.util.List;
import java.util.Locale;

/**
 * Which browsers and names the server answers: the extra host names it answers to besides loopback, its
 * bind address and IP literals ({@code --host}), and the origins whose pages may read the query endpoints
 * ({@code --cors-origin}). Immutable.
 *
 * @param hosts       extra names the Host header may carry (lower-case, without port); empty for none
 * @param corsOrigins origins ({@code scheme://host[:port]}) whose pages may read {@code /sparql} and {@code /rdf};
 *                    empty for the server's own origin only, {@code "*"} for any page (a public read-only endpoint)
 */
public record AccessPolicy(List<String> hosts, List<String> corsOrigins) {
    public AccessPolicy {
        hosts = hosts.stream().map(AccessPolicy::hostName).toList();
        corsOrigins = corsOrigins.stream().map(AccessPolicy::origin).toList();
    }

    /** The defaults: loopback names, the bind address and IP literals only; no other origin reads. */
    public static AccessPolicy defaults() {
        return new AccessPolicy(List.of(), List.of());
    }

    /** Whether any page may read the query endpoints. */
    public boolean anyOrigin() {
        return corsOrigins.contains("*");
    }

    private static String hostName(String name) {
        String h = name.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || !h.matches("[a-z0-9.\\-\\[\\]:]+") || h.contains("/")) {
            throw new IllegalArgumentException("Not a host name for --host: '" + name + "' (give a name such as kg.example.org, no scheme or port)");
        }
        return h;
    }

    private static String origin(String value) {
        String o = value.strip().toLowerCase(Locale.ROOT);
        if (o.equals("*")) {
            return o;
        }
        if (!o.matches("https?://[a-z0-9.\\-\\[\\]:]+")) {
            throw new IllegalArgumentException("Not an origin for --cors-origin: '" + value
                    + "' (give scheme://host[:port] such as https://tools.example.org, or * for any page)");
        }
        return o;
    }
}
