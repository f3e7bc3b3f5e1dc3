package dev.techkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RSS and Atom read from bytes: full-text items become articles, others point at their pages; DOCTYPEs and garbage are refused. */
class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    /** A body of about 600 characters, long enough to be taken as the article itself. */
    static final String LONG_BODY = "<p>Harbourline Semiconductor said on Tuesday that it will open a second packaging plant near its "
            + "headquarters, doubling the number of chips it can finish each month.</p><p>The company expects the plant to run "
            + "by the end of next year and to employ about four hundred people, most of them technicians trained in its own "
            + "school.</p><p>Analysts said the move follows a year of strong orders from makers of data-centre servers, who have "
            + "waited months for finished parts.</p><script>track()</script>";

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_rss_item_with_full_text_becomes_an_article_and_a_teaser_item_points_at_its_page() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Harbour News</title><link>https://news.example/</link><description>d</description>
                    <item><title>Harbourline opens a second plant</title><link>https://news.example/2026/plant</link>
                      <pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
                      <content:encoded><![CDATA[%s]]></content:encoded></item>
                    <item><title>Short teaser</title><link>/briefs/teaser</link><description>Only a line.</description></item>
                  </channel>
                </rss>
                """.formatted(LONG_BODY);
        FeedReader.Feed feed = reader.read(bytes(rss), "https://news.example/feed.xml");
        assertEquals("Harbour News", feed.title());
        assertEquals(2, feed.items().size());
        FeedReader.Item full = feed.items().get(0);
        assertEquals("https://news.example/2026/plant", full.source());
        assertEquals("Harbourline opens a second plant", full.article().title());
        assertEquals(LocalDate.of(2026, 3, 3), full.article().date());
        assertEquals(DateSource.FEED, full.article().dateSource());
        assertTrue(full.article().text().startsWith("Harbourline Semiconductor said on Tuesday"), full.article().text());
        assertTrue(full.article().text().contains("\n\nThe company expects"), "paragraphs kept: " + full.article().text());
        assertFalse(full.article().text().contains("track()"), "scripts dropped");
        FeedReader.Item teaser = feed.items().get(1);
        assertNull(teaser.article(), "a one-line description is not the article: its page is");
        assertEquals("https://news.example/briefs/teaser", teaser.link(), "relative links resolve against the feed");
    }

    @Test
    void atom_entries_give_their_content_and_links_and_an_entry_without_either_is_reported() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Chip Wire</title><id>urn:uuid:feed</id><updated>2026-04-02T10:00:00Z</updated>
                  <entry><title>Plant news</title><id>urn:uuid:one</id><link href="https://wire.example/plant"/>
                    <published>2026-04-01T22:30:00-05:00</published><updated>2026-04-02T10:00:00Z</updated>
                    <content type="html">%s</content></entry>
                  <entry><title>Link only</title><id>urn:uuid:two</id><link href="https://wire.example/link-only"/>
                    <updated>2026-04-02T08:00:00Z</updated><summary>A line.</summary></entry>
                  <entry><title>Nothing to read</title><id>urn:uuid:three</id><updated>2026-04-02T08:00:00Z</updated></entry>
                </feed>
                """.formatted(LONG_BODY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        FeedReader.Feed feed = reader.read(bytes(atom), "https://wire.example/atom");
        assertEquals(2, feed.items().size());
        assertEquals(LocalDate.of(2026, 4, 2), feed.items().get(0).article().date(), "published, in UTC");
        assertTrue(feed.items().get(0).article().text().contains("packaging plant"));
        assertEquals("https://wire.example/link-only", feed.items().get(1).link());
        assertEquals(LocalDate.of(2026, 4, 2), feed.items().get(1).date());
        assertEquals(1, feed.problems().size());
        assertTrue(feed.problems().get(0).contains("'Nothing to read' has no http(s) link"), feed.problems().get(0));
    }

    @Test
    void a_feed_with_a_doctype_is_refused_so_entities_are_never_expanded_nor_files_read() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title><item><link>https://a.example/x</link></item></channel></rss>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <rss version="2.0"><channel><title>&c;</title></channel></rss>
                """;
        for (String feed : new String[] {xxe, laughs}) {
            ArticleException refused = assertThrows(ArticleException.class, () -> reader.read(bytes(feed), "https://a.example/feed"));
            assertTrue(refused.getMessage().startsWith("https://a.example/feed is not a readable RSS or Atom feed: it declares a DOCTYPE"),
                    refused.getMessage());
        }
    }

    @Test
    void html_entities_and_a_declared_encoding_are_read_as_real_feeds_use_them() {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9&nbsp;Tech</title>"
                + "<link>https://a.example/</link><description>d</description><item><title>R&eacute;sum&eacute; of a deal</title>"
                + "<link>https://a.example/deal</link></item></channel></rss>";
        FeedReader.Feed feed = reader.read(rss.getBytes(StandardCharsets.ISO_8859_1), "https://a.example/feed");
        assertEquals("Caf\u00e9\u00a0Tech", feed.title(), "&nbsp; is a no-break space");
        assertEquals("https://a.example/deal", feed.items().get(0).link());
    }

    @Test
    void garbage_is_refused_naming_the_feed() {
        for (String garbage : new String[] {"<rss><channel><item>cut off", "{\"not\": \"xml\"}", "<html><body>a page</body></html>"}) {
            ArticleException refused = assertThrows(ArticleException.class, () -> reader.read(bytes(garbage), "https://a.example/feed"));
            assertTrue(refused.getMessage().startsWith("https://a.example/feed is not a readable RSS or Atom feed"), refused.getMessage());
        }
    }

    @Test
    void only_the_first_items_of_a_huge_feed_are_read() {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://a.example/</link><description>d</description>");
        for (int i = 0; i < FeedReader.MAX_ITEMS + 25; i++) {
            rss.append("<item><link>https://a.example/n/").append(i).append("</link></item>");
        }
        FeedReader.Feed feed = reader.read(bytes(rss.append("</channel></rss>").toString()), "https://a.example/feed");
        assertEquals(FeedReader.MAX_ITEMS, feed.items().size());
        assertEquals(25, feed.omitted());
        assertEquals("https://a.example/n/0", feed.items().get(0).link());
    }

    @Test
    void a_feed_is_told_from_a_page_by_its_type_or_its_root_element() {
        assertTrue(FeedReader.isFeed("application/rss+xml; charset=utf-8", new byte[0]));
        assertTrue(FeedReader.isFeed("application/atom+xml", new byte[0]));
        assertTrue(FeedReader.isFeed("text/xml", new byte[0]));
        assertFalse(FeedReader.isFeed("text/html; charset=utf-8", bytes("<rss version=\"2.0\">")));
        assertTrue(FeedReader.isFeed("", bytes("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        assertTrue(FeedReader.isFeed("text/plain", bytes("<rss version=\"2.0\"><channel>")));
        assertFalse(FeedReader.isFeed("text/plain", bytes("Plain words about an rss reader.")));
        assertFalse(FeedReader.isFeed("", bytes("<!doctype html><html><body><p>see <feed> here</p>")));
    }
}
