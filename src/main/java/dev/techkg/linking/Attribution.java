package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * News cites its sources: "According to Nikkei and the Wall Street Journal, Rapidus is partnering with IBM." A source
 * named so is no party to what it reports, and no antecedent of a later "it" or "the firms". Used by coreference and
 * by both extraction layers.
 */
public final class Attribution {
    private static final int MAX_LIST = 12;

    private Attribution() {
    }

    /** Whether the mention is "according to" it, or in a list of names that follows "according to". */
    public static boolean cited(List<Token> tokens, Mention mention) {
        for (int k = mention.begin() - 1; k >= 1 && k >= mention.begin() - MAX_LIST; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals("to") && tokens.get(k - 1).word().equalsIgnoreCase("according")) {
                return true;
            }
            if (!(word.equals("the") || word.equals("and") || word.equals(",") || word.equals("or") || tokens.get(k).tag().startsWith("NNP"))) {
                return false;
            }
        }
        return false;
    }
}
