package dev.techkg.article;

import java.util.Arrays;
import java.util.List;

/**
 * Where an article's publication date was found. Stored as {@code tk:dateSource} with the {@link #id()}; an
 * article without a publication date has none (and shows "date unknown").
 */
public enum DateSource {
    /** A {@code DATE:} header line of a text file. */
    HEADER("header"),
    /** Given by the caller with the text (the API's {@code "date"} field). */
    GIVEN("given"),
    /** An HTML meta tag such as {@code article:published_time}. */
    HTML_META("html-meta"),
    /** A JSON-LD {@code datePublished}. */
    JSON_LD("json-ld"),
    /** An HTML {@code <time datetime>} element. */
    HTML_TIME("html-time"),
    /** A date in the path of the article's URL ({@code /2025/03/04/}, {@code /2025-03-04/}). */
    URL("url"),
    /** A dateline with its year at the start of the text ("LONDON, March 3, 2025 –"). */
    DATELINE("dateline"),
    /**
     * A dateline without a year ("SAN FRANCISCO, March 3 (Reuters) –", as wire services write it): the
     * latest such day not after the day of reading, so the year is an assumption.
     */
    DATELINE_NO_YEAR("dateline-no-year"),
    /** The item's date in the news feed it came from (RSS {@code pubDate}, Atom {@code published} or {@code updated}). */
    FEED("feed");

    private final String id;

    DateSource(String id) {
        this.id = id;
    }

    /** The value stored as {@code tk:dateSource}, e.g. {@code html-meta}. */
    public String id() {
        return id;
    }

    /** Every stored value, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DateSource::id).toList();
    }
}
