package dev.techkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A publication date is kept only when the article states one, with where it was found; never the day of reading. */
class PublicationDateTest {
    /** The day of reading: 2026-02-10. */
    private final ArticleReader reader = new ArticleReader(Clock.fixed(Instant.parse("2026-02-10T12:00:00Z"), ZoneOffset.UTC));
    private static final String BODY = "Lenovo agreed to buy a stake in a Dutch chip tester. The deal closes next year.";

    private Article text(String content, String source) {
        return reader.parse(content.getBytes(StandardCharsets.UTF_8), source, "fallback");
    }

    private Article html(String head, String body, String source) {
        return reader.parseHtml(("<html><head><title>Stake</title>" + head + "</head><body><article><p>" + body + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8), source, "fallback");
    }

    private static void assertDate(String expected, DateSource source, Article article) {
        assertEquals(LocalDate.parse(expected), article.date());
        assertEquals(source, article.dateSource());
    }

    @Test
    void a_text_without_any_date_is_undated_not_dated_by_the_day_it_was_read() {
        Article article = text("Lenovo buys a stake\n\n" + BODY, "notes/lenovo.txt");
        assertNull(article.date());
        assertNull(article.dateSource());
    }

    @Test
    void the_date_header_wins_over_a_date_in_the_source_url_and_a_dateline() {
        Article article = text("SOURCE: https://news.example.org/2025/01/02/stake\nDATE: 2025-03-04\n\nBERLIN, May 5, 2024 - " + BODY, "a.txt");
        assertDate("2025-03-04", DateSource.HEADER, article);
    }

    @Test
    void without_a_header_date_a_date_in_the_source_url_path_is_taken() {
        assertDate("2025-01-02", DateSource.URL, text("SOURCE: https://news.example.org/tech/2025/01/02/stake\n\n" + BODY, "a.txt"));
        assertDate("2024-11-30", DateSource.URL, html("", BODY, "https://example.net/2024-11-30/lenovo-stake.html"));
        assertDate("2024-07-08", DateSource.URL, html("", BODY, "https://example.net/news/20240708/lenovo"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.net/2024/13/40/lenovo",
        "https://example.net/products/1999-model/specs",
        "https://example.net/item?date=2024/01/02",
    })
    void a_url_without_a_real_date_in_its_path_gives_none(String url) {
        assertNull(html("", BODY, url).date(), url);
    }

    @Test
    void a_page_states_its_date_in_meta_tags_json_ld_or_time_elements_in_that_order() {
        String meta = "<meta property=\"article:published_time\" content=\"2025-06-01T08:00:00Z\">";
        String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-02\"}</script>";
        String time = "<time datetime=\"2025-06-03\">June 3</time>";
        assertDate("2025-06-01", DateSource.HTML_META, html(meta + jsonLd, time + BODY, "page.html"));
        assertDate("2025-06-02", DateSource.JSON_LD, html(jsonLd, time + BODY, "https://example.net/2020/01/01/x"));
        assertDate("2025-06-03", DateSource.HTML_TIME, html("", "<time datetime=\"2025-06-03\">June 3</time> " + BODY, "page.html"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SAN FRANCISCO, March 3, 2025 (Reuters) – |2025-03-03|DATELINE",
        "LONDON, 14 October 2024 - |2024-10-14|DATELINE",
        "REDMOND, Wash., Sept. 9, 2025 — |2025-09-09|DATELINE",
        "SAN FRANCISCO, March 3 (Reuters) – |2025-03-03|DATELINE_NO_YEAR",
        "TOKYO, Feb 9 (Reuters) - |2026-02-09|DATELINE_NO_YEAR",
    })
    void a_dateline_opening_the_text_dates_it_and_one_without_a_year_is_the_latest_such_day_not_after_reading(
            String dateline, String expected, DateSource source) {
        assertDate(expected, source, text(dateline + BODY, "wire.txt"));
    }

    @Test
    void a_month_and_day_in_the_middle_of_the_text_is_no_dateline() {
        assertNull(text("Lenovo said on March 3 it would buy a stake. " + BODY, "a.txt").date());
        assertNull(text("In LONDON, March 3 - " + BODY, "a.txt").date());
    }

    @Test
    void text_given_with_a_date_keeps_it_as_given_and_without_one_looks_for_a_dateline() {
        assertDate("2024-05-06", DateSource.GIVEN, reader.fromText(BODY, "api:text", "", LocalDate.of(2024, 5, 6)));
        assertDate("2025-12-24", DateSource.DATELINE_NO_YEAR, reader.fromText("PARIS, Dec 24 (AFP) - " + BODY, "api:text", "", null));
        assertNull(reader.fromText(BODY, "api:text", "", null).date());
    }

    @Test
    void near_copies_share_a_copy_key_and_other_texts_do_not() {
        String wire = "Lenovo agreed to buy a minority stake in a Dutch maker of chip testing machines, the two companies said on "
                + "Tuesday, in a deal that values the tester at about two billion euros and gives Lenovo a seat on its board.";
        Article one = reader.fromText("By a staff writer\n\n" + wire, "a", "", null);
        Article two = reader.fromText("TOKYO (Reuters) -\n\n" + wire + "\n\n", "b", "", null);
        Article other = reader.fromText("By a staff writer\n\n" + wire.replace("Lenovo", "Acer"), "c", "", null);
        assertEquals(one.copyKey(), two.copyKey());
        assertEquals(16, one.copyKey().length());
        assertEquals(false, one.copyKey().equals(other.copyKey()));
        // Short texts differ in their first line: no copies.
        assertEquals(false, reader.fromText("Lenovo buys.\n\nThe deal closes.", "d", "", null).copyKey()
                .equals(reader.fromText("Acer buys.\n\nThe deal closes.", "e", "", null).copyKey()));
    }
}
