package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.GazetteerEntry;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Chinese President Xi Jinping", "President Biden signed the act": a head of state or government leads
 * the country named in its governmental sense in the same article. The country is the one named right
 * before the title ("U.S. President", "Chinese President"), else the one the gazetteer says the person's
 * administration stands for, else the only country the article uses as a government. Titles of companies
 * ("Nvidia President Jensen Huang") and former or vice presidents are left to the pattern rules, which
 * skip them. Immutable and thread-safe.
 */
final class HeadOfStateRule {
    static final String RULE = "leads.head-of-state";
    private static final double CONFIDENCE = 0.83;
    /** The data file of titles and not-in-office words. */
    static final String TITLE_LIST = "head-of-state-titles.txt";

    private final Set<String> titles;
    private final Set<String> notInOffice;

    private final Gazetteer gazetteer;
    private final Map<String, String> countryByDemonym;

    private HeadOfStateRule(Gazetteer gazetteer, Map<String, String> countryByDemonym, Map<String, Set<String>> titleWords) {
        this.gazetteer = gazetteer;
        this.countryByDemonym = countryByDemonym;
        this.titles = titleWords.get("titles");
        this.notInOffice = titleWords.get("not-in-office");
    }

    static HeadOfStateRule create(Gazetteer gazetteer) {
        return new HeadOfStateRule(gazetteer, countryByDemonym(), WordSections.load(TITLE_LIST, List.of("titles", "not-in-office")));
    }

    /** The countries of {@code demonyms.txt} by their adjective of nationality ("Chinese": China). */
    static Map<String, String> countryByDemonym() {
        Map<String, String> demonyms = new HashMap<>();
        for (String line : Resources.lines(HeadOfStateRule.class, "demonyms.txt")) {
            String[] fields = line.split("\t");
            if (fields.length == 2) {
                demonyms.put(fields[0].strip(), fields[1].strip());
            }
        }
        return Map.copyOf(demonyms);
    }

    List<CandidateRelation> find(LinkedText text) {
        Map<String, Entity> entities = text.entitiesByName();
        List<String> governedCountries = text.entities().stream()
                .filter(e -> e.type() == EntityType.GOVERNMENT_BODY && isCountry(e.name())).map(Entity::name).toList();
        List<CandidateRelation> found = new ArrayList<>();
        if (governedCountries.isEmpty()) {
            return found;
        }
        for (Mention person : text.mentions()) {
            Optional<String> personName = personNamed(person, entities);
            if (personName.isEmpty()) {
                continue;
            }
            Sentence sentence = text.analysis().sentences().get(person.sentence());
            List<Token> tokens = sentence.tokens();
            int title = titleBefore(tokens, person.begin());
            if (title < 0 || !capitalised(tokens.get(title)) && !afterCountry(text, entities, sentence, title)) {
                continue;
            }
            country(text, entities, sentence, title, personName.get(), governedCountries)
                    .filter(governedCountries::contains)
                    .ifPresent(country -> found.add(new CandidateRelation(personName.get(), Relation.LEADS, country,
                            sentence.index(), sentence.text(), CONFIDENCE, RULE)));
        }
        return found;
    }

    /**
     * The person a mention names: a person's mention, or the mention of a president acting for the country ("U.S.
     * President Donald Trump imposed tariffs"), which linking types as that country's government while the president
     * remains a person of the article.
     */
    private Optional<String> personNamed(Mention mention, Map<String, Entity> entities) {
        Entity entity = entities.get(mention.entityName());
        if (entity.type() == EntityType.PERSON) {
            return Optional.of(entity.name());
        }
        if (entity.type() != EntityType.GOVERNMENT_BODY) {
            return Optional.empty();
        }
        return gazetteer.leaderActingFor(mention).map(GazetteerEntry::canonical).filter(entities::containsKey);
    }

    /**
     * The index of the title word right before the name ("President Xi", "Prime Minister Modi", "US president Biden"),
     * or -1. Case is not compared here: see {@link #afterCountry}.
     */
    private int titleBefore(List<Token> tokens, int name) {
        if (name >= 1 && titles.contains(tokens.get(name - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return name - 1;
        }
        if (name >= 2 && tokens.get(name - 2).word().equalsIgnoreCase("prime") && tokens.get(name - 1).word().equalsIgnoreCase("minister")) {
            return name - 2;
        }
        return -1;
    }

    private static boolean capitalised(Token title) {
        return Character.isUpperCase(title.word().codePointAt(0));
    }

    /**
     * Whether a country or its adjective stands right before the title: "US president Joe Biden", "French president
     * Emmanuel Macron". A lower-case title counts only there, as "president" alone is more often a company's.
     */
    private boolean afterCountry(LinkedText text, Map<String, Entity> entities, Sentence sentence, int title) {
        if (title == 0) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = text.mentionsIn(sentence.index());
        int start = title - 1;
        if (countryByDemonym.containsKey(tokens.get(start).word())) {
            return !ownedTitle(tokens, mentions, entities, start);
        }
        return mentions.stream().anyMatch(m -> m.begin() <= title - 1 && title - 1 < m.end() && isCountry(m.entityName())
                && !ownedTitle(tokens, mentions, entities, m.begin()));
    }

    /** "Nvidia's China president", "Apple China president": a regional title of a company, not a head of state. */
    private static boolean ownedTitle(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities, int countryStart) {
        int before = countryStart - 1;
        return before >= 0 && (tokens.get(before).tag().equals("POS") || mentions.stream().anyMatch(m -> m.begin() <= before
                && before < m.end() && entities.get(m.entityName()).type() == EntityType.COMPANY));
    }

    private Optional<String> country(LinkedText text, Map<String, Entity> entities, Sentence sentence, int title,
                                     String person, List<String> governedCountries) {
        List<Token> tokens = sentence.tokens();
        int before = title - 1;
        if (before >= 0 && tokens.get(before).word().equals("'s")) {
            before--;
        }
        if (before >= 0) {
            String word = tokens.get(before).word();
            if (outOfOffice(tokens, before)) {
                return Optional.empty();
            }
            for (Mention m : text.mentionsIn(sentence.index())) {
                if (m.begin() <= before && before < m.end()) {
                    // "U.S. President …" names the country; "Nvidia President …" is a company title; "Former US
                    // President …" is out of office.
                    return isCountry(m.entityName()) && !outOfOffice(tokens, m.begin() - 1)
                            ? Optional.of(m.entityName()) : Optional.empty();
                }
            }
            String twoWords = before >= 1 ? tokens.get(before - 1).word() + " " + word : "";
            if (countryByDemonym.containsKey(twoWords)) {
                return outOfOffice(tokens, before - 2) ? Optional.empty() : Optional.of(countryByDemonym.get(twoWords));
            }
            if (countryByDemonym.containsKey(word)) {
                return outOfOffice(tokens, before - 1) ? Optional.empty() : Optional.of(countryByDemonym.get(word));
            }
        }
        Optional<String> administration = gazetteer.byCanonical(person).map(GazetteerEntry::standsFor).filter(c -> !c.isEmpty());
        if (administration.isPresent()) {
            return administration;
        }
        return governedCountries.size() == 1 ? Optional.of(governedCountries.get(0)) : Optional.empty();
    }

    /** Whether the word at {@code index} says the title's holder is not in office ("former", "ex-", "vice"). */
    private boolean outOfOffice(List<Token> tokens, int index) {
        if (index >= 1 && tokens.get(index).word().equals("-")) {
            index--; // "then-President", split by the tokenizer
        }
        return index >= 0 && notInOffice.contains(tokens.get(index).word().toLowerCase(java.util.Locale.ROOT).replace("-", ""));
    }

    private boolean isCountry(String name) {
        return gazetteer.isCountry(name);
    }
}
