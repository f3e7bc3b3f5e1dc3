package dev.techkg.linking;

import dev.techkg.TechKgException;
import java.util.HashMap;
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
    /** "AI-powered", "Nvidia-backed", "self-driving": a hyphenated adjective, not a name. */
    private static final Pattern ADJECTIVE_COMPOUND = Pattern.compile(".*-\\p{Ll}+(?:ed|ing)");

    final Set<String> productNouns;
    final Set<String> tiers;
    final Set<String> lowerTiers;
    final Set<String> generations;
    final Set<String> series;
    final Set<String> measures;
    final List<Pattern> codes;
    final List<Pattern> weakCodes;
    final List<Pattern> notCodes;
    final List<Pattern> versions;
    final Set<String> headTitles;
    final Set<String> governmentNouns;
    final Set<String> departmentTitles;
    final Set<String> ministryTitles;
    final Set<String> legalSuffixes;
    final Pattern governmentHead;
    final Set<String> connectors;
    final Map<String, String> nationalities;
    final Set<String> notNames;
    final Set<String> months;
    final Set<String> dateWords;
    final GovernmentCues cues;
    final Set<String> companyNounsBefore;
    final Set<String> companyTitles;
    final Set<String> companyFormsAfter;
    final Set<String> companyVerbsAfter;

    private NameRules() {
        productNouns = WordList.load("product-nouns.txt");
        Map<String, List<String>> parts = WordList.sections("product-name-parts.txt");
        tiers = WordList.words(parts, "tiers");
        lowerTiers = WordList.words(parts, "lower-tiers");
        generations = WordList.words(parts, "generations");
        series = WordList.words(parts, "series");
        measures = WordList.words(parts, "measures");
        Map<String, List<String>> shapes = WordList.sections("model-codes.txt");
        codes = patterns(shapes.getOrDefault("code", List.of()));
        weakCodes = patterns(shapes.getOrDefault("weak", List.of()));
        notCodes = patterns(shapes.getOrDefault("not", List.of()));
        versions = patterns(shapes.getOrDefault("version", List.of()));
        Map<String, List<String>> governmentWords = WordList.sections("government-cues.txt");
        headTitles = WordList.words(governmentWords, "heads");
        governmentNouns = WordList.words(governmentWords, "government-nouns");
        departmentTitles = WordList.words(governmentWords, "department-titles");
        ministryTitles = WordList.words(governmentWords, "ministry-titles");
        legalSuffixes = Set.copyOf(WordList.lines("legal-suffixes.txt"));
        governmentHead = Pattern.compile("(?i).*\\b(" + WordList.lines("government-heads.txt").stream()
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b.*");
        connectors = WordList.load("name-connectors.txt");
        Map<String, String> adjectives = new HashMap<>();
        for (String line : WordList.lines("nationalities.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new TechKgException("nationalities.tsv: expected adjective<TAB>country but found '" + line + "'");
            }
            adjectives.put(cells[0].strip(), cells[1].strip());
        }
        nationalities = Map.copyOf(adjectives);
        notNames = WordList.load("not-names.txt");
        months = WordList.load("months.txt");
        dateWords = WordList.load("date-words.txt");
        cues = GovernmentCues.loadDefault();
        Map<String, List<String>> companyCues = WordList.sections("company-cues.txt");
        companyNounsBefore = WordList.words(companyCues, "before");
        companyTitles = WordList.words(companyCues, "titles");
        companyFormsAfter = WordList.words(companyCues, "after");
        companyVerbsAfter = WordList.words(companyCues, "after-verbs");
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
        return word.length() <= MAX_VERSION_LENGTH && matchesAny(versions, word);
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
}
