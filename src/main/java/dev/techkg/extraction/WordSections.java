package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the lower-case word sections a structural rule needs from its data file ("section: words"). */
final class WordSections {
    private WordSections() {
    }

    /** Each named section's words; fails naming the file and the section that is missing or empty. */
    static Map<String, Set<String>> load(String file, List<String> names) {
        Map<String, List<String>> sections = Resources.sections(WordSections.class, file);
        Map<String, Set<String>> words = new HashMap<>();
        for (String name : names) {
            Set<String> values = new HashSet<>();
            for (String value : sections.getOrDefault(name, List.of())) {
                values.addAll(List.of(value.toLowerCase(Locale.ROOT).split("\\s+")));
            }
            if (values.isEmpty()) {
                throw new TechKgException(file + ": the section '" + name + "' is missing or empty");
            }
            words.put(name, Set.copyOf(values));
        }
        return Map.copyOf(words);
    }
}
