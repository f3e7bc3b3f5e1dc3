package dev.techkg.extraction;

import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "Brussels has opened an investigation into Meta, the European Commission said": news names a government by its
 * country or seat and credits the act to the agency that took it. The agency that reports the act in the same sentence
 * is the one that regulates; the country or union is a stand-in for it.
 */
final class SpeakingAgency {
    private final Set<String> creditingVerbs;
    private final Set<String> watchdogNouns;
    /** Whether a canonical name is a country's or a union's government rather than one agency's. */
    private final Predicate<String> wholeGovernment;

    SpeakingAgency(Set<String> creditingVerbs, Set<String> watchdogNouns, Predicate<String> wholeGovernment) {
        this.creditingVerbs = Set.copyOf(creditingVerbs);
        this.watchdogNouns = Set.copyOf(watchdogNouns);
        this.wholeGovernment = wholeGovernment;
    }

    /**
     * The agency that credits the sentence's statement to itself: a government body other than a country or union, at
     * the start of the sentence or after a comma, right before a verb of saying ("…, the Commerce Department said";
     * "The Commerce Department said …").
     */
    Optional<String> speaker(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities) {
        String found = null;
        for (Mention mention : mentions) {
            Entity entity = entities.get(mention.entityName());
            if (entity == null || entity.type() != EntityType.GOVERNMENT_BODY || wholeGovernment.test(entity.name())
                    || mention.end() >= tokens.size()
                    || !creditingVerbs.contains(tokens.get(mention.end()).word().toLowerCase(Locale.ROOT))
                    || !opensClause(tokens, mention.begin())) {
                continue;
            }
            if (found != null && !found.equals(entity.name())) {
                return Optional.empty(); // two agencies speak: which one acted is not said
            }
            found = entity.name();
        }
        return Optional.ofNullable(found);
    }

    /** Whether the fact's subject is a whole government that a reporting agency stands behind. */
    boolean standsIn(String subject) {
        return wholeGovernment.test(subject);
    }

    /**
     * Whether the mention of a whole government is the possessor of a noun that names one of its agencies, with at most
     * two modifiers between: "Canada's antitrust watchdog", "Japan's competition regulator".
     */
    boolean possessesAWatchdog(List<Token> tokens, Mention government) {
        int k = government.end();
        if (k >= tokens.size() || !tokens.get(k).tag().equals("POS")) {
            return false;
        }
        for (int i = k + 1; i < tokens.size() && i <= k + 3; i++) {
            if (watchdogNouns.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article names the agency as one of the country's: right after the country's possessive ("Canada's
     * Competition Bureau") or with the country's name inside its own ("Competition Commission of India").
     */
    static boolean agencyOf(String country, String agency, List<Mention> mentionsOfArticle, Map<Integer, List<Token>> tokensBySentence) {
        if (agency.contains(country)) {
            return true;
        }
        for (int i = 0; i + 1 < mentionsOfArticle.size(); i++) {
            Mention first = mentionsOfArticle.get(i);
            Mention next = mentionsOfArticle.get(i + 1);
            List<Token> tokens = tokensBySentence.get(first.sentence());
            if (first.entityName().equals(country) && next.entityName().equals(agency) && first.sentence() == next.sentence()
                    && next.begin() == first.end() + 1 && tokens.get(first.end()).tag().equals("POS")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensClause(List<Token> tokens, int begin) {
        int k = begin - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        return k < 0 || tokens.get(k).word().equals(",");
    }
}
