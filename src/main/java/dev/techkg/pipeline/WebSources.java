package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.FeedReader;
import dev.techkg.article.UrlFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a URL given to {@code techkg ingest} into what it ingests: a page becomes one article, as an upload by URL
 * does; an RSS or Atom feed becomes one item per feed item, each read from the feed's own full text or fetched
 * from its link. Every fetch goes through the {@link UrlFetcher} and its address rules. Thread-safe.
 */
public final class WebSources {
    private final UrlFetcher fetcher;
    private final FeedReader feeds;

    public WebSources(UrlFetcher fetcher, FeedReader feeds) {
        this.fetcher = fetcher;
        this.feeds = feeds;
    }

    /** Whether a command-line argument is a URL to fetch rather than a file or folder. */
    public static boolean isUrl(String argument) {
        String lower = argument.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** What the URL fetched: a page or a feed's items, with what could not be read of the feed. */
    public record Expanded(String url, List<IngestItem> items, FeedReader.Feed feed) {
        /** Whether the URL was a feed. */
        public boolean isFeed() {
            return feed != null;
        }
    }

    /**
     * Fetches the URL once. A page becomes one item (read from the bytes already fetched); a feed becomes its items,
     * each known as stored already under its link (as given on the command line, or as an upload). A URL that
     * cannot be fetched or read becomes one item that fails with the reason, so the other inputs still go in.
     */
    public Expanded expand(String url) {
        UrlFetcher.Fetched fetched;
        try {
            fetched = fetcher.get(url, Map.of("Accept", UrlFetcher.ACCEPT_PAGE_OR_FEED));
        } catch (TechKgException e) {
            return new Expanded(url, List.of(IngestItem.failing(url, e)), null);
        }
        if (!FeedReader.isFeed(fetched.contentType(), fetched.body())) {
            return new Expanded(url, List.of(new IngestItem(url.strip(), List.of(), () -> fetcher.article(url, fetched))), null);
        }
        FeedReader.Feed feed;
        try {
            feed = feeds.read(fetched.body(), fetched.uri().toString());
        } catch (TechKgException e) {
            return new Expanded(url, List.of(IngestItem.failing(url, e)), null);
        }
        List<IngestItem> items = new ArrayList<>();
        for (FeedReader.Item item : feed.items()) {
            List<String> known = List.of(item.source(), JobService.SOURCE_PREFIX + item.source());
            IngestItem.Reader reader = item.article() != null ? item::article : () -> item.dated(fetcher.fetch(item.link(), item.title()));
            items.add(new IngestItem(item.source(), known, reader));
        }
        return new Expanded(url, items, feed);
    }
}
