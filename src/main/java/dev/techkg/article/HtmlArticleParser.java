package dev.techkg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Elements;

/**
 * HTML pages: headline, publication date and main content. Boilerplate (navigation, footers, cookie
 * banners, newsletter and subscribe boxes, share bars) is removed first; Readability4J then finds the
 * article body, and block elements become paragraphs. When Readability finds nothing usable, or the page
 * is too deep or too large for it, the remaining page text is used, block by block. Every step takes time
 * linear in the page's size, so a pathological page costs seconds at most. The publication date comes from the
 * page (meta tags, JSON-LD, {@code <time>}), else from a date in the URL's path, else from a dateline opening the text.
 */
final class HtmlArticleParser {
    private static final String BOILERPLATE_TAGS = "script, style, noscript, template, svg, nav, footer, header nav, aside, form, iframe, button";
    private static final Pattern BOILERPLATE_ATTRIBUTE = Pattern.compile(
            "(?i)(cookie|consent|newsletter|subscribe|subscription|signup|sign-up|paywall|promo|advert|share|social|related|comments?|breadcrumb|menu|sidebar|footer)");
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "(?i)^(sign up|subscribe|get our newsletter|join our newsletter|we use cookies|accept (all )?cookies|advertisement|read more|share this).*");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td",
            "dd", "dt", "figcaption");
    private static final String WINDOWS_1252 = "windows-1252";
    /** Pages nested deeper or with more elements than this are read without Readability4J. */
    private static final int READABILITY_MAX_DEPTH = 100;
    private static final int READABILITY_MAX_ELEMENTS = 20_000;
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[property=og:published_time]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]"
    };
    private static final Pattern DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param today the day of reading, for a dateline without a year
     */
    Article parse(byte[] bytes, String source, String fallbackTitle, LocalDate today) {
        Document document = parseHtml(bytes, null, source);
        if (document.charset().equals(StandardCharsets.ISO_8859_1) || document.charset().equals(StandardCharsets.US_ASCII)) {
            // Browsers read pages labelled ISO-8859-1 or US-ASCII as windows-1252 (WHATWG Encoding Standard), and
            // such pages rely on it for quotes, dashes and the euro sign; strict Latin-1 makes them control characters.
            document = parseHtml(bytes, WINDOWS_1252, source);
        }
        String title = Paragraphs.line(title(document));
        PublicationDates.Found date = date(document);
        removeBoilerplate(document);
        String text = withoutHeadline(Paragraphs.normalize(mainText(document, source)), title);
        if (text.isBlank()) {
            throw new ArticleException(source + ": the HTML page has no readable text");
        }
        if (date == null) {
            date = TextArticleParser.firstNonNull(PublicationDates.fromUrl(source), PublicationDates.fromDateline(text, today));
        }
        return new Article(source, title.isBlank() ? fallbackTitle : title, date == null ? null : date.date(), text,
                date == null ? null : date.source());
    }

    /** Parses the page in the given charset, or with null in the one its byte-order mark or meta tag names (else UTF-8). */
    private static Document parseHtml(byte[] bytes, String charset, String source) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri(source));
        } catch (IOException e) {
            throw new ArticleException(source + ": cannot parse HTML: " + e.getMessage(), e);
        }
    }

    /** The headline is the title, not body text: a first paragraph equal to it is dropped. */
    private static String withoutHeadline(String text, String title) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return !title.isBlank() && first.strip().equals(title.strip()) && end > 0 ? text.substring(end + 2) : text;
    }

    private static String baseUri(String source) {
        return source.matches("(?i)https?://.*") ? source : "";
    }

    private static String title(Document document) {
        for (String selector : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
            Element meta = document.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        Element h1 = document.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return document.title().strip();
    }

    /** The page's own publication date: meta tags, then JSON-LD {@code datePublished}, then {@code <time datetime>}. */
    private static PublicationDates.Found date(Document document) {
        List<String> meta = new ArrayList<>();
        for (String selector : DATE_META) {
            for (Element element : document.select(selector)) {
                meta.add(element.attr("content"));
            }
        }
        List<String> jsonLd = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher matcher = DATE_PUBLISHED.matcher(script.data());
            while (matcher.find()) {
                jsonLd.add(matcher.group(1));
            }
        }
        List<String> times = new ArrayList<>();
        for (Element time : document.select("time[datetime]")) {
            times.add(time.attr("datetime"));
        }
        PublicationDates.Found found = first(meta, DateSource.HTML_META);
        found = found != null ? found : first(jsonLd, DateSource.JSON_LD);
        return found != null ? found : first(times, DateSource.HTML_TIME);
    }

    /** The first candidate that starts with an ISO date, or null. */
    private static PublicationDates.Found first(List<String> candidates, DateSource source) {
        for (String candidate : candidates) {
            String value = candidate.strip();
            if (value.length() >= 10) {
                try {
                    return new PublicationDates.Found(LocalDate.parse(value.substring(0, 10)), source);
                } catch (DateTimeParseException ignored) {
                    // not ISO; try the next candidate
                }
            }
        }
        return null;
    }

    private static void removeBoilerplate(Document document) {
        removeAll(document.select(BOILERPLATE_TAGS));
        List<Element> marked = new ArrayList<>();
        for (Element element : document.body() == null ? new Elements() : document.body().getAllElements()) {
            if (element.tagName().equals("body") || element.tagName().equals("article") || element.tagName().equals("main")) {
                continue;
            }
            String attributes = element.id() + " " + element.className() + " " + element.attr("role");
            if (BOILERPLATE_ATTRIBUTE.matcher(attributes).find() && !element.is("p") ) {
                marked.add(element);
            }
        }
        removeAll(marked);
    }

    /**
     * Removes the elements from the page, rebuilding each parent's children once. jsoup's own
     * {@code remove()} renumbers all later siblings, so removing many children of one parent one by one
     * takes quadratic time (a 10 MB page of alternating paragraphs and buttons took four minutes).
     */
    private static void removeAll(List<Element> elements) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element element : elements) {
            Element parent = element.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
            }
        }
        byParent.forEach((parent, removed) -> {
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!removed.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }

    private static String mainText(Document document, String source) {
        Element content = null;
        if (readabilityCanCope(document)) {
            try {
                content = new Readability4J(baseUri(source).isEmpty() ? "http://localhost/" : source, document.clone()).parse().getArticleContent();
            } catch (RuntimeException e) {
                // Readability can fail on odd markup; the whole page's blocks are the fallback below.
            }
        }
        String text = content == null ? "" : blockText(content);
        if (text.length() < 200) {
            String whole = document.body() == null ? "" : blockText(document.body());
            if (whole.length() > text.length()) {
                text = whole;
            }
        }
        return text;
    }

    /**
     * Whether the page is within the nesting depth and size Readability4J handles. It recurses once per
     * nesting level (a few thousand levels overflow the stack) and its time grows with depth times element
     * count (3,000 nested elements take 20 s, 100,000 flat ones 15 s). Real articles stay far below both
     * bounds; pages beyond them are read block by block instead.
     */
    private static boolean readabilityCanCope(Document document) {
        int[] elements = {0};
        int[] depth = {0};
        document.traverse((node, nodeDepth) -> {
            if (node instanceof Element) {
                elements[0]++;
                depth[0] = Math.max(depth[0], nodeDepth);
            }
        });
        return elements[0] <= READABILITY_MAX_ELEMENTS && depth[0] <= READABILITY_MAX_DEPTH;
    }

    /**
     * The text of an HTML fragment (a feed item's full text): scripts, styles and other non-text elements dropped,
     * each innermost block a paragraph. Empty when it has no text.
     */
    static String fragmentText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        removeAll(document.select("script, style, noscript, template, svg, iframe, form, button"));
        return Paragraphs.normalize(blockText(document.body()));
    }

    /** The text of each innermost block element as its own paragraph, boilerplate lines dropped. */
    private static String blockText(Element root) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : innermostBlocks(root)) {
            String text = block.text().strip();
            if (!text.isEmpty() && !BOILERPLATE_TEXT.matcher(text).matches()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            return text;
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The block elements at or under the root that hold no other block, in document order. One pass over
     * the tree, so that deeply nested blocks (a page of 20,000 nested lists) cost no more than flat ones.
     */
    private static List<Element> innermostBlocks(Element root) {
        List<Element> innermost = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                    if (!open.isEmpty()) {
                        outer.add(open.peek());
                    }
                    open.push(element);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                    open.pop();
                    if (!outer.contains(element)) {
                        innermost.add(element); // holds no block, so no later tail lies inside it: document order
                    }
                }
            }
        });
        return innermost;
    }
}
