package dev.techkg.linking;

import dev.techkg.linking.Candidate.Evidence;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Types and names one span, deciding per mention: the gazetteer's type, else CoreNLP's label (an organisation
 * whose head is a government word is a government body; a MISC name only when it looks like a product), else
 * the product or company its context showed. A country, capital, "the White House" or "the Kremlin" is the
 * country's government in this mention when the words around it say so ("Washington banned …", "China's
 * export controls", "regulators in the United States") and a place otherwise; a head of state who is the
 * agent of a regulating verb ("Trump ordered ByteDance …") acts for the country. Names made only of generic
 * words ({@code not-names.txt}) make no mention. Immutable and thread-safe.
 */
final class MentionTyper {
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{L}\\p{Lu}");

    private final Gazetteer gazetteer;
    private final NameRules rules;

    MentionTyper(Gazetteer gazetteer, NameRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    /** The typed mention of the span, or empty when it names nothing. */
    Optional<Candidate> resolve(String text, Sentence sentence, Span span) {
        List<Token> tokens = sentence.tokens();
        String surface = text.substring(tokens.get(span.begin()).begin(), tokens.get(span.end() - 1).end());
        GazetteerEntry entry = span.entry();
        if (entry == null && rules.event(Names.display(surface))) {
            return Optional.empty();
        }
        if (Span.NATIONAL_GOVERNMENT.equals(span.kind())) {
            return Optional.of(candidate(sentence, span, surface, entry.standsFor().isEmpty() ? entry.canonical() : entry.standsFor(),
                    EntityType.GOVERNMENT_BODY, Evidence.GAZETTEER));
        }
        if (entry == null) {
            entry = gazetteer.lookupNormalized(Names.display(surface)).orElse(null);
        }
        if (entry == null && span.begin() >= 2 && tokens.get(span.begin() - 1).word().equals("'s")) {
            // "Japan's Fair Trade Commission" is the Japan Fair Trade Commission.
            String owner = tokens.get(span.begin() - 2).originalText();
            entry = gazetteer.lookupInText(owner)
                    .flatMap(place -> gazetteer.lookupNormalized(place.canonical() + " " + Names.display(surface))
                            .or(() -> gazetteer.lookupNormalized(owner + " " + Names.display(surface)))
                            // "India's Competition Commission" is the Competition Commission of India.
                            .or(() -> gazetteer.lookupNormalized(Names.display(surface) + " of " + place.canonical())))
                    .orElse(null);
        }
        if (entry == null && span.end() - span.begin() >= 2
                && rules.governmentNouns.contains(tokens.get(span.end() - 1).word().toLowerCase(Locale.ROOT))) {
            // "The Biden Administration", tagged as one organisation: the government of the country that person leads.
            String leader = text.substring(tokens.get(span.begin()).begin(), tokens.get(span.end() - 2).end());
            Optional<GazetteerEntry> person = gazetteer.lookupNormalized(Names.display(leader))
                    .filter(e -> e.type() == EntityType.PERSON && !e.standsFor().isEmpty());
            if (person.isPresent()) {
                return Optional.of(candidate(sentence, span, surface, person.get().standsFor(), EntityType.GOVERNMENT_BODY, Evidence.GAZETTEER));
            }
        }
        if (entry != null && entry.type() == EntityType.PERSON && !entry.standsFor().isEmpty() && span.end() < tokens.size()
                && rules.governmentNouns.contains(tokens.get(span.end()).word().toLowerCase(Locale.ROOT))) {
            // "The Trump administration" is the government of the country that person leads.
            String withNoun = text.substring(tokens.get(span.begin()).begin(), tokens.get(span.end()).end());
            return Optional.of(new Candidate(sentence.index(), span.begin(), span.end() + 1, withNoun, entry.standsFor(),
                    EntityType.GOVERNMENT_BODY, Evidence.GAZETTEER));
        }
        if (entry != null && entry.type() == EntityType.PERSON && !entry.standsFor().isEmpty() && headOfState(tokens, span.begin(), rules)
                && (rules.cues.agentOfRegulatingVerb(tokens, span.end()) || rules.cues.ownerOfRegulatingNoun(tokens, span.end()))) {
            // "President Trump ordered ByteDance to divest", "President Biden's antitrust crackdown": the president acts
            // for the country.
            return Optional.of(candidate(sentence, span, surface, entry.standsFor(), EntityType.GOVERNMENT_BODY, Evidence.GAZETTEER));
        }
        if (entry != null) {
            // "A Seoul court fined Naver": a city's court sits there; it does not make the city stand for its country.
            boolean cityCourt = !entry.standsFor().equals(entry.canonical()) && span.end() < tokens.size()
                    && tokens.get(span.end()).word().toLowerCase(Locale.ROOT).matches("courts?");
            if (entry.type() == EntityType.PLACE && !entry.standsFor().isEmpty() && !cityCourt && rules.cues.governmental(tokens, span.begin(), span.end())) {
                return Optional.of(candidate(sentence, span, surface, entry.standsFor(), EntityType.GOVERNMENT_BODY, Evidence.GAZETTEER));
            }
            return Optional.of(candidate(sentence, span, surface, entry.canonical(), entry.type(), Evidence.GAZETTEER));
        }
        String name = Names.display(surface);
        if (!looksLikeName(name) || rules.isGeneric(name)) {
            return Optional.empty();
        }
        // "Beijing Kunlun Tech", "Thomvest Ventures": a name that ends in a head word of companies is one, whatever CoreNLP took it for.
        boolean companyHead = span.length() > 1 && rules.companyHeads.contains(tokens.get(span.end() - 1).word().toLowerCase(Locale.ROOT));
        // A MISC name of proper nouns only ("a round led by Iron Pillar"; not "Chinese") whose words around say company.
        boolean properMisc = span.kind().equals("MISC") && tokens.subList(span.begin(), span.end()).stream().allMatch(t -> t.tag().startsWith("NNP"));
        if ((span.kind().equals("PERSON") || span.kind().equals("LOCATION") || properMisc) && (companyHead || companyByContext(tokens, span))) {
            return Optional.of(candidate(sentence, span, surface, name, EntityType.COMPANY, Evidence.CONTEXT));
        }
        EntityType type = switch (span.kind()) {
            case "PERSON" -> placeBeforeItsRegion(tokens, span) ? EntityType.PLACE
                    : NameRules.BRAND_CASE.matcher(name).matches() ? EntityType.COMPANY : EntityType.PERSON;
            case "LOCATION" -> EntityType.PLACE;
            case "ORGANIZATION" -> rules.governmentName(name) ? EntityType.GOVERNMENT_BODY
                    : placeBeforeItsRegion(tokens, span) ? EntityType.PLACE
                    : !companyHead && titledPerson(tokens, span) ? EntityType.PERSON : EntityType.COMPANY;
            case "MISC" -> looksLikeProduct(name) ? EntityType.PRODUCT : null;
            case Span.PRODUCT -> EntityType.PRODUCT;
            case Span.LEGAL_NAME, Span.CUED_COMPANY -> EntityType.COMPANY;
            default -> null;
        };
        Evidence evidence = span.kind().equals(Span.PRODUCT) || span.kind().equals(Span.LEGAL_NAME) || span.kind().equals(Span.CUED_COMPANY) ? Evidence.CONTEXT : Evidence.TAGGER;
        return type == null ? Optional.empty() : Optional.of(candidate(sentence, span, surface, name, type, evidence));
    }

    /**
     * "Vodafone Group chief executive, Margherita Della Valle, said": a name of two or more words right after a person's
     * title (or after the title and a comma), closed by a comma, a verb of saying or the sentence's end, is a person.
     */
    private boolean titledPerson(List<Token> tokens, Span span) {
        if (span.length() < 2) {
            return false;
        }
        int title = span.begin() - 1;
        if (title >= 1 && tokens.get(title).word().equals(",")) {
            title--;
        }
        if (title < 0 || !rules.personTitles.contains(tokens.get(title).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (span.end() == tokens.size()) {
            return true;
        }
        String next = tokens.get(span.end()).word();
        return next.equals(",") || next.equals(".") || rules.sayingVerbs.contains(next.toLowerCase(Locale.ROOT));
    }

    /** Whether the words around a name CoreNLP took for a person or place say it is a company ({@link NameRules#saysCompany}). */
    private boolean companyByContext(List<Token> tokens, Span span) {
        if (span.kind().equals("PERSON") && span.length() > 1 && (span.begin() > 0
                && rules.peopleTooBefore.contains(tokens.get(span.begin() - 1).word().toLowerCase(Locale.ROOT))
                || rules.peopleTooApposition(tokens, span.end()))) {
            return false; // "early Spotify investor Shakil Khan", "Tom Vale, a prominent investor"
        }
        return rules.saysCompany(tokens, span.begin(), span.end());
    }

    /**
     * "Taylor, Texas", "Veldhoven, Netherlands", "Plymouth, Michigan-based": a name followed by a comma and a known place
     * that ends the phrase (or is the place before "-based") is a place in that region, whatever CoreNLP took it for.
     */
    private boolean placeBeforeItsRegion(List<Token> tokens, Span span) {
        int comma = span.end();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return false;
        }
        if (span.begin() > 0 && rules.personTitles.contains(tokens.get(span.begin() - 1).word().toLowerCase(Locale.ROOT))) {
            return false; // "by former SenseTime executive Yan Junjie, Shanghai-based MiniMax": a titled person
        }
        for (int end = Math.min(tokens.size(), comma + 4); end > comma + 1; end--) {
            StringBuilder region = new StringBuilder();
            for (int k = comma + 1; k < end; k++) {
                region.append(k > comma + 1 ? " " : "").append(tokens.get(k).word());
            }
            // "Plymouth, Michigan-based Rivian": the region may also be the place before "-based".
            boolean based = end + 1 < tokens.size() && tokens.get(end).word().equals("-")
                    && tokens.get(end + 1).word().toLowerCase(Locale.ROOT).matches("based|headquartered");
            boolean closes = end == tokens.size() || based || !tokens.get(end).tag().matches("NNPS?|HYPH|POS");
            Optional<GazetteerEntry> place = gazetteer.lookupInText(region.toString());
            if (place.isPresent()) {
                return closes && place.get().type() == EntityType.PLACE;
            }
        }
        return false;
    }

    private static Candidate candidate(Sentence sentence, Span span, String surface, String name, EntityType type, Evidence evidence) {
        return new Candidate(sentence.index(), span.begin(), span.end(), surface, name, type, evidence);
    }

    /** "President Trump", "U.S. President Donald Trump", or the name alone as a sentence's subject. */
    private static boolean headOfState(List<Token> tokens, int begin, NameRules rules) {
        String before = begin == 0 ? "" : tokens.get(begin - 1).word().toLowerCase(Locale.ROOT);
        return begin == 0 || before.equals(",") || rules.headTitles.contains(before);
    }

    /**
     * "Regulators in the United States and the United Kingdom", "Canada, Britain and Australia have tightened rules",
     * "the UAE and US governments": a country coordinated with a country used for its government is used for its
     * government too, whichever comes first. A cue after the list (a verb, a plural noun) is seen at its last member
     * only, so the reading also goes back to earlier members, unless a preposition of place opens the list ("plants in
     * Mexico and US officials said").
     */
    List<Candidate> governmentsInLists(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 1; i < result.size(); i++) {
            if (coordinated(tokens, result.get(i - 1).end(), result.get(i).begin())) {
                governmentLike(result, i - 1, i);
            }
        }
        for (int i = result.size() - 1; i > 0; i--) {
            if (coordinated(tokens, result.get(i - 1).end(), result.get(i).begin()) && !afterPlacePreposition(tokens, result, i - 1)) {
                governmentLike(result, i, i - 1);
            }
        }
        return result;
    }

    /** Gives the place candidate at {@code to} a government reading when the country at {@code from} has one. */
    private void governmentLike(List<Candidate> candidates, int from, int to) {
        Candidate government = candidates.get(from);
        Candidate place = candidates.get(to);
        if (place.type() == EntityType.PLACE && government.type() == EntityType.GOVERNMENT_BODY && standsForItself(government.name())) {
            Optional<GazetteerEntry> entry = gazetteer.byCanonical(place.name());
            if (entry.isPresent() && !entry.get().standsFor().isEmpty()) {
                candidates.set(to, place.as(entry.get().standsFor(), EntityType.GOVERNMENT_BODY));
            }
        }
    }

    /** Whether the list that the candidate at {@code index} belongs to opens with a preposition of place ("in", "across"). */
    private boolean afterPlacePreposition(List<Token> tokens, List<Candidate> candidates, int index) {
        int first = index;
        while (first > 0 && coordinated(tokens, candidates.get(first - 1).end(), candidates.get(first).begin())) {
            first--;
        }
        int k = candidates.get(first).begin() - 1;
        if (k >= 0 && tokens.get(k).tag().equals("DT")) {
            k--;
        }
        return k >= 0 && rules.cues.placePreposition(tokens.get(k).word());
    }

    private boolean standsForItself(String name) {
        return gazetteer.isCountry(name);
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

    private static boolean looksLikeName(String name) {
        return name.length() >= 2 && name.codePoints().anyMatch(Character::isLetter)
                && (Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0))
                || Character.isUpperCase(name.codePointAt(1)) || name.matches("\\p{Ll}{1,5}\\d.*"));
    }

    /** A MISC name that reads as a product: it holds a digit, or a capital after its first letter within a word. */
    private static boolean looksLikeProduct(String name) {
        return name.chars().anyMatch(Character::isDigit) || INNER_CAPITAL.matcher(name).find();
    }
}
