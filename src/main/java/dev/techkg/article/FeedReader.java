package dev.techkg.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome from bytes the {@link UrlFetcher} fetched under its address
 * rules: Rome never opens a connection itself. A DOCTYPE is refused, so neither external entities (XXE) nor entity
 * expansion ("billion laughs") can be used; the bytes are capped by the fetcher ({@link UrlFetcher#MAX_BYTES}) and
 * at most {@link #MAX_ITEMS} items are read. An item that carries its full text ({@code content:encoded}, Atom
 * {@code content}) of at least {@link #MIN_FULL_TEXT} characters becomes an article at once; any other is read
 * from its link. Thread-safe (stateless).
 */
public final class FeedReader {
    /** The most items read from one feed; feeds list the newest first, so the oldest beyond this are left out. */
    public static final int MAX_ITEMS = 200;
    /** The least characters of text an item's own content needs to be taken as the article instead of its link's page. */
    public static final int MIN_FULL_TEXT = 400;

    /**
     * A feed as read.
     *
     * @param title    the feed's title, or "" when it has none
     * @param items    the items, in the feed's order, at most {@link #MAX_ITEMS}
     * @param omitted  how many items beyond {@link #MAX_ITEMS} were left out
     * @param problems one line for each item that can be neither fetched nor read (no link and no full text)
     */
    public record Feed(String title, List<Item> items, int omitted, List<String> problems) {
        public Feed {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One feed item to ingest.
     *
     * @param source  the article's source: the item's link, else its id
     * @param link    the page to fetch when {@code article} is null (an absolute http(s) URL), else the item's link or null
     * @param title   the item's title in the feed, or "" (the title of a fetched page without one)
     * @param date    the item's date in the feed, or null
     * @param article the item's own full text as an article, or null when the page at {@code link} is the article
     */
    public record Item(String source, String link, String title, LocalDate date, Article article) {
        /** The fetched page of this item, given the feed's date when the page states none. */
        public Article dated(Article page) {
            return page.date() != null || date == null ? page : new Article(page.source(), page.title(), date, page.text(), DateSource.FEED);
        }
    }

    /**
     * Whether fetched content is a feed rather than a page: a feed's content type ({@code application/rss+xml},
     * {@code application/atom+xml}, any {@code …/xml}), or, when the type says nothing better, an {@code <rss>},
     * {@code <feed>} or {@code <rdf:RDF>} root at the start.
     */
    public static boolean isFeed(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss+xml") || type.contains("atom+xml") || type.contains("rdf+xml") || type.startsWith("application/xml")
                || type.startsWith("text/xml")) {
            return true;
        }
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        int root = firstOf(start, "<rss", "<feed", "<rdf:rdf");
        int html = firstOf(start, "<html", "<!doctype html");
        return root >= 0 && (html < 0 || root < html);
    }

    private static int firstOf(String text, String... needles) {
        int first = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Reads a feed.
     *
     * @param bytes   the feed as fetched (its encoding from the XML declaration, else UTF-8)
     * @param feedUrl where it was fetched from: relative item links are resolved against it; it names the feed in errors
     * @throws ArticleException naming the feed when the bytes are not an RSS or Atom feed, or declare a DOCTYPE
     */
    public Feed read(byte[] bytes, String feedUrl) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // the default, said again: a DOCTYPE is how XXE and entity bombs get in
            // The healer (on by default) turns HTML entities such as &nbsp;, common in real feeds, into characters; the
            // XmlReader finds the encoding from the BOM, the XML declaration, else UTF-8.
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true, "UTF-8"));
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new ArticleException(feedUrl + " is not a readable RSS or Atom feed: " + reason(e));
        }
        URI base = URI.create(feedUrl);
        List<Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (SyndEntry entry : entries.subList(0, Math.min(MAX_ITEMS, entries.size()))) {
            String link = absoluteHttp(base, entry.getLink());
            String id = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
            String source = link != null ? link : id;
            String title = entry.getTitle() == null ? "" : Paragraphs.line(entry.getTitle());
            LocalDate date = day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            String text = fullText(entry);
            if (source != null && text != null) {
                items.add(new Item(source, link, title, date, article(source, title, date, text)));
            } else if (link != null) {
                items.add(new Item(link, link, title, date, null));
            } else {
                problems.add(feedUrl + ": the item '" + (title.isEmpty() ? "(untitled)" : title) + "' has no http(s) link"
                        + (source == null ? " and no id" : "") + " and no full text to read");
            }
        }
        return new Feed(feed.getTitle() == null ? "" : Paragraphs.line(feed.getTitle()), items,
                Math.max(0, entries.size() - MAX_ITEMS), problems);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("doctype")) {
            return "it declares a DOCTYPE, which feeds are not allowed to (it could expand entities or read files)";
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /** The item's own text when it is long enough to be the article, else null. */
    private static String fullText(SyndEntry entry) {
        String best = null;
        for (SyndContent content : entry.getContents()) {
            String value = content.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
            String text = type.contains("html") ? HtmlArticleParser.fragmentText(value) : Paragraphs.normalize(value);
            if (best == null || text.length() > best.length()) {
                best = text;
            }
        }
        return best != null && best.length() >= MIN_FULL_TEXT ? best : null;
    }

    private static Article article(String source, String title, LocalDate date, String text) {
        String headline = title.isEmpty() ? text.lines().findFirst().orElse(source) : title;
        headline = headline.length() > 200 ? headline.substring(0, 200) + "…" : headline;
        if (date != null) {
            return new Article(source, headline, date, text, DateSource.FEED);
        }
        PublicationDates.Found found = TextArticleParser.firstNonNull(PublicationDates.fromUrl(source),
                PublicationDates.fromDateline(text, LocalDate.now(ZoneOffset.UTC)));
        return new Article(source, headline, found == null ? null : found.date(), text, found == null ? null : found.source());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The link resolved against the feed's URL when it is, or becomes, an absolute http(s) URL; else null. */
    private static String absoluteHttp(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = base.resolve(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
