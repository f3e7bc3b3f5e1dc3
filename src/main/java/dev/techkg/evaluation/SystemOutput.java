package dev.techkg.evaluation;

import java.util.List;
import java.util.Set;

/**
 * What the system extracted from one article, read back from its graph.
 *
 * @param entities  the entities it mentions
 * @param relations its facts
 */
public record SystemOutput(List<SystemEntity> entities, List<SystemRelation> relations) {

    /** An entity with all its labels, normalised. */
    public record SystemEntity(String iri, String label, String type, Set<String> normalizedLabels) {}

    /** A fact with its evidence, rule and confidence. */
    public record SystemRelation(SystemEntity subject, String relation, SystemEntity object, String evidence, String rule,
                                 double confidence) {}
}
