package dev.techkg.linking;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word list resources beside this package's classes: one entry per line, '#' comments, blank lines ignored. */
final class WordList {
    private WordList() {}

    /** The entries, lower-cased. */
    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** The entries as written (case kept), in file order. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        for (String line : Resources.text(WordList.class, resource).split("\n")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                lines.add(entry);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * "section: value" lines, grouped by section in file order; the value is kept as written.
     *
     * @throws dev.techkg.TechKgException naming the resource and line when a line has no section
     */
    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new TechKgException(resource + ": expected 'section: value' but found '" + line + "'");
            }
            sections.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return sections;
    }

    /** The words of a section whose values are space-separated word lists, lower-cased. */
    static Set<String> words(Map<String, List<String>> sections, String section) {
        Set<String> words = new HashSet<>();
        for (String value : sections.getOrDefault(section, List.of())) {
            for (String word : value.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return Set.copyOf(words);
    }
}
