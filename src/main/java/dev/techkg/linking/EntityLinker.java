package dev.techkg.linking;

import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds entity mentions in an analysed text and links them to canonical entities.
 *
 * <ol>
 *   <li>Gazetteer names, longest match first; CoreNLP's PERSON, ORGANIZATION and LOCATION spans elsewhere
 *       (a longer capitalised CoreNLP span around a gazetteer name wins: "Google Cloud" over "Google").</li>
 *   <li>Typing: the gazetteer's type; else PERSON → Person, LOCATION → Place, ORGANIZATION → GovernmentBody
 *       when its head is a government word (Commission, Ministry, Authority …), else Company; MISC spans
 *       only when they look like product names (a digit or an inner capital: "Kirin 9000S", "iPhone").</li>
 *   <li>Metonymy: a country or capital used for its government becomes the country as a government body.</li>
 *   <li>Merging within the article: a short form ("Alibaba", "Huang") joins the longer name it starts or
 *       ends ("Alibaba Group", "Jensen Huang"); an acronym in brackets after a name joins that name.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EntityLinker {
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile(
            "(?i).*\\b(commission|ministry|department|authority|agency|administration|bureau|court|parliament|congress|senate|"
                    + "council|regulator|government|treasury|office|tribunal|cabinet|white house|kremlin|directorate|inspectorate|"
                    + "fair trade|supervisor|supervisory)\\b.*");
    private static final Set<String> NER_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /** The NER label of a span typed as a product by the words around it. */
    private static final String PRODUCT_CONTEXT = "PRODUCT_CONTEXT";
    private static final Pattern VERSION = Pattern.compile("\\p{Lu}?\\d[\\w.]*|(?i:pro|max|ultra|plus|mini|lite|air)|[IVX]{1,4}");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "for", "&", "de", "des", "la");

    private static final int PRODUCT_NOUN_WINDOW = 2;

    private final Gazetteer gazetteer;
    private final GovernmentCues cues;
    private final Set<String> productNouns;
    private final Coreference coreference;

    private EntityLinker(Gazetteer gazetteer, GovernmentCues cues, Set<String> productNouns) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.productNouns = productNouns;
        this.coreference = Coreference.create(gazetteer);
    }

    /** A linker over the given gazetteer with the shipped government cues and product nouns. */
    public static EntityLinker create(Gazetteer gazetteer) {
        return new EntityLinker(gazetteer, GovernmentCues.loadDefault(), WordList.load("product-nouns.txt"));
    }

    /** The gazetteer this linker uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Finds, types and merges the entities of the text. */
    public LinkedText link(AnalyzedText analysis) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            candidates.addAll(candidates(analysis.text(), sentence));
        }
        Map<String, String> acronyms = acronyms(analysis, candidates);
        Map<String, String> mergedName = mergeShortForms(candidates, acronyms);

        Map<String, EntityType> types = new HashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : candidates) {
            String name = mergedName.getOrDefault(c.name, c.name);
            types.merge(name, c.type, EntityLinker::strongerType);
            forms.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c.surface);
            mentions.add(new Mention(c.sentence, c.begin, c.end, c.surface, name));
        }
        List<Entity> entities = new ArrayList<>();
        forms.forEach((name, surfaces) -> entities.add(new Entity(name, types.get(name), surfaces)));
        return new LinkedText(analysis, entities, mentions, coreference.resolve(analysis, mentions, types));
    }

    /** When mentions of one name disagree on the type, a government reading beats a place, a gazetteer type the rest. */
    private static EntityType strongerType(EntityType a, EntityType b) {
        if (a == b) {
            return a;
        }
        if (a == EntityType.GOVERNMENT_BODY || b == EntityType.GOVERNMENT_BODY) {
            return EntityType.GOVERNMENT_BODY;
        }
        return a; // first mention wins otherwise
    }

    private record Span(int begin, int end, GazetteerEntry entry, String ner) {}

    private record Candidate(int sentence, int begin, int end, String surface, String name, EntityType type, boolean known) {}

    private List<Candidate> candidates(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Span> gazetteerSpans = gazetteerSpans(text, tokens);
        List<Span> nerSpans = nerSpans(tokens);
        List<Span> spans = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        // A CoreNLP span that strictly contains gazetteer names and extends them with capitalised words wins.
        for (Span ner : nerSpans) {
            List<Span> inside = gazetteerSpans.stream().filter(g -> g.begin >= ner.begin && g.end <= ner.end).toList();
            boolean overlapsOutside = gazetteerSpans.stream().anyMatch(g -> g.begin < ner.end && g.end > ner.begin
                    && (g.begin < ner.begin || g.end > ner.end));
            if (!inside.isEmpty() && !overlapsOutside && inside.size() == 1 && extendsWithNameWords(tokens, ner, inside.get(0))
                    && !ner.ner.equals("MISC")) {
                mark(taken, ner);
                spans.add(ner);
            }
        }
        for (Span g : gazetteerSpans) {
            if (!anyTaken(taken, g)) {
                mark(taken, g);
                spans.add(g);
            }
        }
        for (Span ner : nerSpans) {
            if (!anyTaken(taken, ner)) {
                mark(taken, ner);
                spans.add(namesProduct(tokens, ner) ? new Span(ner.begin, ner.end, null, PRODUCT_CONTEXT) : ner);
            }
        }
        spans.addAll(productsByContext(tokens, taken));
        spans.sort((a, b) -> Integer.compare(a.begin, b.begin));
        List<Candidate> result = new ArrayList<>();
        for (Span span : spans) {
            if (!isStockTicker(tokens, span)) {
                resolve(text, sentence, span).ifPresent(result::add);
            }
        }
        return governmentsInLists(tokens, result);
    }

    /**
     * "Regulators in the United States and the United Kingdom": a country coordinated with a country used for
     * its government is used for its government too.
     */
    private List<Candidate> governmentsInLists(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 1; i < result.size(); i++) {
            Candidate previous = result.get(i - 1);
            Candidate current = result.get(i);
            if (current.type == EntityType.PLACE && previous.type == EntityType.GOVERNMENT_BODY
                    && standsForItself(previous.name) && coordinated(tokens, previous.end, current.begin)) {
                Optional<GazetteerEntry> entry = gazetteer.byCanonical(current.name);
                if (entry.isPresent() && !entry.get().standsFor().isEmpty()) {
                    result.set(i, new Candidate(current.sentence, current.begin, current.end, current.surface,
                            entry.get().standsFor(), EntityType.GOVERNMENT_BODY, true));
                }
            }
        }
        return result;
    }

    private boolean standsForItself(String name) {
        return gazetteer.byCanonical(name).filter(e -> e.type() == EntityType.PLACE && e.standsFor().equals(name)).isPresent();
    }

    private static boolean coordinated(List<Token> tokens, int from, int to) {
        boolean conjunction = false;
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals("and") || word.equals("or") || word.equals(",")) {
                conjunction = true;
            } else if (!word.equals("the")) {
                return false;
            }
        }
        return conjunction;
    }

    /**
     * Whether a CoreNLP span names a product by its context: a MISC name next to a product noun ("the Kirin
     * chip"), unless it is a mere adjective ("American chips"); or any name owned by a company and followed by
     * a product noun ("its Bailly switch", "Google's Gemini model"), which CoreNLP often takes for a person.
     */
    private boolean namesProduct(List<Token> tokens, Span ner) {
        boolean properNoun = tokens.subList(ner.begin, ner.end).stream().anyMatch(t -> t.tag().startsWith("NNP") || t.tag().equals("CD"));
        if (ner.ner.equals("MISC")) {
            return properNoun && nextToProductNoun(tokens, ner.begin, ner.end);
        }
        boolean owned = ner.begin > 0 && tokens.get(ner.begin - 1).word().matches("(?i)its|their|'s");
        boolean productNounAfter = ner.end < tokens.size()
                && productNouns.contains(tokens.get(ner.end).word().toLowerCase(Locale.ROOT));
        return properNoun && owned && productNounAfter;
    }

    /**
     * Capitalised names that no other source recognised but that stand next to a product noun: "the
     * Tomahawk switch chip", "the chatbot service Doubao".
     */
    private List<Span> productsByContext(List<Token> tokens, boolean[] taken) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (taken[i] || !tokens.get(i).tag().startsWith("NNP") || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !taken[end] && (tokens.get(end).tag().startsWith("NNP")
                    || (tokens.get(end).tag().equals("CD") && end > i && !measure(tokens, end)))) {
                end++;
            }
            boolean sentenceStart = i == 0;
            if (!sentenceStart && nextToProductNoun(tokens, i, end)) {
                boolean[] mark = taken;
                for (int k = i; k < end; k++) {
                    mark[k] = true;
                }
                spans.add(new Span(i, end, null, PRODUCT_CONTEXT));
            }
            i = end;
        }
        return spans;
    }

    /** "5-nanometer", "10-year": a number joined by a hyphen to the next word is a measure, not a version. */
    private static boolean measure(List<Token> tokens, int number) {
        return number + 1 < tokens.size() && tokens.get(number + 1).tag().equals("HYPH");
    }

    /** Whether a product noun follows within two modifier words, or directly precedes (after "service" etc.). */
    private boolean nextToProductNoun(List<Token> tokens, int begin, int end) {
        for (int k = end; k < tokens.size() && k < end + PRODUCT_NOUN_WINDOW + 1; k++) {
            Token token = tokens.get(k);
            if (productNouns.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!(token.tag().startsWith("NN") || token.tag().startsWith("JJ") || token.tag().equals("CD") || token.tag().equals("HYPH"))) {
                break;
            }
        }
        for (int k = begin - 1; k >= 0 && k >= begin - 2; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (productNouns.contains(word)) {
                return true;
            }
            if (!word.equals("service") && !word.equals("brand")) {
                break;
            }
        }
        return false;
    }

    private static boolean extendsWithNameWords(List<Token> tokens, Span outer, Span inner) {
        if (outer.end - outer.begin <= inner.end - inner.begin) {
            return false;
        }
        for (int i = outer.begin; i < outer.end; i++) {
            if (i >= inner.begin && i < inner.end) {
                continue;
            }
            String word = tokens.get(i).word();
            if (!Character.isUpperCase(word.codePointAt(0)) || !Names.normalize("x " + word).equals("x " + Names.normalize(word))) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, Span span) {
        for (int i = span.begin; i < span.end; i++) {
            taken[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, Span span) {
        for (int i = span.begin; i < span.end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private List<Span> gazetteerSpans(String text, List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int max = gazetteer.maxSurfaceTokens();
        for (int i = 0; i < tokens.size(); ) {
            Span found = null;
            if (startsName(tokens.get(i))) {
                for (int end = Math.min(tokens.size(), i + max); end > i; end--) {
                    String surface = text.substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                    Optional<GazetteerEntry> entry = gazetteer.lookupInText(surface);
                    if (entry.isPresent()) {
                        found = new Span(i, end, entry.get(), null);
                        break;
                    }
                }
            }
            if (found != null) {
                found = withVersion(tokens, found);
                spans.add(found);
                i = found.end;
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * A product name followed by a version ("Gemini 3", "iPhone 15 Pro", "Windows 11") names that version:
     * the span grows over the version words and is resolved as a product of its own.
     */
    private static Span withVersion(List<Token> tokens, Span span) {
        if (span.entry.type() != EntityType.PRODUCT) {
            return span;
        }
        int end = span.end;
        while (end < tokens.size() && VERSION.matcher(tokens.get(end).word()).matches() && !measure(tokens, end)
                && (end > span.end || !tokens.get(end).word().matches("(?i)pro|max|ultra|plus|mini|lite|air"))) {
            end++;
        }
        return end == span.end ? span : new Span(span.begin, end, null, PRODUCT_CONTEXT);
    }

    /** "NASDAQ:TSLA", "KS:005930": an exchange and a ticker symbol name no entity of their own. */
    private static boolean isStockTicker(List<Token> tokens, Span span) {
        boolean colonAfter = span.end < tokens.size() && tokens.get(span.end).word().equals(":");
        boolean colonBefore = span.begin > 0 && tokens.get(span.begin - 1).word().equals(":");
        boolean containsColon = tokens.subList(span.begin, span.end).stream().anyMatch(t -> t.word().contains(":"));
        return colonAfter || colonBefore || containsColon;
    }

    /** Names start with a capital or a digit, or are camel-cased like "iPhone" or "eBay". */
    private static boolean startsName(Token token) {
        String word = token.word();
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first)
                || (word.length() > 1 && Character.isLowerCase(first) && Character.isUpperCase(word.codePointAt(1)));
    }

    private static List<Span> nerSpans(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if (!NER_TYPES.contains(ner)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(ner)) {
                end++;
            }
            // A trailing possessive is not part of the name.
            int nameEnd = end;
            while (nameEnd > i && (tokens.get(nameEnd - 1).word().equals("'s") || tokens.get(nameEnd - 1).word().equals("'"))) {
                nameEnd--;
            }
            if (nameEnd > i) {
                spans.add(new Span(i, nameEnd, null, ner));
            }
            i = end;
        }
        return spans;
    }

    private Optional<Candidate> resolve(String text, Sentence sentence, Span span) {
        List<Token> tokens = sentence.tokens();
        String surface = text.substring(tokens.get(span.begin).begin(), tokens.get(span.end - 1).end());
        GazetteerEntry entry = span.entry;
        if (entry == null) {
            entry = gazetteer.lookupNormalized(Names.display(surface)).orElse(null);
        }
        if (entry == null && span.begin >= 2 && tokens.get(span.begin - 1).word().equals("'s")) {
            // "Japan's Fair Trade Commission" is the Japan Fair Trade Commission.
            String owner = tokens.get(span.begin - 2).originalText();
            entry = gazetteer.lookupInText(owner)
                    .flatMap(place -> gazetteer.lookupNormalized(place.canonical() + " " + Names.display(surface))
                            .or(() -> gazetteer.lookupNormalized(owner + " " + Names.display(surface)))
                            // "India's Competition Commission" is the Competition Commission of India.
                            .or(() -> gazetteer.lookupNormalized(Names.display(surface) + " of " + place.canonical())))
                    .orElse(null);
        }
        if (entry != null && entry.type() == EntityType.PERSON && !entry.standsFor().isEmpty() && span.end < tokens.size()
                && tokens.get(span.end).word().matches("(?i)administration|government")) {
            // "The Trump administration" is the government of the country that person leads.
            String withNoun = text.substring(tokens.get(span.begin).begin(), tokens.get(span.end).end());
            return Optional.of(new Candidate(sentence.index(), span.begin, span.end + 1, withNoun, entry.standsFor(),
                    EntityType.GOVERNMENT_BODY, true));
        }
        if (entry != null) {
            if (entry.type() == EntityType.PLACE && !entry.standsFor().isEmpty()
                    && cues.governmental(tokens, span.begin, span.end)) {
                return Optional.of(new Candidate(sentence.index(), span.begin, span.end, surface, entry.standsFor(),
                        EntityType.GOVERNMENT_BODY, true));
            }
            return Optional.of(new Candidate(sentence.index(), span.begin, span.end, surface, entry.canonical(), entry.type(), true));
        }
        String name = Names.display(surface);
        if (!looksLikeName(name)) {
            return Optional.empty();
        }
        EntityType type = switch (span.ner) {
            case "PERSON" -> EntityType.PERSON;
            case "LOCATION" -> EntityType.PLACE;
            case "ORGANIZATION" -> GOVERNMENT_HEAD.matcher(name).matches() ? EntityType.GOVERNMENT_BODY : EntityType.COMPANY;
            case "MISC" -> looksLikeProduct(name) ? EntityType.PRODUCT : null;
            case PRODUCT_CONTEXT -> EntityType.PRODUCT;
            default -> null;
        };
        return type == null ? Optional.empty()
                : Optional.of(new Candidate(sentence.index(), span.begin, span.end, surface, name, type, false));
    }

    private static boolean looksLikeName(String name) {
        return name.length() >= 2 && name.codePoints().anyMatch(Character::isLetter)
                && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0))
                || (name.length() > 1 && Character.isUpperCase(name.codePointAt(1))));
    }

    /** A MISC name that reads as a product: it holds a digit, or a capital after its first letter within a word. */
    private static boolean looksLikeProduct(String name) {
        return name.chars().anyMatch(Character::isDigit) || Pattern.compile("\\p{L}\\p{Lu}").matcher(name).find();
    }

    /** "Competition and Markets Authority (CMA)": the acronym names the entity before the bracket. */
    private static Map<String, String> acronyms(AnalyzedText analysis, List<Candidate> candidates) {
        Map<String, String> acronyms = new HashMap<>();
        for (Candidate c : candidates) {
            List<Token> tokens = analysis.sentences().get(c.sentence).tokens();
            if (c.end + 2 < tokens.size() && tokens.get(c.end).word().matches("-LRB-|\\(")
                    && tokens.get(c.end + 2).word().matches("-RRB-|\\)")) {
                String acronym = tokens.get(c.end + 1).word();
                if (acronym.matches("\\p{Lu}[\\p{Lu}&.]{1,9}") && acronym.replace(".", "").equals(initials(c.name))) {
                    acronyms.putIfAbsent(acronym, c.name);
                }
            }
        }
        return acronyms;
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return initials.toString();
    }

    /**
     * Maps each name that is a short form of a longer name in the same article to that longer name:
     * an organisation or product name whose words start a longer one ("Alibaba" → "Alibaba Group"), a
     * one-word person name that is the first or last word of a full name ("Huang" → "Jensen Huang"), and
     * bracketed acronyms. Gazetteer names keep their own canonical name.
     */
    private static Map<String, String> mergeShortForms(List<Candidate> candidates, Map<String, String> acronyms) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byName.merge(c.name, c, (a, b) -> a.known ? a : b);
        }
        // Longer names by the words they start with (organisations and products) or start or end with (people):
        // one look-up per short form, not a scan of all names, so a text with many names links in linear time.
        Map<String, List<Candidate>> longForms = new HashMap<>();
        for (Candidate longForm : byName.values()) {
            String[] words = Names.normalize(longForm.name).split(" ");
            List<String> keys = new ArrayList<>();
            if (longForm.type == EntityType.PERSON && words.length > 1) {
                keys.add("person:" + words[0]);
                keys.add("person:" + words[words.length - 1]);
            } else if (longForm.type != EntityType.PLACE) {
                for (int k = 1; k < words.length; k++) {
                    keys.add(String.join(" ", List.of(words).subList(0, k)));
                }
            }
            keys.stream().distinct().forEach(key -> longForms.computeIfAbsent(key, x -> new ArrayList<>()).add(longForm));
        }
        Map<String, String> merged = new HashMap<>();
        for (Candidate shortForm : byName.values()) {
            if (shortForm.known) {
                continue;
            }
            String acronymOf = acronyms.get(shortForm.name);
            if (acronymOf != null && !acronymOf.equals(shortForm.name)) {
                merged.put(shortForm.name, acronymOf);
                continue;
            }
            String key = Names.normalize(shortForm.name);
            boolean person = shortForm.type == EntityType.PERSON;
            if (person && key.contains(" ")) {
                continue;
            }
            String best = null;
            for (Candidate longForm : longForms.getOrDefault(person ? "person:" + key : key, List.of())) {
                if (longForm != shortForm && longForm.name.length() > shortForm.name.length()
                        && (best == null || longForm.name.length() < best.length())) {
                    best = longForm.name;
                }
            }
            if (best != null) {
                merged.put(shortForm.name, best);
            }
        }
        return merged;
    }
}
