package dev.techkg.nlp;

import dev.techkg.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nvidia Corp. NVDA and Microsoft Corp. MSFT are investing in the startup": some outlets write a company's stock
 * ticker, without brackets, right after its name. The tokenizer takes "Corp." before a capitalised word for the end
 * of a sentence, and the parser makes the ticker a word of the clause. Such a ticker is written over before
 * analysis, so that offsets into the article hold and the sentence reads as if it were not there: with left-to-right
 * marks, which the tokenizer drops, since a run of spaces after "Corp." would still end the sentence. A ticker is
 * a capitalised word of two to five letters that spells a shortening of the capitalised words just before it (its
 * letters in order, from the first letter of one of those words: NVDA of "Nvidia Corp.", AAPL of "Apple"), and is
 * followed by a space or punctuation. Immutable.
 */
public final class InlineTickers {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TICKER = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern TICKER_WITH_PUNCTUATION = Pattern.compile("(\\p{Lu}{2,5})[,;:.)]?");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.-]*(['’]s)?");
    /** A name word may end in the full stop of a short abbreviation ("Corp.", "Inc."), not of a sentence ("Nvidia."). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{1,3}\\.");
    /** How many capitalised words before a ticker may make up the name it shortens. */
    private static final int NAME_WORDS = 4;
    /** U+200E LEFT-TO-RIGHT MARK: no word, no space, dropped by the tokenizer without a token. */
    static final char FILLER = '\u200E';

    private final Set<String> notTickers;

    public InlineTickers(Set<String> notTickers) {
        this.notTickers = Set.copyOf(notTickers);
    }

    /** The list shipped in {@code not-tickers.txt}. */
    public static InlineTickers load() {
        return new InlineTickers(Set.copyOf(Resources.lines(InlineTickers.class, "not-tickers.txt")));
    }

    /** The text with every letter of an inline ticker replaced by {@link #FILLER}; the same string when there is none. */
    public String blanked(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        char[] out = null;
        for (int k = 1; k < words.size(); k++) {
            String written = text.substring(words.get(k)[0], words.get(k)[1]);
            Matcher ticker = TICKER_WITH_PUNCTUATION.matcher(written);
            if (!ticker.matches() || notTickers.contains(ticker.group(1)) || !shortensNameBefore(text, words, k, ticker.group(1))) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            int begin = words.get(k)[0];
            for (int c = begin; c < begin + ticker.group(1).length(); c++) {
                out[c] = FILLER;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Whether the ticker shortens a run of capitalised words ending right before word k (and not itself a ticker). */
    private static boolean shortensNameBefore(String text, List<int[]> words, int k, String ticker) {
        StringBuilder name = new StringBuilder();
        for (int before = k - 1; before >= 0 && before >= k - NAME_WORDS; before--) {
            String written = text.substring(words.get(before)[0], words.get(before)[1]);
            if (!NAME_WORD.matcher(written).matches() || written.endsWith(".") && !ABBREVIATION.matcher(written).matches()
                    || TICKER.matcher(written).matches() && before == k - 1
                    || before < k - 1 && (written.endsWith("'s") || written.endsWith("’s"))) {
                return false;
            }
            name.insert(0, written.replaceAll("['’]s$", ""));
            if (tickerOf(ticker, name.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word, two to five capitals, spells the name's letters in order from its first ("QCOM" of "Qualcomm");
     * not the name itself.
     */
    public static boolean tickerOf(String word, String name) {
        if (!TICKER.matcher(word).matches()) {
            return false;
        }
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty() || letters.equals(word) || letters.charAt(0) != word.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int k = 0; k < word.length(); k++) {
            // A doubled letter may stand for one: AAPL of Apple.
            at = letters.indexOf(word.charAt(k), k == 0 ? 0 : word.charAt(k) == word.charAt(k - 1) ? at : at + 1);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }
}
