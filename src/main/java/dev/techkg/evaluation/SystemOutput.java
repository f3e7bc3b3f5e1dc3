package dev.techkg.evaluation;

import java.util.List;
import java.util.Set;

/**
 * What the system extracted from one article: its entities and facts read back from the article's graph,
 * and its sentences with the entities found in each, taken from the pipeline's in-memory result (the
 * graph does not keep mentions per sentence).
 *
 * @param entities  the entities it mentions
 * @param relations its facts
 * @param sentences its sentences in text order; empty when not known, and then a false negative's cause is
 *                  judged on the gold evidence text alone
 */
public record SystemOutput(List<SystemEntity> entities, List<SystemRelation> relations, List<SystemSentence> sentences) {
    public SystemOutput {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        sentences = List.copyOf(sentences);
    }

    /** Output without sentences. */
    public SystemOutput(List<SystemEntity> entities, List<SystemRelation> relations) {
        this(entities, relations, List.of());
    }

    /** An entity with all its labels, normalised; {@code label} is its canonical name. */
    public record SystemEntity(String iri, String label, String type, Set<String> normalizedLabels) {}

    /** A fact with its evidence, rule and confidence. */
    public record SystemRelation(SystemEntity subject, String relation, SystemEntity object, String evidence, String rule,
                                 double confidence) {}

    /**
     * One sentence and the entities the system found in it.
     *
     * @param text     the sentence as it stands in the text
     * @param entities canonical names of the entities named in it or referred back to ("its", "the company")
     */
    public record SystemSentence(String text, Set<String> entities) {
        public SystemSentence {
            entities = Set.copyOf(entities);
        }
    }
}
