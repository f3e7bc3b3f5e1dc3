package dev.techkg.pipeline;

import java.util.List;

/**
 * An upload as a client sent it, before it is checked and becomes a job ({@link UploadService#submit}): files, a
 * text, or a URL to fetch. Immutable; nothing in it has been checked yet.
 */
public sealed interface Upload {
    /** The most files one upload may carry. */
    int MAX_FILES = 50;

    /** Whether the upload may replace earlier uploads of the same source. */
    boolean replace();

    /** One uploaded file: its name as sent (null or blank when none was given) and its bytes. */
    record File(String name, byte[] bytes) {}

    /** Files, each to become an article. */
    record Files(List<File> files, boolean replace) implements Upload {
        public Files {
            files = List.copyOf(files);
        }
    }

    /**
     * An article's body given as text.
     *
     * @param text   the body
     * @param title  the title, or null or blank for none
     * @param source where it came from, or null or blank for one derived from the text
     * @param date   the publication date as YYYY-MM-DD (longer values are cut to their first 10 characters), or null
     */
    record Text(String text, String title, String source, String date, boolean replace) implements Upload {}

    /** A page to fetch and ingest. */
    record Url(String url, boolean replace) implements Upload {}
}
