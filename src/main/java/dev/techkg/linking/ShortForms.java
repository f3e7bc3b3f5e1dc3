package dev.techkg.linking;

import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Within one article: a name recognised once is recognised at its other mentions (a product found by its
 * context in one sentence, "Doubao", is the same product where it stands bare); a short form joins the longer
 * name it starts or ends ("Alibaba" → "Alibaba Group", "Huang" → "Jensen Huang"); an acronym in brackets after
 * a name joins that name. Immutable and thread-safe.
 */
final class ShortForms {
    /** A name written as capitals only, short enough to be initials: "TI", "AWS", "SMIC". */
    static final Pattern INITIALISM = Pattern.compile("\\p{Lu}{2,5}");
    private final Set<String> connectors;
    private final NameRules rules;

    ShortForms(NameRules rules) {
        this.rules = rules;
        this.connectors = rules.connectors;
    }

    /**
     * The candidates with the bare mentions of names found elsewhere in the article added: products and
     * companies that CoreNLP did not tag in every sentence. Only names that start with a capital, a digit or a
     * code ("o3") and are no generic word are looked for, case-sensitively, where no other mention stands.
     */
    List<Candidate> withRecurrences(AnalyzedText analysis, List<Candidate> candidates) {
        Map<String, Candidate> bySurface = new LinkedHashMap<>();
        Set<String> shortOnes = new HashSet<>();
        for (Candidate c : candidates) {
            // "TI" that the tagger took for a person in one sentence may stand untagged in another.
            boolean searchable = !c.known() && (c.type() == EntityType.PRODUCT || c.type() == EntityType.COMPANY
                    || c.type() == EntityType.PERSON && INITIALISM.matcher(c.surface()).matches());
            String surface = Names.display(c.surface());
            if (searchable && !rules.isGeneric(surface) && NameSpans.startsName(firstWord(surface))) {
                bySurface.putIfAbsent(surface, c);
            }
            // Gazetteer names too: the gazetteer knows "Nuance Communications", not every short form of it.
            if (c.type() == EntityType.COMPANY && !rules.isGeneric(surface) && NameSpans.startsName(firstWord(surface))) {
                String first = shortFormBeforeHead(surface, c.type());
                if (first != null && !rules.isGeneric(first)) {
                    bySurface.putIfAbsent(first, c);
                    shortOnes.add(first);
                }
            }
        }
        if (bySurface.isEmpty()) {
            return candidates;
        }
        // Names by their first word, and candidates by sentence: each token is looked up once, so the time grows with
        // the text, not with the text times its names.
        Map<String, List<Map.Entry<String, Candidate>>> byFirstWord = new HashMap<>();
        for (Map.Entry<String, Candidate> known : bySurface.entrySet()) {
            byFirstWord.computeIfAbsent(leadingWord(known.getKey()), k -> new ArrayList<>()).add(known);
        }
        // The longest name first: "Xiaomi 15 Ultra" before "Xiaomi".
        byFirstWord.values().forEach(names -> names.sort(Comparator.comparingInt((Map.Entry<String, Candidate> e) -> e.getKey().length()).reversed()));
        Map<Integer, List<Candidate>> bySentence = new HashMap<>();
        for (Candidate c : candidates) {
            bySentence.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> result = new ArrayList<>(candidates);
        for (Sentence sentence : analysis.sentences()) {
            List<Token> tokens = sentence.tokens();
            boolean[] taken = new boolean[tokens.size()];
            bySentence.getOrDefault(sentence.index(), List.of()).forEach(c -> ProductSpans.mark(taken, c.begin(), c.end()));
            for (int i = 0; i < tokens.size(); i++) {
                for (Map.Entry<String, Candidate> known : byFirstWord.getOrDefault(leadingWord(tokens.get(i).originalText()), List.of())) {
                    int end = endOfMatch(analysis.text(), tokens, i, known.getKey());
                    // "Nuance" for "Nuance Communications" only where it stands as a noun: not "Global" in "Global demand".
                    boolean shortOk = !shortOnes.contains(known.getKey()) || tokens.get(i).tag().startsWith("NN");
                    if (end > i && shortOk && ProductSpans.free(taken, i, end) && wholeWords(tokens, i, end)) {
                        ProductSpans.mark(taken, i, end);
                        Candidate found = known.getValue();
                        String surface = analysis.text().substring(tokens.get(i).begin(), tokens.get(end - 1).end());
                        result.add(new Candidate(sentence.index(), i, end, surface, found.name(), found.type(), found.evidence()));
                        break;
                    }
                }
            }
        }
        result.sort(Comparator.comparingInt(Candidate::sentence).thenComparingInt(Candidate::begin));
        return result;
    }

    /** Whether the words after a short name make a local unit of it: "GlobalWafers" is not "GlobalWafers America". */
    private boolean localUnit(String rest) {
        return java.util.Arrays.stream(rest.split(" ")).allMatch(word -> rules.unitRegions.contains(word.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The words of a company's name before the words that only say what kind of company it is ("Nuance" of "Nuance
     * Communications", "Infineon" of "Infineon Technologies", "Blue Owl" of "Blue Owl Capital"): the article calls it so
     * too, and a tagger that reads the words as common nouns ("nuance", "blue owl") does not find them. Every word kept
     * is capitalised; null for other names.
     */
    private String shortFormBeforeHead(String surface, EntityType type) {
        String[] words = surface.split(" ");
        if (type != EntityType.COMPANY || words.length < 2 || words[0].length() < 3) {
            return null;
        }
        int kept = words.length;
        while (kept > 1 && (rules.companyHeads.contains(words[kept - 1].toLowerCase(java.util.Locale.ROOT))
                || rules.legalSuffixes.contains(words[kept - 1]))) {
            kept--;
        }
        if (kept == words.length) {
            return null;
        }
        for (int k = 0; k < kept; k++) {
            if (!Character.isUpperCase(words[k].codePointAt(0))) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, kept));
    }

    /** Whether the words only say what kind of company a name is, or its legal form: "Communications", "Group Inc". */
    private boolean onlyCompanyHeads(String words) {
        return java.util.Arrays.stream(words.split(" ")).allMatch(word -> rules.companyHeads.contains(word.toLowerCase(Locale.ROOT))
                || rules.legalSuffixes.stream().anyMatch(suffix -> suffix.equalsIgnoreCase(word)));
    }

    /** The letters and digits a text starts with: the key a name and the token it starts at share ("Open-AI", "Open"). */
    private static String leadingWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static Token firstWord(String surface) {
        String word = surface.split(" ")[0];
        return new Token(0, word, word, word, "NNP", "O", 0, word.length());
    }

    /** The end of the tokens from {@code i} whose text is exactly {@code name}, or -1. */
    private static int endOfMatch(String text, List<Token> tokens, int i, String name) {
        int begin = tokens.get(i).begin();
        for (int end = i; end < tokens.size(); end++) {
            int length = tokens.get(end).end() - begin;
            if (length > name.length()) {
                return -1;
            }
            if (length == name.length()) {
                return text.substring(begin, tokens.get(end).end()).equals(name) ? end + 1 : -1;
            }
        }
        return -1;
    }

    /** Not part of a longer hyphenated word ("Doubao-powered" still counts: the hyphen is its own token). */
    private static boolean wholeWords(List<Token> tokens, int begin, int end) {
        boolean before = begin == 0 || !ProductSpans.attached(tokens, begin) || !Character.isLetterOrDigit(tokens.get(begin - 1).word().codePointAt(0));
        boolean after = end >= tokens.size() || !ProductSpans.attached(tokens, end)
                || !Character.isLetterOrDigit(tokens.get(end).word().codePointAt(0));
        return before && after;
    }

    /** "M4" and "M4 Pro", "Exynos" and "Exynos 2500": a version or tier makes another product. */
    private boolean addsVersion(String rest) {
        for (String word : rest.split(" ")) {
            if (word.chars().anyMatch(Character::isDigit) || rules.tiers.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Competition and Markets Authority (CMA)", "SoftBank Group (SBG)": the acronym names the entity before the bracket,
     * when it is made of the name's initials (or of all its capitals) or the entity is a government body.
     */
    Map<String, String> acronyms(AnalyzedText analysis, List<Candidate> candidates) {
        Map<String, String> acronyms = new HashMap<>();
        for (Candidate c : candidates) {
            List<Token> tokens = analysis.sentences().get(c.sentence()).tokens();
            if (c.end() + 2 < tokens.size() && tokens.get(c.end()).word().matches("-LRB-|\\(")
                    && tokens.get(c.end() + 2).word().matches("-RRB-|\\)")) {
                String acronym = tokens.get(c.end() + 1).word();
                // An agency's acronym may come from its own language: "National Data Protection Authority (ANPD)".
                boolean agency = c.type() == EntityType.GOVERNMENT_BODY;
                String letters = acronym.replace(".", "");
                if (acronym.matches("\\p{Lu}[\\p{Lu}&.]{1,9}") && (agency || letters.equals(initials(c.name())) || letters.equals(capitals(c.name())))) {
                    acronyms.putIfAbsent(acronym, c.name());
                }
            }
        }
        return acronyms;
    }

    /**
     * "the Fair Trade Commission (FTC)" in a story from Seoul: an acronym the article spells out names what the article
     * says, not the gazetteer's body of the same letters (the US Federal Trade Commission). Only when the spelled-out
     * name is no spelling of the gazetteer's ("Semiconductor Manufacturing International Corp (SMIC)" stays SMIC).
     */
    List<Candidate> withAcronymsAsSpelledOut(List<Candidate> candidates, Map<String, String> acronyms) {
        if (acronyms.isEmpty()) {
            return candidates;
        }
        Map<String, Candidate> byName = new HashMap<>();
        for (Candidate c : candidates) {
            byName.putIfAbsent(c.name(), c);
        }
        List<Candidate> spelledOut = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String longName = c.known() ? acronyms.get(Names.display(c.surface())) : null;
            Candidate longForm = longName == null ? null : byName.get(longName);
            boolean otherBody = longForm != null && !longForm.known() && !longName.equals(c.name())
                    && !Names.normalize(longName).split(" ")[0].equals(Names.normalize(c.name()).split(" ")[0]);
            spelledOut.add(otherBody ? new Candidate(c.sentence(), c.begin(), c.end(), c.surface(), longName, longForm.type(), Candidate.Evidence.CONTEXT) : c);
        }
        return spelledOut;
    }

    /**
     * The candidates without stock tickers: capitals in brackets right after a company's name that are not its acronym
     * and no name the gazetteer knows ("Amazon (AMZN)", "Intel (INTC)"; not "Contemporary Amperex Technology (CATL)",
     * which spells the name).
     */
    List<Candidate> withoutTickers(AnalyzedText analysis, List<Candidate> candidates) {
        Map<String, Candidate> byEnd = new HashMap<>();
        for (Candidate c : candidates) {
            byEnd.put(c.sentence() + ":" + c.end(), c);
        }
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<Token> tokens = analysis.sentences().get(c.sentence()).tokens();
            Candidate before = c.begin() >= 2 ? byEnd.get(c.sentence() + ":" + (c.begin() - 1)) : null;
            boolean bracketed = c.begin() >= 1 && c.end() < tokens.size() && c.end() - c.begin() == 1
                    && tokens.get(c.begin() - 1).word().matches("-LRB-|\\(") && tokens.get(c.end()).word().matches("-RRB-|\\)");
            String letters = c.surface();
            boolean ticker = bracketed && before != null && before.type() == EntityType.COMPANY && !c.known()
                    && letters.matches("\\p{Lu}{2,5}") && !letters.equals(initials(before.name())) && !letters.equals(capitals(before.name()))
                    && !letters.equals(initials(before.surface())) && !letters.equals(capitals(before.surface()));
            if (!ticker) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** "SoftBank Group" → "SBG", "SK IE Technology" → "SKIET": every capital of the name's words, for camel-cased names. */
    private String capitals(String name) {
        StringBuilder capitals = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!connectors.contains(word.toLowerCase(Locale.ROOT))) {
                word.codePoints().filter(Character::isUpperCase).forEach(capitals::appendCodePoint);
            }
        }
        return capitals.toString();
    }

    /**
     * "Texas Instruments … TI said": the one organisation of the article whose initials (without a legal form) are the
     * initialism; null when none or several have them.
     */
    private String spelledOut(Collection<Candidate> candidates, String initialism) {
        String found = null;
        for (Candidate c : candidates) {
            if (c.type() != EntityType.COMPANY && c.type() != EntityType.GOVERNMENT_BODY || !c.name().contains(" ")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(c.name().split(" ")));
            if (words.size() > 2 && rules.legalSuffixes.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (initials(String.join(" ", words)).equals(initialism)) {
                if (found != null && !found.equals(c.name())) {
                    return null;
                }
                found = c.name();
            }
        }
        return found;
    }

    private String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && !connectors.contains(word.toLowerCase(Locale.ROOT))) {
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
    Map<String, String> merge(List<Candidate> candidates, Map<String, String> acronyms) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byName.merge(c.name(), c, (a, b) -> a.known() ? a : b);
        }
        // Longer names by the words they start with (organisations and products) or start or end with (people):
        // one look-up per short form, not a scan of all names, so a text with many names links in linear time.
        Map<String, List<Candidate>> longForms = new HashMap<>();
        for (Candidate longForm : byName.values()) {
            String[] words = Names.normalize(longForm.name()).split(" ");
            List<String> keys = new ArrayList<>();
            if (longForm.type() == EntityType.PERSON && words.length > 1) {
                keys.add("person:" + words[0]);
                keys.add("person:" + words[words.length - 1]);
            } else if (longForm.type() != EntityType.PLACE && longForm.type() != EntityType.PERSON) {
                for (int k = 1; k < words.length; k++) {
                    keys.add(String.join(" ", List.of(words).subList(0, k)));
                }
            }
            keys.stream().distinct().forEach(key -> longForms.computeIfAbsent(key, x -> new ArrayList<>()).add(longForm));
        }
        Map<String, String> merged = new HashMap<>(spellings(candidates, byName));
        for (Candidate shortForm : byName.values()) {
            if (shortForm.known() || merged.containsKey(shortForm.name())) {
                continue;
            }
            String acronymOf = acronyms.get(shortForm.name());
            if (acronymOf == null && INITIALISM.matcher(shortForm.name()).matches()) {
                acronymOf = spelledOut(byName.values(), shortForm.name());
            }
            if (acronymOf != null && !acronymOf.equals(shortForm.name())) {
                merged.put(shortForm.name(), acronymOf);
                continue;
            }
            String key = Names.normalize(shortForm.name());
            boolean person = shortForm.type() == EntityType.PERSON;
            if (person && key.contains(" ")) {
                continue;
            }
            String best = null;
            int organisations = 0;
            String companyWithHead = null;
            for (Candidate longForm : longForms.getOrDefault(person ? "person:" + key : key, List.of())) {
                String longKey = Names.normalize(longForm.name());
                String rest = longKey.substring(key.length() + 1);
                boolean organisation = !person && !(shortForm.type() == EntityType.PRODUCT && addsVersion(rest)) && !localUnit(rest);
                if (longForm != shortForm && longForm.name().length() > shortForm.name().length() && (organisation || person)) {
                    organisations += organisation ? 1 : 0;
                    if (organisation && onlyCompanyHeads(rest) && (companyWithHead == null || longForm.name().length() < companyWithHead.length())) {
                        companyWithHead = longForm.name();
                    }
                    if (best == null || longForm.name().length() < best.length()) {
                        best = longForm.name();
                    }
                }
            }
            if (organisations > 1) {
                // "Thales" beside "Thales Alenia Space" and "Thales SESO": a name that starts several is the parent of
                // their family, not one of them, unless one only adds what kind of company it is ("Thales Group").
                best = companyWithHead;
            }
            if (best == null && person && shortForm.evidence() == Candidate.Evidence.TAGGER) {
                // "Sakana" after "Sakana AI", "Joby" after "Joby Aviation": a lone word CoreNLP took for a person, when
                // no person of the article has it as a name, is the company whose name it starts.
                for (Candidate longForm : longForms.getOrDefault(key, List.of())) {
                    if (longForm.type() == EntityType.COMPANY && (best == null || longForm.name().length() < best.length())) {
                        best = longForm.name();
                    }
                }
            }
            if (best == null && person && shortForm.evidence() == Candidate.Evidence.TAGGER) {
                // "Cruise" after "GM Cruise": a lone word CoreNLP took for a person that ends a company's two-word name
                // after its owner's name is that company.
                boolean personsSurname = byName.values().stream().anyMatch(other -> other.type() == EntityType.PERSON
                        && other != shortForm && Names.normalize(other.name()).endsWith(" " + key));
                for (Candidate longForm : byName.values()) {
                    String[] words = Names.normalize(longForm.name()).split(" ");
                    if (best == null && !personsSurname && longForm.type() == EntityType.COMPANY && words.length == 2 && words[1].equals(key)) {
                        best = longForm.name();
                    }
                }
            }
            if (best != null) {
                merged.put(shortForm.name(), best);
            }
        }
        // "Matx" joins "MatX", which may itself be the short form of a longer name.
        merged.replaceAll((from, to) -> {
            String further = merged.get(to);
            return further == null || further.equals(from) ? to : further;
        });
        return merged;
    }

    /**
     * Names the article spells in two ways that differ only in case, spacing or punctuation ("MatX" and "Matx",
     * "DeepSeek" and "Deepseek"): each unknown spelling joins the gazetteer's name, else the spelling the article
     * uses most, else the first one it uses.
     */
    private static Map<String, String> spellings(List<Candidate> candidates, Map<String, Candidate> byName) {
        Map<String, Integer> uses = new HashMap<>();
        candidates.forEach(c -> uses.merge(c.name(), 1, Integer::sum));
        Map<String, String> chosen = new HashMap<>();
        for (Candidate c : byName.values()) {
            if (c.type() == EntityType.PLACE) {
                continue;
            }
            chosen.merge(Names.variantKey(c.name()), c.name(), (held, other) -> {
                Candidate a = byName.get(held);
                Candidate b = byName.get(other);
                if (a.known() != b.known()) {
                    return a.known() ? held : other;
                }
                return uses.get(other) > uses.get(held) ? other : held;
            });
        }
        Map<String, String> merged = new HashMap<>();
        for (Candidate c : byName.values()) {
            String name = c.type() == EntityType.PLACE ? null : chosen.get(Names.variantKey(c.name()));
            if (name != null && !name.equals(c.name()) && !c.known()) {
                merged.put(c.name(), name);
            }
        }
        return merged;
    }
}
