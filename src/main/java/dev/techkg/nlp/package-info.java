/**
 * Linguistic analysis: tokens, sentences, lemmas, part-of-speech and named-entity tags from Stanford
 * CoreNLP, and token-sequence pattern matching with CoreNLP's TokensRegex. {@code edu.stanford.*} is
 * used only in this package; everything leaving it is an immutable record of plain Java types.
 */
package dev.techkg.nlp;
