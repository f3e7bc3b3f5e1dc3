package dev.techkg.linking;

import dev.techkg.linking.Anaphors.Anaphor;
import dev.techkg.linking.Antecedents.Context;
import dev.techkg.linking.Antecedents.Item;
import dev.techkg.linking.CoreferenceLexicon.Choice;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves the words news uses to refer back to something it has named, so relation rules can use them like
 * names: pronouns ("it", "its", "they", "he") and definite descriptions ("the company", "the chipmaker", "the
 * iPhone maker", "the regulator", "this chip", "the two companies"). What a word can refer to, and how the
 * antecedent is chosen, is data: {@code coreference-nouns.tsv} beside this class, one row per word with an
 * example ({@link CoreferenceLexicon}). {@link Anaphors} finds the phrases, {@link Antecedents} chooses.
 *
 * <p>The antecedent is the nearest salient earlier mention whose type fits the word, at most
 * {@value Antecedents#LOOK_BACK} sentences back. In the anaphor's own sentence, a pronoun takes a company before a government
 * body before a product, the first in subject position (approximated without a parse: not after a preposition or a
 * verb), and a description the nearest name ("Tencent raised its stake in Ubisoft, the largest in the French gaming
 * firm"); in an earlier sentence, the company the article is about when it is in reach, else that sentence's subject,
 * else its first fitting mention, else the company the article is about. A word for a kind ("the startup",
 * "this chip") takes only what the article calls so, or, for a company, the only company in reach, else the company
 * the article is about ({@link CompanyCounts#topic}, once named; with a capitalised modifier, "the Taiwanese
 * chipmaker", the subject of the sentence before); "the iPhone
 * maker" takes the maker of the product; "the two companies" and "they" take a pair joined by "and" (or, for a
 * description, the only two in reach) and give two references on the same span; a capitalised modifier ("the
 * Chinese company") takes only what the article described with the same word. Anything ambiguous stays unresolved,
 * and so does a pronoun after a description that stayed unresolved ("The startup said its model …").
 *
 * <p>CoreNLP's own coreference needs a parse and multiplies annotation time (measured on eleven news articles:
 * 5.7 times the tagging time with {@code coref.algorithm=statistical} and {@code depparse}, about 190 times with
 * {@code neural} and {@code parse}); this resolver is linear in the text: every anaphor looks at a bounded number of
 * candidates.
 * Immutable and thread-safe.
 */
final class Coreference {
    /**
     * Where a sentence stops speaking of its subject's own clause: a quotation mark, a verb of saying, or a comma (an
     * apposition or clause after it may name the subject again: "… its acquisition of Mellanox, the company Nvidia bought").
     */
    private static final Pattern QUOTE_OR_SAYING = Pattern.compile("``|''|\"|,|;|say|tell|add|accord|state");

    private final CoreferenceLexicon lexicon;
    private final Anaphors anaphors;
    private final Antecedents chooser;
    private final Gazetteer gazetteer;

    private Coreference(CoreferenceLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.anaphors = new Anaphors(lexicon);
        this.chooser = new Antecedents(lexicon, anaphors, gazetteer);
    }

    /** A resolver with the shipped lexicon; product makers come from this gazetteer's owner column. */
    static Coreference create(Gazetteer gazetteer) {
        return new Coreference(CoreferenceLexicon.load(), gazetteer);
    }

    /**
     * The references of the text: one per anaphoric phrase whose antecedent could be found (two for a pair), each
     * a {@link Mention} whose entity name is the antecedent's canonical name, in text order.
     *
     * @param analysis the sentences and tokens
     * @param mentions the named mentions, in text order
     * @param types    the type of each entity named
     */
    List<Mention> resolve(AnalyzedText analysis, List<Mention> mentions, Map<String, EntityType> types) {
        List<List<Mention>> bySentence = new ArrayList<>(analysis.sentences().size());
        for (int s = 0; s < analysis.sentences().size(); s++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
        for (List<Mention> named : bySentence) {
            named.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        }
        Map<String, Set<String>> called = anaphors.called(analysis, bySentence, types);
        for (Mention m : mentions) {
            if (types.get(m.entityName()) == EntityType.GOVERNMENT_BODY && lexicon.nationalities(m.entityName()).isEmpty()) {
                Set<String> words = new LinkedHashSet<>(nationalityIn(m.entityName()));
                words.addAll(nationalityIn(m.surface()));
                words.addAll(possessingCountry(analysis.sentences().get(m.sentence()).tokens(), m, bySentence.get(m.sentence())));
                if (!words.isEmpty()) {
                    called.computeIfAbsent(m.entityName(), k -> new LinkedHashSet<>()).addAll(words);
                }
            }
        }
        Map<String, String> possessors = productPossessors(analysis, bySentence, types);
        // The agencies the article names, with the nationalities it gives them: "Canada's competition watchdog" means
        // the Competition Bureau named elsewhere, or an agency named with no nationality at all.
        Map<String, Set<String>> agencies = new HashMap<>();
        for (Mention m : mentions) {
            if (types.get(m.entityName()) == EntityType.GOVERNMENT_BODY && !knownPlace(m.entityName())) {
                Set<String> nationalities = agencies.computeIfAbsent(m.entityName(), k -> new HashSet<>());
                nationalities.addAll(lexicon.nationalities(m.entityName()));
                nationalities.addAll(called.getOrDefault(m.entityName(), Set.of()));
            }
        }

        String topic = CompanyCounts.of(mentions, types::get).topic();
        // Where the topic is first named: before that, no description can mean it.
        Mention firstTopicMention = mentions.stream().filter(m -> m.entityName().equals(topic)).findFirst().orElse(null);
        List<Mention> references = new ArrayList<>();
        List<List<Item>> items = new ArrayList<>(analysis.sentences().size());
        for (Sentence sentence : analysis.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<Mention> named = bySentence.get(sentence.index());
            Mention[] mentionAt = new Mention[tokens.size()];
            for (Mention m : named) {
                for (int k = m.begin(); k < m.end(); k++) {
                    mentionAt[k] = m;
                }
            }
            List<Item> here = new ArrayList<>();
            items.add(here);
            int next = 0;
            boolean blocked = false;
            // What a subject pronoun of this sentence means: a description after it in the same sentence means another.
            Set<String> pronounSubjects = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                while (next < named.size() && named.get(next).end() <= i) {
                    Mention m = named.get(next++);
                    if (!Attribution.cited(tokens, m) && !ownsAnAgency(tokens, m)) {
                        here.add(new Item(m, types.get(m.entityName()), subject(tokens, m, mentionAt), true));
                    }
                    blocked = false;
                }
                Anaphor anaphor = anaphors.at(tokens, i, mentionAt, types);
                if (anaphor == null) {
                    continue;
                }
                Context context = new Context(analysis, sentence.index(), here, items, called,
                        namedBefore(firstTopicMention, sentence.index(), i) ? topic : null);
                Mention coordinated = coordinatedOwner(tokens, anaphor, mentionAt, types);
                List<String> antecedents = coordinated != null ? List.of(coordinated.entityName())
                        : anaphor.word().choice() == Choice.BLOCK || (anaphor.pronoun() && blocked)
                        ? List.of() : chooseNotNamedAfter(anaphor, context, possessors, types, tokens, named);
                if (!anaphor.pronoun() && antecedents.size() == 1 && pronounSubjects.contains(antecedents.get(0))) {
                    // "It plans to pay off the California-based company's debt": the company is not what "it" is.
                    antecedents = List.of();
                }
                if (antecedents.isEmpty() && !anaphor.pronoun()) {
                    antecedents = owningCountry(anaphor, tokens, mentionAt, agencies);
                }
                if (antecedents.isEmpty()) {
                    // "The startup said its model …": a pronoun after an organisation we could not resolve means that one.
                    blocked |= !anaphor.pronoun() && (anaphor.word().types().contains(EntityType.COMPANY)
                            || anaphor.word().types().contains(EntityType.GOVERNMENT_BODY));
                } else {
                    // The reference leaves out its determiner, as a name does: rules read "in the <name>" around it.
                    int begin = anaphor.end() - anaphor.begin() > 1 && lexicon.articles.contains(tokens.get(anaphor.begin()).word().toLowerCase(Locale.ROOT))
                            ? anaphor.begin() + 1 : anaphor.begin();
                    for (int k = begin; k < anaphor.end() - 1; k++) {
                        // "the Boise, Idaho-based company": the place stays a place of its own, so that the rules read
                        // where the company is based; the reference starts after "-based".
                        if (tokens.get(k).word().toLowerCase(Locale.ROOT).matches("-?(based|headquartered)")) {
                            begin = k + 1;
                        }
                    }
                    String surface = analysis.text().substring(tokens.get(begin).begin(), tokens.get(anaphor.end() - 1).end());
                    boolean subject = anaphors.subjectPosition(tokens, anaphor.begin());
                    if (anaphor.pronoun() && subject) {
                        pronounSubjects.addAll(antecedents);
                    }
                    for (String antecedent : antecedents) {
                        Mention reference = new Mention(sentence.index(), begin, anaphor.end(), surface, antecedent);
                        references.add(reference);
                        // A resolved reference stands for its antecedent from here on: "The company … Its revenue".
                        here.add(new Item(reference, types.get(antecedent), subject, false));
                        if (antecedents.size() == 1 && !anaphor.pronoun()) {
                            // What the article called it once helps to find it again: "the Chinese-based company … the Chinese company".
                            Set<String> words = called.computeIfAbsent(antecedent, k -> new LinkedHashSet<>());
                            words.add(anaphor.kind());
                            words.addAll(anaphor.descriptors());
                            if (!anaphor.base().isEmpty()) {
                                words.add(Anaphors.BASE + anaphor.base());
                            }
                            if (!anaphor.trade().isEmpty()) {
                                words.add(Anaphors.TRADE + anaphor.trade());
                            }
                        }
                    }
                    blocked = false;
                }
                i = anaphor.end() - 1;
            }
            while (next < named.size()) {
                Mention m = named.get(next++);
                if (!Attribution.cited(tokens, m) && !ownsAnAgency(tokens, m)) {
                    here.add(new Item(m, types.get(m.entityName()), subject(tokens, m, mentionAt), true));
                }
            }
        }
        return references;
    }

    /**
     * Whether a name stands where a subject does; not a possessor whose noun is named in apposition: in "Fuji Soft's
     * largest shareholder, 3D Investment Partners, proposed …" the subject is the shareholder named after it (in
     * "Samsung's event drew crowds" Samsung still counts).
     */
    private boolean subject(List<Token> tokens, Mention m, Mention[] mentionAt) {
        if (m.end() < tokens.size() && tokens.get(m.end()).tag().equals("POS")) {
            for (int k = m.end() + 1; k < tokens.size() && k <= m.end() + 5; k++) {
                if (tokens.get(k).word().equals(",")) {
                    if (k + 1 < tokens.size() && mentionAt[k + 1] != null && mentionAt[k + 1].begin() == k + 1) {
                        return false;
                    }
                    break;
                }
                if (!tokens.get(k).tag().matches("JJ.*|NN.*|RBS|DT")) {
                    break;
                }
            }
        }
        return anaphors.subjectPosition(tokens, m.begin());
    }

    /**
     * The nationality words of the country an agency's name holds, by the country's name or adjective: "Korea Fair
     * Trade Commission" as "south", "korean"; "French Competition Authority" as "french". So "the Indian watchdog" and
     * "South Korea's antitrust regulator" find the agency the article named.
     */
    private Set<String> nationalityIn(String name) {
        String[] words = name.replace("'s", "").split("[\\s,]+");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = 1; n <= 2 && i + n <= words.length; n++) {
                String phrase = String.join(" ", Arrays.asList(words).subList(i, i + n));
                String country = lexicon.countryOf(phrase.toLowerCase(Locale.ROOT));
                if (country == null) {
                    country = gazetteer.lookupInText(phrase)
                            .filter(e -> e.type() == EntityType.PLACE && e.standsFor().equals(e.canonical()))
                            .map(GazetteerEntry::canonical).orElse(null);
                }
                if (country != null) {
                    for (String adjective : lexicon.nationalities(country)) {
                        found.addAll(List.of(adjective.split(" ")));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The antecedents chosen for the anaphor, where a subject does not mean a name its own sentence gives after it: in
     * "The Santa Clara-based company will keep a stake in Altera" the company is not Altera, nor is "it" in "It sold
     * Altera"; for a description the choice is made again without such names. A quotation, a verb of saying or a comma
     * ends the stretch ("The company will grow," Intel's chief said; "its purchase of Mellanox, the firm Nvidia bought"),
     * and a name that only modifies a noun may be the subject's own ("It agreed to pay in Microsoft stock").
     */
    private List<String> chooseNotNamedAfter(Anaphor anaphor, Context context, Map<String, String> possessors,
                                             Map<String, EntityType> types, List<Token> tokens, List<Mention> named) {
        if (anaphor.word().choice() == Choice.RAISER && roundNamesItsCompany(tokens, anaphor, named)) {
            return List.of(); // "The round for Glean was led by Sequoia": the round is the company named after it
        }
        String framer = anaphor.pronoun() ? null : possessorOfItsFrame(tokens, anaphor, named);
        if (framer != null) {
            context = context.without(new HashSet<>(List.of(framer)));
        }
        List<String> chosen = chooser.choose(anaphor, context, possessors, types);
        if (chosen.isEmpty() || anaphor.end() < tokens.size() && tokens.get(anaphor.end()).tag().equals("POS")
                || tokens.get(anaphor.begin()).tag().equals("PRP$") || !anaphors.subjectPosition(tokens, anaphor.begin())) {
            return chosen;
        }
        int stop = anaphor.end();
        while (stop < tokens.size() && !QUOTE_OR_SAYING.matcher(tokens.get(stop).lemma()).matches()) {
            stop++;
        }
        Set<String> after = new HashSet<>();
        for (Mention m : named) {
            // A possessor is another party: "The company will become part of Cisco's security unit".
            boolean modifier = m.end() < tokens.size() && tokens.get(m.end()).tag().matches("NN.*");
            if (m.begin() >= anaphor.end() && m.end() <= stop && !modifier) {
                after.add(m.entityName());
            }
        }
        if (chosen.stream().noneMatch(after::contains)) {
            return chosen;
        }
        if (anaphor.pronoun()) {
            // "So it came as a shock when Inflection announced …": such a pronoun is often no reference at all.
            return chosen.stream().filter(a -> !after.contains(a)).toList();
        }
        return chooser.choose(anaphor, context.without(after), possessors, types).stream().filter(a -> !after.contains(a)).toList();
    }

    /** Whether "for" or "in" and a name follow the round: "the round for Glean", "the round in Mistral AI". */
    private static boolean roundNamesItsCompany(List<Token> tokens, Anaphor anaphor, List<Mention> named) {
        int k = anaphor.end();
        return k + 1 < tokens.size() && tokens.get(k).word().matches("(?i)for|in|into")
                && named.stream().anyMatch(m -> m.begin() == k + 1);
    }

    /**
     * The name that owns the noun whose complement the description is: in "Nokia's takeover of the San Jose-based firm"
     * or "Nvidia's stake in the startup" the description is another than its frame's owner. Null if there is none.
     */
    private String possessorOfItsFrame(List<Token> tokens, Anaphor anaphor, List<Mention> named) {
        int k = anaphor.begin() - 1;
        if (k < 2 || !lexicon.framePrepositions.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)) || !tokens.get(k - 1).tag().startsWith("NN")) {
            return null;
        }
        int j = k - 2;
        while (j > 0 && k - j <= 4 && tokens.get(j).tag().matches("NN.*|JJ.*|CD|\\$|HYPH")) {
            j--;
        }
        if (j < 1 || !tokens.get(j).tag().equals("POS")) {
            return null;
        }
        int owner = j - 1;
        return named.stream().filter(m -> m.end() == owner + 1).map(Mention::entityName).findFirst().orElse(null);
    }

    /** Whether the mention ends before token {@code at} of sentence {@code sentence}. */
    private static boolean namedBefore(Mention mention, int sentence, int at) {
        return mention != null && (mention.sentence() < sentence || mention.sentence() == sentence && mention.end() <= at);
    }

    /** Whether the gazetteer knows the name as a place: a country or capital, which a government use makes a government body. */
    private boolean knownPlace(String name) {
        return gazetteer.byCanonical(name).map(entry -> entry.type() == EntityType.PLACE).orElse(false);
    }

    /**
     * "sued OpenAI and its parent Microsoft", "Apple and its suppliers": "its" right after a company and "and" or "or"
     * is that company's, whatever was named before. Null if the words before "its" are not so.
     */
    private static Mention coordinatedOwner(List<Token> tokens, Anaphor anaphor, Mention[] mentionAt, Map<String, EntityType> types) {
        int at = anaphor.begin();
        if (!anaphor.pronoun() || anaphor.end() - at != 1 || !tokens.get(at).word().equalsIgnoreCase("its") || at < 2
                || !tokens.get(at - 1).word().matches("(?i)and|or")) {
            return null;
        }
        Mention before = mentionAt[at - 2];
        return before != null && before.end() == at - 1 && types.get(before.entityName()) == EntityType.COMPANY ? before : null;
    }

    /** The nationality words of the country whose possessive comes right before an agency's name: "Canada's Competition Bureau". */
    private Set<String> possessingCountry(List<Token> tokens, Mention agency, List<Mention> named) {
        int possessive = agency.begin() - 1;
        if (possessive < 1 || !tokens.get(possessive).tag().equals("POS")) {
            return Set.of();
        }
        for (Mention m : named) {
            if (m.end() == possessive) {
                return lexicon.nationalities(m.entityName());
            }
        }
        return Set.of();
    }

    /**
     * "France's competition watchdog fined Google": an agency of a country that the article does not name acts for the
     * country, which the annotation contract then makes the regulator. Not when the article names an agency that may
     * be that country's (one with its nationality, or with none).
     */
    private List<String> owningCountry(Anaphor anaphor, List<Token> tokens, Mention[] mentionAt, Map<String, Set<String>> agencies) {
        int possessive = anaphor.begin() - 1;
        if (!anaphor.word().types().equals(Set.of(EntityType.GOVERNMENT_BODY)) || possessive < 1
                || !tokens.get(possessive).tag().equals("POS") || mentionAt[possessive - 1] == null) {
            return List.of();
        }
        String owner = mentionAt[possessive - 1].entityName();
        boolean country = knownPlace(owner);
        Set<String> nationalities = lexicon.nationalities(owner);
        // "The U.K.'s antitrust authority … the Competition and Markets Authority": an agency the article names that may
        // be the country's own is what the description means, even when named after it.
        boolean namedAgencyMayBeIts = agencies.values().stream()
                .anyMatch(words -> words.isEmpty() || words.stream().anyMatch(nationalities::contains));
        return country && !namedAgencyMayBeIts ? List.of(owner) : List.of();
    }

    /**
     * "South Korea's antitrust regulator said it …": the name owns the agency that acts, so "it" is the agency, never the
     * country. The agency's word may come as late as the fifth word ("the United Kingdom's Competition and Markets
     * Authority").
     */
    private static boolean ownsAnAgency(List<Token> tokens, Mention mention) {
        int end = mention.end();
        if (end >= tokens.size() || !(tokens.get(end).word().equals("'s") || tokens.get(end).word().equals("'"))) {
            return false;
        }
        for (int k = end + 1; k < tokens.size() && k <= end + 5; k++) {
            if (Antecedents.AGENCY_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** For each product the article names as "X's <product>" with X a company: that company, the first one so named. */
    private static Map<String, String> productPossessors(AnalyzedText analysis, List<List<Mention>> bySentence,
                                                         Map<String, EntityType> types) {
        Map<String, String> possessors = new HashMap<>();
        for (Sentence sentence : analysis.sentences()) {
            List<Mention> named = bySentence.get(sentence.index());
            for (int k = 1; k < named.size(); k++) {
                Mention owner = named.get(k - 1);
                Mention product = named.get(k);
                if (types.get(product.entityName()) == EntityType.PRODUCT && types.get(owner.entityName()) == EntityType.COMPANY
                        && product.begin() == owner.end() + 1 && sentence.tokens().get(owner.end()).word().equals("'s")) {
                    possessors.putIfAbsent(product.entityName(), owner.entityName());
                }
            }
        }
        return possessors;
    }
}
