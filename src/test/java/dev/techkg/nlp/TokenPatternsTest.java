package dev.techkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenPatternsTest {
    private static final TokenPatterns BUYS = TokenPatterns.compile(
            List.of("(?$s [{ner:COMPANY}]+) [{ner:O}]{0,3} /buys|bought/ (?$o [{ner:COMPANY}]+)"), List.of(List.of("s", "o")));

    @Test
    void matches_are_leftmost_and_do_not_overlap() {
        List<LabeledToken> tokens = tokens("Acme/COMPANY Corp/COMPANY quietly buys Beta/COMPANY and Gamma/COMPANY bought Delta/COMPANY");
        List<PatternMatch> matches = BUYS.findAll(tokens);
        assertEquals(List.of("0-5", "6-9"), spans(matches));
        assertEquals(List.of(0, 2), List.of(matches.get(0).groups().get("s")[0], matches.get(0).groups().get("s")[1]));
    }

    @Test
    void a_start_filter_that_keeps_every_possible_start_finds_the_same_matches() {
        List<LabeledToken> tokens = tokens("Acme/COMPANY Corp/COMPANY quietly buys Beta/COMPANY and Gamma/COMPANY bought Delta/COMPANY");
        List<PatternMatch> filtered = BUYS.findAll(tokens, pattern -> true, (pattern, token) -> tokens.get(token).label().equals("COMPANY"));
        assertEquals(spans(BUYS.findAll(tokens)), spans(filtered));
    }

    @Test
    void no_match_starts_at_a_token_the_filter_rules_out() {
        List<LabeledToken> tokens = tokens("Acme/COMPANY Corp/COMPANY quietly buys Beta/COMPANY");
        // Ruling out "Acme" leaves the match that starts at "Corp".
        assertEquals(List.of("1-5"), spans(BUYS.findAll(tokens, pattern -> true, (pattern, token) -> token != 0)));
        assertEquals(List.of(), spans(BUYS.findAll(tokens, pattern -> false)));
    }

    private static List<String> spans(List<PatternMatch> matches) {
        return matches.stream().map(m -> m.begin() + "-" + m.end()).toList();
    }

    /** "word/LABEL word": tokens with their entity labels, "O" when none is given. */
    private static List<LabeledToken> tokens(String text) {
        List<LabeledToken> tokens = new ArrayList<>();
        for (String item : text.split(" ")) {
            String[] parts = item.split("/");
            String label = parts.length > 1 ? parts[1] : "O";
            tokens.add(new LabeledToken(parts[0], parts[0].toLowerCase(java.util.Locale.ROOT), label.equals("O") ? "VBZ" : "NNP", label));
        }
        return tokens;
    }
}
