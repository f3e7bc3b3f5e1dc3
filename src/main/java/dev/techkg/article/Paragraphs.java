package dev.techkg.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises body text to paragraphs separated by one blank line, so that sentence splitting can treat
 * a blank line as a hard break and headings never glue onto the next sentence.
 *
 * <p>Plain text comes in two shapes: one paragraph (or heading) per line, and prose hard-wrapped at a
 * fixed width with blank lines between paragraphs. Wrapped text is recognised by its many lines of
 * similar, long length; there a single newline is a space. Otherwise every line is its own paragraph.
 */
final class Paragraphs {
    private Paragraphs() {}

    static String normalize(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        String[] lines = text.split("\n", -1);
        boolean hardWrapped = looksHardWrapped(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.strip().replaceAll("[ \\t\\f]+", " ");
            if (trimmed.isEmpty()) {
                flush(current, paragraphs);
            } else if (hardWrapped) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(trimmed);
            } else {
                flush(current, paragraphs);
                current.append(trimmed);
            }
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** True when most non-empty lines are 50–100 characters long and several follow each other directly. */
    private static boolean looksHardWrapped(String[] lines) {
        int nonEmpty = 0;
        int wrapWidth = 0;
        int continued = 0;
        String previous = "";
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                previous = "";
                continue;
            }
            nonEmpty++;
            if (s.length() >= 50 && s.length() <= 100) {
                wrapWidth++;
            }
            if (!previous.isEmpty()) {
                continued++;
            }
            previous = s;
        }
        return nonEmpty >= 4 && wrapWidth * 10 >= nonEmpty * 6 && continued * 2 >= nonEmpty;
    }
}
