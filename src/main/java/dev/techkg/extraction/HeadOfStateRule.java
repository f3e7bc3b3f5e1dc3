package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
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
import java.util.HashSet;
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
        this.titles = required(titleWords, "titles");
        this.notInOffice = required(titleWords, "not-in-office");
    }

    static HeadOfStateRule create(Gazetteer gazetteer) {
        Map<String, String> demonyms = new HashMap<>();
        for (String line : Resources.text(HeadOfStateRule.class, "demonyms.txt").split("\n")) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length == 2) {
                demonyms.put(fields[0].strip(), fields[1].strip());
            }
        }
        return new HeadOfStateRule(gazetteer, Map.copyOf(demonyms), sections(Resources.text(HeadOfStateRule.class, TITLE_LIST)));
    }

    /** "section: words" lines of a word list, '#' comments and blank lines ignored. */
    private static Map<String, Set<String>> sections(String text) {
        Map<String, Set<String>> sections = new HashMap<>();
        for (String line : text.split("\n")) {
            String entry = line.strip();
            int colon = entry.indexOf(':');
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (colon < 0) {
                throw new TechKgException(TITLE_LIST + ": expected 'section: words' but found '" + entry + "'");
            }
            sections.computeIfAbsent(entry.substring(0, colon).strip(), k -> new HashSet<>())
                    .addAll(List.of(entry.substring(colon + 1).strip().split("\\s+")));
        }
        return sections;
    }

    private static Set<String> required(Map<String, Set<String>> sections, String section) {
        Set<String> words = sections.getOrDefault(section, Set.of());
        if (words.isEmpty()) {
            throw new TechKgException(TITLE_LIST + ": the section '" + section + "' is missing or empty");
        }
        return Set.copyOf(words);
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
            if (entities.get(person.entityName()).type() != EntityType.PERSON) {
                continue;
            }
            Sentence sentence = text.analysis().sentences().get(person.sentence());
            List<Token> tokens = sentence.tokens();
            int title = titleBefore(tokens, person.begin());
            if (title < 0) {
                continue;
            }
            country(text, entities, sentence, title, person.entityName(), governedCountries)
                    .filter(governedCountries::contains)
                    .ifPresent(country -> found.add(new CandidateRelation(person.entityName(), Relation.LEADS, country,
                            sentence.index(), sentence.text(), CONFIDENCE, RULE)));
        }
        return found;
    }

    /** The index of the title word right before the name ("President Xi", "Prime Minister Modi"), or -1. */
    private int titleBefore(List<Token> tokens, int name) {
        if (name >= 1 && titles.contains(tokens.get(name - 1).word())) {
            return name - 1;
        }
        if (name >= 2 && tokens.get(name - 2).word().equals("Prime") && tokens.get(name - 1).word().equals("Minister")) {
            return name - 2;
        }
        return -1;
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
            if (notInOffice.contains(word.toLowerCase(java.util.Locale.ROOT).replace("-", ""))) {
                return Optional.empty();
            }
            for (Mention m : text.mentionsIn(sentence.index())) {
                if (m.begin() <= before && before < m.end()) {
                    // "U.S. President …" names the country; "Nvidia President …" is a company title.
                    return isCountry(m.entityName()) ? Optional.of(m.entityName()) : Optional.empty();
                }
            }
            String twoWords = before >= 1 ? tokens.get(before - 1).word() + " " + word : "";
            if (countryByDemonym.containsKey(twoWords)) {
                return Optional.of(countryByDemonym.get(twoWords));
            }
            if (countryByDemonym.containsKey(word)) {
                return Optional.of(countryByDemonym.get(word));
            }
        }
        Optional<String> administration = gazetteer.byCanonical(person).map(GazetteerEntry::standsFor).filter(c -> !c.isEmpty());
        if (administration.isPresent()) {
            return administration;
        }
        return governedCountries.size() == 1 ? Optional.of(governedCountries.get(0)) : Optional.empty();
    }

    private boolean isCountry(String name) {
        return gazetteer.byCanonical(name).filter(e -> e.type() == EntityType.PLACE && e.standsFor().equals(name)).isPresent();
    }
}
