package dev.techkg.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Name normalisation, the one definition shared by entity merging and evaluation: lower-case; typographic
 * apostrophes read as "'"; a final possessive removed; a leading "the" removed; corporate suffix words
 * (Inc, Corp, Ltd, Co, PLC, LLC, Holding(s), Group Holding, SA, AG, NV …) removed; other punctuation
 * turned into spaces; runs of spaces collapsed. "Tencent Holdings Ltd." and "Tencent" normalise alike.
 */
public final class Names {
    /** The suffix word lists, a data file beside this class. */
    static final String SUFFIX_LIST = "name-suffixes.txt";
    private static final Pattern SUFFIXES = Pattern.compile(
            "(\\s+(" + alternatives(SUFFIX_LIST, "key") + "))+$");
    private static final Pattern POSSESSIVE = Pattern.compile("'s$|'$");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    /** Punctuation that does not tell names apart; a plus sign written onto a word does ("Disney+" is not Disney). */
    private static final Pattern PUNCTUATION = Pattern.compile("(?:[^\\p{L}\\p{N}\\s+]|(?<![\\p{L}\\p{N}])\\+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("\\s*'s$|'$");
    private static final Pattern LEADING_THE_ANY_CASE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:]+$");
    private static final Pattern DISPLAY_SUFFIXES = Pattern.compile(
            "(,?\\s+(" + alternatives(SUFFIX_LIST, "display") + "))+$");

    private Names() {}

    /** A section's words as a regex alternation, longest first, each quoted; '_' in a word stands for a space. */
    private static String alternatives(String resource, String section) {
        List<String> words = new ArrayList<>();
        for (String value : WordList.sections(resource).getOrDefault(section, List.of())) {
            words.addAll(Arrays.asList(value.split("\\s+")));
        }
        if (words.isEmpty()) {
            throw new IllegalStateException(resource + ": the section '" + section + "' is missing or empty");
        }
        return words.stream().map(w -> w.replace('_', ' ')).sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> w.contains(" ") ? Pattern.quote(w).replace(" ", "\\E\\s+\\Q") : Pattern.quote(w))
                .collect(Collectors.joining("|"));
    }

    /** The normalised key of a name, for matching surface forms against each other. */
    public static String normalize(String name) {
        String s = name.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT).strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = LEADING_THE.matcher(s).replaceAll("");
        s = SPACES.matcher(PUNCTUATION.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        s = SUFFIXES.matcher(s).replaceAll("").strip();
        return s;
    }

    /**
     * The key that variant spellings of one name share: {@link #normalize normalised} (so case, possessives and
     * corporate suffixes do not count), "&" read as "and", and then without spaces, hyphens and dots: "Open AI",
     * "OpenAI Inc." and "open-ai" give "openai"; "Tik Tok" gives "tiktok"; "AT&T" and "AT and T" give "atandt".
     */
    public static String variantKey(String name) {
        return normalize(name.replace("&", " and ")).replace(" ", "");
    }

    /**
     * The name to show for a surface form found in text: possessive, leading "the", trailing
     * punctuation and legal-form suffixes ("Inc.", "Corp.", "Ltd") removed, so that the same company
     * named with and without its legal form gets one canonical name and one IRI.
     */
    public static String display(String surface) {
        String s = surface.replace('\u2019', '\'').strip();
        s = POSSESSIVE_END.matcher(s).replaceAll("");
        s = LEADING_THE_ANY_CASE.matcher(s).replaceAll("");
        s = DISPLAY_SUFFIXES.matcher(s).replaceAll("");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return s.isEmpty() ? surface.strip() : s;
    }
}
