package dev.techkg.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Fetches an article from a URL under a fetch policy that keeps the server from being used against its
 * own network (server-side request forgery): only http and https; the host is resolved and every
 * address checked, so loopback, private, link-local (cloud metadata), unique-local, multicast and
 * unspecified addresses are refused unless private addresses are explicitly allowed; redirects (at most
 * five) are checked again at each hop; the response is capped in size and time and must be HTML or text.
 * Thread-safe.
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

    /** Sends one GET without following redirects. */
    public interface Transport {
        Response get(URI uri) throws IOException, InterruptedException;
    }

    /** What a server answered: status, content type, redirect target and at most {@link #MAX_BYTES} of body. */
    public record Response(int status, String contentType, String location, byte[] body) {}

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

    /** A fetcher using the system's DNS and Java's HTTP client. */
    public static UrlFetcher standard(boolean allowPrivate, ArticleReader reader) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        Transport transport = uri -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
                    .header("User-Agent", "TechKG/0.1 (+https://w3id.org/techkg)").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Location").orElse(null), bytes);
            }
        };
        return new UrlFetcher(host -> List.of(InetAddress.getAllByName(host)), transport, allowPrivate, reader);
    }

    /**
     * Checks a URL against the policy without fetching it.
     *
     * @return the URI, normalised
     * @throws ArticleException saying why the URL is refused
     */
    public URI check(String url) {
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
                            + ", a " + reason + " address (start the server with --allow-private-urls to allow it)");
                }
            }
        }
        return uri;
    }

    /** Why an address may not be fetched from, or null when it may. */
    static String forbidden(InetAddress address) {
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
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC) {
            return "unique-local";
        }
        if (address instanceof Inet4Address && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (address instanceof Inet4Address && (b[0] & 0xFF) == 0) {
            return "unspecified";
        }
        return null;
    }

    /**
     * Fetches the URL and reads it as an article.
     *
     * @throws ArticleException naming the URL and the reason when the policy refuses it, the server fails,
     *                          the content is too big, not HTML or text, or has no readable text
     */
    public Article fetch(String url) {
        URI uri = check(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response response;
            try {
                response = transport.get(uri);
            } catch (IOException e) {
                throw new ArticleException("Cannot fetch " + uri + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArticleException("Fetching " + uri + " was interrupted", e);
            }
            if (response.status() >= 300 && response.status() < 400 && response.location() != null) {
                uri = check(uri.resolve(response.location()).toString());
                continue;
            }
            if (response.status() != 200) {
                throw new ArticleException("Fetching " + uri + " failed: the server answered " + response.status());
            }
            if (response.body().length > MAX_BYTES) {
                throw new ArticleException(uri + " is larger than the limit of " + MAX_BYTES + " bytes");
            }
            String type = response.contentType().toLowerCase(Locale.ROOT);
            // The source is the URL as the user gave it, so giving it again finds the same article.
            String source = url.strip();
            String fallbackTitle = uri.getHost();
            if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
                return reader.parseHtml(response.body(), source, fallbackTitle);
            }
            if (type.startsWith("text/plain")) {
                return reader.parseText(response.body(), source, fallbackTitle);
            }
            throw new ArticleException(uri + " is " + (type.isEmpty() ? "of no stated type" : "'" + type + "'") + ", not an HTML page or text");
        }
        throw new ArticleException("Fetching " + url + " followed more than " + MAX_REDIRECTS + " redirects");
    }
}
