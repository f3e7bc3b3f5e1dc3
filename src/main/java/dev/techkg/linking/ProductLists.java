package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names given as examples of a product noun are products: "vehicles, including the Mustang Mach-E and F-150 Lightning",
 * "phones such as the Galaxy S25 and Pixel 9", "chips like H100 and B200". After a plural product noun and "including",
 * "such as" or "like", each name of the list that follows (joined by commas, "and", "or") is a product: a name nothing
 * else found is added, and a one-source guess of CoreNLP's (a person, a place) is retyped. Names the gazetteer knows
 * keep their own type. Immutable and thread-safe.
 */
final class ProductLists {
    private static final int MAX_NAME_TOKENS = 6;
    /** Words that introduce examples after a noun ("such as" is two tokens, checked apart). */
    private static final Pattern INTRODUCERS = Pattern.compile("including|like");

    private final ProductSpans products;
    private final NameRules rules;

    ProductLists(ProductSpans products, NameRules rules) {
        this.products = products;
        this.rules = rules;
    }

    /** The sentence's candidates with the names listed as examples of a product noun added or retyped as products. */
    List<Candidate> withListedProducts(String text, int sentence, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> result = null;
        for (int noun = 0; noun + 2 < tokens.size(); noun++) {
            int start = listStart(tokens, noun);
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
                take(text, sentence, tokens, k, end, result);
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

    /** Where the list starts when a plural product noun is followed by ", including", "such as" or "like"; else -1. */
    private int listStart(List<Token> tokens, int noun) {
        Token token = tokens.get(noun);
        if (!token.tag().equals("NNS") || !products.isProductNoun(token.word())) {
            return -1;
        }
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
            boolean hyphenInside = token.word().equals("-") && ProductSpans.attached(tokens, end) && end + 1 < tokens.size()
                    && ProductSpans.attached(tokens, end + 1);
            if (hyphenInside) {
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

    private void take(String text, int sentence, List<Token> tokens, int begin, int end, List<Candidate> result) {
        for (int i = 0; i < result.size(); i++) {
            Candidate c = result.get(i);
            if (c.sentence() != sentence || c.end() <= begin || c.begin() >= end) {
                continue;
            }
            // Something else found here: a guess of CoreNLP's for exactly this name becomes a product; anything else stays.
            if (c.begin() == begin && c.end() == end && c.evidence() == Candidate.Evidence.TAGGER && c.type() != EntityType.PRODUCT) {
                result.set(i, c.typedByContext(EntityType.PRODUCT));
            }
            return;
        }
        String surface = text.substring(tokens.get(begin).begin(), tokens.get(end - 1).end());
        String name = Names.display(surface);
        if (!rules.isGeneric(name)) {
            result.add(new Candidate(sentence, begin, end, surface, name, EntityType.PRODUCT, Candidate.Evidence.CONTEXT));
        }
    }
}
