package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a sentence without its bracketed asides that name nothing: "imposed a fine of €42.1 million ($45.5 million) on
 * Acer", "competition with Apple (AAPL.O) in China". A converted amount or a ticker in brackets makes the parser hang what
 * follows the bracket inside it, and the templates then miss the phrase; the aside says nothing a relation needs. The
 * graph comes back in the sentence's own token positions, with no edges at the aside's tokens.
 */
final class Asides {
    /** Longer brackets are more than an aside (a list, a quotation); they stay. */
    private static final int MAX_ASIDE_TOKENS = 12;

    private Asides() {
    }

    static DependencyGraph parseWithout(Sentence sentence, SentenceParser parser, List<Mention> names) {
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

    private static boolean opening(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean closing(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }
}
