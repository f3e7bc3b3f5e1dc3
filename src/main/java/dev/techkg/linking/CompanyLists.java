package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Names listed with companies are companies: "investors Mayfield, DNS Capital, BMW i Ventures and SW Mobility Fund",
 * "Hytera Communications, Hangzhou Hikvision Digital Technology and Dahua Technology". In a list of names joined by
 * commas and "and" ("or", "and then", "and now") that holds at least two companies (one in a list of three or more),
 * a run of capitalised proper nouns nothing else named becomes a company, and so does a one-word name CoreNLP took for
 * a person or a place. A list that also holds a person or place the gazetteer knows is left as it is. Immutable and
 * thread-safe.
 */
final class CompanyLists {
    private static final int MAX_NAME_WORDS = 5;
    private static final int MIN_COMPANIES = 2;
    private static final int MIN_LONG_LIST = 3;

    private final NameRules rules;

    CompanyLists(NameRules rules) {
        this.rules = rules;
    }

    /** The sentence's candidates with the names listed among companies added or retyped as companies. */
    List<Candidate> withListedCompanies(String text, int sentence, List<Token> tokens, List<Candidate> candidates) {
        List<Item> items = items(text, sentence, tokens, candidates);
        List<Candidate> result = new ArrayList<>(candidates);
        int i = 0;
        while (i < items.size()) {
            int j = i;
            while (j + 1 < items.size() && separated(tokens, items.get(j).end(), items.get(j + 1).begin())) {
                j++;
            }
            if (j > i) {
                retype(sentence, items.subList(i, j + 1), result);
            }
            i = j + 1;
        }
        result.sort(Comparator.comparingInt(Candidate::begin));
        return result;
    }

    /** A candidate of the sentence, or a run of capitalised proper nouns no candidate covers (candidate null). */
    private record Item(int begin, int end, Candidate candidate, String surface) {}

    private void retype(int sentence, List<Item> list, List<Candidate> result) {
        int companies = 0;
        for (Item item : list) {
            Candidate c = item.candidate();
            if (c != null && c.type() == EntityType.COMPANY) {
                companies++;
            }
            if (c != null && c.known() && (c.type() == EntityType.PERSON || c.type() == EntityType.PLACE)) {
                return;
            }
        }
        // Two companies make a list of companies; one does when the list is longer ("Foundries.io, Edge Impulse and Arduino"),
        // or when the other of two is an unnamed initialism ("led by Lux Capital and DCVC": no person or place is written so).
        boolean initialismPair = companies == 1 && list.size() == 2 && list.stream().anyMatch(item -> item.candidate() == null
                && item.end() - item.begin() == 1 && ShortForms.INITIALISM.matcher(item.surface()).matches());
        if (companies < MIN_COMPANIES && !(companies == 1 && list.size() >= MIN_LONG_LIST) && !initialismPair) {
            return;
        }
        for (Item item : list) {
            Candidate c = item.candidate();
            if (c == null) {
                result.add(new Candidate(sentence, item.begin(), item.end(), item.surface(),
                        Names.display(item.surface()), EntityType.COMPANY, Candidate.Evidence.CONTEXT));
            } else if ((c.type() == EntityType.PERSON || c.type() == EntityType.PLACE) && c.evidence() == Candidate.Evidence.TAGGER
                    && c.end() - c.begin() == 1) {
                // One word only: "Nvidia, Microsoft and Jeff Bezos" may list a person among companies. A place the
                // gazetteer does not know is a company CoreNLP misread ("Pony.ai, Deeproute and AutoX").
                result.set(result.indexOf(c), c.typedByContext(EntityType.COMPANY));
            }
        }
    }

    private List<Item> items(String text, int sentence, List<Token> tokens, List<Candidate> candidates) {
        boolean[] covered = new boolean[tokens.size()];
        List<Item> items = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.sentence() != sentence) {
                continue;
            }
            for (int k = c.begin(); k < c.end(); k++) {
                covered[k] = true;
            }
            items.add(new Item(c.begin(), c.end(), c, c.surface()));
        }
        int k = 1; // a sentence's first word is capitalised whatever it is
        while (k < tokens.size()) {
            if (covered[k] || !nameWord(tokens.get(k))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < tokens.size() && !covered[end] && (nameWord(tokens.get(end)) || innerWord(tokens, end))) {
                end++;
            }
            String surface = text.substring(tokens.get(k).begin(), tokens.get(end - 1).end());
            if (end - k <= MAX_NAME_WORDS && nameWord(tokens.get(end - 1)) && !rules.isGeneric(Names.display(surface))) {
                items.add(new Item(k, end, null, surface));
            }
            k = end;
        }
        items.sort(Comparator.comparingInt(Item::begin));
        return items;
    }

    /** A capitalised proper noun that is no month, date word or word that names nothing on its own. */
    private boolean nameWord(Token token) {
        String word = token.word();
        String lower = word.toLowerCase(Locale.ROOT);
        // CoreNLP tags some capitalised names as common nouns ("DNS Capital"): the capital inside a sentence decides.
        return token.tag().startsWith("NN") && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                && token.ner().matches("O|ORGANIZATION|PERSON") && !rules.notNames.contains(lower)
                && !rules.months.contains(lower) && !rules.dateWords.contains(lower);
    }

    /** A lower-case letter inside a name: "BMW i Ventures". */
    private static boolean innerWord(List<Token> tokens, int k) {
        return tokens.get(k).word().length() == 1 && Character.isLowerCase(tokens.get(k).word().charAt(0))
                && k + 1 < tokens.size() && Character.isUpperCase(tokens.get(k + 1).word().codePointAt(0));
    }

    /** Whether only a list separator lies between the two items: ",", "and", ", and", "or", "and then", "and now". */
    private static boolean separated(List<Token> tokens, int end, int begin) {
        if (begin <= end || begin - end > 3) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        for (int k = end; k < begin; k++) {
            between.append(k > end ? " " : "").append(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
        return between.toString().matches(",|and|or|&|, and|, or|and then|and now|, and then|, and now");
    }
}
