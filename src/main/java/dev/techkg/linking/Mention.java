package dev.techkg.linking;

/**
 * One mention of an entity in a sentence.
 *
 * @param sentence   index of the sentence
 * @param begin      index of its first token
 * @param end        index just past its last token
 * @param surface    the text as it stands
 * @param entityName the canonical name of the entity it refers to
 */
public record Mention(int sentence, int begin, int end, String surface, String entityName) {}
