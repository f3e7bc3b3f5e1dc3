package dev.techkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.testing.TestFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {
    /** Curly quotes, a dash and the euro sign: the bytes 0x80–0x9F in which windows-1252 and ISO-8859-1 differ. */
    private static final String WESTERN = "\u201CWe\u2019re in\u201D \u2014 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale paid \u20AC5 million to Mistral AI.";

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path temp;

    @Test
    void html_gives_headline_date_and_main_text_without_navigation_cookies_newsletter_or_footer() {
        Path folder = TestFiles.copyFolder("articles", temp);
        Article article = reader.read(folder.resolve("microsoft-openai.html"));
        assertEquals("Microsoft deepens its bet on OpenAI", article.title());
        assertEquals(LocalDate.of(2023, 1, 23), article.date());
        assertTrue(article.text().startsWith("Microsoft has invested billions of dollars in OpenAI"), article.text());
        assertTrue(article.text().contains("\n\nOpenAI launched ChatGPT in November 2022"), "paragraphs stay apart");
        for (String boilerplate : List.of("Home", "cookies", "Sign up for our newsletter", "Copyright")) {
            assertFalse(article.text().contains(boilerplate), boilerplate + " in: " + article.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<meta charset=\"windows-1252\">", "<meta charset=\"ISO-8859-1\">", "<meta charset=\"latin1\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "<meta charset=\"us-ascii\">"})
    void html_declaring_a_western_charset_is_read_as_windows_1252_like_browsers_do(String declaration) {
        byte[] page = ("<html><head>" + declaration + "<title>Soci\u00e9t\u00e9</title></head><body><p>" + WESTERN + "</p></body></html>")
                .getBytes(Charset.forName("windows-1252"));
        Article article = reader.parse(page, "page.html", "page");
        assertEquals(WESTERN, article.text());
        assertEquals("Soci\u00e9t\u00e9", article.title());
    }

    @Test
    void text_headline_is_the_first_short_line_before_a_blank_line() {
        Article article = reader.parse("Nvidia tops forecasts\n\nNvidia reported record revenue.\nIts data centre sales grew."
                .getBytes(StandardCharsets.UTF_8), "n.txt", "n");
        assertEquals("Nvidia tops forecasts", article.title());
        assertEquals("Nvidia reported record revenue.\n\nIts data centre sales grew.", article.text());
        assertNull(article.date());
    }

    @Test
    void text_header_lines_become_metadata_and_the_rest_is_body() {
        Article article = reader.parse(("SOURCE: https://example.org/a\nTITLE: A headline\nDATE: 2025-02-27\n\n"
                + "First paragraph here.\nSecond paragraph.").getBytes(StandardCharsets.UTF_8), "a.txt", "a");
        assertEquals("https://example.org/a", article.source());
        assertEquals("A headline", article.title());
        assertEquals(LocalDate.of(2025, 2, 27), article.date());
        assertEquals("First paragraph here.\n\nSecond paragraph.", article.text());
    }

    @Test
    void unknown_header_values_are_ignored_and_the_file_name_is_the_title() {
        Article article = reader.parse("SOURCE: unknown\nTITLE: unknown\nDATE: unknown\n\nShort line\n\nBody text."
                .getBytes(StandardCharsets.UTF_8), "x.txt", "x");
        assertEquals("x.txt", article.source());
        assertEquals("x", article.title());
        assertEquals("Short line\n\nBody text.", article.text());
    }

    @Test
    void hard_wrapped_text_is_joined_into_paragraphs() {
        String wrapped = "Alibaba Group said on Thursday that it would invest more than 380 billion\n"
                + "yuan in cloud computing and artificial intelligence infrastructure over the\n"
                + "next three years, the largest such plan by a private Chinese company in the\n"
                + "sector, as competition with rivals such as Tencent keeps growing quickly.\n\n"
                + "The company also reported quarterly revenue that beat analyst estimates by\n"
                + "a wide margin, helped by its cloud unit and its domestic shopping business.\n";
        Article article = reader.parse(wrapped.getBytes(StandardCharsets.UTF_8), "w.txt", "w");
        assertEquals(2, article.text().split("\n\n").length, article.text());
        assertTrue(article.text().contains("380 billion yuan in cloud computing"), article.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE"})
    void text_with_a_byte_order_mark_decodes_and_its_header_lines_are_read(String charset) {
        byte[] bytes = ("\uFEFFTITLE: Tencent und Ubisoft\n\nTencent invested \u20AC1 billion in Ubisoft. \u817E\u8BAF\u63A7\u80A1 \uD83D\uDE80")
                .getBytes(Charset.forName(charset));
        Article article = reader.parse(bytes, "u.txt", "u");
        assertEquals("Tencent und Ubisoft", article.title());
        assertEquals("Tencent invested \u20AC1 billion in Ubisoft. \u817E\u8BAF\u63A7\u80A1 \uD83D\uDE80", article.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE"})
    void html_with_a_byte_order_mark_decodes_whatever_charset_it_declares(String charset) {
        byte[] bytes = ("\uFEFF<html><head><meta charset=\"iso-8859-1\"><title>Tencent</title></head><body><p>" + WESTERN
                + " \u817E\u8BAF\u63A7\u80A1</p></body></html>").getBytes(Charset.forName(charset));
        assertEquals(WESTERN + " \u817E\u8BAF\u63A7\u80A1", reader.parse(bytes, "u.html", "u").text());
    }

    @Test
    void control_characters_in_text_and_html_become_spaces() {
        String withControls = "Nvidia\u0007 sells\u0001chips\u001B[0m to\u0093Microsoft\u007F.\u000B\uFFFF";
        Article text = reader.parse(("TITLE: Chip\u0008 deal\n\n" + withControls).getBytes(StandardCharsets.UTF_8), "c.txt", "c");
        assertEquals("Nvidia sells chips [0m to Microsoft .", text.text());
        assertEquals("Chip deal", text.title());
        Article html = reader.parse(("<html><head><title>Chip\u0008 deal</title></head><body><p>" + withControls + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), "c.html", "c");
        assertEquals("Nvidia sells chips [0m to Microsoft .", html.text());
        assertEquals("Chip deal", html.title());
        Article api = reader.fromText(withControls.replace('\u0001', '\u0000'), "api", "\u0001", null);
        assertEquals("Nvidia sells chips [0m to Microsoft .", api.text());
        assertEquals("Nvidia sells chips [0m to Microsoft .", api.title());
    }

    @Test
    void a_nul_byte_anywhere_in_a_text_file_marks_it_as_binary() {
        byte[] bytes = ("Nvidia sells chips to Microsoft. ".repeat(3_000) + "\u0000").getBytes(StandardCharsets.UTF_8);
        assertEquals("late.txt: looks like a binary file (NUL byte at offset 99000), not text; give a .txt in UTF-8 or an .html page",
                assertThrows(ArticleException.class, () -> reader.parse(bytes, "late.txt", "late")).getMessage());
        byte[] utf16 = ("\uFEFFNvidia\u0000 sells chips.").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("u.txt: looks like binary content (NUL character at 6), not text",
                assertThrows(ArticleException.class, () -> reader.parse(utf16, "u.txt", "u")).getMessage());
    }

    @Test
    void a_bad_date_header_is_named_in_a_short_message() {
        byte[] bytes = ("DATE: " + "x".repeat(5_000) + "\n\nNvidia sells chips.").getBytes(StandardCharsets.UTF_8);
        assertEquals("d.txt: DATE header '" + "x".repeat(40) + "\u2026' is not a date like 2025-02-27",
                assertThrows(ArticleException.class, () -> reader.parse(bytes, "d.txt", "d")).getMessage());
    }

    @Test
    void unsupported_empty_binary_and_invalid_files_are_refused_with_the_reason() throws Exception {
        Path docx = Files.writeString(temp.resolve("report.docx"), "text");
        assertEquals("Unsupported file type for " + docx + " (supported: .txt, .html, .htm)",
                assertThrows(ArticleException.class, () -> reader.read(docx)).getMessage());
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        assertEquals(empty + ": the file is empty", assertThrows(ArticleException.class, () -> reader.read(empty)).getMessage());
        Path binary = Files.write(temp.resolve("b.txt"), new byte[] {'a', 0, 'b'});
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(binary)).getMessage().contains("binary file (NUL byte at offset 1)"));
        Path invalid = Files.write(temp.resolve("i.txt"), new byte[] {'a', (byte) 0xC3, '('});
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(invalid)).getMessage().contains("not valid UTF-8"));
        assertThrows(ArticleException.class, () -> reader.expand(List.of(temp.resolve("missing"))));
    }

    @Test
    void folders_expand_recursively_to_supported_files_in_name_order() throws Exception {
        Files.createDirectories(temp.resolve("a/b"));
        Files.writeString(temp.resolve("a/b/2.htm"), "x");
        Files.writeString(temp.resolve("a/1.txt"), "x");
        Files.writeString(temp.resolve("a/notes.md"), "x");
        assertEquals(List.of(temp.resolve("a/1.txt"), temp.resolve("a/b/2.htm")), reader.expand(List.of(temp.resolve("a"))));
    }
}
