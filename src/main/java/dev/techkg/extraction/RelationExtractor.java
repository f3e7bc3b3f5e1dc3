package dev.techkg.extraction;

import dev.techkg.linking.LinkedText;
import java.util.List;

/** Finds relations between the entities of a linked text. Implementations are thread-safe. */
public interface RelationExtractor {
    /**
     * @param text the analysed text with its entities and mentions
     * @return the relations, at most one per (subject, relation, object), each with its best evidence
     */
    List<CandidateRelation> extract(LinkedText text);
}
