package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a sentence without its bracketed asides that name nothing: "imposed a fine of €42.1 million ($45.5 million) on
 * Acer", "competition with Apple (AAPL.O) in China". A converted amount or a ticker in brackets makes the parser hang what
 * follows the bracket inside it, and the templates then miss the phrase; the aside says nothing a relation needs. The
 * same holds for an amount a noun is worth before a preposition: "two partnerships worth up to $2.9bn with Lilly", and
 * for a phrase that opens the sentence before a comma: "Apart from Google, Amazon and Microsoft invested". The
 * graph comes back in the sentence's own token positions, with no edges at the aside's tokens.
 */
final class Asides {
    /** The data file of amount words ({@code amount-hedges}, {@code amount-words}) and relative pronouns. */
    static final String WORDS = "parse-mends.txt";
    private static final Pattern SHORT_AMOUNT = Pattern.compile("[0-9.,]+(bn|m|mn|tn|k)");
    private static final Pattern CURRENCY = Pattern.compile("[$€£¥₹]|US\\$");
    /** Longer brackets are more than an aside (a list, a quotation); they stay. */
    private static final int MAX_ASIDE_TOKENS = 12;
    /** A participle clause between commas longer than this is more than an aside. */
    private static final int MAX_PARTICIPLE_ASIDE_TOKENS = 8;
    /** A dateline ("SEOUL, March 7 (Reuters) -") is short. */
    private static final int MAX_DATELINE_TOKENS = 12;

    private Asides() {
    }

    /**
     * @param words the sections of {@value #WORDS}
     */
    static DependencyGraph parseWithout(Sentence sentence, SentenceParser parser, List<Mention> names, Map<String, Set<String>> words) {
        List<Token> tokens = sentence.tokens();
        boolean[] dropped = new boolean[tokens.size()];
        boolean any = false;
        for (int open = 1; open < tokens.size(); open++) {
            if (!opening(tokens.get(open).word())) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close - open <= MAX_ASIDE_TOKENS && !closing(tokens.get(close).word())
                    && !opening(tokens.get(close).word())) {
                close++;
            }
            if (close >= tokens.size() || !closing(tokens.get(close).word()) || close - open > MAX_ASIDE_TOKENS) {
                continue;
            }
            final int from = open;
            final int to = close;
            if (names.stream().anyMatch(m -> m.begin() <= to && m.end() > from)) {
                continue; // "the Federal Communications Commission (FCC)": the aside names something
            }
            for (int k = open; k <= close; k++) {
                dropped[k] = true;
            }
            any = true;
            open = close;
        }
        for (Mention name : names) {
            int end = participleAsideEnd(tokens, name.end(), names);
            for (int k = name.end(); k < end; k++) {
                dropped[k] = true;
                any = true;
            }
        }
        int openerEnd = Math.max(openingAside(tokens, words.get("opening-asides"), words.get("opening-aside-roles")), datelineEnd(tokens));
        for (int k = 0; k < openerEnd; k++) {
            dropped[k] = true;
            any = true;
        }
        for (int start = 1; start < tokens.size(); start++) {
            int end = Math.max(amountAfterNoun(tokens, start, words.get("amount-hedges"), words.get("amount-words")),
                    amountBetweenModifiers(tokens, start, words.get("amount-words")));
            if (end > start && !dropped[start]) {
                final int from = start;
                final int to = end;
                if (names.stream().noneMatch(m -> m.begin() < to && m.end() > from)) {
                    for (int k = start; k < end; k++) {
                        dropped[k] = true;
                    }
                    any = true;
                    start = end - 1;
                }
            }
        }
        if (!any) {
            return parser.parse(sentence);
        }
        List<Token> kept = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (!dropped[k]) {
                Token t = tokens.get(k);
                kept.add(new Token(kept.size(), t.word(), t.originalText(), t.lemma(), t.tag(), t.ner(), t.begin(), t.end()));
                original.add(k);
            }
        }
        DependencyGraph reduced = parser.parse(new Sentence(sentence.index(), sentence.text(), kept));
        List<Dependency> edges = new ArrayList<>(reduced.edges().size());
        for (Dependency edge : reduced.edges()) {
            int governor = edge.governor() < 0 ? edge.governor() : original.get(edge.governor());
            edges.add(new Dependency(governor, original.get(edge.dependent()), edge.relation()));
        }
        return new DependencyGraph(sentence.index(), edges);
    }

    /**
     * The end of "worth up to $2.9bn" or "valued at €500 million" starting at a position right after a noun and
     * followed by a preposition ("two partnerships worth up to $2.9bn with Lilly", "a deal worth $2bn to buy Windsurf"),
     * or after a name and a comma and followed by "and" and a participle ("Zentrix, valued at $3 billion and backed by
     * Tencent,": the "and" goes too), else the start. The parser hangs what follows on the amount.
     */
    private static int amountAfterNoun(List<Token> tokens, int start, Set<String> hedges, Set<String> amountWords) {
        boolean afterNoun = tokens.get(start - 1).tag().startsWith("NN");
        boolean afterNameAndComma = start >= 2 && tokens.get(start - 1).word().equals(",") && tokens.get(start - 2).tag().startsWith("NNP");
        if (!afterNoun && !afterNameAndComma) {
            return start;
        }
        int k = start;
        String first = lower(tokens.get(k));
        if (first.equals("worth") && !tokens.get(k).tag().startsWith("NN")) {
            k++;
        } else if (first.equals("valued") && k + 1 < tokens.size() && lower(tokens.get(k + 1)).equals("at")) {
            k += 2;
        } else {
            return start;
        }
        while (k < tokens.size() && hedges.contains(lower(tokens.get(k)))) {
            k++;
        }
        int amountStart = k;
        k = amountEnd(tokens, k, amountWords);
        if (!hasNumber(tokens, amountStart, k) || k >= tokens.size()) {
            return start;
        }
        if (afterNoun && tokens.get(k).tag().matches("IN|TO") && !lower(tokens.get(k)).equals("that")) {
            return k;
        }
        // "Zentrix, valued at $3 billion and also backed by Tencent,": the participle after "and" describes the name.
        int participle = k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("RB") ? k + 2 : k + 1;
        boolean andParticiple = lower(tokens.get(k)).equals("and") && participle < tokens.size() && tokens.get(participle).tag().equals("VBN");
        return andParticiple ? k + 1 : start;
    }

    /**
     * The end of ", $38 billion" in "a seven-year, $38 billion deal with Amazon" (a comma, then an amount right before the
     * noun that both modify), starting at the comma, else the start. The parser takes the comma for a break in the noun
     * phrase and loses what hangs on the noun.
     */
    private static int amountBetweenModifiers(List<Token> tokens, int start, Set<String> amountWords) {
        if (start < 2 || !tokens.get(start).word().equals(",")) {
            return start;
        }
        Token before = tokens.get(start - 1);
        boolean modifier = before.tag().equals("JJ") && before.word().contains("-")
                || before.tag().startsWith("NN") && tokens.get(start - 2).tag().equals("HYPH");
        if (!modifier) {
            return start;
        }
        int k = amountEnd(tokens, start + 1, amountWords);
        return hasNumber(tokens, start + 1, k) && k < tokens.size() && tokens.get(k).tag().matches("NNS?") ? k : start;
    }

    /** The end of the amount words from a position on: numbers, currency signs and words ("$", "38", "billion"). */
    private static int amountEnd(List<Token> tokens, int from, Set<String> amountWords) {
        int k = from;
        while (k < tokens.size() && (tokens.get(k).tag().equals("CD") || tokens.get(k).tag().equals("$")
                || CURRENCY.matcher(tokens.get(k).word()).matches() || SHORT_AMOUNT.matcher(tokens.get(k).word()).matches()
                || amountWords.contains(lower(tokens.get(k))))) {
            k++;
        }
        return k;
    }

    /** Whether the tokens between the positions hold a number: "$ billion" alone is no amount. */
    private static boolean hasNumber(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).tag().equals("CD") || SHORT_AMOUNT.matcher(tokens.get(k).word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Zoox, conceived in 2014, will try to catch up to Waymo": the end (past its closing comma) of a participle clause
     * set off by commas right after a name that names nothing, else the position given. The parser may take the
     * participle for the sentence's verb.
     */
    private static int participleAsideEnd(List<Token> tokens, int at, List<Mention> names) {
        if (at + 2 >= tokens.size() || !tokens.get(at).word().equals(",") || !tokens.get(at + 1).tag().equals("VBN")) {
            return at;
        }
        for (int k = at + 2; k < tokens.size() - 1 && k <= at + 1 + MAX_PARTICIPLE_ASIDE_TOKENS; k++) {
            if (tokens.get(k).word().equals(",")) {
                final int from = at;
                final int to = k;
                boolean namesSomething = names.stream().anyMatch(m -> m.begin() < to && m.end() > from);
                return namesSomething || !tokens.get(k + 1).tag().matches("MD|VB[DZP]|RB") ? at : k + 1;
            }
            if (tokens.get(k).word().matches("[;:()]|-LRB-|-RRB-")) {
                return at;
            }
        }
        return at;
    }

    /**
     * The end (past the comma) of a phrase that opens the sentence and is set off by a comma, "Apart from Google," or
     * "Like Nvidia,", when a word of the sentence follows; else 0.
     */
    private static int openingAside(List<Token> tokens, Set<String> openers, Set<String> roles) {
        for (String opener : openers) {
            String[] words = opener.split("_");
            if (words.length >= tokens.size()) {
                continue;
            }
            boolean opens = true;
            for (int k = 0; k < words.length && opens; k++) {
                opens = lower(tokens.get(k)).equals(words[k]);
            }
            if (!opens) {
                continue;
            }
            for (int k = words.length; k < tokens.size() - 1 && k <= words.length + MAX_ASIDE_TOKENS; k++) {
                if (roles.contains(lower(tokens.get(k)))) {
                    return 0; // "Like rival Samsung, SK Hynix …": the phrase says what the two are to each other
                }
                if (k > words.length && tokens.get(k).word().equals(",")) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    /**
     * "(Yicai) March 7 -- Chinese carmakers …", "SEOUL, March 7 (Reuters) - Samsung …": a wire dateline before a dash that
     * opens the sentence, holding a date and a bracketed source or a city in capitals, and no verb or preposition; the end
     * of it, or 0. The parser otherwise makes the dateline the sentence's head.
     */
    private static int datelineEnd(List<Token> tokens) {
        boolean dated = false;
        boolean sourced = false;
        for (int k = 0; k < Math.min(tokens.size() - 2, MAX_DATELINE_TOKENS); k++) {
            Token token = tokens.get(k);
            if (k > 0 && token.word().matches("--|-|—|–")) {
                return dated && sourced ? k + 1 : 0;
            }
            // "In January, Demis Hassabis — who …": a phrase with a verb or a preposition is the sentence's own.
            if (token.tag().startsWith("VB") || token.tag().equals("MD") || token.tag().equals("IN")) {
                return 0;
            }
            dated |= token.ner().equals("DATE");
            // The source in brackets, or the city in capitals that wires open with ("SEOUL,").
            sourced |= opening(token.word()) || k == 0 && token.word().length() > 2 && token.word().equals(token.word().toUpperCase(Locale.ROOT))
                    && Character.isLetter(token.word().codePointAt(0));
        }
        return 0;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    private static boolean opening(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean closing(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }
}
