package dev.techkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages no editor writes but anyone can upload: each is read within seconds, keeping its text. Before the
 * limits in {@link HtmlArticleParser}, the deep ones overflowed the stack in Readability4J and the wide ones
 * took from 15 seconds to minutes.
 */
class PathologicalHtmlTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String SENTENCE = "Nvidia sells its H20 chips to Microsoft, the company said on Monday.";

    private final ArticleReader reader = new ArticleReader();

    private Article read(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(BOUND, () -> reader.parse(bytes, "page.html", "page"));
    }

    @Test
    void twenty_thousand_nested_divs_are_read_in_seconds() {
        Article article = read("<html><body>" + "<div>".repeat(20_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(20_000));
        assertEquals(SENTENCE, article.text());
    }

    @Test
    void twenty_thousand_nested_tables_are_read_in_seconds() {
        Article article = read("<html><body>" + "<table><tr><td>".repeat(20_000) + SENTENCE);
        assertEquals(SENTENCE, article.text());
    }

    @Test
    void a_one_megabyte_line_is_read_in_seconds() {
        String line = (SENTENCE + " ").repeat(15_000).strip();
        assertTrue(line.length() > 1_000_000);
        Article article = read("<html><head><title>One line</title></head><body><article><p>" + line + "</p></article></body></html>");
        assertEquals(line, article.text());
    }

    @Test
    void two_hundred_thousand_tiny_elements_are_read_in_seconds() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            items.append("<li>item ").append(i); // unclosed, as a careless template writes them
        }
        Article article = read("<html><body><p>" + SENTENCE + "</p>" + items);
        assertTrue(article.text().startsWith(SENTENCE + "\n\nitem 0\n\nitem 1\n\n"), article.text().substring(0, 200));
        assertTrue(article.text().endsWith("\n\nitem 199999"));
        assertEquals(200_001, article.text().split("\n\n").length);
    }

    @Test
    void a_page_where_every_other_element_is_a_share_button_is_cleaned_in_seconds() {
        Article article = read("<html><body>" + "<p>Chips.</p><button>Share</button>".repeat(250_000));
        assertEquals(250_000, article.text().split("\n\n").length);
        assertFalse(article.text().contains("Share"), "the buttons are gone");
    }
}
