package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds product names by their shape and the words around them, and grows a product name over its version,
 * tier and series words: "Gemini 2.5 Flash", "Galaxy S25 Ultra", "Llama-3.1-8B", "o3-mini", "Ryzen AI Max+ 395",
 * "Snapdragon 8 Gen 3", "the Galaxy A series", "HBM4", "its V4", "DeepSeek's R1 model"; "the Pixel 10 series" names the
 * model "Pixel 10". The word lists are in
 * {@code product-name-parts.txt}, {@code product-nouns.txt} and {@code model-codes.txt}. Immutable and thread-safe.
 */
final class ProductSpans {
    /** Words a list cue may stand after its product noun: "franchises in the world, including". */
    private static final int LIST_CUE_WINDOW = 6;
    private static final int PRODUCT_NOUN_WINDOW = 2;
    private static final int MAX_NAME_WORDS_BEFORE_VERSION = 2;
    /** Words before a name that make it a possession of a company named before ("its V4", "OpenAI's o3"). */
    private static final Pattern OWNER = Pattern.compile("(?i)its|their|'s|'");
    private static final String YEAR = "(?:199\\d|20[0-3]\\d)";
    /** Words of an apposition's noun phrase up to its product noun: "a 24-billion parameter open-weights AI model". */
    private static final int APPOSED_NOUN_PHRASE = 11;
    /** The most words of a name in apposition to a product noun phrase ("its new model, Kimi K2 Thinking,"). */
    private static final int MAX_APPOSED_WORDS = 5;
    /** A word with a capital after its first letter and a lower-case letter: "CLOi", "iPhone", "HarmonyOS". */
    private static final Pattern MIXED_CASE = Pattern.compile("(?=.*\\p{Ll})\\p{L}+\\p{Lu}\\p{L}*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d-]*");
    private static final Pattern NAMING = Pattern.compile("called|named|dubbed|branded|christened");

    private final NameRules rules;

    ProductSpans(NameRules rules) {
        this.rules = rules;
    }

    /**
     * The end of the product name that starts at {@code begin} and has its base name up to {@code end}, grown over
     * its version parts.
     *
     * @param tierFirst whether a tier word may follow the base name directly ("Galaxy S25" + "Ultra"); a tier
     *                  always may after a version ("M4 Pro") or a hyphen ("o3-mini")
     */
    int extend(List<Token> tokens, int begin, int end, boolean tierFirst) {
        int e = end;
        // A one-letter model counts as a version: "MateBook X" + "Pro".
        boolean versioned = tierFirst || hasDigit(tokens.get(end - 1).word())
                || end - begin > 1 && tokens.get(end - 1).word().matches("[A-Z]");
        while (e < tokens.size()) {
            Token token = tokens.get(e);
            String word = token.word();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean attached = attached(tokens, e);
            if (attached && word.equals("+")) {                                  // "Max+", "S25+"
                e++;
            } else if (attached && word.matches("-[\\p{L}\\d.]*\\d[\\p{L}\\d.\\-]*")) { // "Llama" + "-3.1-8B"
                e++;
                versioned = true;
            } else if (attached && word.equals("-") && e + 1 < tokens.size() && attached(tokens, e + 1)
                    && (isVersion(tokens.get(e + 1).word()) || rules.tiers.contains(tokens.get(e + 1).word().toLowerCase(Locale.ROOT)))) {
                e += 2;                                                            // "o3" + "-" + "mini"
                versioned = true;
            } else if (attached && word.equals("-") && e + 1 < tokens.size() && attached(tokens, e + 1)
                    && tokens.get(e + 1).word().matches("\\p{Lu}{1,4}") && !(e + 2 < tokens.size() && attached(tokens, e + 2))) {
                e += 2;                                                            // "Wall" + "-" + "OSS", "Mach" + "-" + "E"
            } else if (attached && word.matches("\\d+(?:\\.\\d+)*") && tokens.get(e - 1).word().matches("\\p{Lu}{1,2}")) {
                e++;                                                               // "Kimi K" + "2.5": the tokenizer split "K2.5"
                versioned = true;
            } else if (!attached && word.matches("\\p{Lu}{1,2}") && e + 1 < tokens.size() && attached(tokens, e + 1)
                    && tokens.get(e + 1).word().matches("\\d+(?:\\.\\d+)+")) {
                e += 2;                                                            // "Kimi" + "K" "2.5": the tokenizer split "K2.5"
                versioned = true;
            } else if (!attached && isVersion(word) && !word.matches(YEAR) && !measure(tokens, e)) {
                e++;                                                               // "Gemini" + "2.5", "Galaxy" + "S25"
                versioned = true;
            } else if (versioned && rules.tiers.contains(lower) && (Character.isUpperCase(word.codePointAt(0))
                    || rules.lowerTiers.contains(word) && hasDigit(tokens.get(e - 1).word()))) {
                e++;                                                               // "S25" + "Ultra", "GPT-4o" + "mini"
            } else if (rules.generations.contains(lower) && Character.isUpperCase(word.codePointAt(0))
                    && e + 1 < tokens.size() && tokens.get(e + 1).word().matches("\\d{1,2}")) {
                e += 2;                                                            // "Snapdragon 8" + "Gen 3"
                versioned = true;
            } else if (!attached && word.matches("[B-HJ-Z]") && e + 1 < tokens.size()
                    && tierWithNumber(tokens.get(e + 1).word())) {
                e += 2;                                                            // "Snapdragon" + "X Elite", "Galaxy" + "Z Flip5"
                versioned = true;
            } else if (!attached && tierWithNumber(word) && hasDigit(word)) {
                e++;                                                               // "Galaxy" + "Fold6"
                versioned = true;
            } else if (!attached && rules.series.contains(lower) && Character.isUpperCase(word.codePointAt(0)) && e + 1 < tokens.size()
                    && tokens.get(e + 1).word().matches("[A-Z]") && !attached(tokens, e + 1)
                    && (e + 2 == tokens.size() || !Character.isUpperCase(tokens.get(e + 2).word().codePointAt(0)))) {
                e += 2;                                                            // "Xbox" + "Series X"
                versioned = true;
            } else if (!attached && word.matches("[A-Z]") && e + 1 < tokens.size()
                    && rules.series.contains(tokens.get(e + 1).word().toLowerCase(Locale.ROOT))) {
                e += 2;                                                            // "Galaxy" + "A series"
                break;
            } else if (!attached && nameWordsBeforeVersion(tokens, e) > 0) {
                e += nameWordsBeforeVersion(tokens, e);                           // "Ryzen" + "AI Max" (+ "+ 395")
            } else if (versioned && rules.series.contains(lower) && !hasDigit(tokens.get(e - 1).word())) {
                e++;                                                               // "Snapdragon X" + "Series"
                break;
            } else {
                break;
            }
        }
        return e + capitalisedWordsBeforeProductNoun(tokens, e);
    }

    /**
     * How many capitalised nouns CoreNLP left unnamed (at most three) follow a product's name and end before a lower-case product
     * noun: "Snapdragon" + "Ride Pilot" in "the Snapdragon Ride Pilot system", "Trainium3" + "UltraServer".
     */
    private int capitalisedWordsBeforeProductNoun(List<Token> tokens, int from) {
        int k = from;
        // The tagger reads "Ride Pilot" as NN too; a word CoreNLP names ("H100 Nvidia chips") is a name of its own.
        while (k < tokens.size() && k < from + 3 && tokens.get(k).tag().startsWith("NN") && tokens.get(k).ner().equals("O")
                && Character.isUpperCase(tokens.get(k).word().codePointAt(0)) && !rules.months.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                && !rules.notNames.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) { // "the Gaudi 3 AI chip"
            k++;
        }
        boolean productNounAfter = k > from && k < tokens.size() && Character.isLowerCase(tokens.get(k).word().codePointAt(0))
                && tokens.get(k).tag().equals("NN") && isProductNoun(tokens.get(k).word()); // "H100 Nvidia chips": a maker's kind
        return productNounAfter ? k - from : 0;
    }

    /** A capitalised tier word, perhaps with its number attached: "Elite", "Flip5", "Fold6". */
    private boolean tierWithNumber(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && rules.tiers.contains(word.replaceFirst("\\d{1,2}$", "").toLowerCase(Locale.ROOT));
    }

    /** Whether the span is one capitalised tier word right after a number or code ("11 Ultra", "S25 Pro"). */
    boolean tierAfterVersion(List<Token> tokens, Span span) {
        String word = tokens.get(span.begin()).word();
        return span.length() == 1 && span.begin() > 0 && Character.isUpperCase(word.codePointAt(0))
                && rules.tiers.contains(word.toLowerCase(Locale.ROOT)) && !attached(tokens, span.begin())
                && hasDigit(tokens.get(span.begin() - 1).word());
    }

    /**
     * Whether a series word follows: "the Pixel 10 series", "its X200 series". The series of a numbered model is
     * named after the model, so the model ("Pixel 10") is the name and "series" stays outside it, as "chip" does.
     */
    boolean seriesAfter(List<Token> tokens, int end) {
        return end < tokens.size() && rules.series.contains(tokens.get(end).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "AMD's Instinct MI355", "its Exynos X990 modem", "an AMD Instinct MI450 GPU": a code that is owned or follows its
     * maker's name keeps the capitalised series name before it; the begin of the name.
     */
    int seriesNameBefore(List<Token> tokens, boolean[] taken, int code) {
        int i = code - 1;
        if (i <= 0 || taken[i] || !Character.isUpperCase(tokens.get(i).word().codePointAt(0)) || hasDigit(tokens.get(i).word())
                || rules.isGeneric(tokens.get(i).word()) || rules.nationalities.containsKey(tokens.get(i).word())) {
            return code;
        }
        String tag = tokens.get(i).tag();
        // The tagger often reads an unknown series word as an adjective: "Arm's Neoverse V3 cores".
        if ((tag.startsWith("NN") || tag.startsWith("JJ")) && (owned(tokens, i) || makerBefore(tokens, taken, i))) {
            return i;
        }
        // "the Mate X5 foldable", "a Pixel 9a phone": a determiner, the series word, the code, a product noun.
        boolean determined = tokens.get(i - 1).tag().equals("DT") && !tokens.get(i - 1).word().equalsIgnoreCase("no");
        // A model code of a strong shape needs no product noun: "AMD will launch the Instinct MI450 next year".
        if (tag.startsWith("NN") && determined && (nextToProductNoun(tokens, code, code + 1) || rules.isCode(tokens.get(code).word()))) {
            return i;
        }
        return code;
    }

    /**
     * "Ryzen AI Max+ 395", "Xeon Scalable 6": up to two capitalised words that a version or an attached "+"
     * follows are part of the name; their number, or 0 when no version follows.
     */
    private int nameWordsBeforeVersion(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + MAX_NAME_WORDS_BEFORE_VERSION + 1; k++) {
            Token token = tokens.get(k);
            boolean versionNext = k > from && (attached(tokens, k) && token.word().equals("+")
                    || !attached(tokens, k) && isVersion(token.word()) && !token.word().matches(YEAR) && !measure(tokens, k));
            if (versionNext) {
                return k - from;
            }
            if (!token.tag().startsWith("NN") || !Character.isUpperCase(token.word().codePointAt(0)) || (k > from && attached(tokens, k))) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Model codes that no other source recognised: "HBM4" and "B200" wherever they stand; "V4", "o3" or "arm64"
     * only after an owner, next to a product noun, before a tier or series word, or joined by a hyphen to one.
     */
    List<Span> codeNames(List<Token> tokens, boolean[] taken) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (taken[i] || (i > 0 && attached(tokens, i) && !tokens.get(i - 1).word().matches("[(\"']"))) {
                continue;
            }
            boolean strong = rules.isCode(word);
            if (!strong && !rules.isWeakCode(word)) {
                continue;
            }
            int end = extend(tokens, i, i + 1, false);
            while (end > i + 1 && !free(taken, i, end)) {
                end--; // "Trainium3 UltraServer system" where "UltraServer" is already a name of its own
            }
            boolean signed = strong || end > i + 1 || owned(tokens, i) || nextToProductNoun(tokens, i, end) || seriesAfter(tokens, end)
                    || makerBefore(tokens, taken, i);
            int begin = seriesNameBefore(tokens, taken, i);
            if (signed && free(taken, begin, end)) {
                mark(taken, begin, end);
                spans.add(new Span(begin, end, null, Span.PRODUCT));
            }
        }
        return spans;
    }

    /** "the Apple M3": a name right before a weak code is its maker's (the two become one name in {@code NameSpans}). */
    private static boolean makerBefore(List<Token> tokens, boolean[] taken, int code) {
        return code > 1 && taken[code - 1] && tokens.get(code - 1).tag().startsWith("NNP")
                && Character.isLowerCase(tokens.get(code - 2).word().codePointAt(0));
    }

    /**
     * "the Lucid Gravity SUVs": a name (whatever its tag) right before, inside a sentence, not in a title-case heading.
     */
    private static boolean makerNamedBefore(List<Token> tokens, boolean[] taken, int at) {
        return at > 1 && taken[at - 1] && Character.isUpperCase(tokens.get(at - 1).word().codePointAt(0))
                && !Character.isUpperCase(tokens.get(at - 2).word().codePointAt(0)) && Character.isUpperCase(tokens.get(at).word().codePointAt(0));
    }

    /** An opening or closing quotation mark as the tokenizer writes it. */
    private static final Pattern QUOTE = Pattern.compile("``|''|\"|“|”");

    /** Whether the token is an opening or closing quotation mark. */
    static boolean isQuoteMark(String word) {
        return QUOTE.matcher(word).matches();
    }

    /**
     * A short capitalised name in quotation marks next to a product noun or a naming word: ASML's "Twinscan EXE:5200"
     * machine, its own "Axon" CPU, a processor called the "Intelligent Processing Unit", "Helix," a robot model.
     */
    List<Span> quoted(List<Token> tokens, boolean[] taken) {
        List<Span> spans = new ArrayList<>();
        for (int open = 0; open + 2 < tokens.size(); open++) {
            if (!QUOTE.matcher(tokens.get(open).word()).matches() || !Character.isUpperCase(tokens.get(open + 1).word().codePointAt(0))) {
                continue;
            }
            int close = open + 1;
            while (close < tokens.size() && close <= open + 5 && !QUOTE.matcher(tokens.get(close).word()).matches()) {
                close++;
            }
            if (close >= tokens.size() || close > open + 5 || !QUOTE.matcher(tokens.get(close).word()).matches()
                    || !free(taken, open + 1, close) || rules.isGeneric(text(tokens, open + 1, close))) {
                continue;
            }
            // American style puts the comma of an apposition inside the marks: "unveiled "Helix," a robot model".
            int nameEnd = tokens.get(close - 1).word().equals(",") && close - 1 > open + 1 ? close - 1 : close;
            if (nextToProductNoun(tokens, open + 1, close + 1) || nextToProductNoun(tokens, open, close)
                    || productNounApposedAfter(tokens, nameEnd)) {
                mark(taken, open + 1, nameEnd);
                spans.add(new Span(open + 1, nameEnd, null, Span.PRODUCT));
                open = close;
            }
        }
        return spans;
    }

    /**
     * Capitalised names that no other source recognised but that stand next to a product noun: "the
     * Tomahawk switch chip", "the chatbot service Doubao".
     */
    List<Span> byContext(List<Token> tokens, boolean[] taken) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            // CoreNLP may tag both words of "a Surface Laptop" as common nouns: the capitals inside a sentence decide.
            boolean nameBeforeModelNoun = i > 0 && i + 1 < tokens.size() && !taken[i + 1] && tokens.get(i).tag().startsWith("NN")
                    && modelNoun(tokens, i, i + 1);
            // After an owner the tagger may take a name's words for common nouns or adjectives: "its CoWoS technology".
            boolean ownedCapitals = owned(tokens, i) && tokens.get(i).tag().matches("NN.*|JJ");
            // "its hit game PUBG": the tagger may take an acronym right after a product noun for a common noun.
            boolean acronymAfterProductNoun = i > 0 && tokens.get(i).tag().matches("NNS?")
                    && (ACRONYM.matcher(tokens.get(i).word()).matches() || MIXED_CASE.matcher(tokens.get(i).word()).matches())
                    && isProductNoun(tokens.get(i - 1).word());
            // And right after its maker's name: "the Lucid Gravity SUVs", "Tesla Semi trucks".
            boolean madeCapitals = makerNamedBefore(tokens, taken, i) && tokens.get(i).tag().matches("NN.*|JJ");
            if (taken[i] || !(tokens.get(i).tag().startsWith("NNP") || nameBeforeModelNoun || ownedCapitals || madeCapitals
                    || acronymAfterProductNoun)
                    || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !taken[end] && (tokens.get(end).tag().startsWith("NNP")
                    || (ownedCapitals || madeCapitals) && tokens.get(end).tag().matches("NN.*|JJ")
                        && Character.isUpperCase(tokens.get(end).word().codePointAt(0)))
                    && !acronymProductNoun(tokens.get(end).word())) {
                end++;
            }
            // "a Surface Laptop": a capitalised product noun after a name (not in a title-case heading) ends that name.
            boolean modelNoun = end < tokens.size() && !taken[end] && modelNoun(tokens, i, end);
            if (modelNoun) {
                end++;
            }
            // "AMD's Instinct AI GPUs", "its Topaz AI platform": "AI" before the product noun describes it, not the name.
            if (end - i > 1 && end < tokens.size() && tokens.get(end - 1).word().equals("AI") && isProductNoun(tokens.get(end).word())) {
                end--;
            }
            int nameEnd = end;
            end = extend(tokens, i, end, false);
            boolean ownedWithVersion = end > nameEnd && owned(tokens, i); // "Nvidia's RTX 5090"
            // "phones like the Mi 11 Ultra": a name, a model number and a capitalised tier are a model's name.
            boolean versionAndTier = end > nameEnd + 1 && hasDigit(tokens.get(nameEnd).word())
                    && rules.tiers.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(tokens.get(end - 1).word().codePointAt(0));
            // "Xiaomi's Loop LiquidCool technology", "Samsung's Personal Data Engine": an owned name with a noun of its kind.
            boolean ownedKind = owned(tokens, i) && (ownedNounAfter(tokens, end) || end - i > 1 && ownedNounLast(tokens, end));
            boolean productNoun = nextToProductNoun(tokens, i, end);
            // "the Pura 80 series": a name and a model number before "series" name a model.
            boolean seriesAfter = end > i + 1 && end < tokens.size() && hasDigit(tokens.get(end - 1).word())
                    && rules.series.contains(tokens.get(end).word().toLowerCase(Locale.ROOT));
            // An owned capitalised word that the tagger took for a common noun or an adjective needs a noun of its kind
            // or a product noun: "its CLOi robots", "its next-generation Iron humanoid robot".
            // ... and one after its maker's name the product noun right after it.
            boolean productNounNext = end < tokens.size() && isProductNoun(tokens.get(end).word())
                    && (Character.isLowerCase(tokens.get(end).word().codePointAt(0)) || acronymProductNoun(tokens.get(end).word()));
            boolean signed = ownedCapitals && !tokens.get(i).tag().startsWith("NNP") ? ownedKind || productNoun
                    : madeCapitals && !tokens.get(i).tag().startsWith("NNP") ? productNounNext
                    : productNoun || ownedWithVersion || modelNoun || versionAndTier || ownedKind || seriesAfter;
            if (i > 0 && free(taken, i, end) && signed
                    && !rules.isGeneric(text(tokens, i, end))) {
                mark(taken, i, end);
                spans.add(new Span(i, end, null, Span.PRODUCT));
            }
            i = Math.max(end, i + 1);
        }
        return spans;
    }

    /** Whether the words name a fund ("SoftBank Vision Fund 2"), which a number after leaves an investor, not a model. */
    boolean namesAFund(List<Token> tokens, int begin, int end) {
        return tokens.subList(begin, end).stream().anyMatch(t -> rules.fundWords.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a CoreNLP span names a product by its context: a MISC name next to a product noun ("the Kirin
     * chip"), unless it is a mere adjective ("American chips"); or any name owned by a company and followed by
     * a product noun ("its Bailly switch", "Google's Gemini model"), which CoreNLP often takes for a person; or a
     * name with a version and a sign of a product ("AMD's Ryzen AI Max+ 395 chip"); or a "person" right next to
     * a product noun ("the Kimi chatbot").
     */
    boolean namesProduct(List<Token> tokens, Span span) {
        if (namesAFund(tokens, span.begin(), span.end())) {
            return false; // "Vision Fund 2": a numbered fund is an investor
        }
        // "its latest GPT models": the tagger may call an acronym a common noun.
        boolean properNoun = tokens.subList(span.begin(), span.end()).stream()
                .anyMatch(t -> t.tag().startsWith("NNP") || t.tag().equals("CD") || ACRONYM.matcher(t.word()).matches());
        if (!properNoun || rules.unitNounAfter(tokens, span.end())) {
            return false; // "Samsung's System LSI division" names a unit
        }
        if (endsInProductNoun(tokens, span)) {
            return true; // "a new Surface Laptop", which CoreNLP may take for a company
        }
        if (apposedToProductNoun(tokens, span)) {
            return true; // "its latest operating system, Big Sur, …", which CoreNLP may take for a place
        }
        if (span.kind().equals("MISC")) {
            return nextToProductNoun(tokens, span.begin(), span.end());
        }
        boolean productNounAdjacent = span.end() < tokens.size() && isProductNoun(tokens.get(span.end()).word())
                || span.begin() > 0 && isProductNoun(tokens.get(span.begin() - 1).word());
        // "its hit game PUBG", "the chatbot Doubao": nor does an organisation stand right after such a noun.
        boolean productNounBefore = span.begin() > 0 && isProductNoun(tokens.get(span.begin() - 1).word());
        if (span.kind().equals("ORGANIZATION") && (productNounBefore && span.length() == 1 || calledAfterProductNoun(tokens, span.begin()))) {
            return true; // "a system called EagleEye" either
        }
        if (!span.kind().equals("PERSON") && ownedKindBefore(tokens, span.begin())) {
            return true; // "its grocery service Zentro Fresh", "Meta's chat app Messenger Kids": the owner's product
        }
        if (!span.kind().equals("PERSON") && productNounApposedAfter(tokens, span.end()) && !rules.companyPhraseBefore(tokens, span.begin())) {
            // "its acquisition of FreeNow, a ride-hailing platform": a phrase whose object is an organisation outweighs
            // the apposition.
            return true; // "Falcon Lake, its next laptop platform", "Corvid, a reasoning model": no company or place is one
        }
        if (span.kind().equals("PERSON") && (productNounAdjacent || calledAfterProductNoun(tokens, span.begin())
                || productNounApposedAfter(tokens, span.end()))) {
            return true; // "the Kimi chatbot", "the assistant Ernie", "Arattai, the messaging app": no person is such a noun
        }
        boolean versioned = tokens.subList(span.begin(), span.end()).stream().anyMatch(t -> hasDigit(t.word()));
        boolean productNounAfter = span.end() < tokens.size() && isProductNoun(tokens.get(span.end()).word());
        boolean ownedKind = !span.kind().equals("LOCATION") && (ownedNounAfter(tokens, span.end()) || span.length() > 1 && ownedNounLast(tokens, span.end()));
        return owned(tokens, span.begin()) && (productNounAfter || versioned || ownedKind)
                || versioned && nextToProductNoun(tokens, span.begin(), span.end());
    }

    /**
     * "its next-generation AI model, R2.", "a new single-board computer, the Arduino UNO Q, on Tuesday": the name in
     * apposition to a determined or owned noun phrase headed by a product noun, up to the comma or the sentence's end
     * that closes the apposition. Its words are capitalised or hold a digit; a possessive or a verb after them ("its new
     * phone, Apple said") makes no apposition.
     */
    List<Span> apposedNames(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int comma = 2; comma + 1 < tokens.size(); comma++) {
            if (!tokens.get(comma).word().equals(",") || !isProductNoun(tokens.get(comma - 1).word()) || !determinedBefore(tokens, comma - 1)) {
                continue;
            }
            int begin = comma + 1;
            if (tokens.get(begin).word().equalsIgnoreCase("the")) {
                begin++;
            }
            int end = begin;
            while (end < tokens.size() && end - begin < MAX_APPOSED_WORDS && nameWord(tokens.get(end))) {
                end++;
            }
            if (end > begin && (end == tokens.size() || tokens.get(end).word().matches("[,.;]"))) {
                spans.add(new Span(begin, end, null, Span.PRODUCT));
            }
        }
        return spans;
    }

    /**
     * "gaming franchises in the world, including The Sims, Need for Speed and Battlefield", "apps such as WeChat and
     * Alipay": the names listed after a plural product noun and "including", "such as" or "like" (a few words may stand
     * between, but no other noun right before the cue: "tools for clients like Unilever" lists clients) are products.
     * A name may hold small lower-case words between capitalised ones ("Need for Speed"); the
     * list stops at anything that is not a name or a separator, and a name before a possessive ("Nvidia's H100") is an
     * owner, which ends it.
     */
    List<Span> listedNames(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (int noun = 0; noun < tokens.size(); noun++) {
            if (!tokens.get(noun).tag().equals("NNS") || !isProductNoun(tokens.get(noun).word())) {
                continue;
            }
            int cue = -1;
            for (int k = noun + 1; k < tokens.size() && k <= noun + LIST_CUE_WINDOW && !tokens.get(k).word().matches("[.;:]"); k++) {
                String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (word.equals("including") || word.equals("like")
                        || word.equals("such") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("as")) {
                    Token before = tokens.get(k - 1);
                    if (k - 1 != noun && before.tag().startsWith("NN") && !isProductNoun(before.word())) {
                        break; // "tools for clients like Unilever": the list is the nearer noun's
                    }
                    cue = word.equals("such") ? k + 1 : k;
                    break;
                }
            }
            if (cue < 0) {
                continue;
            }
            int k = afterArticle(tokens, cue + 1);
            while (k < tokens.size() && listedWord(tokens.get(k))) {
                int end = k + 1;
                // "Need for Speed", and "Pac-Man", which the tokenizer splits at its hyphen
                while (end < tokens.size() && (listedWord(tokens.get(end)) || end + 1 < tokens.size()
                        && (tokens.get(end).word().matches("for|of|the|on|in")
                                || hyphenInsideWord(tokens, end))
                        && listedWord(tokens.get(end + 1)))) {
                    end++;
                }
                if (end < tokens.size() && tokens.get(end).tag().equals("POS")) {
                    break; // "chips such as Nvidia's H100": an owner
                }
                spans.add(new Span(k, end, null, Span.PRODUCT));
                k = end;
                while (k < tokens.size() && tokens.get(k).word().matches(",|and|or")) {
                    k++;
                }
                k = afterArticle(tokens, k);
            }
        }
        return spans;
    }

    /** "phones like the Mate 60 Pro and the Mate X5": a lower-case article before a listed name is no part of it. */
    private static int afterArticle(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).word().equals("the") && listedWord(tokens.get(k + 1)) ? k + 1 : k;
    }

    /** A word of a listed name: capitalised or with a digit, whatever its tag ("Need for Speed" is tagged as a verb). */
    private static boolean listedWord(Token token) {
        String word = token.word();
        return !word.isEmpty() && !token.tag().equals("POS") && (Character.isUpperCase(word.codePointAt(0)) || hasDigit(word));
    }

    private static boolean nameWord(Token token) {
        String word = token.word();
        return !word.isEmpty() && !token.tag().equals("POS") && !token.tag().startsWith("VB")
                && (Character.isUpperCase(word.codePointAt(0)) || hasDigit(word) || word.matches("[+\\-]"));
    }

    /** Whether the noun phrase ending at {@code head} opens with a determiner or an owner ("its latest foldable"). */
    private static boolean determinedBefore(List<Token> tokens, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 5; k--) {
            if (OWNER.matcher(tokens.get(k).word()).matches() || tokens.get(k).tag().equals("DT")) {
                return true;
            }
            if (!tokens.get(k).tag().matches("JJ.*|NN|NNS|VBG|HYPH|CD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A product noun (or a noun of {@code owned-kinds-before}) right before the name, in a noun phrase owned by "its" or
     * "X's": "its grocery service Zentro Fresh", "Alibaba's shopping app Taobao". A determiner is not enough: "the
     * ride-hailing platform Uber" may describe a company.
     */
    boolean ownedKindBefore(List<Token> tokens, int begin) {
        int noun = begin - 1;
        if (noun < 1) {
            return false;
        }
        String word = tokens.get(noun).word();
        if (!Character.isLowerCase(word.codePointAt(0)) || !(isProductNoun(word) || rules.ownedKindsBefore.contains(word))) {
            return false;
        }
        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--) {
            if (OWNER.matcher(tokens.get(k).word()).matches()) {
                return true;
            }
            if (!tokens.get(k).tag().matches("JJ.*|NN|NNS|VBG|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** A name set off by commas right after an owned or determined product noun: "its operating system, Big Sur,". */
    private boolean apposedToProductNoun(List<Token> tokens, Span span) {
        int comma = span.begin() - 1;
        if (comma < 2 || !tokens.get(comma).word().equals(",") || !isProductNoun(tokens.get(comma - 1).word())
                || span.end() < tokens.size() && !tokens.get(span.end()).word().matches("[,.;]")) {
            return false;
        }
        for (int k = comma - 2; k >= 0 && k >= comma - 5; k--) {
            String word = tokens.get(k).word();
            if (OWNER.matcher(word).matches() || tokens.get(k).tag().equals("DT")) {
                return true;
            }
            if (!tokens.get(k).tag().matches("JJ.*|NN|NNS|VBG|HYPH|CD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Arattai, the homegrown messaging app built by Zoho": an apposition after the name, a determiner or an owner then
     * a few modifiers and a product noun that ends its noun phrase.
     */
    boolean productNounApposedAfter(List<Token> tokens, int end) {
        // A quoted name: its closing mark stands before or after the comma ("unveiled "Helix," a robot model").
        if (end < tokens.size() && QUOTE.matcher(tokens.get(end).word()).matches()) {
            end++;
        }
        if (end >= tokens.size() || !tokens.get(end).word().equals(",")) {
            return false;
        }
        int first = end + 1;
        if (first < tokens.size() && QUOTE.matcher(tokens.get(first).word()).matches()) {
            first++;
        }
        if (first + 1 >= tokens.size() || !(tokens.get(first).tag().equals("DT") || OWNER.matcher(tokens.get(first).word()).matches())) {
            return false;
        }
        for (int k = first + 1; k < tokens.size() && k < first + APPOSED_NOUN_PHRASE; k++) {
            Token token = tokens.get(k);
            boolean endsPhrase = k + 1 == tokens.size() || !tokens.get(k + 1).tag().startsWith("NN");
            if (isProductNoun(token.word()) && token.tag().matches("NNS?") && endsPhrase) {
                return true;
            }
            if (rules.companyNounsBefore.contains(token.word().toLowerCase(Locale.ROOT)) && !isProductNoun(token.word())) {
                return false; // "AMI Labs, a startup building world models": a company that makes products
            }
            // "its next-generation laptop platform": a product noun may modify the product noun that ends the phrase
            // ("open-weights" a plural one).
            if (!token.tag().matches("JJ.*|NNS?|VBG|VBN|HYPH|CD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a Surface Laptop": a name of two or more words that ends in a capitalised product noun, inside a sentence in
     * lower case (a title-case heading capitalises every noun).
     */
    private boolean endsInProductNoun(List<Token> tokens, Span span) {
        String last = tokens.get(span.end() - 1).word();
        return span.length() > 1 && span.begin() > 0 && modelNoun(tokens, span.begin(), span.end() - 1);
    }

    /**
     * Whether the word at {@code at} is a capitalised device noun ({@code model-nouns} in product-name-parts.txt) that
     * ends the name starting at {@code begin}: the word before the name is in lower case or a possessive, and no capitalised word follows
     * (not a title-case heading).
     */
    boolean modelNoun(List<Token> tokens, int begin, int at) {
        String word = tokens.get(at).word();
        return begin > 0 && Character.isUpperCase(word.codePointAt(0))
                && rules.modelNouns.contains(word.toLowerCase(Locale.ROOT)) && tokens.get(at).tag().startsWith("NN")
                && (Character.isLowerCase(tokens.get(begin - 1).word().codePointAt(0)) || tokens.get(begin - 1).tag().equals("POS"))
                && (at + 1 == tokens.size() || !Character.isUpperCase(tokens.get(at + 1).word().codePointAt(0)));
    }

    /** Whether an owned-name noun follows, perhaps after one lower-case noun: "technology", "packaging technology". */
    private boolean ownedNounAfter(List<Token> tokens, int end) {
        for (int k = end; k < tokens.size() && k <= end + 1; k++) {
            String word = tokens.get(k).word();
            if (rules.ownedNouns.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.codePointAt(0))) {
                return true;
            }
            if (!tokens.get(k).tag().matches("NN|VBG") || !Character.isLowerCase(word.codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the name's last word is a capitalised owned-name or product noun: "Personal Data Engine", "Memory Tracker". */
    private boolean ownedNounLast(List<Token> tokens, int end) {
        String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
        return rules.ownedNouns.contains(last) || isProductNoun(last);
    }

    /** "its V4", "OpenAI's new o3": an owner word before the name, with at most one adjective between. */
    boolean owned(List<Token> tokens, int begin) {
        int k = begin - 1;
        if (k >= 0 && tokens.get(k).tag().startsWith("JJ")) {
            k--;
        }
        // "its next-generation Iron robot": a hyphenated modifier between the owner and the name.
        if (k >= 2 && tokens.get(k).tag().matches("NN|JJ.*") && tokens.get(k - 1).word().equals("-") && tokens.get(k - 2).tag().matches("JJ.*|NN|CD")) {
            k -= 3;
        }
        return k >= 0 && OWNER.matcher(tokens.get(k).word()).matches();
    }

    /** Whether a product noun follows within two modifier words, or directly precedes (after "service" etc.). */
    boolean nextToProductNoun(List<Token> tokens, int begin, int end) {
        // A quoted name: its product noun comes after the closing mark ("its own "Axon" CPU").
        if (begin > 0 && end < tokens.size() && QUOTE.matcher(tokens.get(begin - 1).word()).matches()
                && QUOTE.matcher(tokens.get(end).word()).matches()) {
            end++;
            begin--;
        }
        for (int k = end; k < tokens.size() && k < end + PRODUCT_NOUN_WINDOW + 1; k++) {
            Token token = tokens.get(k);
            // "the Google Self-Driving Car Project": a capitalised product noun before another capitalised word is
            // inside a longer name.
            boolean insideLongerName = Character.isUpperCase(token.word().codePointAt(0)) && k + 1 < tokens.size()
                    && tokens.get(k + 1).tag().startsWith("NNP");
            if (isProductNoun(token.word()) && !insideLongerName) {
                return true;
            }
            if (!(token.tag().startsWith("NN") || token.tag().startsWith("JJ") || token.tag().equals("CD") || token.tag().equals("HYPH"))) {
                break;
            }
        }
        for (int k = begin - 1; k >= 0 && k >= begin - 2; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (isProductNoun(word)) {
                return true;
            }
            if (!word.equals("service") && !word.equals("brand")) {
                break;
            }
        }
        return calledAfterProductNoun(tokens, begin);
    }

    /** "a new chip, called the Xring O1", "a CPU named Vera": a product noun, then a verb of naming. */
    boolean calledAfterProductNoun(List<Token> tokens, int begin) {
        int k = begin - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k >= 1 && NAMING.matcher(tokens.get(k).word().toLowerCase(Locale.ROOT)).matches()) {
            k--;
            if (tokens.get(k).word().equals(",")) {
                k--;
            }
            return k >= 0 && isProductNoun(tokens.get(k).word());
        }
        return false;
    }

    /** A product noun written in capitals, or its plural ("SUV", "GPUs"): it ends no name, it marks the one before it. */
    boolean acronymProductNoun(String word) {
        String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return stem.length() > 1 && stem.chars().allMatch(Character::isUpperCase) && isProductNoun(word);
    }

    /** A product noun or its plural ("chip", "laptops"). */
    boolean isProductNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return rules.productNouns.contains(lower) || lower.endsWith("s") && rules.productNouns.contains(lower.substring(0, lower.length() - 1));
    }

    /** A version: a number or a short code with a digit ({@code model-codes.txt}). */
    boolean isVersion(String word) {
        return rules.isVersion(word);
    }

    /** "5-nanometer", "10 percent": a number joined by a hyphen to the next word, or counting it, is a measure. */
    private boolean measure(List<Token> tokens, int number) {
        if (number + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(number + 1);
        return next.tag().equals("HYPH") || rules.measures.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** Whether the token follows the previous one with no space between. */
    static boolean attached(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).begin() == tokens.get(i - 1).end();
    }

    /** Whether the token is a hyphen written inside a word, no space on either side ("Pac-Man", "F-150"). */
    static boolean hyphenInsideWord(List<Token> tokens, int i) {
        return tokens.get(i).word().equals("-") && i + 1 < tokens.size() && attached(tokens, i) && attached(tokens, i + 1);
    }

    static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private static String text(List<Token> tokens, int begin, int end) {
        StringBuilder text = new StringBuilder();
        for (int k = begin; k < end; k++) {
            text.append(k > begin ? " " : "").append(tokens.get(k).word());
        }
        return text.toString();
    }

    static boolean free(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            taken[k] = true;
        }
    }
}
