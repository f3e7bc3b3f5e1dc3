package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name given to a company by comparison: "Biren, nicknamed "China's Nvidia"," or "hailed as the Tesla of
 * China". The better-known company named so takes part in nothing the sentence says. The cue words are in
 * {@code nicknames.txt}.
 */
public final class Nicknames {
    /** The most words between a cue and the nickname: "as", a quotation mark, "the", a place and its "'s". */
    private static final int MAX_GAP = 5;

    private final Set<String> cues;

    private Nicknames(Set<String> cues) {
        this.cues = cues;
    }

    /** The cue words of {@code nicknames.txt}. */
    public static Nicknames loadDefault() {
        return new Nicknames(WordList.words(WordList.sections("nicknames.txt"), "cues"));
    }

    /** Whether the mention is a nickname by comparison: after a cue, with a place before it or "of" and a place after it. */
    public boolean isNickname(List<Token> tokens, Mention mention) {
        boolean placeBefore = mention.begin() >= 2 && tokens.get(mention.begin() - 1).tag().equals("POS")
                && tokens.get(mention.begin() - 2).ner().equals("LOCATION");
        // "the Tesla of China" (but "a startup called Zentrix of Beijing" names Zentrix itself)
        boolean placeAfter = mention.begin() > 0 && tokens.get(mention.begin() - 1).word().equalsIgnoreCase("the")
                && mention.end() + 1 < tokens.size() && tokens.get(mention.end()).word().equals("of")
                && tokens.get(mention.end() + 1).ner().equals("LOCATION");
        if (!placeBefore && !placeAfter) {
            return false;
        }
        int k = mention.begin() - 1 - (placeBefore ? 2 : 0);
        for (int gap = 0; k >= 0 && gap <= MAX_GAP; gap++, k--) {
            Token token = tokens.get(k);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (cues.contains(word)) {
                return true;
            }
            boolean filler = word.equals("as") || word.equals("the") || token.tag().equals("``") || word.equals("\"")
                    || word.equals("\u201c") || word.equals("'") || word.equals("`");
            if (!filler) {
                return false;
            }
        }
        return false;
    }
}
