package dev.techkg.linking;

/**
 * One mention of an entity in a sentence.
 *
 * @param sentence   index of the sentence
 * @param begin      index of its first token
 * @param end        index just past its last token
 * @param surface    the text as it stands
 * @param entityName the canonical name of the entity it refers to
 * @param type       its type in this mention, which may differ from the entity's type in the article: "China" is
 *                   a place in "sales in China" and a government body in "China fined Micron" (the article's
 *                   entity is then a government body); null for a reference ("its", "the company"), which
 *                   takes its entity's type
 */
public record Mention(int sentence, int begin, int end, String surface, String entityName, EntityType type) {
    /** A mention typed as its entity (references to a company). */
    public Mention(int sentence, int begin, int end, String surface, String entityName) {
        this(sentence, begin, end, surface, entityName, null);
    }

    /** The type of this mention, or the entity's when the mention has none of its own. */
    public EntityType typeOr(EntityType entityType) {
        return type == null ? entityType : type;
    }
}
