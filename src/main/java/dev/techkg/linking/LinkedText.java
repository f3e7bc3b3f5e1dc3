package dev.techkg.linking;

import dev.techkg.nlp.AnalyzedText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An analysed text with its entities and their mentions.
 *
 * @param analysis the sentences and tokens
 * @param entities the canonical entities, in order of first mention
 * @param mentions every mention by name, in text order
 * @param references phrases that refer back to something named ("its", "the company", "the regulator"), in text
 *                   order, one per thing meant ("the two companies": two on one span); they
 *                   serve relation extraction and are not names of the entity
 */
public record LinkedText(AnalyzedText analysis, List<Entity> entities, List<Mention> mentions, List<Mention> references) {
    public LinkedText {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
    }

    /** The entities by canonical name. */
    public Map<String, Entity> entitiesByName() {
        return entities.stream().collect(Collectors.toMap(Entity::name, Function.identity()));
    }

    /** The mentions in one sentence, in order. */
    public List<Mention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** The references in one sentence, in order. */
    public List<Mention> referencesIn(int sentence) {
        return references.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
