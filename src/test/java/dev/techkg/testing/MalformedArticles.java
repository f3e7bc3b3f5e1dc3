package dev.techkg.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Malformed article files made from a seeded {@link Random}, so every run sees the same ones: random bytes,
 * cut UTF-8, control characters and NUL bytes, huge words, sentences without end, runs of punctuation,
 * mixed scripts, empty and blank files, broken byte-order marks, header lines with bad values, HTML tag
 * soup, and good articles with a few bytes changed. Most are small; a handful are large.
 */
public final class MalformedArticles {
    /** One generated file: its name (kind and extension included) and its bytes. */
    public record Sample(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private static final List<String> SENTENCES = List.of(
            "Nvidia CEO Jensen Huang said demand is strong.",
            "Santa Clara-based Nvidia designed the H20 chip.",
            "Microsoft has invested billions of dollars in OpenAI.",
            "Alibaba Group competes with Tencent in cloud computing.",
            "Samsung supplies memory chips to Apple.",
            "The European Commission fined Google for abusing its dominance in search.",
            "Intel will build chips for Microsoft, the company said on Wednesday.",
            "Arm licenses its chip designs to Qualcomm.",
            "Huawei unveiled the Kirin 9000S processor in its Mate 60 phone.",
            "Amazon acquired iRobot after a long review by regulators in Brussels.");
    private static final List<String> WORDS = List.of(
            "the", "company", "said", "chips", "and", "will", "buy", "more", "in", "from", "sells", "to", "market",
            "shares", "rose", "after", "quarter", "revenue", "demand", "cloud", "Nvidia", "Microsoft", "China", "Intel");
    private static final List<String> FOREIGN = List.of(
            "华为", "腾讯控股", "阿里巴巴集团", "Яндекс", "Сбербанк", "Σαμσουνγκ", "سامسونج", "מיקרוסופט", "हुआवेई",
            "ソフトバンクグループ", "삼성전자", "ไมโครซอฟท์", "Société Générale", "Ångström", "e\u0301cole", "ﬁnance",
            "\uD835\uDC0D\uD835\uDC2F\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC1A", "🚀", "👩\u200D💻", "🇨🇳",
            "\u200F", "\u202E", "\u200B", "\u200D", "\u00AD", "\uFEFF", "\u2028", "\u2029", "\uFFFD", "\uFFFF",
            "\u3000", "\u00A0", "\u202F", "\u0301\u0301\u0301", "Z\u0351\u0359\u0337a\u0352\u036Bl\u0338g\u0336o");
    private static final List<String> PUNCTUATION = List.of(
            "!", "?", ".", ",", ";", ":", "-", "--", "—", "(", ")", "[", "]", "{", "}", "'", "\"", "`", "''", "``", "*",
            "…", "...", "/", "\\", "&", "%", "$", "#", "@", "|", "<", ">", "«", "»", "“", "”", "‘", "’", "¿", "¡");
    private static final List<String> TAGS = List.of(
            "html", "head", "body", "title", "div", "p", "span", "b", "i", "a", "table", "tr", "td", "ul", "li", "h1",
            "article", "main", "nav", "footer", "header", "aside", "form", "button", "script", "style", "svg", "math",
            "template", "iframe", "noscript", "select", "option", "textarea", "xmp", "plaintext", "frameset", "frame",
            "time", "meta", "br", "img", "blockquote", "pre", "figcaption", "dd", "dt", "font", "center", "marquee");
    private static final List<String> ATTRIBUTES = List.of(
            "class=\"share\"", "id=\"cookie-banner\"", "role=\"navigation\"", "class=\"newsletter signup\"",
            "href=\"javascript:alert(1)\"", "datetime=\"2025-99-99\"", "datetime=\"2024-05-06T10:00:00Z\"",
            "property=\"og:title\" content=\"\"", "property=\"og:title\" content=\"Chips &amp; more\"",
            "itemprop=\"datePublished\" content=\"not a date\"", "name=\"date\" content=\"2024-02-30\"", "charset=\"x-bogus\"",
            "charset=\"utf-16\"", "charset=\"\"", "style=\"display:none\"", "hidden", "a=b=c", "\"=\"", "x", "onload=\"x()\"");
    private static final List<String> HTML_SPECIALS = List.of(
            "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<!DOCTYPE>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
            "&amp;", "&#0;", "&#xD800;", "&#1114112;", "&#x110000;", "&#99999999999;", "&nbsp;", "&bogus;", "&", "&#",
            "</", "<", ">", "\"", "'", "=", "</p>", "</div></div></div>", "<meta charset=\"utf-16\">",
            "<meta charset=\"x-bogus\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\">",
            "<script type=\"application/ld+json\">{\"datePublished\": \"2024-02-30\"}</script>",
            "<meta property=\"article:published_time\" content=\"9999-99-99T00:00\">", "<script>", "</script>",
            "<style>", "<title>", "</title>", "<textarea>", "<plaintext>", "<table><td>", "<li><li><li>");

    private final Random random;
    private final List<Sample> samples = new ArrayList<>();

    private MalformedArticles(long seed) {
        this.random = new Random(seed);
    }

    /** The same samples for the same seed: over a thousand, a handful of them large (up to 100,000 characters). */
    public static List<Sample> generate(long seed) {
        return new MalformedArticles(seed).all();
    }

    private List<Sample> all() {
        repeat(280, "random-bytes", this::randomBytes);
        repeat(70, "cut-utf8", this::cutUtf8);
        repeat(60, "control-chars", this::controlCharacters);
        repeat(120, "nul-bytes", this::nulBytes);
        repeat(10, "long-word", () -> text(letters(1_000 + random.nextInt(4_000)) + " " + sentence()));
        repeat(10, "long-sentence", () -> text(words(200 + random.nextInt(500))));
        repeat(40, "punctuation", () -> text(punctuation(10 + random.nextInt(300))));
        repeat(50, "mixed-scripts", this::mixedScripts);
        repeat(60, "blank", this::blank);
        repeat(40, "bom", this::byteOrderMarks);
        repeat(40, "headers", this::headers);
        repeat(100, "html-soup", this::htmlSoup);
        repeat(130, "mutated", this::mutated);
        // The few large ones.
        add("huge-word.txt", utf8("Nvidia " + letters(100_000) + " Microsoft."));
        add("huge-digits.txt", utf8(sentence() + " " + "7".repeat(100_000)));
        add("huge-word.html", utf8("<html><body><p>Intel " + letters(100_000) + "</p><p>" + sentence() + "</p>"));
        add("huge-sentence.txt", utf8(words(10_000)));
        add("huge-sentence.html", utf8("<html><body><p>" + words(5_000) + "</p>"));
        add("huge-punctuation.txt", utf8(punctuation(5_000)));
        add("huge-punctuation.html", utf8("<html><body><p>" + punctuation(5_000) + "</p>"));
        add("late-nul.txt", withNulAt(utf8(words(13_000).replace(" said ", " said. ")), 66_000));
        return samples;
    }

    private void repeat(int count, String kind, Supplier<Sample> maker) {
        for (int i = 0; i < count; i++) {
            Sample made = maker.get();
            add(kind + made.name, made.bytes);
        }
    }

    private void add(String name, byte[] bytes) {
        samples.add(new Sample(String.format("%04d-%s", samples.size(), name), bytes));
    }

    /** A sample whose name is only its extension; {@link #repeat} puts the kind in front. */
    private static Sample ext(String extension, byte[] bytes) {
        return new Sample("." + extension, bytes);
    }

    private Sample text(String content) {
        return ext(random.nextBoolean() ? "txt" : "html", utf8(random.nextBoolean() ? content : "<p>" + content));
    }

    private Sample randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(2_000)];
        random.nextBytes(bytes);
        return ext(random.nextBoolean() ? "txt" : "html", bytes);
    }

    private Sample cutUtf8() {
        byte[] whole = utf8(sentence() + " " + foreign(5 + random.nextInt(20)) + " " + sentence());
        byte[] bytes;
        if (random.nextBoolean()) {
            bytes = Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 1)); // cut, often inside a character
        } else {
            int at = firstMultiByte(whole);
            bytes = new byte[whole.length - 1];
            System.arraycopy(whole, 0, bytes, 0, at);
            System.arraycopy(whole, at + 1, bytes, at, whole.length - at - 1); // a lead byte dropped
        }
        return ext(random.nextInt(4) == 0 ? "html" : "txt", bytes);
    }

    private Sample controlCharacters() {
        StringBuilder text = new StringBuilder(sentence() + " " + sentence());
        int count = 1 + random.nextInt(random.nextBoolean() ? 5 : 60);
        for (int i = 0; i < count; i++) {
            int control = switch (random.nextInt(4)) {
                case 0 -> 1 + random.nextInt(8);
                case 1 -> 0x0E + random.nextInt(0x20 - 0x0E);
                case 2 -> 0x7F + random.nextInt(0x21); // DEL and the C1 controls
                default -> 0x0B;
            };
            text.insert(random.nextInt(text.length() + 1), (char) control);
        }
        if (random.nextInt(5) == 0) {
            text.insert(0, "\u001B[31m");
        }
        return ext(random.nextBoolean() ? "txt" : "html", utf8(text.toString()));
    }

    private Sample nulBytes() {
        byte[] bytes = utf8(random.nextBoolean() ? sentence() + " " + sentence() : "<html><body><p>" + sentence() + "</p>");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            bytes = withNulAt(bytes, random.nextInt(bytes.length + 1));
        }
        return ext(random.nextBoolean() ? "txt" : "html", bytes);
    }

    private Sample mixedScripts() {
        StringBuilder text = new StringBuilder();
        int parts = 3 + random.nextInt(18);
        for (int i = 0; i < parts; i++) {
            text.append(switch (random.nextInt(3)) {
                case 0 -> pick(FOREIGN);
                case 1 -> pick(WORDS);
                default -> sentence();
            });
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text(text.toString());
    }

    private Sample blank() {
        List<String> blanks = List.of("", " ", "\n", "\r\n\r\n", "\t\t", "   \n\t  \n", "\u00A0\u00A0", "\u3000", "\u2028\u2029",
                "\r\r\r", "\f", "\u000B", "\u0085", "\u200B\u200B", "\uFEFF", "TITLE: Only a title\n\n", "SOURCE: x\nTITLE: y\nDATE: 2024-01-01\n",
                "<html></html>", "<html><body>   </body></html>", "<p></p><div> </div>", "<!-- nothing -->", "<script>var a = 1;</script>",
                "<html><head><title>Title only</title></head><body></body></html>", "<nav><a href=/>Home</a></nav><footer>Copyright</footer>");
        String content = pick(blanks);
        byte[] bytes = utf8(content);
        if (random.nextInt(4) == 0) {
            bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
        }
        return ext(content.contains("<") || random.nextInt(3) == 0 ? "html" : "txt", bytes);
    }

    private Sample byteOrderMarks() {
        String content = sentence() + " " + foreign(3);
        byte[] bytes = switch (random.nextInt(7)) {
            case 0 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, cutLast(content.getBytes(StandardCharsets.UTF_16BE))); // odd length
            case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, content.getBytes(StandardCharsets.UTF_16BE)); // wrong order
            case 2 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, content.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
            case 3 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case 4 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, cutLast(utf8(content)));
            case 5 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "\uD800 unpaired".getBytes(StandardCharsets.UTF_16LE));
            default -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, content.getBytes(StandardCharsets.UTF_16BE));
        };
        return ext(random.nextBoolean() ? "txt" : "html", bytes);
    }

    private Sample headers() {
        List<String> lines = List.of("SOURCE: not a url", "SOURCE:", "SOURCE: https://", "TITLE:", "TITLE: " + letters(5_000),
                "TITLE: " + foreign(4), "DATE: 2024-02-30", "DATE: 2024-13-01", "DATE: yesterday", "DATE: 20", "DATE: unknown",
                "DATE: " + letters(3_000), "DATE: 2024-01-01T25:99", "TITLE: a\rTITLE: b", "SOURCE: x:y", "TITLE: \u0000");
        StringBuilder text = new StringBuilder(lines.get(samples.size() % lines.size())).append('\n'); // each one at least twice
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(pick(lines)).append('\n');
        }
        if (random.nextBoolean()) {
            text.append('\n').append(sentence()).append(' ').append(sentence());
        }
        return ext("txt", utf8(text.toString()));
    }

    private Sample htmlSoup() {
        StringBuilder html = new StringBuilder();
        int parts = 5 + random.nextInt(45);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> html.append('<').append(pick(TAGS)).append(random.nextBoolean() ? " " + pick(ATTRIBUTES) : "").append('>');
                case 2 -> html.append("</").append(pick(TAGS)).append('>');
                case 3 -> html.append(pick(HTML_SPECIALS));
                case 4 -> html.append(sentence());
                default -> html.append(random.nextBoolean() ? pick(FOREIGN) : pick(PUNCTUATION));
            }
        }
        return ext(random.nextInt(10) == 0 ? "htm" : "html", utf8(html.toString()));
    }

    /** A good article with a few bytes flipped, inserted, dropped or repeated. */
    private Sample mutated() {
        boolean html = random.nextBoolean();
        String body = sentence() + " " + sentence() + "\n\n" + sentence();
        String article = html
                ? "<html><head><meta charset=\"utf-8\"><title>Chip news</title><meta property=\"article:published_time\" content=\"2024-05-06\">"
                        + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Chip news</h1><p>" + body.replace("\n\n", "</p><p>")
                        + "</p></article><footer>Copyright</footer></body></html>"
                : "TITLE: Chip news\nDATE: 2024-05-06\n\n" + body;
        byte[] bytes = utf8(article);
        int edits = 1 + random.nextInt(20);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(4)) {
                case 0 -> {
                    bytes[at] = (byte) random.nextInt(256);
                    yield bytes;
                }
                case 1 -> concat(Arrays.copyOf(bytes, at), concat(new byte[] {(byte) random.nextInt(256)}, Arrays.copyOfRange(bytes, at, bytes.length)));
                case 2 -> bytes.length > 1 ? concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + 1, bytes.length)) : bytes;
                default -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
                    yield concat(Arrays.copyOf(bytes, end), Arrays.copyOfRange(bytes, at, bytes.length));
                }
            };
        }
        return ext(html ? "html" : "txt", bytes);
    }

    private String sentence() {
        return pick(SENTENCES);
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(WORDS)).append(' ');
        }
        return text.toString().strip();
    }

    private String foreign(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pick(FOREIGN)).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private String punctuation(int count) {
        String mark = pick(PUNCTUATION);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(8) == 0 ? pick(PUNCTUATION) : mark);
        }
        return text.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int firstMultiByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) == 0xC0) {
                return i;
            }
        }
        return bytes.length / 2;
    }

    private static byte[] withNulAt(byte[] bytes, int at) {
        return concat(Arrays.copyOf(bytes, Math.min(at, bytes.length)), concat(new byte[] {0}, Arrays.copyOfRange(bytes, Math.min(at, bytes.length), bytes.length)));
    }

    private static byte[] cutLast(byte[] bytes) {
        return Arrays.copyOf(bytes, Math.max(0, bytes.length - 1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
