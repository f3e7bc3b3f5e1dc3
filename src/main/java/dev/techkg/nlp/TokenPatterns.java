package dev.techkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A compiled set of TokensRegex patterns over {@link LabeledToken}s. Patterns are compiled once, when the
 * set is built; matching is thread-safe. See CoreNLP's TokensRegex documentation for the syntax: tokens in
 * brackets ({@code [{lemma:acquire}]}), {@code /regex/} on the word, named groups {@code (?$name ...)}.
 */
public final class TokenPatterns {
    private final List<TokenSequencePattern> patterns;
    private final List<List<String>> groupNames;

    private TokenPatterns(List<TokenSequencePattern> patterns, List<List<String>> groupNames) {
        this.patterns = patterns;
        this.groupNames = groupNames;
    }

    /**
     * Compiles patterns.
     *
     * @param patterns the patterns
     * @param groups   for each pattern, the group names (without {@code $}) to report
     * @throws IllegalArgumentException naming the pattern and the parser's message when one does not compile
     */
    public static TokenPatterns compile(List<String> patterns, List<List<String>> groups) {
        Env env = TokenSequencePattern.getNewEnv();
        List<TokenSequencePattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                compiled.add(TokenSequencePattern.compile(env, pattern));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Pattern does not compile: " + pattern + ": " + e.getMessage(), e);
            }
        }
        return new TokenPatterns(List.copyOf(compiled), groups.stream().map(List::copyOf).toList());
    }

    /** The number of patterns. */
    public int size() {
        return patterns.size();
    }

    /** All non-overlapping matches of every pattern in the token sequence, pattern by pattern. */
    public List<PatternMatch> findAll(List<LabeledToken> tokens) {
        return findAll(tokens, pattern -> true);
    }

    /** As {@link #findAll(List)}, trying only the patterns (by index) the filter accepts. */
    public List<PatternMatch> findAll(List<LabeledToken> tokens, IntPredicate tried) {
        return findAll(tokens, tried, (pattern, token) -> true);
    }

    /** Whether a match of a pattern (by index) may start at a token (by index): lets matching skip the others. */
    @FunctionalInterface
    public interface StartFilter {
        boolean mayStartAt(int pattern, int token);
    }

    /**
     * As {@link #findAll(List, IntPredicate)}, trying a match only at the tokens the start filter accepts.
     * The filter must accept every token a match could start at; the matches are then the same as without it.
     */
    public List<PatternMatch> findAll(List<LabeledToken> tokens, IntPredicate tried, StartFilter starts) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (LabeledToken token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setLemma(token.lemma());
            label.setTag(token.tag());
            label.setNER(token.label());
            labels.add(label);
        }
        List<PatternMatch> matches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (!tried.test(i)) {
                continue;
            }
            AnchoredMatcher matcher = null;
            // Non-overlapping matches, leftmost first: what TokensRegex's find() gives, without setting up a match
            // at the tokens the filter rules out.
            int position = 0;
            while (position < tokens.size()) {
                if (!starts.mayStartAt(i, position)) {
                    position++;
                    continue;
                }
                if (matcher == null) {
                    matcher = new AnchoredMatcher(patterns.get(i), labels);
                }
                if (!matcher.matchesFrom(position)) {
                    position++;
                    continue;
                }
                Map<String, int[]> groups = new HashMap<>();
                for (String name : groupNames.get(i)) {
                    int start = matcher.start("$" + name);
                    if (start >= 0) {
                        groups.put(name, new int[] {start, matcher.end("$" + name)});
                    }
                }
                matches.add(new PatternMatch(i, matcher.start(), matcher.end(), groups));
                position = Math.max(matcher.end(), position + 1);
            }
        }
        return matches;
    }
}
