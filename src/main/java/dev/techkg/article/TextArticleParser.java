package dev.techkg.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

/**
 * Plain-text articles. The file may start with header lines {@code SOURCE: …}, {@code TITLE: …} and
 * {@code DATE: YYYY-MM-DD} (a value of "unknown" is ignored) followed by a blank line; a SOURCE header
 * that is a URL becomes the article's source. Without a TITLE header, a short first line without final
 * punctuation, followed by a blank line, is taken as the headline; failing that the file name is. When
 * header lines are present, everything after them is body. Without a DATE header, the publication date is
 * the one in a URL source's path, else in a dateline opening the text, else unknown.
 */
final class TextArticleParser {
    private static final int MAX_HEADLINE_LENGTH = 200;

    /**
     * @param today the day of reading, for a dateline without a year
     */
    Article parse(String text, String source, String fallbackTitle, LocalDate today) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, String> header = new LinkedHashMap<>();
        String afterHeader = stripHeader(body, header);
        boolean hadHeader = afterHeader.length() != body.length();
        body = afterHeader;
        String title = header.get("TITLE");
        if (title == null && !hadHeader) {
            String[] firstAndRest = splitHeadline(body);
            if (firstAndRest != null) {
                title = firstAndRest[0];
                body = firstAndRest[1];
            }
        }
        String clean = Paragraphs.normalize(body);
        if (clean.isBlank()) {
            throw new ArticleException(source + ": no body text after the header lines");
        }
        String headerSource = header.get("SOURCE");
        String effectiveSource = headerSource != null && headerSource.matches("(?i)https?://\\S+") ? headerSource : source;
        String headline = title == null ? "" : Paragraphs.line(title);
        LocalDate date = parseDate(header.get("DATE"), source);
        PublicationDates.Found found = date != null ? new PublicationDates.Found(date, DateSource.HEADER)
                : firstNonNull(PublicationDates.fromUrl(effectiveSource), PublicationDates.fromDateline(clean, today));
        return new Article(effectiveSource, headline.isEmpty() ? fallbackTitle : headline, found == null ? null : found.date(), clean,
                found == null ? null : found.source());
    }

    static PublicationDates.Found firstNonNull(PublicationDates.Found a, PublicationDates.Found b) {
        return a != null ? a : b;
    }

    private static String stripHeader(String text, Map<String, String> header) {
        String rest = text;
        Set<String> seen = new HashSet<>();
        while (true) {
            int newline = rest.indexOf('\n');
            String line = (newline < 0 ? rest : rest.substring(0, newline)).strip();
            int colon = line.indexOf(':');
            String key = colon > 0 ? line.substring(0, colon).strip() : "";
            if (!(key.equals("SOURCE") || key.equals("TITLE") || key.equals("DATE")) || !seen.add(key)) {
                return rest;
            }
            String value = line.substring(colon + 1).strip();
            if (!value.isEmpty() && !value.equalsIgnoreCase("unknown")) {
                header.put(key, value);
            }
            rest = newline < 0 ? "" : rest.substring(newline + 1);
        }
    }

    /** [headline, rest] when the text opens with a short unpunctuated line and a blank line; else null. */
    private static String[] splitHeadline(String text) {
        String normalized = text.replace("\r\n", "\n").stripLeading();
        int end = normalized.indexOf("\n\n");
        if (end < 0) {
            return null;
        }
        String first = normalized.substring(0, end).strip();
        boolean headline = !first.isEmpty() && !first.contains("\n") && first.length() <= MAX_HEADLINE_LENGTH
                && !first.matches(".*[.!?:;,]$");
        return headline ? new String[] {first, normalized.substring(end + 2)} : null;
    }

    private static LocalDate parseDate(String value, String source) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw new ArticleException(source + ": DATE header '" + shown + "' is not a date like 2025-02-27");
        }
    }
}
