package dev.techkg.web;

import dev.techkg.app.AccessPolicy;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps pages of other sites from driving the server through a user's browser.
 *
 * <p>Writes (any method but GET, HEAD and OPTIONS) are accepted from the server's own pages and from
 * clients that are not browsers: a request whose {@code Origin} is not the server's own, or whose
 * {@code Sec-Fetch-Site} is neither {@code same-origin} nor {@code none}, is refused with 403. A POST that a
 * page could send without a CORS preflight (a multipart or URL-encoded form) must moreover carry a
 * header no such page can add: {@code X-Requested-With} (any value) or {@code Authorization}. The site's
 * own pages send it; {@code curl -H 'X-Requested-With: curl'} does too.
 *
 * <p>Reads of the query endpoints are shared, by CORS, with the origins of the {@link AccessPolicy}: by default
 * with the server's own origin only, with every page when the policy says {@code *}.
 *
 * <p>The server's own origin is the one the Host header names (checked by {@link HostGuard} first); the scheme
 * is not compared, so a TLS proxy in front of the server changes nothing. Immutable and thread-safe.
 */
final class OriginGuard {
    /** The header the site's pages send with writes, which a page of another site cannot send without a preflight. */
    static final String REQUEST_HEADER = "X-Requested-With";
    /** The bodies a form of another site can send, which the server reads (others are refused with 415 anyway). */
    private static final Set<String> FORM_BODIES = Set.of("multipart/form-data", "application/x-www-form-urlencoded");

    private final AccessPolicy policy;

    OriginGuard(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Before a write route: refuses a write from another site's page. */
    void checkWrite(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(ctx, origin)) {
            throw new HttpError(403, "Cross-origin write refused",
                    "Uploads and deletes are accepted from this server's own pages only, not from " + origin);
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new HttpError(403, "Cross-site write refused", "Uploads and deletes are accepted from this server's own pages only");
        }
        boolean simple = method.equals("POST") && FORM_BODIES.contains(MediaTypes.base(ctx.contentType()));
        if (simple && isBlank(ctx.header(REQUEST_HEADER)) && isBlank(ctx.header("Authorization"))) {
            throw new HttpError(403, "Missing header " + REQUEST_HEADER,
                    "A " + (ctx.contentType() == null ? "body" : MediaTypes.base(ctx.contentType())) + " upload must carry '" + REQUEST_HEADER
                            + ": <any value>' (for example curl -H '" + REQUEST_HEADER + ": curl' …), so that other sites' pages cannot send it");
        }
    }

    /** Before a read route of the query endpoints: the CORS header for the origins allowed to read. */
    void shareReads(Context ctx) {
        if (policy.anyOrigin()) {
            ctx.header("Access-Control-Allow-Origin", "*");
            return;
        }
        MediaTypes.vary(ctx.res(), "Origin");
        String origin = ctx.header("Origin");
        if (origin != null && (sameOrigin(ctx, origin) || policy.corsOrigins().contains(origin.toLowerCase(Locale.ROOT)))) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    /** Whether the Origin header names the host (and port) the request was sent to. */
    private static boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.header("Host");
        if (host == null || origin.equals("null")) {
            return false;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        int scheme = o.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String authority = o.substring(scheme + 3);
        String h = host.strip().toLowerCase(Locale.ROOT);
        return authority.equals(h) || authority.equals(withoutDefaultPort(h, o.substring(0, scheme)));
    }

    private static String withoutDefaultPort(String host, String scheme) {
        String port = scheme.equals("https") ? ":443" : ":80";
        return host.endsWith(port) ? host.substring(0, host.length() - port.length()) : host;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
