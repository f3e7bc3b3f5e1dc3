package dev.techkg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article ready for analysis.
 *
 * @param source where it came from: the file path or URL as the user gave it
 * @param title  the headline; never null (falls back to the file name)
 * @param date   the publication date, or null when the source gives none
 * @param text   the clean body text, paragraphs separated by blank lines; never blank
 */
public record Article(String source, String title, LocalDate date, String text) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An article needs a non-blank body text: " + source);
        }
    }
}
