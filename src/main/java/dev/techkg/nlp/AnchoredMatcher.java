package dev.techkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;

/**
 * A TokensRegex matcher that tries a match at one given start only. {@code find()} tries every start of the
 * sequence and sets up the pattern's whole state machine at each, which is most of the cost of matching;
 * when the caller knows the few tokens a match can start at, trying only those gives the same matches.
 */
final class AnchoredMatcher extends TokenSequenceMatcher {
    AnchoredMatcher(TokenSequencePattern pattern, List<CoreLabel> tokens) {
        super(pattern, tokens);
    }

    /** Whether a match starts at exactly this token; if so, {@code start()}, {@code end()} and the groups describe it. */
    boolean matchesFrom(int start) {
        reset();
        return find(start, true);
    }
}
