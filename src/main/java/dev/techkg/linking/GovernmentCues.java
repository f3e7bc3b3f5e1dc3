package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a country or capital is used for its government ("Beijing's support", "US export
 * restrictions", "regulators in the United States", "China banned …"), from the cue words of
 * {@code government-cues.txt}. Immutable and thread-safe.
 */
final class GovernmentCues {
    private static final int AFTER_WINDOW = 3;
    private static final int BEFORE_WINDOW = 4;
    /** The most auxiliaries, adverbs or date words between an agent and its verb. */
    private static final int VERB_GAP = 3;
    /** How far after "added" the "to the entity list" may come: a list of names may stand between. */
    private static final int LIST_WINDOW = 25;

    private final Set<String> after;
    private final Set<String> before;
    private final Set<String> verbs;
    private final Set<String> titles;
    private final Set<String> lightVerbs;
    private final Set<String> listVerbs;
    private final Set<String> lists;

    private GovernmentCues(Set<String> after, Set<String> before, Set<String> verbs, Set<String> titles, Set<String> lightVerbs,
                           Set<String> listVerbs, Set<String> lists) {
        this.after = after;
        this.before = before;
        this.verbs = verbs;
        this.titles = titles;
        this.lightVerbs = lightVerbs;
        this.listVerbs = listVerbs;
        this.lists = lists;
    }

    static GovernmentCues loadDefault() {
        Map<String, List<String>> sections = WordList.sections("government-cues.txt");
        return new GovernmentCues(WordList.words(sections, "after"), WordList.words(sections, "before"),
                WordList.words(sections, "verbs"), WordList.words(sections, "titles"), WordList.words(sections, "light-verbs"),
                WordList.words(sections, "list-verbs"), WordList.words(sections, "lists"));
    }

    /** Whether the place mention at tokens [begin, end) of the sentence is used for its government. */
    boolean governmental(List<Token> tokens, int begin, int end) {
        if (end < tokens.size() && titles.contains(lower(tokens.get(end).word()))
                && (begin == 0 || !tokens.get(begin - 1).tag().equals("POS"))) {
            return true;
        }
        int seen = 0;
        for (int i = end; i < tokens.size() && seen < AFTER_WINDOW; i++) {
            Token token = tokens.get(i);
            if (token.word().equals("'s") || token.word().equals("'") || token.word().equals("-")) {
                continue;
            }
            if (after.contains(lower(token.word())) || after.contains(lower(token.lemma()))) {
                return true;
            }
            if (i == end && agentOfRegulatingVerb(tokens, end)) {
                return true;
            }
            if (!(token.tag().startsWith("NN") || token.tag().startsWith("JJ"))) {
                break;
            }
            seen++;
        }
        for (int i = begin - 1; i >= 0 && i >= begin - BEFORE_WINDOW; i--) {
            String word = lower(tokens.get(i).word());
            if (before.contains(word)) {
                return true;
            }
            if (word.equals(".") || word.equals(";")) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the name ending before {@code end} is the subject of a regulating verb: "China fined", "the White
     * House has ordered", "Washington on Friday banned", "Trump also ordered", or of a light verb with a regulating noun
     * ("Beijing launched an antitrust probe"). Auxiliaries, adverbs and "on" with a
     * weekday or date may stand between.
     */
    boolean agentOfRegulatingVerb(List<Token> tokens, int end) {
        int i = end;
        int skipped = 0;
        while (i < tokens.size() && skipped <= VERB_GAP) {
            Token token = tokens.get(i);
            if (token.tag().startsWith("VB") && verbs.contains(lower(token.lemma()))) {
                return true;
            }
            boolean light = token.tag().startsWith("VB") && lightVerbs.contains(lower(token.lemma()));
            boolean list = token.tag().startsWith("VB") && listVerbs.contains(lower(token.lemma()));
            if (light || list) {
                // "put" and "place" are both: "placed curbs on …", "placed 30 firms on its blacklist".
                return light && regulatingNounWithin(tokens, i + 1) || list && listLater(tokens, i + 1);
            }
            boolean auxiliary = token.tag().equals("MD") || token.tag().startsWith("RB")
                    || (token.tag().startsWith("VB") && lower(token.lemma()).matches("have|be"));
            boolean onDate = lower(token.word()).equals("on") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).ner().equals("DATE") || tokens.get(i + 1).tag().equals("NNP"));
            if (onDate) {
                i += 2;
                skipped += 2;
            } else if (auxiliary) {
                i++;
                skipped++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** "… to the entity list", "… on its blacklist": a list word within four words after "to" or "on", in the same clause. */
    private boolean listLater(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + LIST_WINDOW; i++) {
            String word = lower(tokens.get(i).word());
            if (word.matches("[.;:!?]")) {
                return false;
            }
            if (word.equals("to") || word.equals("on")) {
                for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
                    if (lists.contains(lower(tokens.get(j).word()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A regulating noun ("probe", "controls", "subsidies") within three words from {@code from}, modifiers between. */
    private boolean regulatingNounWithin(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + AFTER_WINDOW + 1; i++) {
            Token token = tokens.get(i);
            if (token.tag().startsWith("NN") && (after.contains(lower(token.word())) || after.contains(lower(token.lemma())))) {
                return true;
            }
            if (!token.tag().matches("DT|JJ.*|NN.*|HYPH|CD|PRP\\$") ) {
                return false;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
