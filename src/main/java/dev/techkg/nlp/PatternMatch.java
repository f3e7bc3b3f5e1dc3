package dev.techkg.nlp;

import java.util.Map;

/**
 * One match of a pattern in a sentence.
 *
 * @param pattern the index of the pattern in the compiled set
 * @param begin   index of the first matched token
 * @param end     index just past the last matched token
 * @param groups  named groups (without the {@code $}) to their [begin, end) token ranges
 */
public record PatternMatch(int pattern, int begin, int end, Map<String, int[]> groups) {
    public PatternMatch {
        groups = Map.copyOf(groups);
    }
}
