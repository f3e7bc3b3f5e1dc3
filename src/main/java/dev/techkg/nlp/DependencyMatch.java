package dev.techkg.nlp;

import java.util.Map;

/**
 * One match of a dependency pattern in a sentence.
 *
 * @param pattern the index of the pattern in the compiled set
 * @param nodes   the pattern's named nodes (without the {@code =}) to the indexes of the tokens they matched
 */
public record DependencyMatch(int pattern, Map<String, Integer> nodes) {
    public DependencyMatch {
        nodes = Map.copyOf(nodes);
    }
}
