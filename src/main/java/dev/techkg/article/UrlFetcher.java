package dev.techkg.article;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches an article from a URL under a fetch policy that keeps the server from being used against its
 * own network (server-side request forgery): only http and https; the host is resolved and every
 * address checked, so loopback, private, link-local (cloud metadata), unique-local, multicast and
 * unspecified addresses are refused unless private addresses are explicitly allowed; the connection goes
 * to the addresses that were checked (no second DNS lookup that could answer differently); redirects (at
 * most five) are checked again at each hop; the response is capped in size and time and must be HTML or
 * text. Thread-safe.
 */
public final class UrlFetcher {
    /** The most bytes read from a response. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** How long one fetch may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 5;

    /** Resolves a host name to all its addresses. */
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Sends one GET without following redirects, connecting only to the given (checked) addresses. */
    public interface Transport {
        Response get(URI uri, List<InetAddress> addresses) throws IOException, InterruptedException;

        /**
         * As {@link #get(URI, List)}, with request headers (a feed poll's If-None-Match and If-Modified-Since, an Accept
         * for feeds). A transport that sends none may leave this alone: the server then answers in full.
         */
        default Response get(URI uri, List<InetAddress> addresses, Map<String, String> headers) throws IOException, InterruptedException {
            return get(uri, addresses);
        }
    }

    /**
     * What a server answered: status, content type, redirect target, at most {@link #MAX_BYTES} of body, and the
     * validators a conditional request may send back ({@code ETag}, {@code Last-Modified}; null when absent).
     */
    public record Response(int status, String contentType, String location, byte[] body, String etag, String lastModified) {
        /** An answer without validators. */
        public Response(int status, String contentType, String location, byte[] body) {
            this(status, contentType, location, body, null, null);
        }
    }

    /**
     * A resource fetched under the policy, before it is read as an article or a feed.
     *
     * @param uri          where it was found at last (after redirects)
     * @param notModified  whether the server answered 304 to a conditional request (the body is empty then)
     * @param contentType  the stated content type, lower case, or "" when none
     * @param etag         the validator to send back as If-None-Match, or null
     * @param lastModified the validator to send back as If-Modified-Since, or null
     */
    public record Fetched(URI uri, boolean notModified, String contentType, byte[] body, String etag, String lastModified) {}

    /** The Accept header of a request for a page or a feed: pages, text, and the feed types. */
    public static final String ACCEPT_PAGE_OR_FEED = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8";

    private final Resolver resolver;
    private final Transport transport;
    private final boolean allowPrivate;
    private final ArticleReader reader;

    public UrlFetcher(Resolver resolver, Transport transport, boolean allowPrivate, ArticleReader reader) {
        this.resolver = resolver;
        this.transport = transport;
        this.allowPrivate = allowPrivate;
        this.reader = reader;
    }

    /** A fetcher using the system's DNS and Jetty's HTTP client, pinned to the checked addresses. */
    public static UrlFetcher standard(boolean allowPrivate, ArticleReader reader) {
        return new UrlFetcher(host -> List.of(InetAddress.getAllByName(host)), new Transport() {
            @Override
            public Response get(URI uri, List<InetAddress> addresses) throws IOException, InterruptedException {
                return jettyGet(uri, addresses, Map.of());
            }

            @Override
            public Response get(URI uri, List<InetAddress> addresses, Map<String, String> headers) throws IOException, InterruptedException {
                return jettyGet(uri, addresses, headers);
            }
        }, allowPrivate, reader);
    }

    private static Response jettyGet(URI uri, List<InetAddress> addresses, Map<String, String> headers) throws IOException, InterruptedException {
        HttpClient client = new HttpClient();
        client.setFollowRedirects(false);
        client.setConnectTimeout(TIMEOUT.toMillis());
        // The client asks this resolver instead of DNS: it can only reach what the policy checked.
        client.setSocketAddressResolver((host, port, context, promise) ->
                promise.succeeded(addresses.stream().map(a -> new InetSocketAddress(a, port)).toList()));
        try {
            client.start();
            Request request = client.newRequest(uri).method(HttpMethod.GET).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .headers(h -> h.put(HttpHeader.ACCEPT, "text/html,application/xhtml+xml,text/plain;q=0.8")
                            .put(HttpHeader.USER_AGENT, "TechKG/0.1 (+https://w3id.org/techkg)"));
            request.headers(h -> headers.forEach(h::put));
            ContentResponse response = new CompletableResponseListener(request, MAX_BYTES).send()
                    .get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
            String type = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
            return new Response(response.getStatus(), type == null ? "" : type, response.getHeaders().get(HttpHeader.LOCATION),
                    response.getContent(), response.getHeaders().get(HttpHeader.ETAG), response.getHeaders().get(HttpHeader.LAST_MODIFIED));
        } catch (ExecutionException e) {
            String reason = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (reason.toLowerCase(Locale.ROOT).contains("capacity")) {
                return new Response(200, "", null, new byte[MAX_BYTES + 1]); // over the limit: reported by fetch()
            }
            throw new IOException(reason, e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            try {
                client.stop();
            } catch (Exception e) {
                // nothing left to release
            }
        }
    }

    /** The transport this fetcher sends requests with. */
    public Response transport(URI uri, List<InetAddress> addresses) throws IOException, InterruptedException {
        return transport.get(uri, addresses);
    }

    /**
     * Checks a URL against the policy without fetching it.
     *
     * @return the URI, normalised
     * @throws ArticleException saying why the URL is refused
     */
    public URI check(String url) {
        return checked(url).uri();
    }

    /**
     * Checks a URL against the policy without fetching it, for other outbound requests that must follow the same
     * rules (allowed SPARQL SERVICE calls).
     *
     * @return the addresses its host resolved to, all allowed: connect to these, not to a second lookup's answer
     * @throws ArticleException saying why the URL is refused
     */
    public List<InetAddress> allowedAddresses(String url) {
        return checked(url).addresses();
    }

    /** A URL that passed the policy, with the addresses its host resolved to. */
    private record Checked(URI uri, List<InetAddress> addresses) {}

    private Checked checked(String url) {
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (Exception e) {
            throw new ArticleException("Not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleException("Only http and https URLs can be fetched, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new ArticleException("The URL has no host: " + url);
        }
        if (uri.getUserInfo() != null) {
            throw new ArticleException("URLs with user names or passwords are not fetched: " + url);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new ArticleException("Cannot resolve the host " + host);
        }
        if (addresses.isEmpty()) {
            throw new ArticleException("Cannot resolve the host " + host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String reason = forbidden(address);
                if (reason != null) {
                    throw new ArticleException("Refusing to fetch " + url + ": " + host + " resolves to " + address.getHostAddress()
                            + ", a " + reason + " address (give --allow-private-urls to serve or ingest to allow it)");
                }
            }
        }
        return new Checked(uri, List.copyOf(addresses));
    }

    /**
     * Why an address may not be fetched from, or null when it may. An IPv6 address that carries an IPv4
     * address (IPv4-mapped and IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, Teredo
     * {@code 2001::/32}) is judged by the IPv4 address it leads to.
     */
    static String forbidden(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            String embedded = embeddedIpv4(b);
            if (embedded != null) {
                return embedded;
            }
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return "unique-local";
        }
        if (address instanceof Inet6Address && (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B && (b[4] & 0xFF) == 0x00 && (b[5] & 0xFF) == 0x01) {
            return "local-use NAT64";
        }
        if (address instanceof Inet4Address) {
            return forbiddenIpv4(b);
        }
        return null;
    }

    /** The reason an IPv4 address outside Java's own categories is refused, or null. */
    private static String forbiddenIpv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if (first == 100 && (second & 0xC0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (first == 0) {
            return "unspecified";
        }
        if (first == 198 && (second & 0xFE) == 18) {
            return "benchmarking (198.18.0.0/15)";
        }
        if (first >= 240) {
            return "reserved (240.0.0.0/4)";
        }
        if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
            return "IETF protocol (192.0.0.0/24)";
        }
        return null;
    }

    /**
     * For an IPv6 address that stands for an IPv4 address, why that IPv4 address is refused (or null when it
     * is not); null as well for an address that carries none.
     */
    private static String embeddedIpv4(byte[] b) {
        List<byte[]> carried = new java.util.ArrayList<>();
        if (zero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF))
                && !(zero(b, 10, 15) && (b[15] == 0 || b[15] == 1))) {
            carried.add(java.util.Arrays.copyOfRange(b, 12, 16)); // ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped)
        } else if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && zero(b, 4, 12)) {
            carried.add(java.util.Arrays.copyOfRange(b, 12, 16)); // NAT64 well-known prefix 64:ff9b::/96
        } else if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            carried.add(java.util.Arrays.copyOfRange(b, 2, 6)); // 6to4 2002:a.b.c.d::/48
        } else if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && b[2] == 0 && b[3] == 0) {
            carried.add(java.util.Arrays.copyOfRange(b, 4, 8)); // Teredo: the server, and the client (inverted)
            byte[] client = java.util.Arrays.copyOfRange(b, 12, 16);
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            carried.add(client);
        } else {
            return null;
        }
        for (byte[] v4 : carried) {
            try {
                String reason = forbidden(InetAddress.getByAddress(v4));
                if (reason != null) {
                    return reason + " (IPv4 inside IPv6)";
                }
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e); // four bytes are always an address
            }
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fetches the URL and reads it as an article.
     *
     * @throws ArticleException naming the URL and the reason when the policy refuses it, the server fails,
     *                          the content is too big, not HTML or text, or has no readable text
     */
    public Article fetch(String url) {
        return fetch(url, null);
    }

    /**
     * As {@link #fetch(String)}, with the title a page without one gets (a feed item's); null for the URL's host.
     */
    public Article fetch(String url, String fallbackTitle) {
        return article(url, get(url, Map.of()), fallbackTitle);
    }

    /**
     * Fetches a page or a feed under the policy without reading it: redirects followed and checked, status and size
     * checked. With {@code If-None-Match} or {@code If-Modified-Since} among the headers, a 304 answer is a
     * {@link Fetched#notModified()} result.
     *
     * @param headers request headers besides the fetcher's own (an {@code Accept} given here replaces its default)
     * @throws ArticleException naming the URL and the reason when the policy refuses it, the server fails or the content is too big
     */
    public Fetched get(String url, Map<String, String> headers) {
        Checked target = checked(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            URI uri = target.uri();
            Response response;
            try {
                response = transport.get(uri, target.addresses(), headers);
            } catch (IOException e) {
                throw new ArticleException("Cannot fetch " + uri + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArticleException("Fetching " + uri + " was interrupted", e);
            }
            if (response.status() >= 300 && response.status() < 400 && response.location() != null) {
                target = checked(uri.resolve(response.location()).toString());
                continue;
            }
            if (response.status() == 304 && (headers.containsKey("If-None-Match") || headers.containsKey("If-Modified-Since"))) {
                return new Fetched(uri, true, "", new byte[0], response.etag(), response.lastModified());
            }
            if (response.status() != 200) {
                throw new ArticleException("Fetching " + uri + " failed: the server answered " + response.status());
            }
            if (response.body().length > MAX_BYTES) {
                throw new ArticleException(uri + " is larger than the limit of " + MAX_BYTES + " bytes");
            }
            return new Fetched(uri, false, response.contentType().toLowerCase(Locale.ROOT), response.body(), response.etag(),
                    response.lastModified());
        }
        throw new ArticleException("Fetching " + url + " followed more than " + MAX_REDIRECTS + " redirects");
    }

    /**
     * Reads a fetched page as an article whose source is the URL as the user gave it, so giving it again finds the
     * same article.
     *
     * @throws ArticleException when the content is not HTML or text, or has no readable text
     */
    public Article article(String url, Fetched page) {
        return article(url, page, null);
    }

    private Article article(String url, Fetched page, String titleIfNone) {
        String source = url.strip();
        String fallbackTitle = titleIfNone == null || titleIfNone.isBlank() ? page.uri().getHost() : titleIfNone;
        String type = page.contentType();
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            return reader.parseHtml(page.body(), source, fallbackTitle);
        }
        if (type.startsWith("text/plain")) {
            return reader.parseText(page.body(), source, fallbackTitle);
        }
        throw new ArticleException(page.uri() + " is " + (type.isEmpty() ? "of no stated type" : "'" + type + "'") + ", not an HTML page or text");
    }
}
