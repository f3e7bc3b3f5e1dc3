package dev.techkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fetch policy, with a stub resolver and a transport that fails the test if it is ever asked to
 * connect; and the happy path against a local server on 127.0.0.1, loopback allowed for that test only.
 */
class UrlFetcherTest {
    private static final UrlFetcher.Transport NEVER = (uri, addresses) -> {
        throw new AssertionError("the policy let a request through to " + uri);
    };

    private static UrlFetcher.Resolver resolvingTo(String... addresses) {
        return host -> {
            List<InetAddress> result = new ArrayList<>();
            for (String address : addresses) {
                result.add(InetAddress.getByName(address)); // IP literals: no DNS lookup happens
            }
            return result;
        };
    }

    private static String refusal(String url, String... addresses) {
        UrlFetcher fetcher = new UrlFetcher(resolvingTo(addresses), NEVER, false, new ArticleReader());
        return assertThrows(ArticleException.class, () -> fetcher.fetch(url)).getMessage();
    }

    @Test
    void private_loopback_link_local_and_other_internal_addresses_are_refused_before_any_connection() {
        assertTrue(refusal("http://intranet.example/news", "10.1.2.3").contains("a private address"));
        assertTrue(refusal("http://intranet.example/news", "172.16.0.9").contains("a private address"));
        assertTrue(refusal("http://intranet.example/news", "192.168.1.1").contains("a private address"));
        assertTrue(refusal("http://localhost/news", "127.0.0.1").contains("loopback"));
        assertTrue(refusal("http://metadata.example/latest", "169.254.169.254").contains("link-local"));
        assertTrue(refusal("http://v6.example/", "fd12:3456::1").contains("unique-local"));
        assertTrue(refusal("http://v6.example/", "fe80::1").contains("link-local"));
        assertTrue(refusal("http://v6.example/", "::1").contains("loopback"));
        assertTrue(refusal("http://zero.example/", "0.0.0.0").contains("unspecified"));
        assertTrue(refusal("http://multi.example/", "224.0.0.1").contains("multicast"));
        // One bad address among good ones is enough to refuse: the connection could go to any of them.
        assertTrue(refusal("http://mixed.example/", "93.184.216.34", "10.0.0.1").contains("10.0.0.1"));
    }

    @Test
    void private_addresses_inside_ipv6_forms_are_refused() {
        // IPv4-compatible, NAT64, 6to4 and Teredo addresses lead to the IPv4 address they carry.
        assertTrue(refusal("http://v6.example/", "::7f00:1").contains("loopback (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "::10.0.0.1").contains("private (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "64:ff9b::7f00:1").contains("loopback (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "64:ff9b::a9fe:a9fe").contains("link-local (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "64:ff9b:1::1").contains("local-use NAT64"));
        assertTrue(refusal("http://v6.example/", "2002:7f00:1::1").contains("loopback (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "2002:c0a8:101::1").contains("private (IPv4 inside IPv6)"));
        // Teredo: the client's address is stored inverted (~127.0.0.1 = 80ff:fffe).
        assertTrue(refusal("http://v6.example/", "2001:0:5db8:1a2b:0:0:80ff:fffe").contains("loopback (IPv4 inside IPv6)"));
        assertTrue(refusal("http://v6.example/", "2001:0:a00:1::1").contains("private (IPv4 inside IPv6)"));
    }

    @Test
    void benchmarking_reserved_and_protocol_assignment_ranges_are_refused() {
        assertTrue(refusal("http://bench.example/", "198.18.0.1").contains("benchmarking"));
        assertTrue(refusal("http://bench.example/", "198.19.255.254").contains("benchmarking"));
        assertTrue(refusal("http://reserved.example/", "240.0.0.1").contains("reserved"));
        assertTrue(refusal("http://reserved.example/", "255.255.255.255").contains("reserved"));
        assertTrue(refusal("http://ietf.example/", "192.0.0.8").contains("IETF protocol"));
        assertTrue(refusal("http://v6.example/", "64:ff9b::c612:1").contains("benchmarking (198.18.0.0/15) (IPv4 inside IPv6)"));
    }

    @Test
    void public_addresses_and_their_ipv6_forms_pass_the_policy() throws Exception {
        for (String address : List.of("93.184.216.34", "198.17.255.1", "198.20.0.1", "192.0.1.1", "223.255.255.254",
                "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "2001:0:5db8:d822::a247:2ddd")) {
            assertEquals(null, UrlFetcher.forbidden(InetAddress.getByName(address)), address); // literals: no DNS lookup
        }
    }

    @Test
    void only_http_and_https_urls_without_credentials_are_fetched() {
        assertTrue(refusal("file:///etc/passwd", "93.184.216.34").contains("Only http and https"));
        assertTrue(refusal("ftp://example.org/x", "93.184.216.34").contains("Only http and https"));
        assertTrue(refusal("http://user:secret@example.org/", "93.184.216.34").contains("user names or passwords"));
        assertTrue(refusal("not a url", "93.184.216.34").contains("Not a valid URL"));
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_at_that_hop() {
        List<URI> requested = new ArrayList<>();
        UrlFetcher.Transport redirecting = (uri, addresses) -> {
            requested.add(uri);
            if (requested.size() > 1) {
                throw new AssertionError("followed the redirect to " + uri);
            }
            return new UrlFetcher.Response(302, "", "http://internal.example/admin", new byte[0]);
        };
        UrlFetcher.Resolver resolver = host -> List.of(InetAddress.getByName(host.equals("internal.example") ? "10.0.0.5" : "93.184.216.34"));
        UrlFetcher fetcher = new UrlFetcher(resolver, redirecting, false, new ArticleReader());
        String message = assertThrows(ArticleException.class, () -> fetcher.fetch("http://public.example/story")).getMessage();
        assertTrue(message.contains("internal.example resolves to 10.0.0.5"), message);
        assertEquals(1, requested.size());
    }

    @Test
    void too_many_redirects_wrong_types_and_errors_are_reported() {
        UrlFetcher.Resolver publicHost = resolvingTo("93.184.216.34");
        UrlFetcher loop = new UrlFetcher(publicHost, (uri, a) -> new UrlFetcher.Response(301, "", uri.toString() + "x", new byte[0]), false, new ArticleReader());
        assertTrue(assertThrows(ArticleException.class, () -> loop.fetch("http://a.example/")).getMessage().contains("more than 5 redirects"));
        UrlFetcher image = new UrlFetcher(publicHost, (uri, a) -> new UrlFetcher.Response(200, "image/png", null, new byte[] {1}), false, new ArticleReader());
        assertTrue(assertThrows(ArticleException.class, () -> image.fetch("http://a.example/")).getMessage().contains("not an HTML page or text"));
        UrlFetcher gone = new UrlFetcher(publicHost, (uri, a) -> new UrlFetcher.Response(404, "text/html", null, new byte[0]), false, new ArticleReader());
        assertTrue(assertThrows(ArticleException.class, () -> gone.fetch("http://a.example/")).getMessage().contains("answered 404"));
    }

    @Test
    void a_page_on_a_local_server_is_fetched_when_private_addresses_are_allowed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><title>Arm news</title><meta property=\"article:published_time\" content=\"2024-03-01\"></head>"
                + "<body><article><h1>Arm news</h1><p>Arm licenses its chip designs to Qualcomm, Apple and many other companies "
                + "around the world, and its architecture runs most smartphones.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/story");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/story", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/old";
            UrlFetcher strict = UrlFetcher.standard(false, new ArticleReader());
            assertTrue(assertThrows(ArticleException.class, () -> strict.fetch(url)).getMessage().contains("loopback"));
            Article article = UrlFetcher.standard(true, new ArticleReader()).fetch(url);
            assertEquals("Arm news", article.title());
            assertEquals("2024-03-01", String.valueOf(article.date()));
            assertTrue(article.text().startsWith("Arm licenses its chip designs"), article.text());
            assertEquals(url, article.source(), "the URL as given");

            // The connection goes to the address the policy checked: a name no DNS knows still reaches the
            // local server because the resolver stub said 127.0.0.1, and nothing looks the name up again.
            UrlFetcher pinned = new UrlFetcher(resolvingTo("127.0.0.1"), UrlFetcher.standard(true, new ArticleReader())::transport,
                    true, new ArticleReader());
            Article viaPinnedAddress = pinned.fetch("http://news.invalid:" + server.getAddress().getPort() + "/story");
            assertEquals("Arm news", viaPinnedAddress.title());
        } finally {
            server.stop(0);
        }
    }
}
