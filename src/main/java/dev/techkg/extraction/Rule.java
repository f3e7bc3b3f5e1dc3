package dev.techkg.extraction;

import java.util.List;

/**
 * One extraction rule of {@code relations.rules}.
 *
 * @param id            a stable id, recorded with every fact the rule produces
 * @param relation      the relation it states
 * @param confidence    how often it is right, 0.0 to 1.0
 * @param pattern       the TokensRegex pattern, macros expanded
 * @param examples      sentences it must match
 * @param pairObjects   whether every two entities of the object list are related too (rankings)
 * @param line          the line of the rule file where the rule starts
 */
public record Rule(String id, Relation relation, double confidence, String pattern, List<String> examples,
                   boolean pairObjects, int line) {
    public Rule {
        examples = List.copyOf(examples);
    }
}
