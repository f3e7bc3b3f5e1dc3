package dev.techkg.web;

import dev.techkg.app.BindAddress;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose Host header names a host the server does not answer to, so that a page of
 * another site cannot reach it by DNS rebinding (its name made to resolve to 127.0.0.1): the browser then
 * sends that site's name as Host. Accepted: {@code localhost} and its subdomains, any IP literal (it cannot
 * be rebound), the bind address, and the names given with {@code --host}. A request without a Host header
 * (HTTP/1.0, not a browser) passes. Immutable and thread-safe.
 */
final class HostGuard {
    private final Set<String> names;

    HostGuard(String bindHost, List<String> extraNames) {
        Set<String> all = new HashSet<>(extraNames);
        all.add("localhost");
        all.add(BindAddress.unbracketed(bindHost).toLowerCase(Locale.ROOT));
        this.names = Set.copyOf(all);
    }

    /** @throws HttpError 421 when the Host header names another host */
    void check(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || header.isEmpty()) {
            return;
        }
        String host = hostOf(header);
        if (!accepts(host)) {
            throw new HttpError(421, "This server does not answer to the host name '" + host + "'",
                    "It answers to localhost, IP addresses and the names given with --host (start it with --host " + host
                            + " if that name is meant to reach it)");
        }
    }

    boolean accepts(String host) {
        return names.contains(host) || host.endsWith(".localhost") || BindAddress.literal(host) != null;
    }

    /** The host of a Host header, lower-case, without port and brackets. */
    static String hostOf(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
