package dev.techkg.nlp;

/**
 * One token of an analysed text.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as CoreNLP normalised it (quotes as ASCII, e.g. "'s")
 * @param originalText the token exactly as it stands in the text
 * @param lemma the dictionary form
 * @param tag   the Penn Treebank part-of-speech tag
 * @param ner   the coarse named-entity tag: PERSON, ORGANIZATION, LOCATION, MISC, a numeric type, or "O"
 * @param begin character offset of the first character in the text
 * @param end   character offset just past the last character
 */
public record Token(int index, String word, String originalText, String lemma, String tag, String ner, int begin, int end) {}
