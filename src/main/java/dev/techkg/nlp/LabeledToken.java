package dev.techkg.nlp;

/**
 * A token as pattern rules see it.
 *
 * @param word  the token text (matched by {@code /regex/} or {@code {word:...}})
 * @param lemma the dictionary form ({@code {lemma:...}})
 * @param tag   the part-of-speech tag ({@code {tag:...}})
 * @param label the entity label the linking stage gave it ({@code {ner:...}}), "O" outside any entity
 */
public record LabeledToken(String word, String lemma, String tag, String label) {}
