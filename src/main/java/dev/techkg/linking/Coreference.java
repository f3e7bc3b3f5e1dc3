package dev.techkg.linking;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the words news uses to refer back to something it has named, so relation rules can use them like
 * names: pronouns ("it", "its", "they", "he") and definite descriptions ("the company", "the chipmaker", "the
 * iPhone maker", "the regulator", "this chip", "the two companies"). What a word can refer to, and how the
 * antecedent is chosen, is data: {@code coreference-nouns.tsv} beside this class, one row per word with an
 * example.
 *
 * <p>The antecedent is the nearest salient earlier mention whose type fits the word, at most
 * {@value #LOOK_BACK} sentences back. In the anaphor's own sentence, a pronoun takes a company before a government
 * body before a product, the first in subject position (approximated without a parse: not after a preposition or a
 * verb), and a description the nearest name ("Tencent raised its stake in Ubisoft, the largest in the French gaming
 * firm"); in an earlier sentence, its subject, else its first fitting mention. A word for a kind ("the startup",
 * "this chip") takes only what the article calls so, or, for a company, the only company in reach; "the iPhone
 * maker" takes the maker of the product; "the two companies" and "they" take a pair joined by "and" (or, for a
 * description, the only two in reach) and give two references on the same span; a capitalised modifier ("the
 * Chinese company") prefers what the article described with the same word. Anything ambiguous stays unresolved,
 * and so does a pronoun after a description that stayed unresolved ("The startup said its model …").
 *
 * <p>CoreNLP's own coreference needs a parse and multiplies annotation time (measured on eleven news articles:
 * 5.7 times the tagging time with {@code coref.algorithm=statistical} and {@code depparse}, about 190 times with
 * {@code neural} and {@code parse}); this resolver is linear in the text: every anaphor looks at a bounded number of
 * candidates.
 * Immutable and thread-safe.
 */
final class Coreference {
    /** The resource the lexicon is read from. */
    static final String NOUNS = "coreference-nouns.tsv";
    /** The resource of modifiers that point to another entity ("the parent company"). */
    static final String OTHER_MODIFIERS = "coreference-other-modifiers.txt";
    private static final int LOOK_BACK = 2;
    private static final int MAX_MODIFIERS = 5;
    /** Candidates looked at per sentence, nearest first in the anaphor's sentence: keeps the work per anaphor bounded. */
    private static final int MAX_CANDIDATES = 40;
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "both");
    private static final Set<String> ARTICLES = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "him");
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "while", "although", "though", "whether",
            "if", "when", "unless", "where", "whereas", "once", "so");
    private static final Set<String> PAIR_JOINERS = Set.of(",", "and", "&", "the", "both");
    private static final List<EntityType> PRONOUN_PREFERENCE = List.of(EntityType.COMPANY, EntityType.GOVERNMENT_BODY,
            EntityType.PRODUCT, EntityType.PERSON);

    /** How the thing a word refers to is chosen; see the lexicon's header. */
    enum Choice { SALIENT, KIND, OWNER, PAIR, BLOCK }

    /** One row of the lexicon. */
    record Word(String word, Set<EntityType> types, boolean plural, Choice choice) {}

    private final Map<String, Word> words;
    private final Set<String> otherModifiers;
    private final Gazetteer gazetteer;

    private Coreference(Map<String, Word> words, Set<String> otherModifiers, Gazetteer gazetteer) {
        this.words = Map.copyOf(words);
        this.otherModifiers = Set.copyOf(otherModifiers);
        this.gazetteer = gazetteer;
    }

    /** A resolver with the shipped lexicon; product makers come from this gazetteer's owner column. */
    static Coreference create(Gazetteer gazetteer) {
        return new Coreference(parse(Resources.text(Coreference.class, NOUNS), NOUNS), WordList.load(OTHER_MODIFIERS), gazetteer);
    }

    /** Parses lexicon rows (word, types, number, choice, example); fails naming the line of a bad row. */
    static Map<String, Word> parse(String text, String name) {
        Map<String, Word> words = new HashMap<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("word\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 4) {
                throw new TechKgException(name + " line " + (n + 1) + ": expected word<TAB>types<TAB>number<TAB>choose<TAB>example");
            }
            try {
                Set<EntityType> types = EnumSet.noneOf(EntityType.class);
                for (String type : cells[1].split("\\|")) {
                    types.add(EntityType.parse(type.strip()));
                }
                String number = cells[2].strip();
                if (!number.equals("singular") && !number.equals("plural")) {
                    throw new IllegalArgumentException("Unknown number '" + number + "' (expected singular or plural)");
                }
                Choice choice = Choice.valueOf(cells[3].strip().toUpperCase(Locale.ROOT));
                String word = cells[0].strip().toLowerCase(Locale.ROOT);
                if (words.put(word, new Word(word, types, number.equals("plural"), choice)) != null) {
                    throw new IllegalArgumentException("'" + word + "' is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new TechKgException(name + " line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return words;
    }

    /** A mention or a resolved reference as a candidate antecedent; named when it is a name, not a reference. */
    private record Item(Mention mention, EntityType type, boolean subject, boolean named) {}

    /**
     * An anaphoric phrase: tokens [begin, end), its word, the kind its head names ("chipmaker"), the capitalised
     * words that describe it ("Chinese", "Dutch"), and, for "the iPhone maker", the product inside.
     */
    private record Anaphor(int begin, int end, Word word, String kind, Set<String> descriptors, Mention product, boolean pronoun) {}

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
        Map<String, Set<String>> called = called(analysis, bySentence, types);
        Map<String, String> possessors = productPossessors(analysis, bySentence, types);

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
            for (int i = 0; i < tokens.size(); i++) {
                while (next < named.size() && named.get(next).end() <= i) {
                    Mention m = named.get(next++);
                    if (!Attribution.cited(tokens, m)) {
                        here.add(new Item(m, types.get(m.entityName()), subjectPosition(tokens, m.begin()), true));
                    }
                    blocked = false;
                }
                Anaphor anaphor = anaphor(tokens, i, mentionAt, types);
                if (anaphor == null) {
                    continue;
                }
                Context context = new Context(analysis, sentence.index(), here, items, called);
                List<String> antecedents = anaphor.word.choice == Choice.BLOCK || (anaphor.pronoun && blocked)
                        ? List.of() : antecedents(anaphor, context, possessors, types);
                if (antecedents.isEmpty()) {
                    // "The startup said its model …": a pronoun after an organisation we could not resolve means that one.
                    blocked |= !anaphor.pronoun && (anaphor.word.types.contains(EntityType.COMPANY)
                            || anaphor.word.types.contains(EntityType.GOVERNMENT_BODY));
                } else {
                    // The reference leaves out its determiner, as a name does: rules read "in the <name>" around it.
                    int begin = anaphor.end - anaphor.begin > 1 && ARTICLES.contains(tokens.get(anaphor.begin).word().toLowerCase(Locale.ROOT))
                            ? anaphor.begin + 1 : anaphor.begin;
                    String surface = analysis.text().substring(tokens.get(begin).begin(), tokens.get(anaphor.end - 1).end());
                    boolean subject = subjectPosition(tokens, anaphor.begin);
                    for (String antecedent : antecedents) {
                        Mention reference = new Mention(sentence.index(), begin, anaphor.end, surface, antecedent);
                        references.add(reference);
                        // A resolved reference stands for its antecedent from here on: "The company … Its revenue".
                        here.add(new Item(reference, types.get(antecedent), subject, false));
                        if (antecedents.size() == 1 && !anaphor.pronoun) {
                            // What the article called it once helps to find it again: "the Chinese-based company … the Chinese company".
                            Set<String> words = called.computeIfAbsent(antecedent, k -> new LinkedHashSet<>());
                            words.add(anaphor.kind);
                            words.addAll(anaphor.descriptors);
                        }
                    }
                    blocked = false;
                }
                i = anaphor.end - 1;
            }
            while (next < named.size()) {
                Mention m = named.get(next++);
                if (!Attribution.cited(tokens, m)) {
                    here.add(new Item(m, types.get(m.entityName()), subjectPosition(tokens, m.begin()), true));
                }
            }
        }
        return references;
    }

    /** What an anaphor is resolved against: its sentence's candidates so far, the earlier sentences', what things are called. */
    private record Context(AnalyzedText analysis, int sentence, List<Item> here, List<List<Item>> items, Map<String, Set<String>> called) {
        /** The candidates of a sentence in reach, at most {@value #MAX_CANDIDATES}: the nearest ones in the anaphor's own. */
        List<Item> candidates(int s) {
            List<Item> all = s == sentence ? here : items.get(s);
            return s == sentence ? all.subList(Math.max(0, all.size() - MAX_CANDIDATES), all.size())
                    : all.subList(0, Math.min(all.size(), MAX_CANDIDATES));
        }

        /** The first sentence in reach, {@value #LOOK_BACK} before the anaphor's. */
        int firstInReach() {
            return Math.max(0, sentence - LOOK_BACK);
        }
    }

    /**
     * The anaphoric phrase starting at token i, or null: a pronoun of the lexicon tagged as one; "the two" before
     * a verb or a comma; "both" before a verb; or a determiner, up to {@value #MAX_MODIFIERS} modifiers and a head
     * noun of the lexicon that no noun follows ("the Chinese tech company", "the chip maker", "this chip"). A phrase
     * right before a name is an apposition ("the chipmaker Nvidia", "the research firm Omdia"), not a reference; one
     * that holds a name refers to nothing, unless it is "the <product> maker"; a product word after a name or a
     * number names that product ("the Kirin 9000s chip").
     */
    private Anaphor anaphor(List<Token> tokens, int i, Mention[] mentionAt, Map<String, EntityType> types) {
        Token token = tokens.get(i);
        String lower = token.word().toLowerCase(Locale.ROOT);
        if (mentionAt[i] != null) {
            return null;
        }
        Word pronoun = words.get(lower);
        if (pronoun != null && token.tag().startsWith("PRP")) {
            return new Anaphor(i, i + 1, pronoun, "", Set.of(), null, true);
        }
        if (!DETERMINERS.contains(lower)) {
            return null;
        }
        if (lower.equals("both") && i + 1 < tokens.size() && verb(tokens.get(i + 1))) {
            return new Anaphor(i, i + 1, words.get("two"), "", Set.of(), null, false);
        }
        if (lower.equals("the") && i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("two")
                && (verb(tokens.get(i + 2)) || tokens.get(i + 2).tag().matches("[,.:]"))) {
            return new Anaphor(i, i + 2, words.get("two"), "", Set.of(), null, false);
        }
        boolean other = false;
        boolean named = false;
        Mention product = null;
        Set<String> descriptors = new LinkedHashSet<>();
        for (int k = i + 1; k < tokens.size() && k <= i + 1 + MAX_MODIFIERS; k++) {
            Token t = tokens.get(k);
            String word = t.word().toLowerCase(Locale.ROOT);
            Word head = words.get(word);
            boolean nounAfter = k + 1 < tokens.size() && tokens.get(k + 1).tag().startsWith("NN") && mentionAt[k + 1] == null;
            if (head != null && t.tag().matches("NNS?") && !nounAfter && mentionAt[k] == null) {
                if (k + 1 < tokens.size() && (mentionAt[k + 1] != null || tokens.get(k + 1).tag().startsWith("NNP"))) {
                    return null;
                }
                if (head.plural != t.tag().equals("NNS") && !word.equals("pair")) {
                    return null;
                }
                if (head.types.equals(Set.of(EntityType.PRODUCT)) && named) {
                    return null;
                }
                Word chosen = other ? blocking(head) : head;
                if (head.choice == Choice.OWNER && product == null) {
                    chosen = new Word(head.word, head.types, false, Choice.KIND);
                }
                return new Anaphor(i, k + 1, chosen, kind(tokens, k), Set.copyOf(descriptors),
                        chosen.choice == Choice.OWNER ? product : null, false);
            }
            if (mentionAt[k] != null) {
                Mention inside = mentionAt[k];
                if (types.get(inside.entityName()) != EntityType.PRODUCT || product != null && product != inside) {
                    return null;
                }
                product = inside;
                continue;
            }
            other |= otherModifiers.contains(word);
            named |= t.tag().startsWith("NNP") || t.tag().equals("CD");
            boolean modifier = t.tag().matches("JJ.*|NN|NNP|NNPS|HYPH|VBN|VBG|CD|POS") || word.equals("-");
            if (!modifier) {
                return null;
            }
            descriptor(t).ifPresent(descriptors::add);
        }
        return null;
    }

    /** A capitalised modifier as a descriptor: "Chinese-based" as "chinese", "U.S." as "us"; none for other words. */
    private static java.util.Optional<String> descriptor(Token token) {
        String word = token.word();
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || !token.tag().matches("JJ.*|NNPS?")) {
            return java.util.Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        int dash = lower.indexOf('-');
        return java.util.Optional.of(dash > 0 ? lower.substring(0, dash) : lower);
    }

    private static Word blocking(Word word) {
        return new Word(word.word, word.types, word.plural, Choice.BLOCK);
    }

    private static boolean verb(Token token) {
        return token.tag().startsWith("VB") || token.tag().equals("MD");
    }

    /** The kind a head noun names: "chipmaker"; "chip maker" and "chip-maker" as "chipmaker" too; "smartphone" as "phone". */
    private static String kind(List<Token> tokens, int head) {
        String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
        int before = head - 1;
        if (before >= 0 && tokens.get(before).word().equals("-")) {
            before--;
        }
        if (before >= 0 && tokens.get(before).tag().equals("NN") && word.matches("maker|developer|designer|manufacturer")) {
            return tokens.get(before).word().toLowerCase(Locale.ROOT) + word;
        }
        if (word.equals("smartphone") || word.equals("handset")) {
            return "phone";
        }
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1 ? word.replace("-", "") : word;
    }

    /**
     * Whether a phrase starting at this token stands where a subject stands: at the start of the sentence or a
     * clause, after a comma, a subordinating conjunction or an adverb, and not after a preposition or a verb
     * ("invested in OpenAI", "fined Meta"). Determiners, adjectives, nouns and possessives before it are skipped
     * ("chipmaker Nvidia said"); the second of two names joined by "and" stands where the first stands ("the gap
     * with TSMC and SK Hynix").
     */
    private static boolean subjectPosition(List<Token> tokens, int begin) {
        int k = skipModifiers(tokens, begin - 1);
        while (k >= 0 && tokens.get(k).word().matches("(?i)and|or|&") && k > 0 && !tokens.get(k - 1).word().equals(",")) {
            k = skipModifiers(tokens, k - 1);
        }
        if (k < 0) {
            return true;
        }
        Token before = tokens.get(k);
        String word = before.word().toLowerCase(Locale.ROOT);
        if (SUBORDINATORS.contains(word) || word.equals("as") && (k == 0 || !tokens.get(k - 1).word().equalsIgnoreCase("such"))) {
            return true;
        }
        return !(before.tag().equals("IN") || before.tag().equals("TO") || before.tag().startsWith("VB"));
    }

    private static int skipModifiers(List<Token> tokens, int k) {
        while (k >= 0 && tokens.get(k).tag().matches("DT|JJ.*|PRP\\$|CD|NN.*|POS|HYPH")) {
            k--;
        }
        return k;
    }

    /** The canonical names the anaphor refers to: none, one, or two for a pair. */
    private List<String> antecedents(Anaphor anaphor, Context context, Map<String, String> possessors, Map<String, EntityType> types) {
        return switch (anaphor.word.choice) {
            case BLOCK -> List.of();
            case PAIR -> anaphor.pronoun ? joinedPair(anaphor.word.types, context) : pair(anaphor.word.types, context);
            case OWNER -> owner(anaphor.product, possessors, types);
            case KIND -> kindOf(anaphor, context);
            case SALIENT -> single(anaphor.pronoun ? salientForPronoun(anaphor, context) : salientForDescription(anaphor, context));
        };
    }

    private static List<String> single(String name) {
        return name == null ? List.of() : List.of(name);
    }

    /**
     * A pronoun's antecedent. In its own sentence: a company before a government body before a product ("The
     * Commission fined Google for abusing its position": its = Google; "The Commission said its inquiry": its = the
     * Commission), of that type the first in subject position, else the nearest; an object pronoun ("invest in it")
     * takes nothing the subject of its clause (the nearest subject before it) names, and nothing from an earlier
     * sentence then. A pronoun after a place or a thing
     * of another type of its own sentence with no fitting candidate there is left alone ("China and its allies").
     * In an earlier sentence: its first organisation or person in subject position, else its first one, else a
     * product.
     */
    private static String salientForPronoun(Anaphor anaphor, Context context) {
        Set<EntityType> fits = anaphor.word.types;
        List<Item> here = context.candidates(context.sentence);
        // "The two companies will invest in it": an object pronoun is not the subject of its own clause.
        // "The JFTC noted it collaborated": a pronoun before a verb is a subject. "X's growth gives it": a possessor is no subject.
        List<Token> tokens = context.analysis.sentences().get(context.sentence).tokens();
        boolean object = OBJECT_PRONOUNS.contains(anaphor.word.word) && !subjectPosition(tokens, anaphor.begin)
                && !(anaphor.end < tokens.size() && verb(tokens.get(anaphor.end)));
        Set<String> subjects = new HashSet<>();
        for (int k = here.size() - 1; object && k >= 0; k--) {
            // The nearest subject before the pronoun is its clause's ("the two companies": both names of the span).
            Item item = here.get(k);
            boolean possessor = item.mention.end() < tokens.size() && tokens.get(item.mention.end()).tag().equals("POS");
            if (item.subject && !possessor && (subjects.isEmpty() || item.mention.begin() == here.get(k + 1).mention.begin())) {
                subjects.add(item.mention.entityName());
            } else if (!subjects.isEmpty()) {
                break;
            }
        }
        boolean otherBefore = false;
        for (EntityType type : PRONOUN_PREFERENCE) {
            if (!fits.contains(type)) {
                continue;
            }
            Item first = null;
            Item nearest = null;
            for (int k = here.size() - 1; k >= 0; k--) {
                Item item = here.get(k);
                if (item.type == type && !subjects.contains(item.mention.entityName())) {
                    nearest = nearest == null ? item : nearest;
                    first = item.subject ? item : first;
                }
            }
            if (nearest != null) {
                return (first != null ? first : nearest).mention.entityName();
            }
        }
        for (Item item : here) {
            otherBefore |= item.type != EntityType.PERSON && !fits.contains(item.type);
        }
        if (otherBefore || !subjects.isEmpty()) {
            // An object pronoun whose clause has a subject means something else, which an earlier sentence may not name.
            return null;
        }
        for (int s = context.sentence - 1; s >= context.firstInReach(); s--) {
            Item found = firstIn(context.candidates(s), fits, false);
            if (found != null) {
                return found.mention.entityName();
            }
        }
        return null;
    }

    /**
     * The first candidate of an earlier sentence: an organisation or person in subject position, else the first
     * one; products only when there is none ("It" after "ByteDance bought H100 chips" is ByteDance).
     */
    private static Item firstIn(List<Item> candidates, Set<EntityType> fits, boolean anyType) {
        Item best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Item item : candidates) {
            if (!fits.contains(item.type)) {
                continue;
            }
            int rank = (item.subject ? 0 : 1) + (anyType || item.type != EntityType.PRODUCT ? 0 : 2);
            if (rank < bestRank) {
                best = item;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * A description's antecedent ("the company", "the regulator"): a candidate in reach the article described with
     * the same capitalised words ("the Chinese company" after "the Chinese-based company"); else, in its own sentence,
     * the nearest name of a fitting type ("Tencent raised its stake in the French gaming firm": Ubisoft, named
     * between); else, in an earlier sentence, the first fitting candidate in subject position, else the first.
     */
    private static String salientForDescription(Anaphor anaphor, Context context) {
        Set<EntityType> fits = anaphor.word.types;
        String described = describedAs(anaphor, context, anaphor.descriptors);
        if (described != null) {
            return described;
        }
        List<Item> here = context.candidates(context.sentence);
        for (int k = here.size() - 1; k >= 0; k--) {
            Item item = here.get(k);
            if (item.named && fits.contains(item.type)) {
                return item.mention.entityName();
            }
        }
        for (int s = context.sentence - 1; s >= context.firstInReach(); s--) {
            Item found = firstIn(context.candidates(s), fits, true);
            if (found != null) {
                return found.mention.entityName();
            }
        }
        return null;
    }

    /** The nearest fitting candidate in reach that the article has called by all these words; null if none or no words. */
    private static String describedAs(Anaphor anaphor, Context context, Set<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        for (int s = context.sentence; s >= context.firstInReach(); s--) {
            List<Item> candidates = context.candidates(s);
            for (int k = candidates.size() - 1; k >= 0; k--) {
                Item item = candidates.get(k);
                if (anaphor.word.types.contains(item.type)
                        && context.called.getOrDefault(item.mention.entityName(), Set.of()).containsAll(words)) {
                    return item.mention.entityName();
                }
            }
        }
        return null;
    }

    /**
     * A word for a kind ("the startup", "the chipmaker", "the phone"): the nearest candidate in reach that the article
     * calls so; else, for a company, the only company in reach (in the anaphor's sentence and the
     * {@value #LOOK_BACK} before it). A product is never guessed: "this processor" may be one the text did not name.
     */
    private static List<String> kindOf(Anaphor anaphor, Context context) {
        Set<String> words = new LinkedHashSet<>(anaphor.descriptors);
        words.add(anaphor.kind);
        String described = describedAs(anaphor, context, words);
        if (described == null && !anaphor.descriptors.isEmpty()) {
            described = describedAs(anaphor, context, Set.of(anaphor.kind));
        }
        if (described != null) {
            return List.of(described);
        }
        if (!anaphor.word.types.contains(EntityType.COMPANY)) {
            return List.of();
        }
        Set<String> inReach = new LinkedHashSet<>();
        for (int s = context.sentence; s >= context.firstInReach(); s--) {
            for (Item item : context.candidates(s)) {
                if (anaphor.word.types.contains(item.type)) {
                    inReach.add(item.mention.entityName());
                }
            }
        }
        return inReach.size() == 1 ? List.copyOf(inReach) : List.of();
    }

    /** "The iPhone maker": the gazetteer's maker of the product, else the company the article says owns it ("X's iPhone"). */
    private List<String> owner(Mention product, Map<String, String> possessors, Map<String, EntityType> types) {
        if (product == null) {
            return List.of();
        }
        String owner = gazetteer.byCanonical(product.entityName()).map(GazetteerEntry::owner).orElse("");
        if (types.get(owner) != EntityType.COMPANY) {
            owner = possessors.getOrDefault(product.entityName(), "");
        }
        return types.get(owner) == EntityType.COMPANY ? List.of(owner) : List.of();
    }

    /**
     * Two at once, for a description ("the two companies", "both firms"): decided in the nearest sentence in reach
     * with a fitting candidate (the anaphor's own first): its only two, or its pair joined by "and"; nothing when it
     * has one, or three or more and no such pair.
     */
    private static List<String> pair(Set<EntityType> fits, Context context) {
        for (int s = context.sentence; s >= context.firstInReach(); s--) {
            List<Item> candidates = context.candidates(s);
            Set<String> distinct = new LinkedHashSet<>();
            for (Item item : candidates) {
                if (fits.contains(item.type)) {
                    distinct.add(item.mention.entityName());
                }
            }
            if (distinct.isEmpty()) {
                continue;
            }
            if (distinct.size() == 2) {
                return List.copyOf(distinct);
            }
            List<String> joined = joined(fits, candidates, context.analysis.sentences().get(s).tokens(), false);
            return joined == null ? List.of() : joined;
        }
        return List.of();
    }

    /**
     * Two at once, for "they", "their", "them": a pair joined by "and" in the pronoun's sentence ("Samsung and Lenovo
     * … their devices"); when that sentence names nothing that fits, a pair joined by "and" in subject position of the
     * sentence before. A plural pronoun more often means a group the text did not name ("smaller firms … their
     * concerns"), so nothing else is guessed.
     */
    private static List<String> joinedPair(Set<EntityType> fits, Context context) {
        List<Item> here = context.candidates(context.sentence);
        List<String> joined = joined(fits, here, context.analysis.sentences().get(context.sentence).tokens(), false);
        if (joined != null || here.stream().anyMatch(item -> fits.contains(item.type)) || context.sentence == 0) {
            return joined == null ? List.of() : joined;
        }
        int before = context.sentence - 1;
        joined = joined(fits, context.candidates(before), context.analysis.sentences().get(before).tokens(), true);
        return joined == null ? List.of() : joined;
    }

    /** The last two fitting names joined by "and" (in subject position if asked), or null. */
    private static List<String> joined(Set<EntityType> fits, List<Item> candidates, List<Token> tokens, boolean subject) {
        List<String> found = null;
        for (int k = 1; k < candidates.size(); k++) {
            Item first = candidates.get(k - 1);
            Item second = candidates.get(k);
            if (fits.contains(first.type) && fits.contains(second.type) && first.type == second.type && (!subject || first.subject)
                    && !first.mention.entityName().equals(second.mention.entityName())
                    && joinedByAnd(tokens, first.mention.end(), second.mention.begin())) {
                found = List.of(first.mention.entityName(), second.mention.entityName());
            }
        }
        return found;
    }

    /** Whether only "and" (or "&"), commas and determiners stand between two names. */
    private static boolean joinedByAnd(List<Token> tokens, int from, int to) {
        boolean and = false;
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (!PAIR_JOINERS.contains(word)) {
                return false;
            }
            and |= word.equals("and") || word.equals("&");
        }
        return and;
    }

    /**
     * What the article calls each company and product: the kind noun right before a company's name ("chipmaker
     * Nvidia", "French startup Mistral AI", with its capitalised words: "french") or in an apposition after it
     * ("Samsung, the world's largest memory chipmaker,"); the product noun right after or before a product's name
     * ("the Kirin 9000S chip", "the chatbot Doubao").
     */
    private Map<String, Set<String>> called(AnalyzedText analysis, List<List<Mention>> bySentence, Map<String, EntityType> types) {
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
                if (before >= 0 && kindNoun(tokens.get(before), type)) {
                    words.add(kind(tokens, before));
                    for (int k = before - 1; k >= 0 && k >= before - MAX_MODIFIERS
                            && tokens.get(k).tag().matches("JJ.*|NN|NNPS?|HYPH|VBN"); k--) {
                        descriptor(tokens.get(k)).ifPresent(words::add);
                    }
                }
                if (type == EntityType.PRODUCT && m.end() < tokens.size() && kindNoun(tokens.get(m.end()), type)) {
                    words.add(kind(tokens, m.end()));
                }
                if (type == EntityType.COMPANY && m.end() + 1 < tokens.size() && tokens.get(m.end()).word().equals(",")
                        && tokens.get(m.end() + 1).tag().equals("DT")) {
                    Set<String> described = new LinkedHashSet<>();
                    for (int k = m.end() + 2; k < tokens.size() && k <= m.end() + 2 + MAX_MODIFIERS + 2; k++) {
                        Token t = tokens.get(k);
                        if (kindNoun(t, type) && (k + 1 == tokens.size() || !tokens.get(k + 1).tag().startsWith("NN"))) {
                            words.add(kind(tokens, k));
                            words.addAll(described);
                            break;
                        }
                        if (!t.tag().matches("JJ.*|NN.*|HYPH|VBN|VBG|CD|POS|RBS|DT")) {
                            break;
                        }
                        descriptor(t).ifPresent(described::add);
                    }
                }
                if (!words.isEmpty()) {
                    called.computeIfAbsent(m.entityName(), k -> new LinkedHashSet<>()).addAll(words);
                }
            }
        }
        return called;
    }

    private boolean kindNoun(Token token, EntityType type) {
        Word word = words.get(token.word().toLowerCase(Locale.ROOT));
        return word != null && token.tag().equals("NN") && word.types.contains(type)
                && word.choice != Choice.BLOCK && word.choice != Choice.PAIR;
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
