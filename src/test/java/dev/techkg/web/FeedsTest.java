package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.techkg.app.AccessPolicy;
import dev.techkg.app.Config;
import dev.techkg.app.FeedSettings;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.query.QueryLimits;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Http;
import dev.techkg.testing.SharedAnalyzer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * News feeds end to end: a real HTTP server on 127.0.0.1 serves an RSS 2.0 and an Atom feed (one item with its full
 * text, one pointing at a page, each), a page, and garbage; the real TechKG server polls them into a TDB2 store, and
 * the real command line ingests them. The one feed test that runs the NLP pipeline (the shared analyzer).
 */
@ExtendWith(SharedAnalyzer.class)
class FeedsTest {
    private static final String ETAG = "\"feed-v1\"";
    private static final String LAST_MODIFIED = "Wed, 02 Dec 2026 08:00:00 GMT";

    @TempDir
    Path temp;

    private HttpServer feeds;
    private String base;
    /** What the feed server saw and answered: path, If-None-Match, If-Modified-Since, status. */
    private final List<String> seen = new CopyOnWriteArrayList<>();
    /** Whether the feed server ignores the validators (as a feed whose ETag changes with every answer does). */
    private volatile boolean ignoreValidators;
    private final ObjectMapper json = new ObjectMapper();

    private static final String FIRST_FULL_TEXT = "<p>Brightwater Devices said on Monday that it has agreed to buy Lumen Optics, a maker of "
            + "small camera lenses for phones, in a deal that brings the two companies' engineers under one roof.</p>"
            + "<p>Brightwater plans to keep the Lumen Optics factory running and to hire more lens designers over the coming "
            + "year. The chief executive said the purchase would shorten the time it takes to bring new phones to market.</p>"
            + "<p>Neither company gave the price of the deal, which still needs the approval of regulators.</p>";
    private static final String SECOND_FULL_TEXT = "<p>Corvid Networks announced a partnership with Tallgrass Cloud on Thursday "
            + "to run its routing software in data centres across three continents.</p><p>The two companies will sell the service "
            + "together from the spring, and Corvid Networks will train the staff of Tallgrass Cloud to support its customers. "
            + "People familiar with the talks said the agreement had taken most of a year to reach.</p><p>Tallgrass Cloud "
            + "will offer the service first to its customers in Canada and Brazil.</p>";
    private static final String RSS_PAGE = "<html><head><title>Pinecrest Robotics opens a lab</title></head><body><article>"
            + "<h1>Pinecrest Robotics opens a lab</h1><p>Pinecrest Robotics opened a research lab in Lisbon on Tuesday, the company "
            + "said. The lab will study warehouse robots that work next to people.</p><p>Pinecrest Robotics hired twenty "
            + "engineers for the lab.</p></article></body></html>";
    private static final String ATOM_PAGE = "<html><head><title>Saltmarsh Energy picks a supplier</title></head><body><article>"
            + "<h1>Saltmarsh Energy picks a supplier</h1><p>Saltmarsh Energy chose Ironbark Batteries to supply the cells for "
            + "its home storage units, the two companies said on Friday.</p><p>Deliveries start in the summer.</p></article>"
            + "</body></html>";

    @BeforeEach
    void serveFeeds() throws Exception {
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + feeds.getAddress().getPort();
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Gadget Desk</title><link>%1$s/</link><description>Device news</description>
                    <item><title>Brightwater Devices buys Lumen Optics</title><link>%1$s/news/brightwater</link>
                      <pubDate>Mon, 30 Nov 2026 07:00:00 GMT</pubDate><content:encoded><![CDATA[%2$s]]></content:encoded></item>
                    <item><title>Pinecrest Robotics opens a lab</title><link>%1$s/news/pinecrest.html</link>
                      <pubDate>Tue, 01 Dec 2026 07:00:00 GMT</pubDate><description>A lab for warehouse robots.</description></item>
                  </channel>
                </rss>
                """.formatted(base, FIRST_FULL_TEXT);
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Grid Wire</title><id>urn:techkg-test:grid</id>
                  <updated>2026-12-02T08:00:00Z</updated>
                  <entry><title>Corvid Networks and Tallgrass Cloud team up</title><id>urn:techkg-test:corvid</id>
                    <link href="%1$s/news/corvid"/><published>2026-12-02T06:00:00Z</published><updated>2026-12-02T06:00:00Z</updated>
                    <content type="html">%2$s</content></entry>
                  <entry><title>Saltmarsh Energy picks a supplier</title><id>urn:techkg-test:saltmarsh</id>
                    <link href="/news/saltmarsh.html"/><updated>2026-12-02T07:00:00Z</updated><summary>Cells for home storage.</summary></entry>
                </feed>
                """.formatted(base, SECOND_FULL_TEXT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        Map<String, String[]> content = Map.of(
                "/rss.xml", new String[] {"application/rss+xml; charset=utf-8", rss},
                "/atom.xml", new String[] {"application/atom+xml", atom},
                "/garbage.xml", new String[] {"application/rss+xml", "<rss><channel><item><title>cut off in the"},
                "/news/pinecrest.html", new String[] {"text/html; charset=utf-8", RSS_PAGE},
                "/news/saltmarsh.html", new String[] {"text/html; charset=utf-8", ATOM_PAGE});
        feeds.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String[] answer = content.get(path);
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            int status = answer == null ? 404 : !ignoreValidators && ETAG.equals(ifNoneMatch) ? 304 : 200;
            seen.add(path + " " + ifNoneMatch + " " + ifModifiedSince + " " + status);
            byte[] body = status == 200 ? answer[1].getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (answer != null) {
                exchange.getResponseHeaders().set("ETag", ETAG);
                exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                exchange.getResponseHeaders().set("Content-Type", answer[0]);
            }
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feeds.start();
    }

    @AfterEach
    void stopFeeds() {
        feeds.stop(0);
    }

    private JsonNode get(Http http, String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private void awaitJob(Http http, String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            String state = get(http, "/api/jobs/" + id).get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                JsonNode job = get(http, "/api/jobs/" + id);
                job.get("items").forEach(item -> assertEquals("done", item.get("state").asText(), job.toString()));
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish: " + get(http, "/api/jobs/" + id));
    }

    @Test
    void the_server_ingests_each_feed_item_once_and_a_second_poll_is_conditional_and_adds_nothing(TextAnalyzer analyzer) throws Exception {
        List<String> urls = List.of(base + "/rss.xml", base + "/atom.xml", base + "/garbage.xml");
        try (Wiring wiring = Wiring.withAnalyzer(new Config(temp.resolve("store")), analyzer)) {
            WebServer server = wiring.webServer(ServerFixture.settings(30, 100_000, null, true), AccessPolicy.defaults(),
                    JobLimits.defaults(), QueryLimits.defaults(30_000, 100_000), line -> { },
                    new FeedSettings(urls, Duration.ofHours(1)), null);
            Http http = new Http(server.start());

            server.feeds().pollAll();
            JsonNode status = get(http, "/api/feeds");
            assertEquals(3, status.size(), status.toString());
            for (int i = 0; i < 2; i++) {
                JsonNode feed = status.get(i);
                assertEquals(urls.get(i), feed.get("url").asText());
                assertEquals("ok", feed.get("lastStatus").asText(), feed.toString());
                assertEquals(2, feed.get("itemsAddedLastPoll").asInt(), feed.toString());
                assertTrue(feed.get("lastError").isNull(), feed.toString());
                awaitJob(http, feed.get("lastJob").asText());
            }
            JsonNode garbage = status.get(2);
            assertEquals("failed", garbage.get("lastStatus").asText());
            assertTrue(garbage.get("lastError").asText().startsWith(base + "/garbage.xml is not a readable RSS or Atom feed"), garbage.toString());
            assertEquals(200, http.get("/health").statusCode(), "a garbage feed does not stop the server");

            JsonNode articles = get(http, "/api/articles?size=50");
            TreeSet<String> titles = new TreeSet<>();
            articles.get("items").forEach(a -> titles.add(a.get("title").asText() + " | " + a.get("source").asText() + " | " + a.get("date").asText()
                    + " (" + a.get("dateSource").asText() + ")"));
            assertEquals(new TreeSet<>(List.of(
                    "Brightwater Devices buys Lumen Optics | upload:" + base + "/news/brightwater | 2026-11-30 (feed)",
                    "Corvid Networks and Tallgrass Cloud team up | upload:" + base + "/news/corvid | 2026-12-02 (feed)",
                    "Pinecrest Robotics opens a lab | upload:" + base + "/news/pinecrest.html | 2026-12-01 (feed)",
                    "Saltmarsh Energy picks a supplier | upload:" + base + "/news/saltmarsh.html | 2026-12-02 (feed)")), titles);

            seen.clear();
            server.feeds().pollAll();
            assertTrue(seen.contains("/rss.xml " + ETAG + " " + LAST_MODIFIED + " 304"), "conditional GET answered 304: " + seen);
            assertTrue(seen.contains("/atom.xml " + ETAG + " " + LAST_MODIFIED + " 304"), "conditional GET answered 304: " + seen);
            JsonNode second = get(http, "/api/feeds");
            for (int i = 0; i < 2; i++) {
                assertEquals("not modified", second.get(i).get("lastStatus").asText());
                assertEquals(0, second.get(i).get("itemsAddedLastPoll").asInt());
                assertEquals(2, second.get(i).get("itemsAddedTotal").asInt());
            }

            // A feed server that answers in full every time: the stored items are skipped, not fetched or queued again.
            ignoreValidators = true;
            seen.clear();
            server.feeds().pollAll();
            JsonNode third = get(http, "/api/feeds");
            for (int i = 0; i < 2; i++) {
                assertEquals("ok", third.get(i).get("lastStatus").asText());
                assertEquals(0, third.get(i).get("itemsAddedLastPoll").asInt());
                assertEquals(2, third.get(i).get("itemsSkippedLastPoll").asInt());
            }
            assertEquals(List.of(), seen.stream().filter(s -> s.startsWith("/news/")).toList(), "no item page fetched again");
            assertEquals(4, get(http, "/api/articles?size=50").get("total").asInt());

            uploadPageShowsTheFeeds(http, urls);
        }
    }

    /** The upload page's feeds table, in a real browser (skipped without a local chromium, as BrowserTest is). */
    @SuppressWarnings("unchecked")
    private void uploadPageShowsTheFeeds(Http http, List<String> urls) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!java.nio.file.Files.isExecutable(chromium) || !java.nio.file.Files.isExecutable(driver)) {
            org.junit.jupiter.api.Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI needs chromium and chromium-driver");
            return;
        }
        org.openqa.selenium.chrome.ChromeDriver browser = dev.techkg.testing.Chromium.headless(chromium, driver, 1280, 800);
        try {
            browser.get(http.base() + "/upload");
            // The page redraws the feeds table every 15 s, so the cells are read inside the wait that finds them.
            List<List<String>> rows = dev.techkg.testing.Chromium.patiently(browser).until(d -> {
                List<org.openqa.selenium.WebElement> found = d.findElements(org.openqa.selenium.By.cssSelector("#feeds tbody tr"));
                if (found.size() != 3) {
                    return null;
                }
                return found.stream().map(row -> row.findElements(org.openqa.selenium.By.tagName("td")).stream()
                        .map(org.openqa.selenium.WebElement::getText).toList()).toList();
            });
            assertTrue(browser.findElement(org.openqa.selenium.By.id("feeds-section")).isDisplayed());
            List<String> rss = rows.get(0);
            assertEquals(urls.get(0), rss.get(0));
            assertEquals(List.of("ok", "0", "2", ""), rss.subList(2, 6), rss.toString());
            String garbage = String.join(" ", rows.get(2));
            assertTrue(garbage.contains("failed") && garbage.contains("is not a readable RSS or Atom feed"), garbage);
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            Map<String, Object> size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", Math.min(1800, ((Number) size.get("height")).doubleValue()), "scale", 1);
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip", clip));
            java.nio.file.Files.write(Path.of("target", "screenshots", "tour-upload-feeds.png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void the_command_line_ingests_a_feed_once_and_refuses_loopback_without_allow_private_urls(TextAnalyzer analyzer) {
        Cli cli = new Cli(analyzer, temp.resolve("cli-store"));
        Cli.Result refused = cli.run("ingest", base + "/rss.xml");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("Refusing to fetch " + base + "/rss.xml: 127.0.0.1 resolves to 127.0.0.1, a loopback address "
                + "(give --allow-private-urls"), refused.err());

        Cli.Result missing = cli.run("ingest", "--allow-private-urls", base + "/rss.xml", temp.resolve("no-such-folder").toString());
        assertEquals(1, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("No such file or folder: " + temp.resolve("no-such-folder")), missing.err());
        assertEquals(List.of(), seen, "a wrong path fails before anything is fetched");

        Cli.Result first = cli.run("ingest", "--allow-private-urls", base + "/rss.xml");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("feed " + base + "/rss.xml: 2 items"), first.err());
        assertTrue(first.err().contains("2 added, 0 replaced, 0 unchanged, 0 failed"), first.err());
        Cli.Result listed = cli.run("query", "SELECT ?source ?date WHERE { ?a dcterms:source ?source ; dcterms:date ?date } ORDER BY ?source");
        assertTrue(listed.out().contains(base + "/news/brightwater") && listed.out().contains("2026-11-30"), listed.out());
        assertTrue(listed.out().contains(base + "/news/pinecrest.html") && listed.out().contains("2026-12-01"),
                "a fetched item without a date of its own takes the feed's: " + listed.out());

        Cli.Result again = cli.run("ingest", "--allow-private-urls", base + "/rss.xml", base + "/news/pinecrest.html");
        assertEquals(0, again.exitCode(), again.err());
        // The feed's items are known by their links; the page given by itself is read, and its text is stored already.
        assertTrue(again.err().contains("0 added, 0 replaced, 1 unchanged, 2 skipped (stored already), 0 failed"), again.err());
        List<String> fetched = new ArrayList<>(seen);
        assertEquals(2, fetched.stream().filter(s -> s.startsWith("/news/pinecrest.html")).count(),
                "the page as the feed's item in the first run, then only as given by itself: " + fetched);
    }
}
