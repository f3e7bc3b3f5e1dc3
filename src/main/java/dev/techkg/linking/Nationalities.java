package dev.techkg.linking;

import dev.techkg.TechKgException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The adjectives of nationality and their countries, from {@code nationalities.tsv} ("Dutch" → "Netherlands"). */
final class Nationalities {
    private Nationalities() {
    }

    /** Adjective → the country's gazetteer name; fails naming a line that is not adjective<TAB>country. */
    static Map<String, String> load() {
        Map<String, String> adjectives = new HashMap<>();
        for (String line : WordList.lines("nationalities.tsv")) {
            List<String> cells = List.of(line.split("\t"));
            if (cells.size() != 2) {
                throw new TechKgException("nationalities.tsv: expected adjective<TAB>country but found '" + line + "'");
            }
            adjectives.put(cells.get(0).strip(), cells.get(1).strip());
        }
        return Map.copyOf(adjectives);
    }
}
