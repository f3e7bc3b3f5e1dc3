package dev.techkg.linking;

import dev.techkg.Resources;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A word list resource beside this package's classes: one word per line, '#' comments. */
final class WordList {
    private WordList() {}

    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : Resources.text(WordList.class, resource).split("\n")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
