package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names given as examples of a product noun are products: "vehicles, including the Mustang Mach-E and F-150 Lightning",
 * "phones such as the Galaxy S25 and Pixel 9", "chips like H100 and B200"; those given as examples of a plural company
 * noun are companies: "startups like Tenstorrent", "chipmakers such as Intel and AMD". After the plural noun and
 * "including", "such as" or "like", each name of the list that follows (joined by commas, "and", "or") takes the noun's
 * type: a name nothing else found is added, and a one-source guess of CoreNLP's (a person, a place) is retyped. Names
 * the gazetteer knows keep their own type. Immutable and thread-safe.
 */
final class ExampleLists {
    private static final int MAX_NAME_TOKENS = 6;
    /** Words that introduce examples after a noun ("such as" is two tokens, checked apart). */
    private static final Pattern INTRODUCERS = Pattern.compile("including|like");

    private final ProductSpans products;
    private final NameRules rules;

    ExampleLists(ProductSpans products, NameRules rules) {
        this.products = products;
        this.rules = rules;
    }

    /** The sentence's candidates with the names listed as examples of a product or company noun added or retyped. */
    List<Candidate> withListedNames(String text, int sentence, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> result = null;
        for (int noun = 0; noun + 2 < tokens.size(); noun++) {
            EntityType type = listType(tokens.get(noun));
            int start = type == null ? -1 : listStart(tokens, noun);
            if (start < 0) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(candidates);
            }
            int k = start;
            while (k < tokens.size()) {
                if (tokens.get(k).word().equalsIgnoreCase("the")) {
                    k++;
                }
                int end = nameEnd(tokens, k);
                if (end == k) {
                    break;
                }
                take(text, sentence, tokens, k, end, type, result);
                k = afterSeparator(tokens, end);
                if (k < 0) {
                    break;
                }
            }
        }
        if (result == null) {
            return candidates;
        }
        result.sort(Comparator.comparingInt(Candidate::begin));
        return result;
    }

    /** The type of the names a plural noun gives as examples: products after "chips", companies after "startups"; else null. */
    private EntityType listType(Token token) {
        if (!token.tag().equals("NNS")) {
            return null;
        }
        if (products.isProductNoun(token.word())) {
            return EntityType.PRODUCT;
        }
        return rules.companyNounsBefore.contains(token.word().toLowerCase(Locale.ROOT)) ? EntityType.COMPANY : null;
    }

    /** Where the list starts when the noun is followed by ", including", "such as" or "like"; else -1. */
    private int listStart(List<Token> tokens, int noun) {
        int k = noun + 1;
        if (tokens.get(k).word().equals(",")) {
            k++;
        }
        String word = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
        if (word.equals("such") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("as")) {
            return k + 2;
        }
        return INTRODUCERS.matcher(word).matches() ? k + 1 : -1;
    }

    /** The end of a name starting at k: capitalised words, numbers and codes, hyphens inside ("F-150", "Mach-E"). */
    private int nameEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || !startsName(tokens.get(k))) {
            return k;
        }
        int end = k + 1;
        while (end < tokens.size() && end - k < MAX_NAME_TOKENS) {
            Token token = tokens.get(end);
            if (ProductSpans.hyphenInsideWord(tokens, end)) {
                end += 2;
            } else if (startsName(token) || token.tag().equals("CD") || ProductSpans.attached(tokens, end) && !token.word().matches("[,.;:]") && !token.tag().equals("POS")) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private boolean startsName(Token token) {
        String word = token.word();
        String lower = word.toLowerCase(Locale.ROOT);
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)) && word.matches(".*\\p{L}.*"))
                && !token.tag().matches("DT|IN|CC|PRP.*|VB.*") && !rules.notNames.contains(lower) && !rules.months.contains(lower)
                && !rules.dateWords.contains(lower);
    }

    /** The token after a list separator at {@code end} (",", "and", "or", ", and"), or -1 when the list ends there. */
    private static int afterSeparator(List<Token> tokens, int end) {
        int k = end;
        if (k < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).word().matches("(?i)and|or")) {
            k++;
        }
        return k == end ? -1 : k;
    }

    private void take(String text, int sentence, List<Token> tokens, int begin, int end, EntityType type, List<Candidate> result) {
        for (int i = 0; i < result.size(); i++) {
            Candidate c = result.get(i);
            if (c.sentence() != sentence || c.end() <= begin || c.begin() >= end) {
                continue;
            }
            // Something else found here: a guess of CoreNLP's for exactly this name takes the list's type; anything else stays.
            if (c.begin() == begin && c.end() == end && c.evidence() == Candidate.Evidence.TAGGER && c.type() != type) {
                result.set(i, c.typedByContext(type));
            }
            return;
        }
        String surface = text.substring(tokens.get(begin).begin(), tokens.get(end - 1).end());
        String name = Names.display(surface);
        if (!rules.isGeneric(name)) {
            result.add(new Candidate(sentence, begin, end, surface, name, type, Candidate.Evidence.CONTEXT));
        }
    }
}
