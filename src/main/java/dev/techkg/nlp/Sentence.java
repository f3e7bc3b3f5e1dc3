package dev.techkg.nlp;

import java.util.List;

/**
 * One sentence of an analysed text.
 *
 * @param index  position in the text, from 0
 * @param text   the sentence exactly as it stands in the text
 * @param tokens its tokens, in order
 */
public record Sentence(int index, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
