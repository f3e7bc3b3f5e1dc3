package dev.techkg.extraction;

import dev.techkg.linking.Entity;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list after a colon whose items carry their own descriptions is split by semicolons: "announced its next
 * architectures: Blackwell Ultra, slated for 2025; the Vera Rubin chip, expected in 2026; and Rubin Ultra". The parser
 * links only the first item to the verb; a fact whose object opens such a list holds for the name that opens every
 * other item.
 */
final class SemicolonLists {
    /** Rule-id suffix of a fact carried over to a later item of the list. */
    static final String SUFFIX = "+semicolon-list";
    /** Words that may stand between a semicolon and the name that opens the item. */
    private static final Set<String> ITEM_OPENERS = Set.of("and", "or", "the", "a", "an", "its", "their");

    private SemicolonLists() {
    }

    static List<CandidateRelation> carriedOver(LinkedText text, Iterable<CandidateRelation> facts, Map<String, Entity> entities) {
        List<CandidateRelation> carried = new ArrayList<>();
        for (CandidateRelation fact : facts) {
            List<Token> tokens = text.analysis().sentences().get(fact.sentence()).tokens();
            List<Mention> mentions = text.mentionsIn(fact.sentence());
            Entity object = entities.get(fact.object());
            for (Mention first : mentions) {
                if (!first.entityName().equals(fact.object()) || !opensList(tokens, first.begin())) {
                    continue;
                }
                for (int k = first.end(); k < tokens.size(); k++) {
                    String word = tokens.get(k).word();
                    if (word.equals(":") || word.equals("(")) {
                        break; // another list or an aside: the items end here
                    }
                    if (!word.equals(";")) {
                        continue;
                    }
                    int start = k + 1;
                    while (start < tokens.size() && ITEM_OPENERS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
                        start++;
                    }
                    for (Mention item : mentions) {
                        Entity itemEntity = entities.get(item.entityName());
                        if (item.begin() == start && itemEntity != null && itemEntity.type() == object.type()
                                && !item.entityName().equals(fact.subject())) {
                            carried.add(new CandidateRelation(fact.subject(), fact.relation(), item.entityName(), fact.sentence(),
                                    fact.evidence(), fact.confidence(), fact.rule() + SUFFIX));
                        }
                    }
                }
                break;
            }
        }
        return carried;
    }

    /** Whether the name opens a list after a colon (": Blackwell Ultra", ": the Cybercab"). */
    private static boolean opensList(List<Token> tokens, int begin) {
        int k = begin - 1;
        while (k >= 0 && ITEM_OPENERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        return k >= 0 && tokens.get(k).word().equals(":");
    }
}
