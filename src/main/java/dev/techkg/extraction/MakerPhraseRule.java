package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A structural rule that needs no pattern: "the iPhone maker said …", "a $2 billion investment in the Fortnite
 * developer", "the maker of ChatGPT agreed …", "the company behind Claude". A phrase that names a company by its
 * product and a maker noun ({@value #NOUNS}) or "behind", once coreference has resolved it to a company of the
 * article, states that the company develops the product. Immutable and thread-safe.
 */
final class MakerPhraseRule {
    static final String RULE = "develops.maker-phrase";
    /** The data file of maker nouns. */
    static final String NOUNS = "maker-nouns.txt";
    /** Below the templates that state the same fact outright ("the ChatGPT maker, OpenAI"): the antecedent is a guess. */
    private static final double CONFIDENCE = 0.76;

    private final Set<String> makerNouns;

    private MakerPhraseRule(Set<String> makerNouns) {
        this.makerNouns = Set.copyOf(makerNouns);
    }

    static MakerPhraseRule create() {
        return new MakerPhraseRule(Resources.lines(MakerPhraseRule.class, NOUNS).stream()
                .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    List<CandidateRelation> find(LinkedText text) {
        Map<String, Entity> entities = text.entitiesByName();
        List<CandidateRelation> found = new ArrayList<>();
        for (Mention reference : text.references()) {
            if (entities.get(reference.entityName()).type() != EntityType.COMPANY) {
                continue;
            }
            Sentence sentence = text.analysis().sentences().get(reference.sentence());
            String head = sentence.tokens().get(reference.end() - 1).lemma().toLowerCase(Locale.ROOT);
            List<dev.techkg.nlp.Token> tokens = sentence.tokens();
            // "the maker of ChatGPT", "the company behind Claude": the product right after the head and its preposition.
            int after = reference.end() < tokens.size() ? reference.end() + 1 : -1;
            String preposition = after > 0 ? tokens.get(reference.end()).word().toLowerCase(Locale.ROOT) : "";
            boolean productAfter = preposition.equals("of") && makerNouns.contains(head) || preposition.equals("behind");
            if (!makerNouns.contains(head) && !productAfter) {
                continue;
            }
            for (Mention product : text.mentionsIn(reference.sentence())) {
                // The product stands right before the head: "the iPhone maker", "the Galaxy S25 maker".
                boolean before = makerNouns.contains(head) && product.end() == reference.end() - 1 && product.begin() >= reference.begin();
                if ((before || productAfter && product.begin() == after)
                        && entities.get(product.entityName()).type() == EntityType.PRODUCT) {
                    found.add(new CandidateRelation(reference.entityName(), Relation.DEVELOPS, product.entityName(),
                            sentence.index(), sentence.text(), CONFIDENCE, RULE));
                }
            }
        }
        return found;
    }
}
