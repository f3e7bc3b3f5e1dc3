package dev.techkg.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises body text to paragraphs separated by one blank line, so that sentence splitting can treat
 * a blank line as a hard break and headings never glue onto the next sentence.
 *
 * <p>Plain text comes in two shapes: one paragraph (or heading) per line, and prose hard-wrapped at a
 * fixed width with blank lines between paragraphs. Wrapped text is recognised by its many lines of
 * similar, long length; there a single newline is a space. Otherwise every line is its own paragraph.
 *
 * <p>Control characters become spaces: no article holds them on purpose, CoreNLP drops them, and XML
 * (RDF/XML, SPARQL XML results) cannot carry them, so one stored in an article would break those answers.
 */
final class Paragraphs {
    /** C0 controls except tab and line breaks, DEL, C1 controls, and the non-characters U+FFFE and U+FFFF. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

    private Paragraphs() {}

    /** One line of text, such as a headline: control characters and runs of white space become one space. */
    static String line(String raw) {
        return CONTROL.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    static String normalize(String raw) {
        String text = CONTROL.matcher(raw).replaceAll(" ").replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
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
