package dev.techkg.extraction;

import dev.techkg.linking.EntityType;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A structural rule that needs no pattern: in one sentence of a market report, the companies (or products) that each
 * carry a share, a count of units sold or a place ("Lenovo took 24% and HP 22%", "TSMC (67%) and Samsung (8%)",
 * "12 million came from Apple and 7 million from Xiaomi", "runner-up Samsung") are ranked against each other, which
 * RELATIONS.md counts as competing. A figure belongs to the name before it, or to the name after it when "from" or
 * "for" leads there; a name that reports the figures ("according to IDC", "Gartner's data") ranks nothing. Words of
 * stakes and prices near a figure make it no share ({@value #WORDS}). Immutable and thread-safe.
 */
final class MarketRankingRule {
    static final String RULE = "competes.market-ranking";
    /** The data file of figure words, cues and vetoes. */
    static final String WORDS = "market-ranking.txt";
    /** Below the templates that say "rival" outright: a figure may belong to a name the rule did not expect. */
    private static final double CONFIDENCE = 0.74;
    /** How far before a name the words that make it a source are looked for ("according to research firm IDC"). */
    private static final int SOURCE_WINDOW = 4;
    /** Tokens between "by" and an agent's name: "by China's Alibaba". */
    private static final int AGENT_OWNER_TOKENS = 3;
    private static final java.util.regex.Pattern LARGEST = java.util.regex.Pattern.compile("(first|second|third|fourth|fifth)-(largest|biggest)");

    private final Map<String, Set<String>> words;

    private MarketRankingRule(Map<String, Set<String>> words) {
        this.words = words;
    }

    static MarketRankingRule create() {
        return new MarketRankingRule(WordSections.load(WORDS, List.of("percent", "share-cues", "count-words", "count-cues", "ordinals", "place-nouns",
                "ranking-verbs", "rank-nouns", "reference-words", "currency", "place-cues", "vetoes", "report-verbs", "verdict-verbs", "report-nouns",
                "superlatives", "recipient-verbs", "owner-participles")));
    }

    /**
     * "AliExpress, operated by China's Alibaba, held 8%": the agent of a participle between commas describes the name
     * before it; the figure is that name's.
     */
    private boolean agentOfAside(List<Token> tokens, Mention mention) {
        int k = mention.begin() - 1;
        while (k >= 0 && mention.begin() - k <= AGENT_OWNER_TOKENS && tokens.get(k).tag().matches("POS|NNP|DT")) {
            k--;
        }
        return k >= 2 && tokens.get(k).word().equalsIgnoreCase("by") && tokens.get(k - 1).tag().equals("VBN")
                && words.get("owner-participles").contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT)) && tokens.get(k - 2).word().equals(",");
    }

    List<CandidateRelation> find(LinkedText text) {
        List<CandidateRelation> found = new ArrayList<>();
        for (Sentence sentence : text.analysis().sentences()) {
            if (!hasFigureWords(sentence.tokens())) {
                continue; // no number, ordinal or share: no ranking, and no cost beyond this look
            }
            List<Mention> parties = text.mentionsIn(sentence.index()).stream()
                    .filter(m -> m.type() == EntityType.COMPANY || m.type() == EntityType.PRODUCT)
                    .filter(m -> !source(sentence.tokens(), m) && !agentOfAside(sentence.tokens(), m))
                    .sorted(java.util.Comparator.comparingInt(Mention::begin))
                    .toList();
            if (parties.size() < 2) {
                continue;
            }
            List<Mention> ranked = ranked(sentence.tokens(), parties);
            for (int i = 0; i < ranked.size(); i++) {
                for (int j = i + 1; j < ranked.size(); j++) {
                    Mention a = ranked.get(i);
                    Mention b = ranked.get(j);
                    if (a.type() == b.type() && !a.entityName().equals(b.entityName())) {
                        found.add(new CandidateRelation(a.entityName(), Relation.COMPETES_WITH, b.entityName(),
                                sentence.index(), sentence.text(), CONFIDENCE, RULE));
                    }
                }
            }
        }
        return found;
    }

    /** Whether any token could start a figure: a number, an ordinal, "share", or a rank noun. */
    private boolean hasFigureWords(List<Token> tokens) {
        for (Token token : tokens) {
            String word = lower(token);
            if (token.tag().equals("CD") || word.equals("share") || words.get("ordinals").contains(word)
                    || words.get("rank-nouns").contains(word) || LARGEST.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The parties that carry a figure of their own, in sentence order, each once. */
    private List<Mention> ranked(List<Token> tokens, List<Mention> parties) {
        boolean shares = any(tokens, "share-cues") && !stockShares(tokens);
        boolean counts = any(tokens, "count-cues");
        boolean places = any(tokens, "place-cues");
        Set<Integer> partyEnds = new HashSet<>();
        parties.forEach(party -> partyEnds.add(party.end()));
        Set<Mention> ranked = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Kind kind = figureAt(tokens, i, partyEnds);
            if (kind == Kind.NONE || kind == Kind.SHARE && !shares || kind == Kind.PLACE && !places) {
                continue;
            }
            Mention owner = owner(tokens, parties, i);
            // "12 million came from Apple": a count led to its name by "from" is that name's sales in any sentence.
            boolean ledFrom = owner != null && owner.begin() > i && lower(tokens.get(owner.begin() - 1)).equals("from");
            if (ledToRecipient(tokens, parties, i)) {
                continue; // "50,000 GPUs each will go to Samsung, SK Group and Hyundai": what recipients get ranks nobody
            }
            if (kind == Kind.COUNT && !counts && !ledFrom) {
                continue;
            }
            if (owner != null && kind == Kind.SHARE && !tokens.get(i).tag().equals("CD") && possessiveBetween(tokens, owner.end(), i)) {
                continue; // "Samsung struggles to catch TSMC, eroding its market share": the share is the pronoun's
            }
            if (owner != null && !vetoed(tokens, owner, i, parties)) {
                ranked.addAll(coordinated(tokens, parties, owner));
            }
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        for (Mention party : parties) {
            int before = party.begin() - 1;
            String word = before >= 0 ? lower(tokens.get(before)) : "";
            if (places && words.get("rank-nouns").contains(word)) {
                ranked.add(party); // "runner-up Samsung", "market leader TSMC"
            }
            if (words.get("reference-words").contains(word) || word.equals("of") && before >= 1 && lower(tokens.get(before - 1)).equals("ahead")) {
                ranked.add(party); // "following TSMC were Samsung (15.5%) and UMC (6.9%)"
            }
        }
        List<Mention> inOrder = new ArrayList<>(ranked);
        inOrder.sort(java.util.Comparator.comparingInt(Mention::begin));
        return inOrder;
    }

    /**
     * Whether the first name after the figure is where goods go ("60,000 units will go to Naver", "shipped to Dell"): "to"
     * after a verb of giving ({@code recipient-verbs}); not "compares to Xiaomi's 83%".
     */
    private boolean ledToRecipient(List<Token> tokens, List<Mention> parties, int figure) {
        for (Mention party : parties) {
            if (party.begin() > figure) {
                int to = party.begin() - 1;
                return to >= 1 && lower(tokens.get(to)).equals("to")
                        && words.get("recipient-verbs").contains(tokens.get(to - 1).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * The owner and the names coordinated right before it: "Oppo and vivo each have 10%", "Samsung or Apple", "South
     * Korea's Samsung SDI, China's Gotion and Eve Energy" (a country's possessive may open each name).
     */
    private static List<Mention> coordinated(List<Token> tokens, List<Mention> parties, Mention owner) {
        List<Mention> group = new ArrayList<>(List.of(owner));
        int index = parties.indexOf(owner);
        for (int k = index - 1; k >= 0; k--) {
            Mention previous = parties.get(k);
            int next = group.get(group.size() - 1).begin();
            boolean joined = previous.end() < next;
            int t = previous.end();
            while (t < next && tokens.get(t).word().matches("(?i),|and|or|both|&")) {
                t++;
            }
            if (t < next && tokens.get(next - 1).tag().equals("POS")) {
                // The country's possessive before the later name: capitalised words and "'s" only.
                for (int w = t; w < next - 1; w++) {
                    joined &= tokens.get(w).tag().startsWith("NNP");
                }
                joined &= next - 1 > t;
                t = next;
            }
            joined &= t == next;
            if (!joined) {
                break;
            }
            group.add(previous);
        }
        return group;
    }

    private enum Kind { NONE, SHARE, COUNT, PLACE }

    /** What the figure starting at token i is: a percentage, a count of goods, a place in a ranking, or none. */
    private Kind figureAt(List<Token> tokens, int i, Set<Integer> partyEnds) {
        Token token = tokens.get(i);
        String next = i + 1 < tokens.size() ? lower(tokens.get(i + 1)) : "";
        if (token.tag().equals("CD")) {
            if (words.get("percent").contains(next) || token.word().endsWith("%")) {
                return next.equals("per") && !(i + 2 < tokens.size() && lower(tokens.get(i + 2)).equals("cent")) ? Kind.NONE : Kind.SHARE;
            }
            boolean money = i > 0 && words.get("currency").contains(lower(tokens.get(i - 1)))
                    || i + 2 < tokens.size() && words.get("currency").contains(lower(tokens.get(i + 2)))
                    || words.get("currency").contains(next);
            if (words.get("count-words").contains(next) && !money) {
                return Kind.COUNT;
            }
        }
        String word = lower(token);
        if (token.tag().equals("CD") && words.get("superlatives").contains(next) && i > 0 && lower(tokens.get(i - 1)).matches("the|top")) {
            return Kind.PLACE; // "Xiaomi, Oppo and Vivo are the three largest smartphone makers"
        }
        if (word.equals("share") && token.tag().equals("NN") && !next.matches("price|prices|buyback|buybacks|sale|sales")) {
            return Kind.SHARE; // "Amazon's market share declined", "Microsoft gained share"
        }
        if (words.get("ordinals").contains(word) || LARGEST.matcher(word).matches()) {
            if (word.contains("-")) {
                return Kind.PLACE;
            }
            if (partyEnds.contains(i) && token.tag().matches("JJ|RB|NN")) {
                return Kind.PLACE; // "Gartner puts Asus fifth"
            }
            for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
                if (words.get("place-nouns").contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
                    return Kind.PLACE;
                }
            }
            int verb = i - 1;
            if (verb >= 0 && lower(tokens.get(verb)).equals("in")) {
                verb--; // "came in second"
            }
            if (verb >= 0 && tokens.get(verb).tag().startsWith("VB") && words.get("ranking-verbs").contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
                return Kind.PLACE;
            }
        }
        return Kind.NONE;
    }

    /**
     * The party a figure belongs to: the nearest name before it, unless the figure leads through "from" or "for" to
     * the next name ("12 million came from Apple", "15% for Samsung"); the first name when none comes before.
     */
    private static Mention owner(List<Token> tokens, List<Mention> parties, int figure) {
        Mention before = null;
        Mention after = null;
        for (Mention party : parties) {
            if (party.end() <= figure) {
                before = party;
            } else if (party.begin() > figure && after == null) {
                after = party;
            }
        }
        if (after != null) {
            boolean clauseBetween = false;
            for (int k = figure + 1; k < after.begin(); k++) {
                clauseBetween |= tokens.get(k).word().matches("[;,]|while|whereas|and|but");
            }
            String lead = lower(tokens.get(after.begin() - 1));
            if (!clauseBetween && (lead.equals("from") || lead.equals("for")) || before == null) {
                return after;
            }
        }
        if (before != null && semicolonBetween(tokens, before.end(), figure)) {
            return null;
        }
        return before;
    }

    private static boolean possessiveBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).tag().equals("PRP$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean semicolonBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word().equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** A stake, price or deal word between the owner and the figure, or right after it; or "of"/"in" a name after it. */
    private boolean vetoed(List<Token> tokens, Mention owner, int figure, List<Mention> parties) {
        int from = Math.min(owner.end(), figure);
        int to = Math.min(tokens.size(), Math.max(owner.begin(), figure + 4));
        for (int k = from; k < to; k++) {
            if (words.get("vetoes").contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (Mention party : parties) {
            // "owns 49% of OpenAI": a share of a company is a stake in it.
            if (party.begin() > figure && party.begin() <= figure + 4) {
                String lead = lower(tokens.get(party.begin() - 1));
                if (lead.equals("of") || lead.equals("in")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "shares", "share price", "shareholders": the stock, not the market. */
    private static boolean stockShares(List<Token> tokens) {
        boolean market = false;
        boolean stock = false;
        for (int k = 0; k < tokens.size(); k++) {
            String word = lower(tokens.get(k));
            String next = k + 1 < tokens.size() ? lower(tokens.get(k + 1)) : "";
            if (word.equals("market") || word.equals("share") && !next.matches("price|prices|buyback|buybacks|sale|sales")) {
                market = true;
            }
            stock |= word.equals("shares") || word.equals("share") && next.matches("price|prices|buyback|buybacks");
        }
        return stock && !market;
    }

    /**
     * Whether the name reports the figures rather than carries one: "according to IDC", "research firm Canalys",
     * "Gartner's data", "IDC said", "Gartner puts HP first".
     */
    private boolean source(List<Token> tokens, Mention m) {
        for (int k = Math.max(0, m.begin() - SOURCE_WINDOW); k < m.begin() - 1; k++) {
            String word = lower(tokens.get(k));
            String next = lower(tokens.get(k + 1));
            // "according to IDC", "as per Counterpoint", "data from Canalys", "a report by Gartner"
            if (word.equals("according") && next.equals("to") || word.equals("as") && next.equals("per")
                    || words.get("report-nouns").contains(word) && next.matches("from|by|of")) {
                return true;
            }
        }
        if (m.begin() >= 1 && lower(tokens.get(m.begin() - 1)).equals("per")) {
            return true;
        }
        if (m.begin() >= 2 && lower(tokens.get(m.begin() - 1)).matches("firm|researcher|tracker|consultancy")
                && lower(tokens.get(m.begin() - 2)).matches("research|market|analyst|industry|data")) {
            return true;
        }
        int next = m.end();
        if (next < tokens.size() && tokens.get(next).tag().equals("POS")) {
            next++;
            return next < tokens.size() && words.get("report-nouns").contains(lower(tokens.get(next)));
        }
        if (next + 1 < tokens.size() && lower(tokens.get(next)).equals("and") && tokens.get(next + 1).tag().startsWith("NNP")) {
            next += 2; // "Gartner and IDC have both published"
        }
        while (next < tokens.size() && (tokens.get(next).tag().matches("MD|RB|DT") || tokens.get(next).lemma().equals("have"))) {
            next++; // "IDC will say", "Gartner then puts", "they have both published"
        }
        if (next < tokens.size() && tokens.get(next).tag().startsWith("VB")) {
            String lemma = tokens.get(next).lemma().toLowerCase(Locale.ROOT);
            if (words.get("report-verbs").contains(lemma)) {
                return true;
            }
            if (words.get("verdict-verbs").contains(lemma) && next + 1 < tokens.size()
                    && tokens.get(next + 1).tag().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private boolean any(List<Token> tokens, String section) {
        for (Token token : tokens) {
            if (words.get(section).contains(token.lemma().toLowerCase(Locale.ROOT)) || words.get(section).contains(lower(token))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
