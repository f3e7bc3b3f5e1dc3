package dev.techkg.extraction;

/**
 * A relation found in a sentence.
 *
 * @param subject    canonical name of the subject entity
 * @param relation   the relation
 * @param object     canonical name of the object entity
 * @param sentence   index of the sentence
 * @param evidence   the sentence text that states it
 * @param confidence how likely it is right, 0.0 to 1.0
 * @param rule       id of the rule that found it
 */
public record CandidateRelation(String subject, Relation relation, String object, int sentence, String evidence,
                                double confidence, String rule) {}
