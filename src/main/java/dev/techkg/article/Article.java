package dev.techkg.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An article ready for analysis.
 *
 * @param source     where it came from: the file path or URL as the user gave it
 * @param title      the headline; never null (falls back to the file name)
 * @param date       the publication date, or null when none was found (never the day of reading)
 * @param text       the clean body text, paragraphs separated by blank lines; never blank
 * @param dateSource where the date was found; null exactly when the date is
 */
public record Article(String source, String title, LocalDate date, String text, DateSource dateSource) {
    /** The least length of the text after the first paragraph for {@link #copyKey()} to leave that paragraph out. */
    public static final int COPY_KEY_MIN_REST = 200;

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An article needs a non-blank body text: " + source);
        }
        if ((date == null) != (dateSource == null)) {
            throw new IllegalArgumentException("An article's date and its source come together: " + date + " from " + dateSource + " for " + source);
        }
    }

    /** An undated article. */
    public static Article undated(String source, String title, String text) {
        return new Article(source, title, null, text, null);
    }

    /**
     * The key near-copies share: 16 hex digits of SHA-256 over the text without its first paragraph, lower-cased
     * with white space collapsed, as syndicated wire text reappears under another first line (a site's own
     * headline, byline or dateline). Over the whole text when the rest is under {@link #COPY_KEY_MIN_REST}
     * characters, so short texts that differ only in their first lines are not taken for copies.
     */
    public String copyKey() {
        int end = text.indexOf("\n\n");
        String rest = end < 0 ? "" : text.substring(end + 2);
        String basis = (rest.strip().length() >= COPY_KEY_MIN_REST ? rest : text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The same article from another source (a date found in the old source's URL stays). */
    public Article withSource(String newSource) {
        return new Article(newSource, title, date, text, dateSource);
    }
}
