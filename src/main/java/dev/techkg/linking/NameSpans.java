package dev.techkg.linking;

import dev.techkg.nlp.InlineTickers;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the stretches of a sentence that name something, in order of trust: a company name closed by a legal
 * form ("X Y Holdings LLC" wins over the brand X inside it); "the Dutch government"; a CoreNLP span that grows a
 * gazetteer name with more name words ("Google Cloud"); gazetteer names, longest first, products grown over
 * their versions; a company whose name starts with a month ("May Mobility"); CoreNLP's other PERSON,
 * ORGANIZATION, LOCATION and MISC spans; model codes; product names by a product noun. Immutable and thread-safe.
 */
final class NameSpans {
    // Compiled once: these are tried on every token of every article.
    private static final Pattern LOWER_CASE_MODEL = Pattern.compile("\\p{Ll}{1,5}\\d[\\p{L}\\d.]*");
    private static final Pattern OPENING_PUNCTUATION = Pattern.compile("``|:|-LRB-");
    private static final Pattern COMMON_NOUN = Pattern.compile("NNS?");
    private static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("NNS?|JJ");
    private static final Pattern BRACKET = Pattern.compile("-[LR][RSC]B-|[()\\[\\]{}]");
    private static final Pattern DIGIT_LED = Pattern.compile("\\d+(\\p{L}{3,})");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");

    /** A plural acronym: "CSPs", "OEMs", "GPUs". */
    /** A year written as four digits, 1990 to 2039. */
    private static final Pattern LEADING_YEAR = Pattern.compile("199\\d|20[0-3]\\d");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
    /** A company named like a web address: a capitalised word, then ":" or "." and a top-level domain. */
    private static final Pattern DOMAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d]+[.:](ai|io|com|co|net|app|tech|xyz)");

    private static final Set<String> NER_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /** The most words before a legal form: a longer run of capitals is a title-case heading, not a name. */
    private static final int MAX_LEGAL_NAME_WORDS = 5;
    /** Longer legal names when CoreNLP tags every word as an organisation's ("X Motor Engineering & Manufacturing North America, Inc."). */
    private static final int MAX_TAGGED_LEGAL_NAME_WORDS = 9;

    private final Gazetteer gazetteer;
    private final NameRules rules;
    private final ProductSpans products;

    NameSpans(Gazetteer gazetteer, NameRules rules, ProductSpans products) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.products = products;
    }

    /** The name spans of one sentence, in text order, none overlapping another. */
    List<Span> find(String text, List<Token> tokens) {
        boolean[] taken = new boolean[tokens.size()];
        List<Span> spans = new ArrayList<>();
        for (Span legal : legalNames(text, tokens)) {
            take(spans, taken, legal);
        }
        for (Span government : nationalGovernments(tokens)) {
            take(spans, taken, government);
        }
        for (Span department : departmentsOfTitles(tokens)) {
            take(spans, taken, department);
        }
        List<Span> gazetteerSpans = gazetteerSpans(text, tokens);
        for (Span apposed : products.apposedNames(tokens)) {
            // A known company or place in apposition keeps its kind ("its biggest customer, Apple").
            boolean known = gazetteerSpans.stream().anyMatch(g -> g.overlaps(apposed) && g.entry() != null && g.entry().type() != EntityType.PRODUCT);
            if (!known) {
                take(spans, taken, apposed);
            }
        }
        List<Span> nerSpans = nerSpans(text, tokens);
        // A CoreNLP span that strictly contains one gazetteer name and extends it with capitalised words wins.
        for (Span ner : nerSpans) {
            List<Span> inside = gazetteerSpans.stream().filter(g -> g.begin() >= ner.begin() && g.end() <= ner.end()).toList();
            boolean overlapsOutside = gazetteerSpans.stream().anyMatch(g -> g.overlaps(ner) && (g.begin() < ner.begin() || g.end() > ner.end()));
            if (inside.size() == 1 && !overlapsOutside && !ner.kind().equals("MISC") && extendsWithNameWords(tokens, ner, inside.get(0))) {
                Span known = inside.get(0);
                boolean product = Span.PRODUCT.equals(known.kind()) || known.entry() != null && known.entry().type() == EntityType.PRODUCT;
                // A longer name around a product's is a product ("Ryzen AI Max+ 395"); so is a company's name with
                // name words and a version after it ("Huawei Watch GT 5"): no company is numbered so.
                int grown = products.extend(tokens, ner.begin(), ner.end(), false);
                // Not a numbered fund: "SoftBank Vision Fund 2" is an investor, no product.
                boolean fund = products.namesAFund(tokens, ner.begin(), grown);
                boolean numbered = known.entry() != null && known.entry().type() == EntityType.COMPANY && known.begin() == ner.begin()
                        && versionAdded(tokens, ner.end(), grown) && !fund;
                // "the company's Gemini Foundation Models": a company's name and words ending in a model noun.
                boolean modelled = known.entry() != null && known.entry().type() == EntityType.COMPANY && known.begin() == ner.begin()
                        && products.modelNoun(tokens, ner.begin(), ner.end() - 1);
                // "its grocery service Zentro Fresh": a product noun owned by the company before the name.
                boolean ownedKind = products.ownedKindBefore(tokens, ner.begin());
                take(spans, taken, product || numbered || modelled || ownedKind ? ner.withEnd(grown, null, Span.PRODUCT) : ner);
            }
        }
        for (Span g : gazetteerSpans) {
            take(spans, taken, g);
        }
        for (Span listed : products.listedNames(tokens)) {
            take(spans, taken, listed);
        }
        for (Span month : monthNames(tokens)) {
            take(spans, taken, month);
        }
        for (Span ner : nerSpans) {
            if (products.tierAfterVersion(tokens, ner)) {
                continue; // "Mi 11 Ultra": CoreNLP's lone "Ultra" is the tier of the name before it
            }
            if (ner.kind().equals("ORGANIZATION") && ner.end() < tokens.size() && (rules.ministryTitles.contains(lower(tokens.get(ner.end())))
                    || rules.departmentTitles.contains(lower(tokens.get(ner.end()))))) {
                continue; // "Digital Affairs Minister Carsten Wildberger": the words before the title name its portfolio, no body
            }
            if (!ner.kind().equals("LOCATION") && ner.begin() > 0 && lower(tokens.get(ner.begin() - 1)).equals("the")
                    && ner.end() < tokens.size() && rules.facilitiesAfter.contains(lower(tokens.get(ner.end())))) {
                continue; // "power from the Clinton Energy plant": the name of a site (a known company's was taken above)
            }
            Span name = withoutTrailingTitle(tokens, ner);
            int end = products.extend(tokens, name.begin(), name.end(), false);
            Span grown = name.withEnd(end, null, name.kind());
            if (ProductSpans.free(taken, name.begin(), end) && products.namesProduct(tokens, grown)) {
                int begin = name.length() == 1 ? products.seriesNameBefore(tokens, taken, name.begin()) : name.begin();
                take(spans, taken, new Span(begin, end, null, Span.PRODUCT));
            } else {
                take(spans, taken, name);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            // "Run:ai", "Nod.ai", "Foundries.io": a name spelled as a web address is a company's, also where the
            // tokenizer split it at the colon ("Run", ":", "ai").
            if (!taken[i] && DOMAIN_NAME.matcher(tokens.get(i).word()).matches()) {
                take(spans, taken, new Span(i, i + 1, null, Span.CUED_COMPANY));
            } else if (i + 2 < tokens.size() && !taken[i] && !taken[i + 2] && adjacent(tokens, i, i + 2)
                    && DOMAIN_NAME.matcher(tokens.get(i).word() + tokens.get(i + 1).word() + tokens.get(i + 2).word()).matches()) {
                take(spans, taken, new Span(i, i + 3, null, Span.CUED_COMPANY));
            }
        }
        for (Span cued : cuedCompanies(text, tokens, taken)) {
            take(spans, taken, cued);
        }
        spans.addAll(products.codeNames(tokens, taken));
        spans.addAll(products.byContext(tokens, taken));
        spans.addAll(products.quoted(tokens, taken));
        spans.removeIf(span -> isStockTicker(tokens, span) && !webAddress(tokens, span) || namesADay(tokens, span)
                || span.length() == 1 && span.entry() == null && PLURAL_ACRONYM.matcher(tokens.get(span.begin()).word()).matches());
        spans.sort(Comparator.comparingInt(Span::begin));
        return withPlusSigns(tokens, withoutLeadingYears(tokens, withLegalPrefixes(tokens, withMakers(tokens, localUnits(tokens, withoutInlineTickers(tokens, spans))))));
    }

    /** "its Dec 5 debut", "on Sept. 30": a month's name or short form and a day's number are a date, no name. */
    private boolean namesADay(List<Token> tokens, Span span) {
        if (span.entry() != null || span.length() != 2 || !tokens.get(span.begin() + 1).word().matches("\\d{1,2}")) {
            return false;
        }
        String month = lower(tokens.get(span.begin())).replaceAll("\\.$", "");
        return rules.months.contains(month) || rules.monthAbbreviations.contains(month);
    }

    /**
     * "Disney+", "Apple TV+", "Canal+": a plus sign written onto a name is part of it. Added to a known company's name it
     * names the company's subscription service, a product; added to a word nothing else names, a company.
     */
    private List<Span> withPlusSigns(List<Token> tokens, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        boolean[] covered = new boolean[tokens.size()];
        for (Span span : spans) {
            for (int k = span.begin(); k < span.end(); k++) {
                covered[k] = true;
            }
            EntityType known = span.entry() == null ? null : span.entry().type();
            if (!plusAfter(tokens, span.end()) || known == EntityType.PERSON || known == EntityType.PLACE || known == EntityType.GOVERNMENT_BODY) {
                result.add(span);
            } else {
                covered[span.end()] = true;
                result.add(new Span(span.begin(), span.end() + 1, null, known == null ? span.kind() : Span.PRODUCT));
            }
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!covered[k] && !covered[k + 1] && startsName(tokens.get(k)) && plusAfter(tokens, k + 1)
                    && (k == 0 || !startsName(tokens.get(k - 1)) || covered[k - 1])) {
                result.add(new Span(k, k + 2, null, Span.CUED_COMPANY));
            }
        }
        result.sort(Comparator.comparingInt(Span::begin));
        return result;
    }

    /** Whether the token at the position is a plus sign written onto the word before it ("Disney+"), not a spaced one. */
    private static boolean plusAfter(List<Token> tokens, int at) {
        return at > 0 && at < tokens.size() && tokens.get(at).word().equals("+") && tokens.get(at).begin() == tokens.get(at - 1).end()
                && (at + 1 >= tokens.size() || tokens.get(at + 1).begin() > tokens.get(at).end());
    }

    /** "its 2026 iPhone lineup", "Samsung's 2025 Galaxy phones": a year before a name says when, it is no part of the name. */
    private static List<Span> withoutLeadingYears(List<Token> tokens, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean year = span.length() > 1 && span.entry() == null && LEADING_YEAR.matcher(tokens.get(span.begin()).word()).matches()
                    && startsName(tokens.get(span.begin() + 1));
            result.add(year ? new Span(span.begin() + 1, span.end(), null, span.kind()) : span);
        }
        return result;
    }

    /**
     * "PT Apple Indonesia, Apple's local branch": a legal form before a name opens the company's full name, which is
     * then a company of its own rather than the brand inside it.
     */
    private List<Span> withLegalPrefixes(List<Token> tokens, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int before = span.begin() - 1;
            boolean prefixed = before >= 0 && rules.legalPrefixes.contains(tokens.get(before).word())
                    && result.stream().noneMatch(other -> other.end() > before)
                    && (span.entry() == null || span.entry().type() == EntityType.COMPANY);
            result.add(prefixed ? new Span(before, span.end(), null, Span.LEGAL_NAME) : span);
        }
        return result;
    }

    /**
     * "competition with Qualcomm QCOM", "Apple's AAPL iPhone 17": some outlets write a company's stock ticker right after
     * its name, without brackets. A capitalised word of two to five letters that spells a shortening of the name before it
     * (its letters in order, from the first: QCOM in Qualcomm, AAPL in Apple) is cut from the name's span, or, standing
     * alone, names nothing. Known names keep their span ("Samsung SDI" is a company).
     */
    private static List<Span> withoutInlineTickers(List<Token> tokens, List<Span> spans) {
        List<Span> kept = new ArrayList<>();
        Span previous = null;
        for (Span span : spans) {
            Span current = span;
            if (span.entry() == null && span.length() >= 2 && InlineTickers.tickerOf(tokens.get(span.end() - 1).word(), words(tokens, span.begin(), span.end() - 1))) {
                current = span.withEnd(span.end() - 1, null, span.kind());
            } else if (span.entry() == null && span.length() == 1 && previous != null
                    && (previous.end() == span.begin() || previous.end() == span.begin() - 1 && tokens.get(previous.end()).word().matches("'s?|’s?"))
                    && InlineTickers.tickerOf(tokens.get(span.begin()).word(), words(tokens, previous.begin(), previous.end()))) {
                continue;
            }
            kept.add(current);
            previous = current;
        }
        return kept;
    }

    /** The words from begin to end written together, without spaces. */
    private static String words(List<Token> tokens, int begin, int end) {
        StringBuilder written = new StringBuilder();
        tokens.subList(begin, end).forEach(t -> written.append(t.word()));
        return written.toString();
    }

    /** Whether the tokens from first to last are written without spaces between them. */
    private static boolean adjacent(List<Token> tokens, int first, int last) {
        return IntStream.rangeClosed(first + 1, last).allMatch(k -> ProductSpans.attached(tokens, k));
    }

    /**
     * "Google India was fined", "its US unit, SAP America", "Bandai Namco Studios Singapore": a known company's name right
     * before a country's name or a region word ({@code unit-regions} in company-cues.txt), or one or two name words and a
     * known place after it, names the company's local unit, a company of its own.
     */
    private List<Span> localUnits(List<Token> tokens, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            boolean company = span.kind() == null && span.entry() != null && span.entry().type() == EntityType.COMPANY;
            Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            if (company && next != null && next.begin() == span.end() && next.entry() != null
                    && next.entry().type() == EntityType.PLACE && gazetteer.isCountry(next.entry().canonical())
                    && startsName(tokens.get(next.begin()))) {
                merged.add(new Span(span.begin(), next.end(), null, Span.CUED_COMPANY));
                k++;
            } else if (company && next != null && next.entry() != null && next.entry().type() == EntityType.PLACE
                    && next.begin() > span.end() && next.begin() <= span.end() + 2 && startsName(tokens.get(next.begin()))
                    && IntStream.range(span.end(), next.begin()).allMatch(i -> tokens.get(i).tag().startsWith("NNP") && startsName(tokens.get(i))
                            && !rules.months.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)))) {
                merged.add(new Span(span.begin(), next.end(), null, Span.CUED_COMPANY));
                k++;
            } else if (company && span.end() < tokens.size() && startsName(tokens.get(span.end()))
                    && rules.unitRegions.contains(tokens.get(span.end()).word().toLowerCase(Locale.ROOT))
                    && (next == null || next.begin() > span.end() || next.end() == span.end() + 1)) {
                merged.add(new Span(span.begin(), span.end() + 1, null, Span.CUED_COMPANY));
                k += next != null && next.begin() == span.end() ? 1 : 0;
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * "the Apple M3", "an Intel Core Ultra 7 laptop", "the Samsung Galaxy Z Flip5": a company's name right before a
     * product name found by its shape is the first word of that name. (A known product keeps its own name: the
     * gazetteer lists the maker's form, "Microsoft Teams", where news uses it.)
     */
    private List<Span> withMakers(List<Token> tokens, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            boolean maker = span.kind() == null && span.entry() != null && span.entry().type() == EntityType.COMPANY;
            if (maker && next != null && next.begin() == span.end() && Span.PRODUCT.equals(next.kind()) && next.entry() == null
                    && Character.isUpperCase(tokens.get(next.begin()).word().codePointAt(0))) {
                merged.add(new Span(span.begin(), next.end(), null, Span.PRODUCT));
                k++;
            } else if (maker && tierAfter(tokens, span.end()) && (next == null || next.begin() > span.end())) {
                // "Perplexity Pro", "Copilot Premium": a company's name and a capitalised tier name its paid product.
                merged.add(new Span(span.begin(), span.end() + 1, null, Span.PRODUCT));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * "Senate Judiciary Committee Chair Chuck Grassley", "former UScellular CEO": a title CoreNLP took into an organisation's
     * name (or a name it could not type) is no part of it.
     */
    private Span withoutTrailingTitle(List<Token> tokens, Span span) {
        Span name = span;
        while ((name.kind().equals("ORGANIZATION") || name.kind().equals("MISC")) && name.length() > 1
                && rules.companyTitles.contains(lower(tokens.get(name.end() - 1)))) {
            name = name.withEnd(name.end() - 1, null, name.kind());
        }
        return name;
    }

    /** Whether the words from {@code from} up to {@code end} hold a version number: "GT 5", "Band 9". */
    private static boolean versionAdded(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (ProductSpans.hasDigit(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }

    /** A capitalised tier word at {@code at} that ends a name: no capitalised word or number follows it. */
    private boolean tierAfter(List<Token> tokens, int at) {
        if (at >= tokens.size() || !Character.isUpperCase(tokens.get(at).word().codePointAt(0)) || !tokens.get(at).tag().startsWith("NN")
                || !rules.productTiers.contains(tokens.get(at).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return at + 1 == tokens.size() || !(Character.isUpperCase(tokens.get(at + 1).word().codePointAt(0)) || tokens.get(at + 1).tag().equals("CD"));
    }

    private static void take(List<Span> spans, boolean[] taken, Span span) {
        if (ProductSpans.free(taken, span.begin(), span.end())) {
            ProductSpans.mark(taken, span.begin(), span.end());
            spans.add(span);
        }
    }

    /**
     * "Alibaba Group Holding Ltd.", "Samsung Electronics Co., Ltd.", "X Y Holdings LLC": proper nouns closed by a
     * legal form name one company. The whole run is looked up in the gazetteer; when it is not there it is a
     * company of its own, not the gazetteer brand it starts with.
     */
    private List<Span> legalNames(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (!rules.legalSuffixes.contains(tokens.get(i).word()) || (i + 1 < tokens.size() && rules.legalSuffixes.contains(tokens.get(i + 1).word()))
                    || (i + 2 < tokens.size() && tokens.get(i + 1).word().equals(",") && rules.legalSuffixes.contains(tokens.get(i + 2).word()))) {
                continue; // only the last suffix of "Co., Ltd." closes the name
            }
            int k = i;
            while (k > 0 && (rules.legalSuffixes.contains(tokens.get(k - 1).word()) || tokens.get(k - 1).word().equals(","))) {
                k--;
            }
            int begin = k;
            while (begin > 0 && (k - begin < MAX_LEGAL_NAME_WORDS || k - begin < MAX_TAGGED_LEGAL_NAME_WORDS
                    && tokens.get(begin - 1).ner().equals("ORGANIZATION")) && nameWord(tokens, begin - 1) && !lineBreakBefore(text, tokens, begin)
                    && !titleOf(tokens, begin - 1)) {
                begin--;
            }
            while (begin < k && (tokens.get(begin).word().equals("&") || tokens.get(begin).word().equals("of")
                    || PLURAL_ACRONYM.matcher(tokens.get(begin).word()).matches())) {
                begin++; // a name starts with a name word, not "&", "of" or a plural acronym ("CSPs Meta Platforms Inc")
            }
            if (begin == k) {
                continue;
            }
            String base = text.substring(tokens.get(begin).begin(), tokens.get(k - 1).end());
            Optional<GazetteerEntry> entry = gazetteer.lookupInText(base).or(() -> gazetteer.lookupVariant(base));
            if (entry.isPresent() && entry.get().type() != EntityType.COMPANY) {
                continue; // "the Commerce Department Inc." does not happen; a product or place is left to others
            }
            spans.add(new Span(begin, i + 1, entry.orElse(null), Span.LEGAL_NAME));
        }
        return spans;
    }

    /** "Chief Executive Officer of Kessler AG": "of" after a person's title joins the title to the company, not a name. */
    private boolean titleOf(List<Token> tokens, int k) {
        return tokens.get(k).word().equals("of") && k > 0 && rules.personTitles.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
    }

    private boolean nameWord(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        String word = token.word();
        if (word.equals("&") || word.equals("of")) {
            return k > 0 && tokens.get(k - 1).tag().startsWith("NNP");
        }
        if (word.equals("-") && k > 0 && k + 1 < tokens.size()) {
            // "Hewlett-Packard Co.": a hyphen written between two capitalised words joins them into one name.
            return ProductSpans.attached(tokens, k) && ProductSpans.attached(tokens, k + 1)
                    && Character.isUpperCase(tokens.get(k - 1).word().codePointAt(0)) && Character.isUpperCase(tokens.get(k + 1).word().codePointAt(0));
        }
        // "LINKZOL (Beijing) Technology Co.", "SITONHOLY (Tianjin) Co.": a bracketed city between capitalised words of
        // a legal name, as Chinese firms register local companies, is part of the name.
        if (word.matches("\\)|-RRB-")) {
            return k >= 3 && tokens.get(k - 2).word().matches("\\(|-LRB-") && place(tokens.get(k - 1)) && capitalised(tokens.get(k - 3));
        }
        if (word.matches("\\(|-LRB-")) {
            return k >= 1 && k + 2 < tokens.size() && tokens.get(k + 2).word().matches("\\)|-RRB-") && place(tokens.get(k + 1))
                    && capitalised(tokens.get(k - 1));
        }
        // CoreNLP tags some name words as common nouns or adjectives ("Situational Awareness LP"): inside a sentence, a
        // capital before a legal form decides.
        return Character.isUpperCase(word.codePointAt(0))
                && (token.tag().startsWith("NNP") || k > 0 && token.tag().matches("NNS?|JJ") && word.chars().allMatch(Character::isLetter));
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.word().codePointAt(0));
    }

    /**
     * A known city, region or country ("Beijing"), or a word written as a place name is (a capital, then small letters:
     * "Tianjin", not the ticker "AAPL") that the tagger took for a place or for part of the company's name.
     */
    private boolean place(Token token) {
        return capitalised(token) && (gazetteer.lookupInText(token.word()).filter(entry -> entry.type() == EntityType.PLACE).isPresent()
                || token.word().matches("\\p{Lu}\\p{Ll}+") && token.ner().matches("LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY|ORGANIZATION"));
    }

    /** "the Dutch government", "the Chinese administration": the country's government. */
    private List<Span> nationalGovernments(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String adjective = tokens.get(i).word();
            int nounAt = i + 1;
            if (i + 2 < tokens.size() && rules.nationalities.containsKey(adjective + " " + tokens.get(i + 1).word())) {
                adjective = adjective + " " + tokens.get(i + 1).word();
                nounAt = i + 2;
            }
            String country = rules.nationalities.get(adjective);
            if (country == null || nounAt >= tokens.size()
                    || !rules.governmentNouns.contains(tokens.get(nounAt).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<GazetteerEntry> entry = gazetteer.byCanonical(country);
            if (entry.isPresent()) {
                spans.add(new Span(i, nounAt + 1, entry.get(), Span.NATIONAL_GOVERNMENT));
                i = nounAt;
            }
        }
        return spans;
    }

    /**
     * "Commerce Secretary Gina Raimondo", "US commerce secretary", "Chinese Commerce Minister Wang Wentao": the word
     * before a department's or ministry's title names that department, when the gazetteer knows it under a name built
     * from the word. A minister needs a nationality adjective before, as many countries have a commerce ministry.
     */
    private List<Span> departmentsOfTitles(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String title = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
            String word = tokens.get(i).word();
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
            List<String> names = new ArrayList<>();
            if (rules.departmentTitles.contains(title)) {
                names.add(name + " Department");
                names.add("Department of " + name);
            } else if (rules.ministryTitles.contains(title) && i > 0 && rules.nationalities.containsKey(tokens.get(i - 1).word())) {
                String adjective = tokens.get(i - 1).word();
                names.add(adjective + " " + name + " Ministry");
                names.add(adjective + " Ministry of " + name);
            }
            for (String candidate : names) {
                Optional<GazetteerEntry> entry = gazetteer.lookupInText(candidate).filter(e -> e.type() == EntityType.GOVERNMENT_BODY);
                if (entry.isPresent()) {
                    spans.add(new Span(i, i + 1, entry.get(), null));
                    break;
                }
            }
        }
        return spans;
    }

    /**
     * "May Mobility", "April Labs": a month that is no date (not after "in", "since", "early" …, not before a
     * number) and is followed by a proper noun that starts no gazetteer name starts a company name.
     */
    private List<Span> monthNames(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token month = tokens.get(i);
            if (!rules.months.contains(month.word().toLowerCase(Locale.ROOT)) || !Character.isUpperCase(month.word().codePointAt(0))
                    || (i > 0 && rules.dateWords.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && monthNamePart(tokens.get(end))) {
                end++;
            }
            if (end > i + 1 && gazetteer.lookupInText(tokens.get(i + 1).word()).isEmpty()) {
                spans.add(new Span(i, end, null, "ORGANIZATION"));
                i = end - 1;
            }
        }
        return spans;
    }

    private boolean monthNamePart(Token token) {
        String word = token.word();
        return Character.isUpperCase(word.codePointAt(0)) && word.chars().noneMatch(Character::isDigit)
                && !rules.months.contains(word.toLowerCase(Locale.ROOT)) && !rules.notNames.contains(word.toLowerCase(Locale.ROOT))
                && token.tag().startsWith("NN");
    }

    /**
     * Proper nouns CoreNLP left untagged that the words around them call a company ("the Israeli startup Zentrix",
     * "Zentrix, a unit of Oracle", "Founded in 2015, Zentrix …"), brand-cased words ("SambaNova") and names ending in a
     * head word of organisations ("Celesta Capital"): runs of capitalised proper nouns, none of them a
     * month, date word, title or word that is no name.
     */
    private List<Span> cuedCompanies(String text, List<Token> tokens, boolean[] taken) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!taken[i] && capitalisedNounAfterCompanyNoun(tokens, i)) {
                // "Robotics startup Figure said": a capitalised common noun right after a company noun is its name.
                if (!rules.isGeneric(tokens.get(i).word())) {
                    spans.add(new Span(i, i + 1, null, Span.CUED_COMPANY));
                }
                i++;
                continue;
            }
            if (!taken[i] && digitLedName(tokens.get(i)) && rules.saysCompany(tokens, i, i + 1)) {
                // "42loop, a software company owned by Hyundai", "6sense CEO Jason Zintak": a name that starts with digits.
                spans.add(new Span(i, i + 1, null, Span.CUED_COMPANY));
                i++;
                continue;
            }
            if (!(untaggedNameWord(tokens.get(i)) || capitalisedDateWordStartingAName(tokens, taken, i)
                    || capitalisedCommonNounBeforeHead(tokens, taken, i) || openingNounSetOffAsCompany(tokens, i)) || taken[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !taken[end] && !lineBreakBefore(text, tokens, end)) {
                if (untaggedNameWord(tokens.get(end))) {
                    end++;
                } else if (hyphenBeforeNameWord(tokens, taken, end)) {
                    end += 2; // "Pac-Man", which the tokenizer splits at its hyphen
                } else {
                    break;
                }
            }
            // "MP Materials", "Sovereign AI Fund": capitalised head words of organisations end the name whatever the
            // tagger called them.
            while (end < tokens.size() && !taken[end] && Character.isUpperCase(tokens.get(end).word().codePointAt(0))
                    && rules.companyHeads.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
                end++;
            }
            // "the HyperCLOVA X model": one capital letter after a brand-cased word is part of its name.
            boolean lettered = end == i + 1 && end + 1 < tokens.size() && !taken[end] && tokens.get(end).word().matches("[A-Z]")
                    && NameRules.BRAND_CASE.matcher(tokens.get(i).word()).matches();
            if (lettered) {
                end = products.extend(tokens, i, end + 1, false); // "MateBook X" + "Pro": a tier may follow the letter
            }
            if (end + 1 < tokens.size() && !taken[end] && tokens.get(end).word().equals("AI") && !tokens.get(end + 1).tag().startsWith("NN")) {
                end++; // "Silo AI", as in CoreNLP's spans
            }
            String name = text.substring(tokens.get(i).begin(), tokens.get(end - 1).end());
            // A brand-cased word ("SambaNova") is a company's name unless it is owned ("Apple's AirPods" is a product) or
            // a product noun names it ("the messaging app KakaoTalk").
            boolean brand = end == i + 1 && NameRules.BRAND_CASE.matcher(name).matches()
                    && (i == 0 || !tokens.get(i - 1).tag().matches("POS|PRP\\$")
                        && !(tokens.get(i - 1).tag().startsWith("NN") && products.isProductNoun(tokens.get(i - 1).word())));
            // "Celesta Capital": a capitalised head word of organisations ends it (not a lone "Capital").
            boolean head = end > i + 1 && rules.companyHeads.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT));
            boolean brandCased = end == i + 1 && NameRules.BRAND_CASE.matcher(name).matches();
            // "a system called EagleEye", "the new EagleEye AI system": a brand-cased word a product noun calls so, or
            // that stands before one, is a product ("the taxi-hailing platform FreeNow", right after the noun, may be
            // the company that runs it).
            int after = end < tokens.size() && tokens.get(end).word().equals("AI") ? end + 1 : end;
            // A closing quotation mark stands between a quoted name and its noun: its new "SuperPod" systems.
            if (after < tokens.size() && after > i && i > 0 && ProductSpans.isQuoteMark(tokens.get(after).word())
                    && ProductSpans.isQuoteMark(tokens.get(i - 1).word())) {
                after++;
            }
            boolean productNounAfter = after < tokens.size() && products.isProductNoun(tokens.get(after).word());
            // "Sarvam-M, a 24-billion parameter model": a name, a hyphen and a model letter or code, written as one word,
            // set off by an apposition headed by a product noun.
            int hyphenated = hyphenatedCodeEnd(tokens, taken, end);
            if (products.productNounApposedAfter(tokens, hyphenated) && !rules.companyPhraseBefore(tokens, i)) {
                spans.add(new Span(i, hyphenated, null, Span.PRODUCT));
                i = hyphenated;
                continue;
            }
            // "its Topaz AI platform": before a product noun, "AI" is no head of a company's name but what the product does.
            if (end > i + 1 && tokens.get(end - 1).word().equals("AI") && productNounAfter) {
                spans.add(new Span(i, end - 1, null, Span.PRODUCT));
                i = end;
                continue;
            }
            if (lettered && products.nextToProductNoun(tokens, i, end)
                    || brandCased && (products.calledAfterProductNoun(tokens, i) || productNounAfter)) {
                spans.add(new Span(i, end, null, Span.PRODUCT));
            } else if (!rules.isGeneric(name) && (brand || lettered || head || rules.saysCompany(tokens, i, end))) {
                spans.add(new Span(i, end, null, Span.CUED_COMPANY));
            }
            i = end;
        }
        return spans;
    }

    /** The end of a hyphen and a short code written onto the name ending at {@code end} ("Sarvam-M", "Kimi-K2"); else {@code end}. */
    private static int hyphenatedCodeEnd(List<Token> tokens, boolean[] taken, int end) {
        if (end + 1 >= tokens.size() || taken[end] || taken[end + 1] || !tokens.get(end).word().equals("-")
                || tokens.get(end).begin() != tokens.get(end - 1).end() || tokens.get(end + 1).begin() != tokens.get(end).end()
                || !tokens.get(end + 1).word().matches("[A-Z0-9][A-Za-z0-9.]{0,5}")) {
            return end;
        }
        return end + 2;
    }

    private boolean capitalisedNounAfterCompanyNoun(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.word();
        return i >= 2 && token.tag().matches("NNS?|JJ") && token.ner().equals("O") && word.length() > 1
                && Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)
                && rules.companyNounsBefore.contains(tokens.get(i - 1).word())
                && (i + 1 == tokens.size() || !tokens.get(i + 1).tag().startsWith("NN"))
                && !rules.notNames.contains(word.toLowerCase(Locale.ROOT)) && !rules.months.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "Abu Dhabi-based Next Orbit Ventures": a date word capitalised inside a sentence, before another name word, starts
     * a name ("next week" is written in lower case there).
     */
    private boolean capitalisedDateWordStartingAName(List<Token> tokens, boolean[] taken, int i) {
        String word = tokens.get(i).word();
        return i > 0 && i + 1 < tokens.size() && !taken[i + 1] && Character.isUpperCase(word.codePointAt(0))
                && rules.dateWords.contains(word.toLowerCase(Locale.ROOT)) && tokens.get(i - 1).tag().matches("VBN|JJ|DT|IN|CC|,")
                && untaggedNameWord(tokens.get(i + 1));
    }

    /**
     * "Reflection AI was a rising name", "investors in Figure Robotics": a capitalised word the tagger took for a common
     * noun, inside the sentence (where capitals mean a name), right before a capitalised head word of organisations.
     */
    private boolean capitalisedCommonNounBeforeHead(List<Token> tokens, boolean[] taken, int i) {
        if (i == 0 || i + 1 >= tokens.size() || taken[i + 1] || OPENING_PUNCTUATION.matcher(tokens.get(i - 1).tag()).matches() || tokens.get(i - 1).word().equals("\"")) {
            return false;
        }
        Token word = tokens.get(i);
        String head = tokens.get(i + 1).word();
        return COMMON_NOUN.matcher(word.tag()).matches() && word.ner().equals("O") && word.word().length() > 1 && Character.isUpperCase(word.word().codePointAt(0))
                && !rules.notNames.contains(word.word().toLowerCase(Locale.ROOT)) && Character.isUpperCase(head.codePointAt(0))
                && rules.companyHeads.contains(head.toLowerCase(Locale.ROOT));
    }

    /**
     * "Cruise, General Motors' self-driving subsidiary, paused its operations": a capitalised word that opens the sentence,
     * which the tagger read as a common noun, is a company's name when a cue of companies, such as an apposition headed by
     * a company noun, follows it; so is a capitalised word read as an adjective or a common noun anywhere in the sentence
     * when that apposition follows it.
     */
    private boolean openingNounSetOffAsCompany(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String lower = token.word().toLowerCase(Locale.ROOT);
        if (!(token.ner().equals("O") && token.word().length() > 2 && Character.isUpperCase(token.word().codePointAt(0))
                && !rules.notNames.contains(lower) && !rules.companyNounsBefore.contains(lower))) {
            return false;
        }
        if (i == 0 && token.tag().matches("NNS?")) {
            return rules.saysCompany(tokens, 0, 1);
        }
        // "Lovable, a Swedish AI coding startup," / "invested in Lovable, a Swedish …": a word the tagger read as an
        // adjective or a common noun, capitalised and set off by an apposition headed by a company noun.
        boolean opening = i == 0 || !OPENING_PUNCTUATION.matcher(tokens.get(i - 1).tag()).matches() && !tokens.get(i - 1).word().equals("\"")
                && !tokens.get(i - 1).word().matches("[.!?;]");
        return opening && token.tag().matches("NNS?|JJ") && !rules.nationalities.containsKey(token.word())
                && rules.companyApposition(tokens, i + 1);
    }

    /** Digits and then at least three letters, one of them lower-case, that measure nothing: "42dot", "6sense", not "10GHz". */
    private boolean digitLedName(Token token) {
        Matcher parts = DIGIT_LED.matcher(token.word());
        return parts.matches() && !parts.group(1).equals(parts.group(1).toUpperCase(Locale.ROOT))
                && !rules.measures.contains(parts.group(1).toLowerCase(Locale.ROOT));
    }

    /** A hyphen written without spaces between a name word and the untagged capitalised word at {@code at + 1}. */
    private boolean hyphenBeforeNameWord(List<Token> tokens, boolean[] taken, int at) {
        return ProductSpans.hyphenInsideWord(tokens, at) && !taken[at + 1] && untaggedNameWord(tokens.get(at + 1));
    }

    private boolean untaggedNameWord(Token token) {
        String word = token.word();
        String lower = word.toLowerCase(Locale.ROOT);
        // A brand-cased word ("IonQ") is a name even where the tagger took it for a common noun.
        boolean nameTag = token.tag().startsWith("NNP") || NOUN_OR_ADJECTIVE.matcher(token.tag()).matches() && NameRules.BRAND_CASE.matcher(word).matches();
        return nameTag && token.ner().equals("O") && word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && !rules.notNames.contains(lower) && !rules.months.contains(lower) && !rules.dateWords.contains(lower)
                && !rules.companyTitles.contains(lower) && !rules.headTitles.contains(lower) && !rules.personTitles.contains(lower)
                && !rules.companyNounsBefore.contains(lower); // "Amazon's Chief AI Officer": a title's words name no unit
    }

    /**
     * Whether the outer span adds name words to the inner one: capitalised words, connectors inside ("&", "of"), and a
     * legal form after other words ("Fidelity Management & Research Company"; "Nvidia Corp." alone adds no word).
     */
    private boolean extendsWithNameWords(List<Token> tokens, Span outer, Span inner) {
        if (outer.length() <= inner.length()) {
            return false;
        }
        if (inner.entry() != null && (inner.entry().type() == EntityType.GOVERNMENT_BODY || inner.entry().type() == EntityType.COMPANY)
                && outer.end() == inner.end()
                && rules.nationalities.containsKey(String.join(" ", tokens.subList(outer.begin(), inner.begin()).stream().map(Token::word).toList()))) {
            // "the British Competition and Markets Authority" is the authority the gazetteer knows; "Chinese Geely" is Geely.
            return false;
        }
        if (inner.entry() != null && inner.entry().type() == EntityType.COMPANY && outer.begin() == inner.begin()
                && outer.end() == inner.end() + 1 && outer.end() < tokens.size() && tokens.get(outer.end()).tag().startsWith("NN")
                && !tokens.get(outer.end()).tag().startsWith("NNP") && rules.isGeneric(tokens.get(inner.end()).word())) {
            return false; // "the former Databricks AI chief": a generic word between a company and a noun is the company's field
        }
        boolean nameWord = false;
        for (int i = outer.begin(); i < outer.end(); i++) {
            if (i >= inner.begin() && i < inner.end()) {
                continue;
            }
            String word = tokens.get(i).word();
            if (i > outer.begin() && i < outer.end() - 1 && rules.connectors.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            nameWord |= Names.normalize("x " + word).equals("x " + Names.normalize(word));
        }
        return nameWord;
    }

    private List<Span> gazetteerSpans(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int max = gazetteer.maxSurfaceTokens();
        for (int i = 0; i < tokens.size(); ) {
            Span found = null;
            if (startsName(tokens.get(i)) || gazetteer.startsLowerCaseName(tokens.get(i).word())) {
                int last = i + 1;
                while (last < Math.min(tokens.size(), i + max) && !lineBreakBefore(text, tokens, last)) {
                    last++;
                }
                for (int end = last; end > i; end--) {
                    String surface = text.substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                    Optional<GazetteerEntry> entry = gazetteer.lookupInText(surface);
                    if (entry.isEmpty() && end - i > 1 && startsName(tokens.get(end - 1))
                            && !tokens.get(i).word().equalsIgnoreCase("the") && spelledAsName(tokens, i, end)) {
                        String lastWord = tokens.get(end - 1).word();
                        entry = gazetteer.lookupVariant(surface) // "Open AI", "Tik Tok", "Nvidia Corp."
                                // only a company takes a legal form: "Texas AG" is the attorney general, not Texas
                                .filter(e -> e.type() == EntityType.COMPANY || !rules.legalSuffixes.contains(lastWord));
                    }
                    if (entry.isPresent() && commonNounAlias(tokens, i, end, entry.get())) {
                        break;
                    }
                    // "the HyperCLOVA X model": a one-letter name right after a capitalised word ends that word's name.
                    if (entry.isPresent() && end - i == 1 && tokens.get(i).word().length() == 1 && i > 0
                            && startsName(tokens.get(i - 1)) && tokens.get(i - 1).tag().startsWith("NNP")) {
                        break;
                    }
                    if (entry.isPresent()) {
                        found = new Span(i, end, entry.get(), null);
                        break;
                    }
                }
            }
            if (found == null && droppedSuffixName(tokens, i)) {
                // "But Inflection was getting there": a capitalised word that, with a suffix news drops, names a known
                // company (the tagger may call it a common noun).
                for (String suffix : rules.droppedSuffixes) {
                    Optional<GazetteerEntry> full = gazetteer.lookupNormalized(tokens.get(i).word() + " " + suffix)
                            .filter(e -> e.type() == EntityType.COMPANY);
                    if (full.isPresent()) {
                        found = new Span(i, i + 1, full.get(), null);
                        break;
                    }
                }
            }
            if (found != null) {
                found = withVersion(tokens, found);
                spans.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * A capitalised word inside a sentence (or a proper noun opening it), not after a determiner nor before another
     * capitalised word.
     */
    private static boolean droppedSuffixName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean capitalised = token.word().length() > 2 && Character.isUpperCase(token.word().codePointAt(0))
                && token.word().substring(1).chars().allMatch(Character::isLowerCase);
        boolean nextCapitalised = i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).word().codePointAt(0));
        boolean afterDeterminer = i > 0 && tokens.get(i - 1).tag().equals("DT"); // "the Reality of it"
        return capitalised && !nextCapitalised && !afterDeterminer && (i > 0 || token.tag().startsWith("NNP"));
    }

    /**
     * "Teams from both firms met": a one-word short name of a product ("Teams" for Microsoft Teams) that opens a
     * sentence, where the tagger reads it as a common noun, is that common noun; inside a sentence its capital decides.
     */
    private static boolean commonNounAlias(List<Token> tokens, int begin, int end, GazetteerEntry entry) {
        return begin == 0 && end == 1 && entry.type() == EntityType.PRODUCT && tokens.get(0).tag().equals("NNS")
                && !tokens.get(0).word().equals(entry.canonical());
    }

    /**
     * Whether the words of a variant spelling look like a name: each word capitalised but a connector inside ("AT and
     * T"), a number without a decimal point ("Open AI", "Tik Tok"; not "Apple a 1.8", which is no "Apple A18").
     */
    private boolean spelledAsName(List<Token> tokens, int begin, int end) {
        for (int k = begin; k < end; k++) {
            String word = tokens.get(k).word();
            boolean connector = k > begin && k < end - 1 && rules.connectors.contains(word.toLowerCase(Locale.ROOT));
            if (!connector && Character.isLowerCase(word.codePointAt(0)) || DECIMAL.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A product name followed by a version ("Gemini 3", "iPhone 15 Pro", "Galaxy S25 Ultra") names that version:
     * the span grows over the version words and is resolved as a product of its own.
     */
    private Span withVersion(List<Token> tokens, Span span) {
        if (span.entry().type() == EntityType.COMPANY) {
            return companyModel(tokens, span);
        }
        if (span.entry().type() != EntityType.PRODUCT) {
            return span;
        }
        boolean endsInVersion = tokens.get(span.end() - 1).word().chars().anyMatch(Character::isDigit);
        // "Gemini Pro", "Claude Opus": a known product's capitalised tier right after its name is part of it.
        boolean tierNext = span.end() < tokens.size() && Character.isUpperCase(tokens.get(span.end()).word().codePointAt(0))
                && rules.tiers.contains(tokens.get(span.end()).word().toLowerCase(Locale.ROOT));
        int end = products.extend(tokens, span.begin(), span.end(), endsInVersion || tierNext);
        if (end < tokens.size() && (modelName(tokens.get(end)) || productNounAsModel(tokens, span.begin(), end))) {
            end = products.extend(tokens, span.begin(), end + 1, true);
        }
        // "Huawei's 910B Ascend chips": an owned model number written before the known name belongs to it.
        int begin = span.begin();
        if (begin > 0 && end == span.end() && products.isVersion(tokens.get(begin - 1).word())
                && tokens.get(begin - 1).word().chars().anyMatch(Character::isDigit) && !ProductSpans.attached(tokens, begin)
                && products.owned(tokens, begin - 1)) {
            return new Span(begin - 1, end, null, Span.PRODUCT);
        }
        return end == span.end() ? span : span.withEnd(end, null, Span.PRODUCT);
    }

    /**
     * A capitalised word after a known product (and its version) that names a model of it: "PlayStation Portal",
     * "Llama 4 Scout", "ChatGPT Enterprise". Not a known name ("Windows Copilot" is two), a date word, a title, or a
     * word that is no name.
     */
    private boolean modelName(Token token) {
        return token.tag().equals("NNP") && modelWord(token.word());
    }

    /**
     * "a Surface Laptop", "the Pixel Tablet": a capitalised product noun after a known product names its model, when
     * the name does not stand in a title-case heading (the word before it is in lower case).
     */
    private boolean productNounAsModel(List<Token> tokens, int begin, int at) {
        return products.modelNoun(tokens, begin, at) && modelWord(tokens.get(at).word());
    }

    /**
     * A capitalised word that is no known name, date word, title, word that is no name, or product noun in capitals
     * ("Pad", "Scout"; not "SUV": "the Model X SUV" is the Model X).
     */
    private boolean modelWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && !products.acronymProductNoun(word)
                && gazetteer.lookupInText(word).isEmpty() && !rules.notNames.contains(lower) && !rules.months.contains(lower)
                && !rules.dateWords.contains(lower) && !rules.companyTitles.contains(lower) && !rules.headTitles.contains(lower);
    }

    /**
     * "Xiaomi 15 Ultra", "Honor 400 Pro", "Xiaomi 15S Pro smartphone", "Xiaomi 15s Pro", "Xiaomi Pad 7 Ultra tablet", "the Xiaomi
     * Smart Band 9", "the Honor Magic V5": a company's name, up to two model words, a model number and a tier, or the same
     * before a product noun, name a product of that company.
     * (A number alone after a company name may count something; a tier, a product noun, a determiner before the name or
     * a possessive after the number makes it a model: {@link #modelByItsPlace}.)
     */
    private Span companyModel(List<Token> tokens, Span span) {
        if (products.namesAFund(tokens, span.begin(), span.end())) {
            return span; // "the SoftBank Vision Fund 2": a numbered fund is an investor
        }
        int number = span.end();
        int words = 0;
        while (words < 2 && number < tokens.size() - 1 && tokens.get(number).tag().startsWith("NN") && modelWord(tokens.get(number).word())
                && !ProductSpans.hasDigit(tokens.get(number).word()) && !rules.legalSuffixes.contains(tokens.get(number).word())) {
            number++; // "Xiaomi Pad 7 Ultra", "Xiaomi Smart Band 9"
            words++;
        }
        String numberWord = number < tokens.size() ? tokens.get(number).word() : "";
        // After a model word a letter may open the number: "Honor Magic V5".
        boolean numbered = numberWord.matches("\\d{1,4}[A-Za-z]?") || words > 0 && numberWord.matches("\\p{Lu}\\d{1,3}[A-Za-z]?");
        // "Samsung 5G phones": a network generation after a company's name is no model of it.
        if (number + 1 >= tokens.size() || !numbered || numberWord.matches("\\dG") || ProductSpans.attached(tokens, number)
                || numberWord.matches("(?:199\\d|20[0-3]\\d)")) {
            return span;
        }
        String next = tokens.get(number + 1).word();
        boolean tier = rules.tiers.contains(next.toLowerCase(Locale.ROOT)) && Character.isUpperCase(next.codePointAt(0));
        int end = products.extend(tokens, span.begin(), number + 1, true);
        if (!tier && !products.nextToProductNoun(tokens, span.begin(), end) && !modelByItsPlace(tokens, span, number, words)) {
            return span;
        }
        return span.withEnd(end, null, Span.PRODUCT);
    }

    /**
     * "the OnePlus 15 at an event", "the OnePlus 13's camera": a company name and a model number name a model when a
     * determiner or possessive stands before the name or the number is owned; not a count ("the Samsung 3 million"), a
     * network generation ("the Huawei 5G rollout"), a manufacturing process ("its Intel 18A process") or a stock index
     * ("the Nasdaq 100").
     */
    private boolean modelByItsPlace(List<Token> tokens, Span span, int number, int words) {
        String word = tokens.get(number).word();
        Token after = tokens.get(number + 1);
        if (number != span.end() + words || word.matches("\\dG") || rules.measures.contains(after.word().toLowerCase(Locale.ROOT))
                || rules.processNouns.contains(after.word().toLowerCase(Locale.ROOT))
                || after.tag().equals("HYPH") || rules.indexMakers.contains(words(tokens, span.begin(), span.end()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean determined = span.begin() > 0 && tokens.get(span.begin() - 1).tag().matches("DT|PRP\\$|POS");
        return determined || after.tag().equals("POS");
    }

    /** Whether the span is one name spelled as a web address ("Run:ai"). */
    private static boolean webAddress(List<Token> tokens, Span span) {
        return adjacent(tokens, span.begin(), span.end() - 1) && DOMAIN_NAME.matcher(words(tokens, span.begin(), span.end())).matches();
    }

    /**
     * "NASDAQ:TSLA", "KS:005930", "(NASDAQ: NVDA)": an exchange and a ticker symbol, written against a colon, name no
     * entity of their own. A colon that ends a phrase before a name ("drop news: SoftBank said") does not.
     */
    private static boolean isStockTicker(List<Token> tokens, Span span) {
        boolean colonAfter = span.end() < tokens.size() && tokens.get(span.end()).word().equals(":") && ProductSpans.attached(tokens, span.end());
        boolean colonBefore = span.begin() > 0 && tokens.get(span.begin() - 1).word().equals(":")
                && (ProductSpans.attached(tokens, span.begin()) || span.begin() > 1 && ProductSpans.attached(tokens, span.begin() - 1)
                        && tokens.get(span.begin() - 2).word().matches("\\p{Lu}{2,6}"));
        boolean containsColon = tokens.subList(span.begin(), span.end()).stream().anyMatch(t -> t.word().contains(":"));
        return colonAfter || colonBefore || containsColon;
    }

    /** Whether a line ends between this token and the one before. */
    static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
        return i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).indexOf('\n') >= 0;
    }

    /** Names start with a capital or a digit, are camel-cased like "iPhone", or are codes like "o3" and "arm64". */
    static boolean startsName(Token token) {
        String word = token.word();
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first)
                || (word.length() > 1 && Character.isLowerCase(first)
                && (Character.isUpperCase(word.codePointAt(1)) || LOWER_CASE_MODEL.matcher(word).matches()));
    }

    /**
     * CoreNLP's spans, cut where a line ends inside one (a heading runs into the paragraph after it) and where "and"
     * joins two organisation names that each end in a head word ("Celesta Capital and Pledge Ventures").
     */
    private List<Span> nerSpans(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (Span tagged : taggedSpans(text, tokens)) {
            Span span = tagged;
            // "Rival Tata Consultancy Services reports …": a capitalised company noun opening a sentence is not a name word.
            while (span.begin() == 0 && span.length() > 1 && rules.companyNounsBefore.contains(tokens.get(span.begin()).word().toLowerCase(Locale.ROOT))) {
                span = new Span(span.begin() + 1, span.end(), null, span.kind());
            }
            // "US-based CSPs Meta Platforms", "OEMs Dell and HP": a plural acronym is a common noun before the name.
            while (span.length() > 1 && PLURAL_ACRONYM.matcher(tokens.get(span.begin()).word()).matches()) {
                span = new Span(span.begin() + 1, span.end(), null, span.kind());
            }
            // "the Model X SUV", "Nvidia's Blackwell GPU": a product noun in capitals ends no name; it marks the one before it.
            while (span.end() - span.begin() > 1 && products.acronymProductNoun(tokens.get(span.end() - 1).word())) {
                span = new Span(span.begin(), span.end() - 1, null, span.kind());
            }
            // "Impatient Ventures of Los Angeles": a known place after "of" and an organisation's head word says where
            // the organisation is, and is not part of its name ("Bank of America" has no head word before "of").
            for (int k = span.begin() + 1; k < span.end() - 1; k++) {
                if (tokens.get(k).word().equals("of") && rules.companyHeads.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
                        && gazetteer.lookupInText(text.substring(tokens.get(k + 1).begin(), tokens.get(span.end() - 1).end()))
                                .filter(place -> place.type() == EntityType.PLACE).isPresent()) {
                    span = new Span(span.begin(), k, null, span.kind());
                    break;
                }
            }
            // "the Italian Competition Authority": a capitalised nationality before an agency's name the gazetteer does not
            // know is part of that name (a known one, "the Chinese Ministry of Commerce", keeps its own).
            if (span.kind().equals("ORGANIZATION") && span.begin() > 0 && rules.nationalities.containsKey(tokens.get(span.begin() - 1).word())
                    && rules.governmentName(text.substring(tokens.get(span.begin()).begin(), tokens.get(span.end() - 1).end()))
                    && gazetteer.lookupInText(text.substring(tokens.get(span.begin()).begin(), tokens.get(span.end() - 1).end())).isEmpty()) {
                span = new Span(span.begin() - 1, span.end(), null, span.kind());
            }
            int cut = -1;
            for (int k = span.begin() + 1; k < span.end() - 1; k++) {
                if (tokens.get(k).word().equals("and") && rules.companyHeads.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
                        && rules.companyHeads.contains(tokens.get(span.end() - 1).word().toLowerCase(Locale.ROOT))) {
                    cut = k;
                }
                // "CECONOMY's Management Board": a possessive inside joins an owner and what it owns, two names.
                if (tokens.get(k).tag().equals("POS")) {
                    cut = k;
                }
            }
            if (cut < 0) {
                spans.add(span);
            } else {
                spans.add(new Span(span.begin(), cut, null, span.kind()));
                spans.add(new Span(cut + 1, span.end(), null, span.kind()));
            }
        }
        // The nationality taken into an agency's name above is no name of its own ("Turkish" of "Turkish Competition Board").
        spans.removeIf(one -> one.length() == 1 && spans.stream().anyMatch(other -> other != one && other.begin() == one.begin() && other.length() > 1));
        return spans;
    }

    private static List<Span> taggedSpans(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            // "assets (CNS) of Network Services Group": a bracket ends a tagged run and starts no name, and a
            // run that goes on after it begins with its first capitalised word.
            if (!NER_TYPES.contains(ner) || BRACKET.matcher(tokens.get(i).word()).matches()
                    || i > 0 && BRACKET.matcher(tokens.get(i - 1).word()).matches() && tokens.get(i - 1).ner().equals(ner)
                    && Character.isLowerCase(tokens.get(i).word().codePointAt(0))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(ner) && !lineBreakBefore(text, tokens, end)
                    && !BRACKET.matcher(tokens.get(end).word()).matches()) {
                end++;
            }
            // A trailing possessive is not part of the name.
            int nameEnd = end;
            while (nameEnd > i && (tokens.get(nameEnd - 1).word().equals("'s") || tokens.get(nameEnd - 1).word().equals("'"))) {
                nameEnd--;
            }
            // "Silo AI", "Figure AI": a company name ends in "AI" when no noun follows ("Silo AI chips" are chips).
            if (nameEnd == end && end + 1 <= tokens.size() - 1 && tokens.get(end).word().equals("AI") && !ner.equals("LOCATION")
                    && !tokens.get(end + 1).tag().startsWith("NN")) {
                nameEnd = end + 1;
                end = end + 1;
            }
            if (nameEnd > i) {
                spans.add(new Span(i, nameEnd, null, ner));
            }
            i = end;
        }
        return spans;
    }
}
