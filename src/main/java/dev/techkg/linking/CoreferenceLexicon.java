package dev.techkg.linking;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import dev.techkg.nlp.Token;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words coreference reads, all from data files beside this class: the referring words and what they can
 * refer to ({@value #NOUNS}), modifiers that point elsewhere ({@value #OTHER_MODIFIERS}) and function words
 * ({@value #FUNCTION_WORDS}). Immutable and thread-safe.
 */
final class CoreferenceLexicon {
    /** The resource the referring words are read from. */
    static final String NOUNS = "coreference-nouns.tsv";
    /** The resource of modifiers that point to another entity ("the parent company"). */
    static final String OTHER_MODIFIERS = "coreference-other-modifiers.txt";
    /** The resource of determiners, subordinators and other function words. */
    static final String FUNCTION_WORDS = "coreference-function-words.txt";

    /** How the thing a word refers to is chosen; see the lexicon's header. */
    enum Choice { SALIENT, KIND, OWNER, PAIR, BLOCK, RAISER }

    /** One row of the lexicon. */
    record Word(String word, Set<EntityType> types, boolean plural, Choice choice) {
        /** The same word, referring to nothing ("the parent company"). */
        Word blocking() {
            return new Word(word, types, plural, Choice.BLOCK);
        }
    }

    private final Map<String, Word> words;
    private final Set<String> otherModifiers;
    final Set<String> determiners;
    final Set<String> articles;
    final Set<String> objectPronouns;
    final Set<String> subordinators;
    final Set<String> pairJoiners;
    /** Verbs of saying whose subject after a comma speaks for the clause before: "…, the firm said". */
    final Set<String> speechVerbs;
    /** Prepositions after a possessed noun whose complement is another than the possessor ("Nokia's takeover of the firm"). */
    final Set<String> framePrepositions;
    private final Set<String> makerHeads;
    /** Modifiers that keep a round the raiser's although they point elsewhere on other nouns ("the investment round"). */
    final Set<String> roundModifiers;
    /** Nouns for those who fund a company: "its backers" are the raiser's. */
    final Set<String> backerNouns;
    private final Map<String, String> kindAliases;
    /** Country (gazetteer name) → the lower-case adjectives of its nationality ("japan" → "japanese"), from nationalities.tsv. */
    private final Map<String, Set<String>> nationalityOfCountry;
    /** Lower-case nationality adjective → country (gazetteer name), from nationalities.tsv. */
    private final Map<String, String> countryOfAdjective;

    private CoreferenceLexicon(Map<String, Word> words, Set<String> otherModifiers, Map<String, List<String>> functionWords) {
        this.words = Map.copyOf(words);
        this.otherModifiers = Set.copyOf(otherModifiers);
        this.determiners = required(functionWords, "determiners");
        this.articles = required(functionWords, "articles");
        this.objectPronouns = required(functionWords, "object-pronouns");
        this.subordinators = required(functionWords, "subordinators");
        this.pairJoiners = required(functionWords, "pair-joiners");
        this.speechVerbs = required(functionWords, "speech-verbs");
        this.framePrepositions = required(functionWords, "frame-prepositions");
        this.makerHeads = required(functionWords, "maker-heads");
        this.roundModifiers = required(functionWords, "round-modifiers");
        this.backerNouns = required(functionWords, "backer-nouns");
        Map<String, String> aliases = new HashMap<>();
        for (String alias : WordList.words(functionWords, "kind-aliases")) {
            String[] parts = alias.split(">");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new TechKgException(FUNCTION_WORDS + ": expected 'word>kind' in kind-aliases but found '" + alias + "'");
            }
            aliases.put(parts[0], parts[1]);
        }
        this.kindAliases = Map.copyOf(aliases);
        Map<String, Set<String>> nationality = new HashMap<>();
        Nationalities.load().forEach((adjective, country) ->
                nationality.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(adjective.toLowerCase(Locale.ROOT)));
        this.nationalityOfCountry = Map.copyOf(nationality);
        Map<String, String> countries = new HashMap<>();
        Nationalities.load().forEach((adjective, country) -> countries.put(adjective.toLowerCase(Locale.ROOT), country));
        this.countryOfAdjective = Map.copyOf(countries);
    }

    /** The country (gazetteer name) of a lower-case nationality adjective ("french" → "France"), or null. */
    String countryOf(String adjective) {
        return countryOfAdjective.get(adjective);
    }

    /** The lower-case nationality adjectives of a country the gazetteer names ("South Korea" → "south korean", "korean"). */
    Set<String> nationalities(String country) {
        return nationalityOfCountry.getOrDefault(country, Set.of());
    }

    /** The shipped lexicon. */
    static CoreferenceLexicon load() {
        return new CoreferenceLexicon(parse(Resources.text(CoreferenceLexicon.class, NOUNS), NOUNS),
                WordList.load(OTHER_MODIFIERS), WordList.sections(FUNCTION_WORDS));
    }

    private static Set<String> required(Map<String, List<String>> sections, String section) {
        Set<String> found = WordList.words(sections, section);
        if (found.isEmpty()) {
            throw new TechKgException(FUNCTION_WORDS + ": the section '" + section + "' is missing or empty");
        }
        return found;
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

    /** The row of a word (any case), or null. */
    Word word(String word) {
        return words.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a modifier makes a description point elsewhere ("parent", "rival"). */
    boolean pointsElsewhere(String lowerWord) {
        return otherModifiers.contains(lowerWord);
    }

    /**
     * Whether token k is a singular kind noun for this type ("chipmaker" for a company, "chip" for a product), or the
     * last of one the tokenizer split ("start - up").
     */
    boolean kindNoun(List<Token> tokens, int k, EntityType type) {
        Token token = tokens.get(k);
        String hyphenated = k >= 2 ? hyphenated(tokens, k - 2) : null;
        Word word = word(hyphenated != null ? hyphenated : token.word());
        // The tagger reads a split word's parts as it likes ("start/VB - up/RP"): the whole word decides then.
        return word != null && (token.tag().equals("NN") || hyphenated != null) && word.types.contains(type)
                && word.choice != Choice.BLOCK && word.choice != Choice.PAIR && word.choice != Choice.RAISER;
    }

    /**
     * The hyphenated word of the lexicon that the tokenizer split into three tokens from k ("start - up" as
     * "start-up"); null if the tokens there make none.
     */
    String hyphenated(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k + 1).word().equals("-")) {
            return null;
        }
        String joined = (tokens.get(k).word() + "-" + tokens.get(k + 2).word()).toLowerCase(Locale.ROOT);
        return words.containsKey(joined) ? joined : null;
    }

    /**
     * The kind a head noun names: "chipmaker"; "chip maker" and "chip-maker" as "chipmaker" too; "smartphone" as
     * "phone"; "start - up", split by the tokenizer, as "startup".
     */
    String kind(List<Token> tokens, int head) {
        String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
        String split = head >= 2 ? hyphenated(tokens, head - 2) : null;
        if (split != null) {
            return split.replace("-", "");
        }
        int before = head - 1;
        if (before >= 0 && tokens.get(before).word().equals("-")) {
            before--;
        }
        if (before >= 0 && tokens.get(before).tag().equals("NN") && makerHeads.contains(word)) {
            return tokens.get(before).word().toLowerCase(Locale.ROOT) + word;
        }
        if (kindAliases.containsKey(word)) {
            return kindAliases.get(word);
        }
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1 ? word.replace("-", "") : word;
    }
}
