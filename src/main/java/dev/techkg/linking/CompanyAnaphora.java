package dev.techkg.linking;

import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the words news uses to refer back to a company ("its", "it", "the company", "the firm's") to
 * the company meant, so relation rules can use them like names: "Microsoft … The company has poured
 * billions into OpenAI." Statistical coreference doubled annotation time here, so this is the cheap
 * salience heuristic instead: the antecedent is the first company named or referred to earlier in the same
 * sentence (the subject, usually), else the first company of the nearest earlier sentence that names or
 * refers to one, at most {@value #LOOK_BACK} sentences back. Only companies are antecedents. Immutable and thread-safe.
 */
final class CompanyAnaphora {
    private static final int LOOK_BACK = 2;
    private static final Set<String> PRONOUNS = Set.of("its", "it");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group");
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> ORGANISATION_NOUNS = Set.of("startup", "start-up", "chipmaker", "carmaker", "automaker",
            "giant", "maker", "rival", "unit", "subsidiary", "lab", "developer", "retailer", "operator", "provider",
            "manufacturer", "supplier", "foundry", "platform", "bank", "fund", "investor", "regulator", "agency",
            "government", "ministry", "commission", "watchdog", "conglomerate", "outlet", "newspaper", "broadcaster");
    private static final Set<String> OTHER_COMPANY = Set.of("parent", "rival", "competing", "other", "new", "partner",
            "target", "acquired", "combined", "joint", "holding", "investment", "venture", "same", "latter", "former",
            "portfolio", "shell", "operating", "subsidiary", "state-owned", "one");

    private CompanyAnaphora() {
    }

    /** The references of the text, one per anaphoric phrase whose company could be found. */
    static List<Mention> resolve(AnalyzedText analysis, List<Mention> mentions, Map<String, EntityType> types) {
        List<List<Mention>> companiesBySentence = new ArrayList<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            companiesBySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if (types.get(m.entityName()) == EntityType.COMPANY) {
                companiesBySentence.get(m.sentence()).add(m);
            }
        }
        List<Mention> references = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            List<Token> tokens = sentence.tokens();
            boolean[] named = new boolean[tokens.size()];
            mentions.stream().filter(m -> m.sentence() == sentence.index())
                    .forEach(m -> java.util.Arrays.fill(named, m.begin(), m.end(), true));
            List<Mention> companies = companiesBySentence.get(sentence.index());
            for (int i = 0; i < tokens.size(); i++) {
                int end = anaphorEnd(tokens, i);
                if (end < 0 || named[i]) {
                    continue;
                }
                boolean pronoun = end == i + 1;
                boolean likelierOwner = otherThingBefore(mentions, types, sentence.index(), i)
                        || unresolvedDescriptionBefore(tokens, companies, i);
                String antecedent = pronoun && likelierOwner ? null : antecedent(companiesBySentence, sentence.index(), i);
                if (antecedent != null) {
                    String surface = analysis.text().substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                    Mention reference = new Mention(sentence.index(), i, end, surface, antecedent);
                    references.add(reference);
                    // A resolved reference stands for its company from here on: "Its revenue … Its CUDA".
                    companies.add(reference);
                    companies.sort(Comparator.comparingInt(Mention::begin));
                }
                i = end - 1;
            }
        }
        return references;
    }

    /**
     * The end of an anaphoric phrase starting at token i, or -1: "its", "it", "the company", "the firm", and
     * with up to {@value #MAX_MODIFIERS} modifiers, "the Chinese tech company", "the French gaming firm". Modifiers
     * that point to another company ("the parent company", "the rival firm") make no reference.
     */
    private static int anaphorEnd(List<Token> tokens, int i) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word) && tokens.get(i).tag().startsWith("PRP")) {
            return i + 1;
        }
        if (!word.equals("the")) {
            return -1;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 1 + MAX_MODIFIERS; k++) {
            Token token = tokens.get(k);
            String lower = token.word().toLowerCase(Locale.ROOT);
            if (COMPANY_NOUNS.contains(lower) && token.tag().equals("NN")) {
                return k + 1;
            }
            boolean modifier = token.tag().matches("JJ.*|NN|HYPH|VBN|VBG") && !OTHER_COMPANY.contains(lower);
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The Commission said its inquiry …", "ChatGPT and its users": a pronoun after a government, product or
     * place of its own sentence, with no company before it there, most likely means that thing.
     */
    private static boolean otherThingBefore(List<Mention> mentions, Map<String, EntityType> types, int sentence, int token) {
        boolean company = false;
        boolean other = false;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.end() <= token) {
                EntityType type = types.get(m.entityName());
                company |= type == EntityType.COMPANY;
                other |= type != EntityType.COMPANY && type != EntityType.PERSON;
            }
        }
        return other && !company;
    }

    /**
     * "The startup said its model …": a pronoun after a description of an organisation that is not one of
     * ours ("the startup", "the chipmaker") and no company of its own sentence most likely means that one.
     */
    private static boolean unresolvedDescriptionBefore(List<Token> tokens, List<Mention> companies, int token) {
        if (companies.stream().anyMatch(m -> m.end() <= token)) {
            return false;
        }
        for (int k = 1; k < token; k++) {
            if (ORGANISATION_NOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)) && tokens.get(k).tag().startsWith("NN")) {
                for (int d = k - 1; d >= 0 && d >= k - 1 - MAX_MODIFIERS; d--) {
                    if (tokens.get(d).tag().equals("DT")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String antecedent(List<List<Mention>> companiesBySentence, int sentence, int token) {
        for (Mention m : companiesBySentence.get(sentence)) {
            if (m.end() <= token) {
                return m.entityName();
            }
        }
        for (int s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK; s--) {
            if (!companiesBySentence.get(s).isEmpty()) {
                return companiesBySentence.get(s).get(0).entityName();
            }
        }
        return null;
    }
}
