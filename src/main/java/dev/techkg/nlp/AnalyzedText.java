package dev.techkg.nlp;

import java.util.List;

/**
 * A text split into sentences and tokens, with tags.
 *
 * @param text      the text that was analysed
 * @param sentences its sentences, in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
