package dev.techkg.extraction;

import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A structural rule for funding news, which names the company that raised money once and its investors after:
 * "Acme raised $50 million. Sequoia and Accel also took part.", "The round included money from the likes of A, B and
 * C.", "The remainder of the funding came from A and B." The investors are the subjects of a verb of taking part that
 * has no company after it, or the names listed after "including", "from", "led by" and the like right after a word of
 * funding; the raiser is the company that raised, secured or closed money or a round earlier in the sentence or up to
 * {@value #LOOK_BACK} sentences before. A sentence that names another company before the investors is left to the
 * other rules: the list may be that company's backers. Immutable and thread-safe.
 */
final class RoundInvestorsRule {
    static final String RULE = "invests.round-participants";
    /** The data file of raising verbs, list cues and vetoes. */
    static final String WORDS = "round-investors.txt";
    /** Below the round templates, which read the round's own words: here the raiser comes from an earlier sentence. */
    private static final double CONFIDENCE = 0.64;
    /** Sentences back that the raiser may be named in: funding news names it once, then its investors. */
    static final int LOOK_BACK = 12;
    private static final int LIST_CONTEXT_WINDOW = 4;
    private static final int DESCRIPTOR_WINDOW = 5;
    /** Tokens describing a later member of a list of investors: "and Swedish aerospace giant Saab", "ride-hail giant". */
    private static final int MAX_LIST_DESCRIPTOR_WORDS = 4;
    /** Tokens a report may put between its verb and "it": "announced on Monday that it". */
    private static final int REPORT_GAP = 5;
    /** Tokens of a round's noun phrase after "its": "its $2.1 billion Series B financing round". */
    private static final int OWN_ROUND_WINDOW = 8;
    /** Tokens between a possessive and its round: "Acme's $50 million round". */
    private static final int POSSESSIVE_ROUND_WINDOW = 4;

    private final Map<String, Set<String>> words;

    private RoundInvestorsRule(Map<String, Set<String>> words) {
        this.words = words;
    }

    static RoundInvestorsRule create() {
        return new RoundInvestorsRule(WordSections.load(WORDS, List.of("raising-verbs", "raised-words", "round-words", "participation-verbs", "investing-verbs", "money-verbs", "money-words",
                "investor-nouns", "investor-noun-gap", "list-cues", "list-context", "funding-participles", "funding-agent-participles", "vetoes", "person-titles",
                "reporting-verbs", "report-gap", "announcing-verbs", "completion-nouns", "own-round-words", "list-of-nouns", "arm-nouns")));
    }

    List<CandidateRelation> find(LinkedText text) {
        Map<String, Entity> entities = text.entitiesByName();
        List<CandidateRelation> found = new ArrayList<>();
        List<Sentence> sentences = text.analysis().sentences();
        Map<Integer, String> raiserIn = new HashMap<>();
        boolean[] raising = new boolean[sentences.size()];
        for (Sentence sentence : sentences) {
            raising[sentence.index()] = raisingVerb(sentence.tokens());
            String raiser = raising[sentence.index()] ? raiser(sentence.tokens(), mentions(text, sentence.index()), entities) : null;
            if (raiser != null) {
                raiserIn.put(sentence.index(), raiser);
            }
        }
        if (raiserIn.isEmpty()) {
            return found; // no round in the article: most news is not about funding, and this rule costs nothing there
        }
        // Funding news may name its investors many sentences after the raise; when one company raised money in the
        // whole article (and no raiser went unresolved), the round is that company's however far back it was named.
        int firstRaise = raiserIn.keySet().stream().mapToInt(Integer::intValue).min().getAsInt();
        int raisingSentences = 0;
        for (boolean r : raising) {
            raisingSentences += r ? 1 : 0;
        }
        String soleRaiser = raisingSentences == raiserIn.size() && new HashSet<>(raiserIn.values()).size() == 1
                ? raiserIn.get(firstRaise) : null;
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            if (!mayNameInvestors(tokens)
                    || tokens.stream().anyMatch(t -> words.get("vetoes").contains(lower(t)) || words.get("vetoes").contains(t.lemma()))) {
                continue;
            }
            List<Mention> mentions = mentions(text, sentence.index());
            String raiser = raiserIn.get(sentence.index());
            if (raiser == null && raising[sentence.index()]) {
                continue; // "The fledgling firm raised $2 billion …": a raiser this sentence names but we could not resolve
            }
            for (int s = sentence.index() - 1; raiser == null && s >= Math.max(0, sentence.index() - LOOK_BACK); s--) {
                raiser = raiserIn.get(s);
                if (raiser == null && raising[s]) {
                    break; // someone this rule cannot name raised money in between: the investors may be theirs
                }
            }
            if (raiser == null && soleRaiser != null && firstRaise < sentence.index()) {
                raiser = soleRaiser;
            }
            if (raiser == null) {
                continue;
            }
            Set<Mention> investors = new LinkedHashSet<>();
            int firstInvestor = investors(tokens, mentions, entities, raiser, investors);
            String ownRaiser = raiser;
            boolean otherCompanyFirst = mentions.stream().anyMatch(m -> m.begin() < firstInvestor && !investors.contains(m)
                    && !m.entityName().equals(ownRaiser) && type(m, entities) == EntityType.COMPANY);
            if (otherCompanyFirst) {
                continue;
            }
            for (Mention investor : investors) {
                EntityType type = type(investor, entities);
                if (!investor.entityName().equals(raiser) && (type == EntityType.COMPANY || type == EntityType.GOVERNMENT_BODY)) {
                    found.add(new CandidateRelation(investor.entityName(), Relation.INVESTS_IN, raiser, sentence.index(),
                            sentence.text(), CONFIDENCE, RULE));
                }
            }
        }
        return found;
    }

    /** Whether the sentence holds a verb of taking part or a list cue: the cheap test before the rest. */
    private boolean mayNameInvestors(List<Token> tokens) {
        for (Token token : tokens) {
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (words.get("participation-verbs").contains(lemma) || words.get("investing-verbs").contains(lemma)
                    || words.get("money-verbs").contains(lemma) || words.get("investor-nouns").contains(lemma)
                    || lemma.equals("take") || words.get("list-cues").contains(lower(token))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence raises money or names a company's round: a verb of raising followed by money or a round
     * ("raised a record $2 billion"), or a possessive round ("Acme's Series B", "its latest funding round").
     */
    private boolean raisingVerb(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (announcesOwnRound(tokens, k) || ownsRound(tokens, k)) {
                return true;
            }
            if (tokens.get(k).tag().startsWith("VB") && words.get("raising-verbs").contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 8); j++) {
                    if (words.get("raised-words").contains(lower(tokens.get(j)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Named mentions and references of one sentence, in text order. */
    private static List<Mention> mentions(LinkedText text, int sentence) {
        List<Mention> all = new ArrayList<>(text.mentionsIn(sentence));
        all.addAll(text.referencesIn(sentence));
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    private static EntityType type(Mention m, Map<String, Entity> entities) {
        Entity entity = entities.get(m.entityName());
        return entity == null ? null : entity.type();
    }

    /**
     * The company that raises money in this sentence: one whose verb of raising follows it ("Acme has raised $50
     * million", "Acme, a Tokyo startup, closed a round") with money or a round after the verb, or whose round it is
     * ("Acme's Series B"); null if none.
     */
    private String raiser(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities) {
        for (Mention m : mentions) {
            if (type(m, entities) != EntityType.COMPANY) {
                continue;
            }
            int end = m.end();
            if (end < tokens.size() && tokens.get(end).tag().equals("POS") && ownsRound(tokens, end)
                    || m.end() - m.begin() == 1 && ownsRound(tokens, m.begin())) {
                return m.entityName(); // "Acme's Series B", "Its last round brought in $500 million"
            }
            int from = end;
            if (from + 1 < tokens.size() && tokens.get(from).word().equals(",") && !tokens.get(from + 1).tag().equals("CC")
                    && !beginsMention(mentions, from + 1)) {
                int close = from + 1; // "Acme, a Tokyo startup founded in 2023, has raised": past the apposition (not "A, and B," of a list)
                while (close < Math.min(tokens.size(), from + 25) && !tokens.get(close).word().equals(",")) {
                    close++;
                }
                from = close + 1;
            }
            if (announcesOwnRound(tokens, from)) {
                return m.entityName();
            }
            from = pastReport(tokens, from);
            for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
                Token token = tokens.get(k);
                if (token.tag().startsWith("VB") && words.get("raising-verbs").contains(token.lemma().toLowerCase(Locale.ROOT))) {
                    for (int j = k + 1; j < Math.min(tokens.size(), k + 8); j++) {
                        if (words.get("raised-words").contains(lower(tokens.get(j)))) {
                            return m.entityName();
                        }
                    }
                }
                if (token.tag().matches("[,.:]|IN|WDT")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Whether a possessive at k ("'s", "its", "their") owns a round within the next {@value #POSSESSIVE_ROUND_WINDOW}
     * tokens: "Acme's $50 million round", "its latest funding"; "series" only with a round letter ("its Series B", not
     * "Nvidia's RTX 50 series").
     */
    private boolean ownsRound(List<Token> tokens, int k) {
        if (!tokens.get(k).tag().equals("POS") && !tokens.get(k).tag().equals("PRP$")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + POSSESSIVE_ROUND_WINDOW); j++) {
            String word = lower(tokens.get(j));
            if (words.get("round-words").contains(word) && !word.equals("series")
                    || word.equals("series") && j + 1 < tokens.size() && tokens.get(j + 1).word().matches("[A-H]")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the raising verb of a reported raise is sought: past "announced Monday that it" in "Acme announced Monday
     * that it has raised $1 billion", whose "it" is the reporting subject; {@code from} itself if no report starts there.
     */
    private int pastReport(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).tag().startsWith("VB")
                || !words.get("reporting-verbs").contains(tokens.get(from).lemma().toLowerCase(Locale.ROOT))) {
            return from;
        }
        int k = from + 1;
        while (k < Math.min(tokens.size(), from + REPORT_GAP) && words.get("report-gap").contains(lower(tokens.get(k)))) {
            k++;
        }
        return k < tokens.size() && lower(tokens.get(k)).matches("it|they") ? k + 1 : from;
    }

    /**
     * Whether a verb of announcing or completing here takes the subject's own round: "Acme announced its $40 million
     * Series B", "Acme announced the completion of its Series B financing round". Not "its RTX 50 series": "series"
     * counts only with a round letter after it.
     */
    private boolean announcesOwnRound(List<Token> tokens, int verb) {
        if (verb >= tokens.size() || !tokens.get(verb).tag().startsWith("VB")
                || !words.get("announcing-verbs").contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = verb + 1;
        if (k + 2 < tokens.size() && lower(tokens.get(k)).equals("the") && words.get("completion-nouns").contains(lower(tokens.get(k + 1)))
                && lower(tokens.get(k + 2)).equals("of")) {
            k += 3;
        }
        if (k >= tokens.size() || !lower(tokens.get(k)).equals("its")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + OWN_ROUND_WINDOW) && tokens.get(j).tag().matches("\\$|CD|JJ.*|NN.*|HYPH"); j++) {
            String word = lower(tokens.get(j));
            if (words.get("own-round-words").contains(word)
                    || word.equals("series") && j + 1 < tokens.size() && tokens.get(j + 1).word().matches("[A-H]")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the investors of the sentence: subjects of a verb of taking part with no company after it in its clause,
     * and names listed after a list cue that follows a word of funding. Returns where the first of them begins (the
     * sentence's length if none).
     */
    private int investors(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities, String raiser, Set<Mention> investors) {
        int first = tokens.size();
        for (int v = 0; v < tokens.size(); v++) {
            Token token = tokens.get(v);
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            boolean verb = token.tag().startsWith("VB");
            boolean takesPart = verb && (words.get("participation-verbs").contains(lemma) && aboutFunding(tokens, v)
                    || lemma.equals("take") && v + 1 < tokens.size() && lower(tokens.get(v + 1)).equals("part") && aboutFunding(tokens, v)
                    || words.get("investing-verbs").contains(lemma) && investsInTheRound(tokens, v)
                    || words.get("money-verbs").contains(lemma) && moneyAfter(tokens, v))
                    || isInvestorPredicate(tokens, v);
            if (takesPart && !companyAfterInClause(tokens, mentions, entities, v, raiser)) {
                List<Mention> subjects = subjectsBefore(tokens, mentions, v);
                investors.addAll(subjects);
                first = subjects.stream().mapToInt(Mention::begin).min().orElse(first) < first
                        ? subjects.stream().mapToInt(Mention::begin).min().getAsInt() : first;
            }
            if (words.get("list-cues").contains(lower(token)) && fundingBefore(tokens, v) && !otherAgents(tokens, v)
                    && !(openingParticiple(tokens, v) && !namedAfter(mentions, v, raiser))) {
                List<Mention> listed = listAfter(tokens, mentions, v, words.get("person-titles"), words.get("list-of-nouns"));
                investors.addAll(listed);
                if (!listed.isEmpty()) {
                    first = Math.min(first, v);
                }
            }
        }
        return first;
    }

    /**
     * Whether what a verb of taking part takes part in is money: nothing named after it in its clause ("Sony also took
     * part."), or a word of funding soon after it ("joined the round", "participated through their investment arms");
     * not "joined the board", "took part in the summit".
     */
    private boolean aboutFunding(List<Token> tokens, int verb) {
        int k = verb + 1;
        if (k < tokens.size() && lower(tokens.get(k)).equals("part")) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).word().matches("[.;,]")) {
            return true;
        }
        for (int j = k; j < Math.min(tokens.size(), k + LIST_CONTEXT_WINDOW + 1); j++) {
            if (words.get("list-context").contains(lower(tokens.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of investing invests in the round: nothing after it in its clause but adverbs and an amount, or a
     * word of funding soon after ("Sony also invested", "Sony invested $5 million in the round", "A and B are investing
     * $5 million and $2 million, respectively"); not "has invested heavily in AI".
     */
    private boolean investsInTheRound(List<Token> tokens, int verb) {
        int k = verb + 1;
        // "A and B are investing $25 million and $8.5 million, respectively": amounts listed one per investor.
        while (k < tokens.size() && (tokens.get(k).tag().matches("RB|CD|\\$") || tokens.get(k).word().matches("(?i)million|billion|and|respectively")
                || tokens.get(k).word().equals(",") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("respectively"))) {
            k++;
        }
        return k >= tokens.size() || tokens.get(k).word().matches("[.;,]") || aboutFunding(tokens, k - 1);
    }

    /** Whether money follows a verb of putting within three tokens: "put money in", "poured fresh cash into". */
    private boolean moneyAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + 4); k++) {
            if (words.get("money-words").contains(lower(tokens.get(k)))) {
                return !goesElsewhere(tokens, k + 1);
            }
        }
        return false;
    }

    /**
     * Whether a preposition here takes the money or the investor elsewhere than into the round: "put money into its
     * factory", "an early investor in Beta", "among the backers of a trade group"; not "among the investors in the round".
     */
    private boolean goesElsewhere(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).word().matches("(?i)in|into|of|to|for|behind")
                || !tokens.get(k + 1).tag().matches("DT|PRP\\$|NN.*|JJ.*|CD|POS")) {
            return false; // "put money in as well": a particle, with no object
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
            if (words.get("list-context").contains(lower(tokens.get(j)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a copula here says its subjects took part in the round: "A and B were among the backers", "A was the
     * lead investor". (Its subjects are then found as those of a verb of taking part.)
     */
    private boolean isInvestorPredicate(List<Token> tokens, int copula) {
        if (!tokens.get(copula).lemma().equals("be") || !tokens.get(copula).tag().startsWith("VB")) {
            return false;
        }
        for (int k = copula + 1; k < Math.min(tokens.size(), copula + 7); k++) {
            String word = lower(tokens.get(k));
            if (words.get("investor-nouns").contains(word)) {
                return !goesElsewhere(tokens, k + 1);
            }
            if (!words.get("investor-noun-gap").contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "X Capital and Y Partners, both controlled by the city of Hangzhou": the agents of a participle that is not one
     * of funding (controlled, owned, founded by) are no investors.
     */
    private boolean otherAgents(List<Token> tokens, int cue) {
        return lower(tokens.get(cue)).equals("by") && cue > 0 && tokens.get(cue - 1).tag().equals("VBN")
                && !words.get("funding-participles").contains(lower(tokens.get(cue - 1)));
    }

    private static boolean namedAfter(List<Mention> mentions, int token, String name) {
        return mentions.stream().anyMatch(m -> m.begin() > token && m.entityName().equals(name));
    }

    /**
     * Whether the cue is the "by" of a participle that opens the sentence: "Backed by Nvidia, CoreWeave runs …" says
     * whom the main clause's subject is backed by, which is the raiser only when the sentence names it.
     */
    private static boolean openingParticiple(List<Token> tokens, int cue) {
        return cue > 0 && cue <= 2 && lower(tokens.get(cue)).equals("by") && tokens.get(cue - 1).tag().matches("VBN|VBD|JJ");
    }

    /** Whether a word of funding stands among the few tokens before a list cue ("investors including", "round led by"). */
    private boolean fundingBefore(List<Token> tokens, int cue) {
        if (lower(tokens.get(cue)).equals("by") && cue > 0 && words.get("funding-agent-participles").contains(lower(tokens.get(cue - 1)))) {
            return true; // "The financing … was co-led by A and B"
        }
        for (int k = Math.max(0, cue - LIST_CONTEXT_WINDOW); k < cue; k++) {
            if (words.get("list-context").contains(lower(tokens.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "Sony, NTT and KDDI also participated": the names coordinated right before the verb, past adverbs and auxiliaries. */
    private List<Mention> subjectsBefore(List<Token> tokens, List<Mention> mentions, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).tag().matches("RB|MD|DT") || tokens.get(k).lemma().matches("be|have|do"))) {
            k--;
        }
        k = beforeApposition(tokens, mentions, k);
        k = beforeRelativeClause(tokens, mentions, k);
        List<Mention> listed = listedExamples(tokens, mentions, k);
        if (!listed.isEmpty()) {
            return listed; // "Other tech companies, including A and B, are investing …"
        }
        Mention owner = ownerOfInvestingArm(tokens, mentions, k);
        if (owner != null) {
            return List.of(owner); // "Samsung's investment group committed $5 million"
        }
        List<Mention> group = new ArrayList<>();
        int end = k + 1;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > end) {
                continue;
            }
            if (!joinedInList(tokens, m.end(), end)) {
                break;
            }
            group.add(m);
            end = m.begin();
        }
        return group;
    }

    /**
     * Whether only list joiners stand between two names, or joiners and then a few words describing the later name:
     * "Microsoft, Nvidia and ride-hail giant Uber".
     */
    private static boolean joinedInList(List<Token> tokens, int from, int to) {
        int t = from;
        while (t < to && tokens.get(t).word().matches("(?i),|and|&|as|well")) {
            t++;
        }
        if (t == to) {
            return true;
        }
        if (t == from || to - t > MAX_LIST_DESCRIPTOR_WORDS) {
            return false;
        }
        for (; t < to; t++) {
            // "ride-hail": the tagger may take the first part of a hyphenated modifier for a verb
            boolean hyphenated = t + 1 < to && tokens.get(t + 1).tag().equals("HYPH");
            if (!tokens.get(t).tag().matches("JJ.*|NN|NNS|HYPH|VBG|VBN") && !(hyphenated && tokens.get(t).tag().startsWith("VB"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a subject lists as its examples, between commas right before the verb: "Other tech companies, including
     * A and B, are investing" invests through A and B.
     */
    private static List<Mention> listedExamples(List<Token> tokens, List<Mention> mentions, int end) {
        if (end < 0 || !tokens.get(end).word().equals(",")) {
            return List.of();
        }
        for (int open = end - 1; open > 0 && open >= end - DESCRIPTOR_WINDOW * 4; open--) {
            if (tokens.get(open).word().equals(",")) {
                if (!tokens.get(open + 1).word().matches("(?i)including|like")) {
                    return List.of();
                }
                int from = open + 1;
                List<Mention> listed = new ArrayList<>();
                for (Mention m : mentions) {
                    if (m.begin() > from && m.end() <= end) {
                        listed.add(m);
                    }
                }
                return listed;
            }
        }
        return List.of();
    }

    /** The owner of an investing arm that is the subject: "Samsung's investment group", "Intel's venture capital arm". */
    private Mention ownerOfInvestingArm(List<Token> tokens, List<Mention> mentions, int end) {
        if (mentions.stream().anyMatch(m -> m.begin() <= end && end < m.end())) {
            return null; // the subject ends in a name: it is no arm
        }
        int k = end;
        boolean arm = false;
        while (k >= 0 && tokens.get(k).tag().matches("NN|NNS|JJ|NNP")) {
            arm |= words.get("arm-nouns").contains(lower(tokens.get(k)));
            k--;
            if (k >= 0 && tokens.get(k).tag().equals("POS")) {
                int possessive = k;
                if (!arm) {
                    return null;
                }
                return mentions.stream().filter(m -> m.end() == possessive).findFirst().orElse(null);
            }
        }
        return null;
    }

    /**
     * Where the subject ends when an apposition stands between it and the verb ("Acme Capital, a Boston firm, led the
     * round"): the token before the apposition's opening comma, if a name ends there; else {@code end} itself.
     */
    private static int beforeApposition(List<Token> tokens, List<Mention> mentions, int end) {
        return beforeSetOff(tokens, mentions, end, DESCRIPTOR_WINDOW * 3, opener -> opener.tag().equals("DT"));
    }

    /** Past a relative clause set off by commas after a name: "OpenAI, which once considered buying Zeta, is investing". */
    private static int beforeRelativeClause(List<Token> tokens, List<Mention> mentions, int end) {
        return beforeSetOff(tokens, mentions, end, DESCRIPTOR_WINDOW * 4, opener -> opener.word().matches("(?i)which|who|whose"));
    }

    /**
     * The token before the opening comma of a phrase that ends in a comma at {@code end}, opens with a word the test
     * accepts and follows a name; else {@code end} itself.
     */
    private static int beforeSetOff(List<Token> tokens, List<Mention> mentions, int end, int window, Predicate<Token> opens) {
        if (end < 0 || !tokens.get(end).word().equals(",")) {
            return end;
        }
        for (int open = end - 1; open > 0 && open >= end - window; open--) {
            if (tokens.get(open).word().equals(",")) {
                int close = open;
                boolean setOff = open + 1 < end && opens.test(tokens.get(open + 1)) && mentions.stream().anyMatch(m -> m.end() == close);
                return setOff ? open - 1 : end;
            }
        }
        return end;
    }

    /** The names listed after a cue: the first within a few descriptor words ("the likes of", "venture firms"), then coordinated ones. */
    private static boolean asWellAs(List<Token> tokens, int k) {
        return tokens.get(k).word().equalsIgnoreCase("as") && tokens.get(k + 1).word().equalsIgnoreCase("well")
                && tokens.get(k + 2).word().equalsIgnoreCase("as");
    }

    /** Whether a name follows a few lower-case words after a possessive: "Alphabet's independent growth fund CapitalG". */
    private static boolean ownsNamedAfter(List<Token> tokens, List<Mention> mentions, int from) {
        for (int k = from; k < tokens.size() && k < from + DESCRIPTOR_WINDOW; k++) {
            if (beginsMention(mentions, k)) {
                return k > from;
            }
            Token token = tokens.get(k);
            if (!token.tag().matches("JJ.*|NNS?|HYPH") || !Character.isLowerCase(token.word().codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static List<Mention> listAfter(List<Token> tokens, List<Mention> mentions, int cue, Set<String> personTitles,
                                           Set<String> listOfNouns) {
        List<Mention> list = new ArrayList<>();
        int from = cue + 1;
        for (Mention m : mentions) {
            if (m.begin() < from) {
                continue;
            }
            int gap = m.begin() - from;
            boolean descriptors = true;
            for (int t = from; t < m.begin(); t++) {
                if (t + 1 < m.begin() && tokens.get(t).word().equalsIgnoreCase("such") && tokens.get(t + 1).word().equalsIgnoreCase("as")) {
                    t++; // "investors such as A and B"
                    gap -= 2;
                    continue;
                }
                if (t + 2 < m.begin() && asWellAs(tokens, t)) {
                    t += 2; // "General Catalyst, as well as Nvidia": one more of the list
                    gap -= 2;
                    continue;
                }
                Token token = tokens.get(t);
                descriptors &= token.tag().matches("DT|JJ.*|NNS?|IN|CC|,|HYPH|POS|VBG|VBN") && !token.word().matches("[.;:]")
                        && !(token.tag().equals("IN") && !token.word().equalsIgnoreCase("of"))
                        && !(token.word().equalsIgnoreCase("of") && t > from && tokens.get(t - 1).tag().startsWith("NN")
                            && !listOfNouns.contains(lower(tokens.get(t - 1))));
            }
            if (!descriptors || gap > (list.isEmpty() ? DESCRIPTOR_WINDOW : DESCRIPTOR_WINDOW - 1) && !joinedInList(tokens, from, m.begin())) {
                break;
            }
            from = m.end();
            if (from + 1 < tokens.size() && tokens.get(from).tag().equals("POS") && tokens.get(from + 1).tag().startsWith("NN")
                    && Character.isUpperCase(tokens.get(from + 1).word().codePointAt(0))) {
                // "Amazon's Industrial Innovation Fund": the owner of a named fund is not the investor; go on past the
                // fund's name. ("Samsung's venture arm" names no investor of its own: Samsung invests.)
                from++;
                while (from < tokens.size() && tokens.get(from).tag().matches("NNP.*|NNS?|CD|HYPH") && !beginsMention(mentions, from)
                        && !tokens.get(from).word().matches("(?i)and|or")) {
                    from++;
                }
                continue;
            }
            if (from < tokens.size() && personTitles.contains(lower(tokens.get(from)))) {
                continue; // "former Google CEO Eric Schmidt": the company only describes the person who invests
            }
            if (from < tokens.size() && tokens.get(from).tag().equals("POS") && ownsNamedAfter(tokens, mentions, from + 1)) {
                from++;
                continue; // "Alphabet's independent growth fund CapitalG": the fund invests, not its owner
            }
            list.add(m);
            while (from < tokens.size() && tokens.get(from).word().equals("(")) {
                while (from < tokens.size() && !tokens.get(from).word().equals(")")) {
                    from++; // "Microsoft (MSFT.O),"
                }
                from++;
            }
        }
        return list;
    }

    private static boolean beginsMention(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.begin() == token);
    }

    /**
     * Whether a company other than the raiser is named after the verb before the clause ends: "participated in Beta's
     * round" is for other rules, but "led the round" (a reference to the raiser's round) is this one's.
     */
    private static boolean companyAfterInClause(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities, int verb,
                                                String raiser) {
        int end = verb + 1;
        while (end < tokens.size() && !tokens.get(end).word().matches("[.;]|,")) {
            end++;
        }
        int clauseEnd = end;
        // "participated through their investment arms": a pronoun for the investors themselves names no other company.
        return mentions.stream().anyMatch(m -> m.begin() > verb && m.begin() < clauseEnd && type(m, entities) == EntityType.COMPANY
                && !tokens.get(m.begin()).tag().startsWith("PRP") && !m.entityName().equals(raiser));
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
