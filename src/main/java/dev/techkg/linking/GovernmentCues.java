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
    /** Words of a list's noun phrase after "to" or "on". */
    private static final int LIST_PHRASE = 7;
    /** How many words from a light verb its regulating noun may stand: "issued a $220 million fine". */
    private static final int NOUN_WINDOW = 6;

    private final Set<String> after;
    private final Set<String> before;
    private final Set<String> verbs;
    private final Set<String> titles;
    private final Set<String> lightVerbs;
    private final Set<String> listVerbs;
    private final Set<String> lists;
    private final Set<String> speechVerbs;
    private final Set<String> placePrepositions;
    private final Set<String> possessed;
    private final Set<String> betweenNouns;
    private final Set<String> governmentNouns;
    private final Set<String> timeWords;

    private GovernmentCues(Set<String> after, Set<String> before, Set<String> verbs, Set<String> titles, Set<String> lightVerbs,
                           Set<String> listVerbs, Set<String> lists, Set<String> speechVerbs, Set<String> placePrepositions,
                           Set<String> possessed, Set<String> betweenNouns, Set<String> governmentNouns,
                           Set<String> timeWords) {
        this.after = after;
        this.timeWords = timeWords;
        this.governmentNouns = governmentNouns;
        this.betweenNouns = betweenNouns;
        this.possessed = possessed;
        this.speechVerbs = speechVerbs;
        this.placePrepositions = placePrepositions;
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
                WordList.words(sections, "list-verbs"), WordList.words(sections, "lists"),
                WordList.words(sections, "speech-verbs"), WordList.words(sections, "place-prepositions"),
                WordList.words(sections, "possessed"), WordList.words(sections, "between-nouns"),
                WordList.words(sections, "government-nouns"), WordList.words(sections, "time-words"));
    }

    /** Whether the word is a preposition of place ("in", "across"): a list of names after it is a list of places. */
    boolean placePreposition(String word) {
        return placePrepositions.contains(lower(word));
    }

    /** Whether the place mention at tokens [begin, end) of the sentence is used for its government. */
    boolean governmental(List<Token> tokens, int begin, int end) {
        if (end < tokens.size() && titles.contains(lower(tokens.get(end).word()))
                && (begin == 0 || !tokens.get(begin - 1).tag().equals("POS"))) {
            return true;
        }
        int seen = 0;
        boolean possessive = false;
        for (int i = end; i < tokens.size() && seen < AFTER_WINDOW; i++) {
            Token token = tokens.get(i);
            if (token.word().equals("'s") || token.word().equals("'") || token.word().equals("-")) {
                possessive |= i == end && !token.word().equals("-");
                continue;
            }
            if (i == end && lower(token.word()).matches("and|or") && i + 1 < tokens.size() && lower(tokens.get(i + 1).word()).equals("other")) {
                // "Japan and other governments": the noun after the list is the last member's too.
                i++;
                continue;
            }
            if (after.contains(lower(token.word())) || after.contains(lower(token.lemma()))
                    || possessive && possessed.contains(lower(token.word()))) {
                return true;
            }
            if (i == end && (agentOfRegulatingVerb(tokens, end) || speaker(tokens, begin, end))) {
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
        return agentAfterByOrFrom(tokens, begin, end);
    }

    /**
     * "Restrictions imposed by the United States", "the move by Beijing", "support from Spain", "pressure from
     * Washington": the name is the agent of a regulating participle or noun. Not when a possessive follows, where the
     * body after it acts ("approval from China's market regulator").
     */
    private boolean agentAfterByOrFrom(List<Token> tokens, int begin, int end) {
        // "approval from China's regulator", "the decision by the US chipmaker": the name only modifies what acts.
        if (end < tokens.size() && tokens.get(end).tag().matches("POS|NN.*|JJ.*|HYPH")) {
            return false;
        }
        int k = begin - 1;
        if (k >= 0 && tokens.get(k).tag().equals("DT")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String preposition = lower(tokens.get(k).word());
        Token head = tokens.get(k - 1);
        if (preposition.equals("between")) {
            // "tensions between Washington and Beijing": the list after it takes the reading from its first member.
            return head.tag().startsWith("NN") && (betweenNouns.contains(lower(head.word())) || betweenNouns.contains(lower(head.lemma())));
        }
        boolean participle = preposition.equals("by") && head.tag().equals("VBN") && verbs.contains(lower(head.lemma()));
        boolean noun = (preposition.equals("by") || preposition.equals("from")) && head.tag().startsWith("NN")
                && (after.contains(lower(head.word())) || after.contains(lower(head.lemma())) || possessed.contains(lower(head.word())));
        return participle || noun;
    }

    /**
     * "President Biden's antitrust crackdown", "Trump's tariffs": the name ending before {@code end} owns a regulating
     * noun of the {@code after} list, with up to three modifiers between. "Biden's administration" is not one: the
     * president leads that government rather than acting as it.
     */
    boolean ownerOfRegulatingNoun(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).tag().equals("POS")) {
            return false;
        }
        for (int i = end + 1; i < tokens.size() && i <= end + AFTER_WINDOW + 1; i++) {
            Token token = tokens.get(i);
            if (!token.tag().matches("NN.*|JJ.*|HYPH")) {
                return false;
            }
            if (governmentNouns.contains(lower(token.word()))) {
                return false;
            }
            if (token.tag().startsWith("NN") && (after.contains(lower(token.word())) || after.contains(lower(token.lemma())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "China said it would …", "Washington on Friday warned …": a country or capital that speaks is its government. Not
     * after a preposition, where the name is no subject ("sales in China said little about demand").
     */
    private boolean speaker(List<Token> tokens, int begin, int end) {
        int k = begin > 0 && tokens.get(begin - 1).tag().equals("DT") ? begin - 2 : begin - 1;
        if (k >= 0 && tokens.get(k).tag().matches("IN|TO")) {
            return false;
        }
        int verb = verbAfterAuxiliaries(tokens, end);
        return verb >= 0 && tokens.get(verb).tag().startsWith("VB") && speechVerbs.contains(lower(tokens.get(verb).lemma()));
    }

    /**
     * The first word from {@code end} on that is not an auxiliary, an adverb, a date or "on" or "in" with a weekday or
     * date, or -1
     * when more than {@link #VERB_GAP} such words stand there.
     */
    private int verbAfterAuxiliaries(List<Token> tokens, int end) {
        int i = end;
        int skipped = 0;
        while (i < tokens.size() && skipped <= VERB_GAP) {
            Token token = tokens.get(i);
            boolean auxiliary = token.tag().equals("MD") || token.tag().startsWith("RB")
                    || (token.tag().startsWith("VB") && lower(token.lemma()).matches("have|be"));
            boolean onDate = lower(token.word()).matches("on|in") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).ner().equals("DATE") || tokens.get(i + 1).tag().equals("NNP"));
            // "The U.S. earlier this month lifted …", "China last week banned …".
            boolean date = !token.tag().startsWith("VB") && (token.ner().equals("DATE") || timeWords.contains(lower(token.word())));
            if (onDate) {
                i += 2;
                skipped += 2;
            } else if (auxiliary || date) {
                i++;
                skipped++;
            } else {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the name ending before {@code end} is the subject of a regulating verb: "China fined", "the White
     * House has ordered", "Washington on Friday banned", "Trump also ordered", or of a light verb with a regulating noun
     * ("Beijing launched an antitrust probe"). Auxiliaries, adverbs and "on" with a
     * weekday or date may stand between.
     */
    boolean agentOfRegulatingVerb(List<Token> tokens, int end) {
        int i = verbAfterAuxiliaries(tokens, end);
        if (i < 0 || !tokens.get(i).tag().startsWith("VB")) {
            return false;
        }
        String lemma = lower(tokens.get(i).lemma());
        if (verbs.contains(lemma)) {
            return true;
        }
        // "began restricting exports", "moved to ban": a light verb before a regulating verb.
        int next = i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to") ? i + 2 : i + 1;
        if (lightVerbs.contains(lemma) && next < tokens.size() && tokens.get(next).tag().matches("VBG|VB") && verbs.contains(lower(tokens.get(next).lemma()))) {
            return true;
        }
        // "put" and "place" are both: "placed curbs on …", "placed 30 firms on its blacklist".
        return lightVerbs.contains(lemma) && regulatingNounWithin(tokens, i + 1) || listVerbs.contains(lemma) && listLater(tokens, i + 1);
    }

    /**
     * "… to the entity list", "… on a U.S. trade restriction list": a list word within {@value #LIST_PHRASE} words after
     * "to" or "on" (a list's name has modifiers of its own: "the Commerce Department's entity list"), in the same clause.
     */
    private boolean listLater(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + LIST_WINDOW; i++) {
            String word = lower(tokens.get(i).word());
            if (word.matches("[.;:!?]")) {
                return false;
            }
            if (word.equals("to") || word.equals("on")) {
                for (int j = i + 1; j < tokens.size() && j <= i + LIST_PHRASE && !tokens.get(j).word().matches("[,.;:!?]"); j++) {
                    if (lists.contains(lower(tokens.get(j).word()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A regulating noun ("probe", "controls", "subsidies") within {@link #NOUN_WINDOW} words from {@code from}, with a
     * particle, determiners, modifiers and amounts between ("ramped up restrictions", "issued a $220 million fine"). The
     * tagger often takes "fine" after an amount for an adjective, so a cue word that ends its phrase counts whatever its tag.
     */
    private boolean regulatingNounWithin(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + NOUN_WINDOW; i++) {
            Token token = tokens.get(i);
            boolean cue = after.contains(lower(token.word())) || after.contains(lower(token.lemma()));
            boolean endsPhrase = i + 1 == tokens.size() || !tokens.get(i + 1).tag().matches("NN.*|JJ.*|HYPH");
            if (cue && (token.tag().startsWith("NN") || token.tag().startsWith("JJ") && endsPhrase)) {
                return true;
            }
            if (!token.tag().matches("DT|JJ.*|NN.*|HYPH|CD|PRP\\$|RP|\\$") ) {
                return false;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
