package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists and patterns of the linking stage, read once from the data files beside this class
 * (product nouns and name parts, model-code shapes, legal suffixes, government heads and cues, nationalities,
 * months, and the words that are no name). Immutable and thread-safe.
 */
final class NameRules {
    private static final int MAX_VERSION_LENGTH = 8;
    /** The most tokens a list may run from its plural company noun to a name in it. */
    private static final int MAX_LIST_TOKENS = 12;
    /** Words before the head of an apposition: "Wayve, the UK autonomous driving software startup". */
    private static final int MAX_APPOSITION_MODIFIERS = 5;
    /** Words before "to be" that keep what follows said of the subject: "agreed to be bought", "is set to be acquired". */
    private static final Pattern RAISING = Pattern.compile("agreed|agrees|set|expected|poised|due|likely");
    /** "TechInsights", "HashiCorp": one word with a capital inside after a lower-case run is a brand, not a person. */
    static final Pattern BRAND_CASE = Pattern.compile("(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{L}*");
    /** "AI-powered", "Nvidia-backed", "self-driving", "AI-driven": a hyphenated adjective, not a name. */
    private static final Pattern ADJECTIVE_COMPOUND = Pattern.compile(".*-\\p{Ll}+(?:ed|ing|en)");

    final Set<String> productNouns;
    final Set<String> tiers;
    final Set<String> lowerTiers;
    final Set<String> generations;
    final Set<String> series;
    final Set<String> modelNouns;
    final Set<String> measures;
    /** Names that a number after makes a stock index, not a model: "the Nasdaq 100", "the S&P 500". */
    final Set<String> indexMakers;
    /** Nouns after a company's name and a number that make it a manufacturing process: "the Intel 18A process". */
    final Set<String> processNouns;
    /** Nouns that make a name owned by a company its product ("Xiaomi's Loop LiquidCool technology"). */
    final Set<String> ownedNouns;
    /** Nouns that, owned and right before a name, make it the owner's product: "its grocery service Zentro Fresh". */
    final Set<String> ownedKindsBefore;
    /** Words of a fund's name, which a number after leaves a fund, not a model: "SoftBank Vision Fund 2". */
    final Set<String> fundWords;
    /** Tiers that make a company's name a product's: "Perplexity Pro". */
    final Set<String> productTiers;
    final List<Pattern> codes;
    final List<Pattern> weakCodes;
    final List<Pattern> notCodes;
    final List<Pattern> versions;
    /** Shapes of the version kind that measure something: "3nm", "256GB" ({@code model-codes.txt}). */
    final List<Pattern> versionMeasures;
    final Set<String> headTitles;
    final Set<String> governmentNouns;
    final Set<String> departmentTitles;
    final Set<String> ministryTitles;
    final Set<String> legalSuffixes;
    /** Legal-form words that open a company's name ("PT Apple Indonesia"). */
    final Set<String> legalPrefixes;
    private final Pattern governmentHead;
    private final Set<String> businessPhrases;
    private final Set<String> eventHeads;
    private final Set<String> eventNames;
    final Set<String> connectors;
    final Set<String> companyTitlesAfter;
    final Set<String> facilitiesAfter;
    final Set<String> companyVerbsBefore;
    final Map<String, String> nationalities;
    final Set<String> notNames;
    final Set<String> months;
    final Set<String> dateWords;
    /** Short forms of month names ("Jan", "Sept"), which before a day's number make a date, not a name. */
    final Set<String> monthAbbreviations;
    final GovernmentCues cues;
    final Set<String> companyNounsBefore;
    /** Company nouns before a name that fit people too ("investor"): a tagged person's full name stays a person's. */
    final Set<String> peopleTooBefore;
    final Set<String> companyTitles;
    final Set<String> personTitles;
    final Set<String> sayingVerbs;
    /** Words before a surname that make it a person's: "Mr", "PM", "Judge". */
    final Set<String> personHonorifics;
    /** Verbs of founding after a lone surname that make it a person's: "Altman co-founded the lab". */
    final Set<String> foundingVerbs;
    final Set<String> companyPhrasesBefore;
    final Set<String> companyHeads;
    /** Words that with "Board" name a company's own organ ("Management Board"), no body of its own. */
    private final Set<String> companyOrgans;
    /** Last words of names of institutions that are no company, agency, place or product: "Tsinghua University". */
    final Set<String> institutionHeads;
    /** Shapes of a bracketed stock ticker after a company's name ("(SCOM.NR)", "(NYSE:BABA)"). */
    private final List<Pattern> tickers;
    /** What companies lead: "a round led by Jane Street". */
    private final Set<String> ledByCompanies;
    final Set<String> companyFormsAfter;
    /** Regions that, after a company's name, name its local unit ("Amazon EU"), as a country does ("Google India"). */
    final Set<String> unitRegions;
    /** Nouns for part of a company right after its name ("the System LSI division"). */
    final Set<String> unitNounsAfter;
    /** Last words of a company's name that news drops ("Inflection" for Inflection AI). */
    final Set<String> droppedSuffixes;
    final Set<String> companyVerbsAfter;

    private NameRules() {
        productNouns = WordList.load("product-nouns.txt");
        Map<String, List<String>> parts = WordList.sections("product-name-parts.txt");
        tiers = WordList.words(parts, "tiers");
        lowerTiers = WordList.words(parts, "lower-tiers");
        generations = WordList.words(parts, "generations");
        series = WordList.words(parts, "series");
        modelNouns = WordList.words(parts, "model-nouns");
        measures = WordList.words(parts, "measures");
        indexMakers = WordList.words(parts, "index-makers");
        processNouns = WordList.words(parts, "process-nouns");
        ownedNouns = WordList.words(parts, "owned-nouns");
        ownedKindsBefore = WordList.words(parts, "owned-kinds-before");
        fundWords = WordList.words(parts, "fund-words");
        productTiers = WordList.words(parts, "company-tiers");
        Map<String, List<String>> shapes = WordList.sections("model-codes.txt");
        codes = patterns(shapes.getOrDefault("code", List.of()));
        weakCodes = patterns(shapes.getOrDefault("weak", List.of()));
        notCodes = patterns(shapes.getOrDefault("not", List.of()));
        versions = patterns(shapes.getOrDefault("version", List.of()));
        versionMeasures = patterns(shapes.getOrDefault("not-version", List.of()));
        Map<String, List<String>> governmentWords = WordList.sections("government-cues.txt");
        headTitles = WordList.words(governmentWords, "heads");
        governmentNouns = WordList.words(governmentWords, "government-nouns");
        departmentTitles = WordList.words(governmentWords, "department-titles");
        ministryTitles = WordList.words(governmentWords, "ministry-titles");
        legalSuffixes = Set.copyOf(WordList.lines("legal-suffixes.txt"));
        legalPrefixes = Set.copyOf(WordList.lines("legal-prefixes.txt"));
        governmentHead = Pattern.compile("(?i).*\\b(" + WordList.lines("government-heads.txt").stream()
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b.*");
        Map<String, List<String>> events = WordList.sections("events.txt");
        eventHeads = WordList.words(events, "heads");
        eventNames = Set.copyOf(events.getOrDefault("names", List.of()));
        connectors = WordList.load("name-connectors.txt");
        nationalities = Nationalities.load();
        notNames = WordList.load("not-names.txt");
        months = WordList.load("months.txt");
        dateWords = WordList.load("date-words.txt");
        monthAbbreviations = WordList.load("month-abbreviations.txt");
        cues = GovernmentCues.loadDefault();
        Map<String, List<String>> companyCues = WordList.sections("company-cues.txt");
        businessPhrases = WordList.words(companyCues, "government-words-in-business").stream()
                .map(p -> p.replace('_', ' ')).collect(Collectors.toUnmodifiableSet());
        companyNounsBefore = WordList.words(companyCues, "before");
        peopleTooBefore = WordList.words(companyCues, "people-too");
        companyTitles = WordList.words(companyCues, "titles");
        Map<String, List<String>> personCues = WordList.sections("person-cues.txt");
        personTitles = WordList.words(personCues, "titles");
        sayingVerbs = WordList.words(personCues, "saying");
        personHonorifics = WordList.words(personCues, "honorifics");
        foundingVerbs = WordList.words(personCues, "founding");
        companyHeads = WordList.words(companyCues, "heads");
        companyOrgans = WordList.words(companyCues, "organs");
        institutionHeads = WordList.words(companyCues, "institution-heads");
        companyPhrasesBefore = WordList.words(companyCues, "before-phrases").stream().map(p -> p.replace('_', ' ')).collect(Collectors.toUnmodifiableSet());
        companyFormsAfter = WordList.words(companyCues, "after");
        companyVerbsAfter = WordList.words(companyCues, "after-verbs");
        companyTitlesAfter = WordList.words(companyCues, "titles-after");
        facilitiesAfter = WordList.words(companyCues, "facilities-after");
        companyVerbsBefore = WordList.words(companyCues, "before-verbs");
        tickers = patterns(companyCues.getOrDefault("tickers", List.of()));
        ledByCompanies = WordList.words(companyCues, "led-by");
        unitRegions = WordList.words(companyCues, "unit-regions");
        unitNounsAfter = WordList.words(companyCues, "units-after");
        droppedSuffixes = WordList.words(companyCues, "dropped-suffixes");
    }

    /**
     * Whether the words around the name at [begin, end) say it is a company ({@code company-cues.txt}): a company noun
     * before it ("AI server maker Nettrix", "its software unit, Cariad"), words whose object is an organisation ("a
     * stake in Zentrix"), a title and "of" or "at" ("chair of
     * Bitmain"), a legal form after it, a verb said of companies ("Sophgo was founded in 2019"), an apposition headed
     * by a company noun ("Zentrix, a unit of Oracle"), or a participle said of companies that opens the sentence
     * ("Founded in 2015, Zentrix …").
     */
    boolean saysCompany(List<Token> tokens, int begin, int end) {
        int before = begin - 1;
        if (before >= 0 && tokens.get(before).word().equals(",")) {
            before--;
        }
        if (before >= 0 && companyNounsBefore.contains(lower(tokens.get(before)))) {
            return true;
        }
        if (listedAfterPluralCue(tokens, begin)) {
            return true;
        }
        // "California-based Grindr": what a place is said to be the base of, right before the name, is an organisation.
        if (begin >= 1 && lower(tokens.get(begin - 1)).matches("(.*-)?(based|headquartered)")) {
            return true;
        }
        if (companyPhraseBefore(tokens, begin)) {
            return true;
        }
        if (begin >= 2 && tokens.get(begin - 1).word().matches("(?i)of|at") && companyTitles.contains(lower(tokens.get(begin - 2)))) {
            return true;
        }
        if (end < tokens.size() && companyFormsAfter.contains(lower(tokens.get(end)))) {
            return true;
        }
        if (tickerAfter(tokens, end) || roundOwned(tokens, end)) {
            return true;
        }
        if (begin >= 3 && lower(tokens.get(begin - 1)).equals("by") && lower(tokens.get(begin - 2)).matches("led|co-led")
                && ledByCompanies.contains(lower(tokens.get(begin - 3)))) {
            return true;
        }
        int after = end;
        // "MatX, which was founded in 2022": a relative clause with "which" is said of a thing, not a person.
        if (after + 1 < tokens.size() && tokens.get(after).word().equals(",") && lower(tokens.get(after + 1)).equals("which")) {
            after += 2;
        }
        int verbs = after;
        // "Darktrace agreed to be bought", "Wiz is set to be acquired": what a company agrees or is expected to undergo.
        while (after < tokens.size() && (tokens.get(after).lemma().matches("(?i)be|have")
                || after + 2 < tokens.size() && RAISING.matcher(lower(tokens.get(after))).matches()
                    && lower(tokens.get(after + 1)).equals("to") && tokens.get(after + 2).lemma().equals("be"))) {
            after += tokens.get(after).lemma().matches("(?i)be|have") ? 1 : 2;
        }
        if (after > verbs && after < tokens.size() && companyVerbsAfter.contains(lower(tokens.get(after)))) {
            return true;
        }
        // "Immatics raised $58 million": a name that raises money is a company (a person "raised concerns").
        if (end + 2 < tokens.size() && lower(tokens.get(end)).matches("raised|raises|secured|secures|closed|closes")) {
            for (int k = end + 1; k < Math.min(tokens.size(), end + 4); k++) {
                if (tokens.get(k).word().matches("[$€£¥]|US\\$") || lower(tokens.get(k)).matches("million|billion")) {
                    return true;
                }
            }
        }
        // "Nuvia, formed in 2019 by …": a participle of founding after a comma.
        if (end + 1 < tokens.size() && tokens.get(end).word().equals(",") && tokens.get(end + 1).tag().equals("VBN")
                && companyVerbsAfter.contains(lower(tokens.get(end + 1)))) {
            return true;
        }
        if (end < tokens.size() && companyTitlesAfter.contains(lower(tokens.get(end))) || unitNounAfter(tokens, end)) {
            return true;
        }
        boolean placeBased = end < tokens.size() && tokens.get(end).word().matches("-|-?based|-?headquartered");
        boolean nounAfter = end < tokens.size() && tokens.get(end).tag().startsWith("NN");
        if (begin >= 1 && companyVerbsBefore.contains(lower(tokens.get(begin - 1))) && !placeBased && !nounAfter) {
            return true;
        }
        return companyApposition(tokens, end) || openedByCompanyParticiple(tokens, begin);
    }

    /** A phrase whose object is an organisation right before the name: "a deal with Zentrix", "its acquisition of Lumo". */
    boolean companyPhraseBefore(List<Token> tokens, int begin) {
        return begin >= 2 && companyPhrasesBefore.contains(lower(tokens.get(begin - 2)) + " " + lower(tokens.get(begin - 1)));
    }

    /** A noun for part of a company right after the name, or after one lower-case noun: "its Telstra Purple consulting arm". */
    boolean unitNounAfter(List<Token> tokens, int end) {
        for (int k = end; k < tokens.size() && k <= end + 1; k++) {
            Token token = tokens.get(k);
            if (unitNounsAfter.contains(token.word()) && token.tag().startsWith("NN")) { // lower case: not "the Data Flow Unit"
                return true;
            }
            if (!token.tag().matches("NNS?") || !Character.isLowerCase(token.word().codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "game developers Krafton and Netmarble", "rivals BOE, Tianma and Visionox": a name further in a list of proper
     * names that a plural company noun opens.
     */
    private boolean listedAfterPluralCue(List<Token> tokens, int begin) {
        boolean listed = false;
        int k = begin - 1;
        for (; k >= 0 && k >= begin - MAX_LIST_TOKENS; k--) {
            String word = tokens.get(k).word();
            if (word.equals(",") || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or")) {
                listed = true;
            } else if (!tokens.get(k).tag().startsWith("NNP")) {
                break;
            }
        }
        return listed && k >= 0 && tokens.get(k).tag().equals("NNS") && companyNounsBefore.contains(lower(tokens.get(k)));
    }

    /** "Glean's latest funding round", "Acme's $40 million Series B": who owns a round of funding is a company. */
    private boolean roundOwned(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).tag().equals("POS")) {
            return false;
        }
        for (int k = end + 1; k < Math.min(tokens.size(), end + 6); k++) {
            Token token = tokens.get(k);
            if (ledByCompanies.contains(lower(token)) || token.word().equals("Series")) {
                return true;
            }
            if (!token.tag().matches("JJ.*|NN|NNS|CD|\\$|HYPH|RB")) {
                return false;
            }
        }
        return false;
    }

    /** A stock ticker in brackets right after the name: "Safaricom (SCOM.NR)", "Alibaba (NYSE: BABA)". */
    private boolean tickerAfter(List<Token> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end).word().matches("\\(|-LRB-")) {
            return false;
        }
        StringBuilder inside = new StringBuilder();
        for (int k = end + 1; k < Math.min(tokens.size(), end + 6); k++) {
            if (tokens.get(k).word().matches("\\)|-RRB-")) {
                return matchesAny(tickers, inside.toString());
            }
            inside.append(tokens.get(k).word());
        }
        return false;
    }

    /**
     * ", a unit of …", ", the chip startup that …": an apposition whose head is a company noun (not "a company spokesman",
     * nor "the company's CTO").
     */
    boolean companyApposition(List<Token> tokens, int end) {
        return companyAppositionHead(tokens, end) >= 0;
    }

    /** "Tom Vale, a prominent American investor": an apposition whose head is a company noun that fits people too. */
    boolean peopleTooApposition(List<Token> tokens, int end) {
        int head = companyAppositionHead(tokens, end);
        return head >= 0 && peopleTooBefore.contains(lower(tokens.get(head)));
    }

    /** The position of the company noun heading an apposition right after a name, or -1. */
    private int companyAppositionHead(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equals(",")) {
            return -1;
        }
        int k = end + 1;
        boolean determined = tokens.get(k).tag().equals("DT");
        if (determined) {
            k++;
        }
        for (int modifiers = 0; k < tokens.size() && modifiers <= MAX_APPOSITION_MODIFIERS; k++, modifiers++) {
            Token word = tokens.get(k);
            if (companyNounsBefore.contains(lower(word))) {
                if (k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("POS")) {
                    // "Parag Agrawal, the company's chief technology officer": the company owns the head that follows.
                    k++;
                    continue;
                }
                return k + 1 == tokens.size() || !tokens.get(k + 1).tag().startsWith("NN") ? k : -1;
            }
            // "Meizu, an Alibaba Group Holding-backed smartphone maker": a backer's name before "-backed" modifies the head.
            int backed = k;
            while (determined && backed < tokens.size() && tokens.get(backed).tag().startsWith("NNP")) {
                backed++;
            }
            if (backed > k && backed + 1 < tokens.size() && tokens.get(backed).word().equals("-")
                    && lower(tokens.get(backed + 1)).matches("backed|owned|funded|controlled")) {
                k = backed + 1;
                continue;
            }
            // "Nscale, a UK data center company": a country's name may modify the head too (not in "Boise, Idaho-based
            // company", where the first name is the city).
            if (!word.tag().matches("JJ.*|NN|NNS|HYPH|VBN|VBG|CD")
                    && !(determined && word.tag().equals("NNP") && word.ner().matches("LOCATION|COUNTRY|STATE_OR_PROVINCE|CITY"))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Founded by two engineers in 2015, Zentrix …": the name right after the comma that ends an opening participle. */
    private boolean openedByCompanyParticiple(List<Token> tokens, int begin) {
        if (begin < 3 || !tokens.get(0).tag().equals("VBN") || !companyVerbsAfter.contains(lower(tokens.get(0)))) {
            return false;
        }
        int comma = begin - 1;
        if (comma > 0 && tokens.get(comma).tag().equals("DT")) {
            comma--;
        }
        if (!tokens.get(comma).word().equals(",")) {
            return false;
        }
        for (int k = 1; k < comma; k++) {
            if (tokens.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    /** The rules shipped with TechKG. */
    static NameRules loadDefault() {
        return new NameRules();
    }

    private static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    /** Whether the word has the shape of a model code that names a product wherever it stands ("HBM4", "B200"). */
    boolean isCode(String word) {
        return matchesAny(codes, word) && !matchesAny(notCodes, word);
    }

    /** Whether the word has the shape of a version after a product name ("2.5", "S25", "910B"). */
    boolean isVersion(String word) {
        return word.length() <= MAX_VERSION_LENGTH && matchesAny(versions, word) && !matchesAny(versionMeasures, word);
    }

    /** Whether the word has the shape of a model code that needs a sign around it ("V4", "o3", "arm64"). */
    boolean isWeakCode(String word) {
        return !isCode(word) && matchesAny(weakCodes, word) && !matchesAny(notCodes, word);
    }

    /**
     * Whether the name is made of words that are no name on their own ("AI", "Cloud", "GPU", "American AI"), is an
     * adjective compound ("AI-powered", "US-based"), or ends in a common lower-case noun ("AI ecosystem").
     */
    boolean isGeneric(String name) {
        String plain = name.replace('\u2019', '\'').replaceAll("'s$", "");
        if (ADJECTIVE_COMPOUND.matcher(plain).matches()) {
            return true;
        }
        String[] words = plain.split("\\s+");
        String last = words[words.length - 1];
        if (words.length == 2 && last.equalsIgnoreCase("board") && companyOrgans.contains(words[0].toLowerCase(Locale.ROOT))) {
            return true; // "the Supervisory Board"
        }
        if (words.length > 1 && last.matches("\\p{Ll}+") && !tiers.contains(last) && !series.contains(last)) {
            return true;
        }
        for (String word : plain.split("[\\s\\-]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !notNames.contains(lower) && !nationalities.containsKey(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAny(List<Pattern> patterns, String word) {
        for (Pattern p : patterns) {
            if (p.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name headed as a government body's ("Federal Trade Commission", "Ministry of Commerce"), unless a phrase of
     * business holds the head word ("Hyundai Department Store Group").
     */
    boolean governmentName(String name) {
        if (!governmentHead.matcher(name).matches()) {
            return false;
        }
        String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
        return businessPhrases.stream().noneMatch(phrase -> lower.contains(" " + phrase + " "));
    }

    /** Whether the name is an event's ("Consumer Electronics Show", "CES"): a show, no party to a fact. */
    boolean event(String name) {
        String[] words = name.split("\\s+");
        return eventNames.contains(name) || words.length > 1 && eventHeads.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
