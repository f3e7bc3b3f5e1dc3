package dev.techkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.FeedReader;
import dev.techkg.article.UrlFetcher;
import dev.techkg.store.Tdb2Store;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller's address rules and failure reports, with a stub resolver and a transport that answers the feed's host
 * only (and fails the test when asked for anything else): nothing here connects anywhere.
 */
class FeedPollerTest {
    @TempDir
    Path temp;

    private final ArticleReader reader = new ArticleReader();
    private final List<String> ingested = new CopyOnWriteArrayList<>();
    private final List<String> titles = new CopyOnWriteArrayList<>();

    /** feeds.example is a public host; intranet.example resolves to a private address. */
    private static final UrlFetcher.Resolver RESOLVER = host -> switch (host) {
        case "feeds.example" -> List.of(InetAddress.getByName("203.0.113.10"));
        case "intranet.example" -> List.of(InetAddress.getByName("10.1.2.3"));
        default -> throw new java.net.UnknownHostException(host);
    };

    private UrlFetcher fetcher(Map<String, UrlFetcher.Response> answers) {
        return new UrlFetcher(RESOLVER, (uri, addresses) -> {
            UrlFetcher.Response answer = answers.get(uri.toString());
            if (answer == null) {
                throw new AssertionError("the poller asked for " + uri);
            }
            return answer;
        }, false, reader);
    }

    private JobService jobs(UrlFetcher fetcher) {
        return new JobService(ArticleIngest.of(article -> {
            ingested.add(article.source());
            titles.add(article.title());
            return new StoredArticle("https://w3id.org/techkg/article/" + ingested.size(), null, false);
        }), reader, fetcher, 1, JobLimits.defaults(), temp.resolve("spool"));
    }

    private static UrlFetcher.Response rss(String items) {
        String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feeds</title><link>https://feeds.example/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
        return new UrlFetcher.Response(200, "application/rss+xml", null, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_item_linking_to_a_private_address_is_refused_and_reported_while_the_others_are_queued() throws Exception {
        UrlFetcher fetcher = fetcher(Map.of("https://feeds.example/rss", rss(
                "<item><title>Inside</title><link>http://intranet.example/admin</link></item>"
                        + "<item><title>Outside</title><link>https://feeds.example/story</link></item>"),
                "https://feeds.example/story", new UrlFetcher.Response(200, "text/html", null,
                        "<html><head><title>Story</title></head><body><p>A public story about a plant.</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8))));
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store")); JobService jobs = jobs(fetcher);
             FeedPoller poller = new FeedPoller(List.of("https://feeds.example/rss"), Duration.ofHours(1), fetcher, new FeedReader(),
                     store, jobs, Clock.systemUTC())) {
            poller.pollAll();
            FeedPoller.FeedStatus status = poller.status().get(0);
            assertEquals("ok", status.lastStatus());
            assertEquals(1, status.itemsAddedLastPoll(), "the public item only");
            assertTrue(status.lastError().startsWith("1 item not ingested: Refusing to fetch http://intranet.example/admin: "
                    + "intranet.example resolves to 10.1.2.3, a private address (give --allow-private-urls"), status.lastError());
            JobService.JobSnapshot job = jobs.get(status.lastJob()).orElseThrow();
            assertEquals(List.of("https://feeds.example/story"), job.items().stream().map(JobService.ItemResult::name).toList());
            for (int i = 0; i < 100 && jobs.get(status.lastJob()).orElseThrow().state() != JobService.State.DONE; i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of(JobService.SOURCE_PREFIX + "https://feeds.example/story"), ingested, "stored as an upload");
        }
    }

    @Test
    void a_feed_that_is_garbage_a_page_or_unreachable_is_reported_and_polled_again_next_time() throws Exception {
        Map<String, UrlFetcher.Response> answers = new java.util.HashMap<>(Map.of(
                "https://feeds.example/garbage", new UrlFetcher.Response(200, "application/rss+xml", null,
                        "<rss><channel><item>cut".getBytes(StandardCharsets.UTF_8)),
                "https://feeds.example/page", new UrlFetcher.Response(200, "text/html", null,
                        "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                "https://feeds.example/gone", new UrlFetcher.Response(500, "text/plain", null, new byte[0])));
        List<String> urls = List.of("https://feeds.example/garbage", "https://feeds.example/page", "https://feeds.example/gone",
                "https://nowhere.example/rss");
        UrlFetcher fetcher = fetcher(answers);
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store")); JobService jobs = jobs(fetcher);
             FeedPoller poller = new FeedPoller(urls, Duration.ofHours(1), fetcher, new FeedReader(), store, jobs,
                     Clock.systemUTC())) {
            poller.pollAll();
            List<FeedPoller.FeedStatus> status = poller.status();
            status.forEach(s -> assertEquals("failed", s.lastStatus(), s.toString()));
            assertTrue(status.get(0).lastError().startsWith("https://feeds.example/garbage is not a readable RSS or Atom feed"),
                    status.get(0).lastError());
            assertEquals("https://feeds.example/page answered 'text/html', not an RSS or Atom feed", status.get(1).lastError());
            assertEquals("Fetching https://feeds.example/gone failed: the server answered 500", status.get(2).lastError());
            assertEquals("Cannot resolve the host nowhere.example", status.get(3).lastError());

            answers.put("https://feeds.example/garbage", rss("<item><title>Back</title><link>https://feeds.example/back</link></item>"));
            answers.put("https://feeds.example/back", new UrlFetcher.Response(200, "text/plain", null,
                    "The feed is back with a story.".getBytes(StandardCharsets.UTF_8)));
            poller.pollAll();
            FeedPoller.FeedStatus recovered = poller.status().get(0);
            assertEquals("ok", recovered.lastStatus());
            assertEquals(1, recovered.itemsAddedTotal());
            assertNull(recovered.lastError());
            for (int i = 0; i < 100 && ingested.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("Back"), titles, "a text page without a title of its own takes the item's");
        }
    }
}
