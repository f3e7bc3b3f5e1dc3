package dev.techkg.linking;

import dev.techkg.Resources;
import java.util.HashSet;
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
        return Resources.lines(WordList.class, resource);
    }

    /** "section: value" lines, grouped by section in file order; the value is kept as written. */
    static Map<String, List<String>> sections(String resource) {
        return Resources.sections(WordList.class, resource);
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
