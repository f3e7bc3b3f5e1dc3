package dev.techkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the data files shipped in the jar (rules, gazetteer, queries, shapes, page templates). */
public final class Resources {
    private Resources() {}

    /**
     * The resource as UTF-8 text.
     *
     * @param anchor the class the name is relative to (a name starting with '/' is absolute)
     * @throws TechKgException naming the resource when it is missing or cannot be read
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new TechKgException("The resource " + name + " is missing from the class path (beside "
                        + anchor.getSimpleName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TechKgException("Cannot read the resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** The entries of a word-list resource, as written and in file order: one per line, '#' comments and blank lines skipped. */
    public static List<String> lines(Class<?> anchor, String name) {
        List<String> lines = new ArrayList<>();
        for (String line : text(anchor, name).split("\n")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                lines.add(entry);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * The "section: value" lines of a word-list resource, grouped by section in file order; values kept as written.
     *
     * @throws TechKgException naming the resource and the line when a line has no section
     */
    public static Map<String, List<String>> sections(Class<?> anchor, String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String line : lines(anchor, name)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new TechKgException(name + ": expected 'section: value' but found '" + line + "'");
            }
            sections.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return sections;
    }
}
