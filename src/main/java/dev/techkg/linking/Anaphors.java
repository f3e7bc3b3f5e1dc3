package dev.techkg.linking;

import dev.techkg.linking.CoreferenceLexicon.Choice;
import dev.techkg.linking.CoreferenceLexicon.Word;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the phrases that refer back (pronouns, "the chipmaker", "the two companies") and what an article calls
 * its companies and products ("chipmaker Nvidia"), reading only tokens and tags: the first half of
 * {@link Coreference}. Immutable and thread-safe.
 */
final class Anaphors {
    private static final int MAX_MODIFIERS = 5;

    /**
     * An anaphoric phrase: tokens [begin, end), its word, the kind its head names ("chipmaker"), the capitalised
     * words that describe it ("Chinese", "Dutch"), for "the iPhone maker", the product inside, and the common noun right
     * before the head that names its trade ("chip" of "the chip giant"; empty when there is none).
     */
    record Anaphor(int begin, int end, Word word, String kind, Set<String> descriptors, Mention product, boolean pronoun, String trade,
                   String base) {}

    /** The prefix of a trade word in {@link #called}: "trade:chip" for "Nvidia chips". */
    static final String TRADE = "trade:";
    /** Marks the place a description said a company is based in, among the words the article called it. */
    static final String BASE = "based:";

    private final CoreferenceLexicon lexicon;

    Anaphors(CoreferenceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The anaphoric phrase starting at token i, or null: a pronoun of the lexicon tagged as one; "the two" before
     * a verb or a comma; "both" before a verb; or a determiner, up to {@value #MAX_MODIFIERS} modifiers and a head
     * noun of the lexicon that no noun follows ("the Chinese tech company", "the chip maker", "this chip"). A phrase
     * right before a name is an apposition ("the chipmaker Nvidia", "the research firm Omdia"), not a reference; one
     * that holds a name refers to nothing, unless it is "the <product> maker"; a product word after a name or a
     * number names that product ("the Kirin 9000s chip").
     */
    Anaphor at(List<Token> tokens, int i, Mention[] mentionAt, Map<String, EntityType> types) {
        Token token = tokens.get(i);
        String lower = token.word().toLowerCase(Locale.ROOT);
        if (mentionAt[i] != null) {
            return null;
        }
        Word pronoun = lexicon.word(lower);
        if (pronoun != null && token.tag().startsWith("PRP")) {
            return new Anaphor(i, i + 1, pronoun, "", Set.of(), null, true, "", "");
        }
        Set<String> country = countryBefore(tokens, i, mentionAt);
        if (!country.isEmpty()) {
            // "South Korea's antitrust regulator": an agency of that country, which the article may name elsewhere.
            Anaphor agency = description(tokens, i, i, mentionAt, types, country);
            return agency != null && agency.word().types().equals(Set.of(EntityType.GOVERNMENT_BODY))
                    && agency.word().choice() != Choice.BLOCK ? agency : null;
        }
        if (!lexicon.determiners.contains(lower)) {
            return null;
        }
        if (lower.equals("both") && i + 1 < tokens.size() && verb(tokens.get(i + 1))) {
            return new Anaphor(i, i + 1, lexicon.word("two"), "", Set.of(), null, false, "", "");
        }
        if (lower.equals("the") && i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("two")
                && (verb(tokens.get(i + 2)) || tokens.get(i + 2).tag().matches("[,.:]"))) {
            return new Anaphor(i, i + 2, lexicon.word("two"), "", Set.of(), null, false, "", "");
        }
        return description(tokens, i, i + 1, mentionAt, types, Set.of());
    }

    /**
     * A description from token begin whose modifiers start at first: up to {@value #MAX_MODIFIERS} modifiers and a
     * head noun of the lexicon that no noun follows; null if there is none. Known descriptors come with it.
     */
    private Anaphor description(List<Token> tokens, int i, int first, Mention[] mentionAt, Map<String, EntityType> types,
                                Set<String> known) {
        boolean other = false;
        boolean otherThanRound = false;
        boolean named = false;
        Mention product = null;
        Set<String> descriptors = new LinkedHashSet<>(known);
        String base = "";
        // The places before "-based" are no modifiers of their own: "the Palo Alto, California-based firm" has two.
        int limit = first + MAX_MODIFIERS;
        for (int k = first; k < tokens.size() && k <= limit; k++) {
            Token t = tokens.get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            String hyphenated = lexicon.hyphenated(tokens, k);
            if (hyphenated != null && mentionAt[k + 2] == null) {
                // The tokenizer splits "start-up" into "start - up": the head is the whole word.
                k += 2;
                limit += 2;
                t = tokens.get(k);
                word = hyphenated;
            }
            Word head = lexicon.word(word);
            boolean nounAfter = k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("NN") && mentionAt[k + 1] == null;
            // "The London-based fintech": the tagger may call a lower-case head a proper noun.
            boolean commonNoun = t.tag().matches("NNS?") || t.tag().equals("NNP") && Character.isLowerCase(t.word().codePointAt(0));
            if (head != null && commonNoun && !nounAfter && mentionAt[k] == null) {
                if (k + 1 < tokens.size() && (mentionAt[k + 1] != null || tokens.get(k + 1).tag().startsWith("NNP"))) {
                    return null;
                }
                if (k + 2 < tokens.size() && tokens.get(k + 1).word().equals(",") && mentionAt[k + 2] != null) {
                    return null; // "the Beijing-based chipmaker, Cambricon,": an apposition too
                }
                if (head.plural() != t.tag().equals("NNS") && !word.equals("pair")) {
                    return null;
                }
                if (head.choice() == Choice.RAISER && (k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("of") || otherThanRound)) {
                    return null; // "the latest round of export controls", "the rival's funding": no money raised by the company
                }
                other &= head.choice() != Choice.RAISER; // "the investment round" is the raiser's
                if (head.types().equals(Set.of(EntityType.PRODUCT)) && named) {
                    return null;
                }
                Word chosen = other ? head.blocking() : head;
                if (head.choice() == Choice.OWNER && product == null) {
                    chosen = new Word(head.word(), head.types(), false, Choice.KIND);
                }
                Token before = k - 1 >= first ? tokens.get(k - 1) : null;
                String trade = before != null && mentionAt[k - 1] == null && before.tag().equals("NN")
                        && before.word().equals(before.word().toLowerCase(Locale.ROOT)) ? before.lemma().toLowerCase(Locale.ROOT) : "";
                return new Anaphor(i, k + 1, chosen, lexicon.kind(tokens, k), Set.copyOf(descriptors),
                        chosen.choice() == Choice.OWNER ? product : null, false, trade, base);
            }
            if (mentionAt[k] != null && placeBased(tokens, mentionAt[k], types)) {
                // "the Santa Clara-based company": the place says where it is, not what it is.
                base = mentionAt[k].entityName();
                limit += mentionAt[k].end() - 1 - k;
                k = mentionAt[k].end() - 1;
                continue;
            }
            int comma = mentionAt[k] == null ? -1 : mentionAt[k].end();
            if (comma > 0 && comma + 1 < tokens.size() && tokens.get(comma).word().equals(",") && mentionAt[comma + 1] != null
                    && types.get(mentionAt[k].entityName()) == EntityType.PLACE && placeBased(tokens, mentionAt[comma + 1], types)) {
                // "the Boise, Idaho-based company": a city and its state before "-based".
                limit += mentionAt[comma + 1].end() - 1 - k;
                k = mentionAt[comma + 1].end() - 1;
                continue;
            }
            if (mentionAt[k] != null && types.get(mentionAt[k].entityName()) == EntityType.PLACE
                    && mentionAt[k].end() < tokens.size() && tokens.get(mentionAt[k].end()).tag().matches("NNS?|JJ")) {
                // "the venerable Silicon Valley giant": a place among the modifiers says where the company is.
                limit += mentionAt[k].end() - 1 - k;
                k = mentionAt[k].end() - 1;
                continue;
            }
            if (mentionAt[k] != null) {
                Mention inside = mentionAt[k];
                Word after = inside.end() < tokens.size() ? lexicon.word(tokens.get(inside.end()).word().toLowerCase(Locale.ROOT)) : null;
                // "the TikTok owner", "the Instagram owner": a company the gazetteer gives an owner stands as a product does.
                boolean ownedCompany = types.get(inside.entityName()) == EntityType.COMPANY && after != null && after.choice() == Choice.OWNER;
                if (types.get(inside.entityName()) != EntityType.PRODUCT && !ownedCompany || product != null && product != inside) {
                    return null;
                }
                product = inside;
                continue;
            }
            other |= lexicon.pointsElsewhere(word);
            otherThanRound |= lexicon.pointsElsewhere(word) && !lexicon.roundModifiers.contains(word);
            named |= t.tag().startsWith("NNP") || t.tag().equals("CD");
            // A plural noun modifies as a singular one does: "the communications ministry", "the payments firm".
            boolean modifier = t.tag().matches("JJ.*|NN|NNS|NNP|NNPS|HYPH|VBN|VBG|CD|POS") || word.equals("-");
            if (!modifier) {
                return null;
            }
            descriptor(t).ifPresent(descriptors::add);
        }
        return null;
    }

    /**
     * The nationality words of a country named right before token i with a possessive ("South Korea's" as "south",
     * "korean"); none when no country stands there.
     */
    private Set<String> countryBefore(List<Token> tokens, int i, Mention[] mentionAt) {
        if (i < 2 || !(tokens.get(i - 1).word().equals("'s") || tokens.get(i - 1).word().equals("'")) || mentionAt[i - 2] == null) {
            return Set.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String adjective : lexicon.nationalities(mentionAt[i - 2].entityName())) {
            words.addAll(List.of(adjective.split(" ")));
        }
        return words;
    }

    /** A place named right before "-based" or "-headquartered". */
    private static boolean placeBased(List<Token> tokens, Mention mention, Map<String, EntityType> types) {
        int after = mention.end();
        if (types.get(mention.entityName()) != EntityType.PLACE || after >= tokens.size()) {
            return false;
        }
        String next = tokens.get(after).word().toLowerCase(Locale.ROOT);
        if (next.equals("-") && after + 1 < tokens.size()) {
            next = tokens.get(after + 1).word().toLowerCase(Locale.ROOT);
        }
        return next.matches("-?(based|headquartered)");
    }

    /** A capitalised modifier as a descriptor: "Chinese-based" as "chinese", "U.S." as "us"; none for other words. */
    static Optional<String> descriptor(Token token) {
        String word = token.word();
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || !token.tag().matches("JJ.*|NNPS?")) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        int dash = lower.indexOf('-');
        return Optional.of(dash > 0 ? lower.substring(0, dash) : lower);
    }


    static boolean verb(Token token) {
        return token.tag().startsWith("VB") || token.tag().equals("MD");
    }

    /**
     * Whether a phrase starting at this token stands where a subject stands: at the start of the sentence or a
     * clause, after a comma, a subordinating conjunction or an adverb, and not after a preposition or a verb
     * ("invested in OpenAI", "fined Meta"). Determiners, adjectives, nouns and possessives before it are skipped
     * ("chipmaker Nvidia said"); the second of two names joined by "and" stands where the first stands ("the gap
     * with TSMC and SK Hynix").
     */
    boolean subjectPosition(List<Token> tokens, int begin) {
        int k = skipModifiers(tokens, begin - 1);
        while (k >= 0 && tokens.get(k).word().matches("(?i)and|or|&") && k > 0 && !tokens.get(k - 1).word().equals(",")) {
            k = skipModifiers(tokens, k - 1);
        }
        if (k < 0) {
            return true;
        }
        Token before = tokens.get(k);
        String word = before.word().toLowerCase(Locale.ROOT);
        if (lexicon.subordinators.contains(word) || word.equals("as") && (k == 0 || !tokens.get(k - 1).word().equalsIgnoreCase("such"))) {
            return true;
        }
        return !(before.tag().equals("IN") || before.tag().equals("TO") || before.tag().startsWith("VB"));
    }

    private static int skipModifiers(List<Token> tokens, int k) {
        // "The San Francisco-based company": the participle of a base modifies the noun like an adjective.
        while (k >= 0 && (tokens.get(k).tag().matches("DT|JJ.*|PRP\\$|CD|NN.*|POS|HYPH") || tokens.get(k).word().matches("(?i)(.*-)?(based|headquartered)"))) {
            k--;
        }
        return k;
    }


    /**
     * What the article calls each company and product: the kind noun right before a company's name ("chipmaker
     * Nvidia", "French startup Mistral AI", with its capitalised words: "french") or in an apposition after it
     * ("Samsung, the world's largest memory chipmaker,"); the product noun right after or before a product's name
     * ("the Kirin 9000S chip", "the chatbot Doubao").
     */
    Map<String, Set<String>> called(AnalyzedText analysis, List<List<Mention>> bySentence, Map<String, EntityType> types) {
        Map<String, Set<String>> called = new HashMap<>();
        for (Sentence sentence : analysis.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (Mention m : bySentence.get(sentence.index())) {
                EntityType type = types.get(m.entityName());
                if (type != EntityType.COMPANY && type != EntityType.PRODUCT) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>();
                int before = m.begin() - 1;
                if (before >= 0 && lexicon.kindNoun(tokens, before, type)) {
                    words.add(lexicon.kind(tokens, before));
                    for (int k = before - 1; k >= 0 && k >= before - MAX_MODIFIERS
                            && tokens.get(k).tag().matches("JJ.*|NN|NNPS?|HYPH|VBN"); k--) {
                        descriptor(tokens.get(k)).ifPresent(words::add);
                    }
                }
                if (type == EntityType.PRODUCT && m.end() < tokens.size() && lexicon.kindNoun(tokens, m.end(), type)) {
                    words.add(lexicon.kind(tokens, m.end()));
                }
                if (type == EntityType.COMPANY && m.end() + 1 < tokens.size() && tokens.get(m.end()).word().equals(",")
                        && tokens.get(m.end() + 1).tag().equals("DT")) {
                    Set<String> described = new LinkedHashSet<>();
                    for (int k = m.end() + 2; k < tokens.size() && k <= m.end() + 2 + MAX_MODIFIERS + 2; k++) {
                        Token t = tokens.get(k);
                        if (lexicon.kindNoun(tokens, k, type) && (k + 1 == tokens.size() || !tokens.get(k + 1).tag().startsWith("NN"))) {
                            words.add(lexicon.kind(tokens, k));
                            words.addAll(described);
                            break;
                        }
                        if (!t.tag().matches("JJ.*|NN.*|HYPH|VBN|VBG|CD|POS|RBS|DT")) {
                            break;
                        }
                        descriptor(t).ifPresent(described::add);
                    }
                }
                if (type == EntityType.COMPANY) {
                    words.addAll(nationalityBefore(tokens, m, bySentence.get(sentence.index()), types));
                    tradeAfter(tokens, m.end()).ifPresent(words::add);
                }
                if (!words.isEmpty()) {
                    called.computeIfAbsent(m.entityName(), k -> new LinkedHashSet<>()).addAll(words);
                }
            }
        }
        return called;
    }

    /**
     * "Nvidia chips", "Nvidia's AI chips", "Samsung's phones": the thing a company's name is put before says its trade
     * (as "trade:chip"), so that "the chip giant" can find it later. Up to two modifiers may stand between.
     */
    private static Optional<String> tradeAfter(List<Token> tokens, int end) {
        int k = end;
        if (k < tokens.size() && tokens.get(k).tag().equals("POS")) {
            k++;
        }
        for (int modifiers = 0; k + 1 < tokens.size() && modifiers < 2 && tokens.get(k).tag().matches("JJ|NN|NNP")
                && tokens.get(k + 1).tag().matches("NNS?"); modifiers++) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).tag().matches("NNS?") || k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("NN")) {
            return Optional.empty();
        }
        Token noun = tokens.get(k);
        return noun.word().equals(noun.word().toLowerCase(Locale.ROOT)) ? Optional.of(TRADE + noun.lemma().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The nationality a company's name is given right before it: "Japan's SoftBank", "Taiwan-based TSMC" (as
     * "japan" and "japanese"), so that "the Japanese conglomerate" can find it later. The adjective itself before the
     * name ("Chinese firm Zhipu") is read with the kind noun.
     */
    private Set<String> nationalityBefore(List<Token> tokens, Mention company, List<Mention> named, Map<String, EntityType> types) {
        int k = company.begin() - 1;
        while (k >= 0 && tokens.get(k).tag().matches("JJ.*|NN|NNS|HYPH") && company.begin() - k <= 3
                && !tokens.get(k).word().equals("'s")) {
            k--; // "China's AI startup Zhipu": modifiers between
        }
        int end = -1;
        if (k >= 1 && (tokens.get(k).word().equals("'s") || tokens.get(k).word().equals("'"))) {
            end = k;
        } else if (k + 2 < company.begin() && tokens.get(k + 1).word().equals("-") && tokens.get(k + 2).word().toLowerCase(Locale.ROOT).matches("based|headquartered")) {
            end = k + 1;
        }
        if (end < 0) {
            return Set.of();
        }
        for (Mention m : named) {
            EntityType type = types.get(m.entityName());
            if (m.end() == end && (type == EntityType.PLACE || type == EntityType.GOVERNMENT_BODY)) {
                Set<String> words = new LinkedHashSet<>();
                for (String adjective : lexicon.nationalities(m.entityName())) {
                    words.addAll(List.of(adjective.split(" "))); // "the South Korean firm" reads "south", "korean"
                }
                words.addAll(List.of(m.entityName().toLowerCase(Locale.ROOT).split(" ")));
                return words;
            }
        }
        return Set.of();
    }
}
