package dev.techkg.extraction;

import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.GazetteerEntry;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.linking.Names;
import dev.techkg.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * A structural rule that needs no pattern: a product whose name starts with the name of a company of the
 * article ("Google Search", "Samsung Galaxy A16"), or that a company's name stands right before ("the Apple Siri
 * assistant"), is developed by that company; so is a product the gazetteer knows as the company's (or a model of one:
 * "iPhone 16 Pro") when a sentence names the two together. Immutable and thread-safe.
 */
final class ProductNameRule {
    /** Rule id of the product-name-contains-maker rule. */
    static final String RULE = "develops.name-contains-maker";
    private static final double CONFIDENCE = 0.91;
    /** Rule id of the maker-name-before-product rule. */
    static final String MAKER_BEFORE_RULE = "develops.maker-before-name";
    /** Below the name that contains its maker: two names side by side may be a customer's ("the Foxconn iPhone plant"). */
    private static final double MAKER_BEFORE_CONFIDENCE = 0.8;

    /** Rule id of the rule that reads the gazetteer's maker of a known product named beside that maker. */
    static final String KNOWN_MAKER_RULE = "develops.known-maker";
    /**
     * Tokens at most between a known product and its maker: near, the sentence is about the two ("Apple's sales of the
     * iPhone 16"); far apart, it only names both ("Ive worked at Apple … known for iPad designs").
     */
    private static final int KNOWN_MAKER_REACH = 8;
    /** Below the rules that read the text: only the gazetteer ties the two names. */
    private static final double KNOWN_MAKER_CONFIDENCE = 0.62;

    private final Gazetteer gazetteer;

    ProductNameRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "Google Search", "Samsung Galaxy A16": a product whose name starts with the name of a company of the
     * article (any of its surface forms, or its gazetteer aliases) is developed by that company.
     */
    List<CandidateRelation> find(LinkedText text) {
        Map<String, Entity> entities = text.entitiesByName();
        List<CandidateRelation> found = new ArrayList<>();
        Map<String, List<String>> makerNames = new LinkedHashMap<>();
        for (Entity entity : text.entities()) {
            if (entity.type() == EntityType.COMPANY) {
                makerNames.put(entity.name(), names(entity));
            }
        }
        if (makerNames.isEmpty()) {
            return found;
        }
        for (Mention mention : text.mentions()) {
            Entity product = entities.get(mention.entityName());
            if (product.type() != EntityType.PRODUCT) {
                continue;
            }
            Sentence here = text.analysis().sentences().get(mention.sentence());
            for (Mention before : text.mentionsIn(mention.sentence())) {
                // "the Apple Siri assistant", "AMD Instinct GPUs": a company's name as the first word of its product.
                if (before.end() == mention.begin() && makerNames.containsKey(before.entityName())) {
                    found.add(new CandidateRelation(before.entityName(), Relation.DEVELOPS, product.name(),
                            here.index(), here.text(), MAKER_BEFORE_CONFIDENCE, MAKER_BEFORE_RULE));
                }
            }
            // "Apple smartphone sales rose on demand for the iPhone 16 Pro": a known product (or a model of one) named in
            // a sentence that also names its maker.
            String known = knownMaker(product.name());
            // "Alibaba Cloud … its Qwen models": another owner the text gives (a possessive) is left to the rules that read it.
            if (known != null && possessedByMaker(text, mention, known, here) && makerNames.containsKey(known)
                    && text.mentionsIn(mention.sentence()).stream().anyMatch(other -> other.entityName().equals(known)
                            && Math.max(other.begin() - mention.end(), mention.begin() - other.end()) <= KNOWN_MAKER_REACH)) {
                found.add(new CandidateRelation(known, Relation.DEVELOPS, product.name(), here.index(), here.text(),
                        KNOWN_MAKER_CONFIDENCE, KNOWN_MAKER_RULE));
            }
            String surface = Names.normalize(mention.surface());
            String owner = ownerBefore(text, mention, here);
            // Only the gazetteer's row for this very product overrules the name: "Kirin" is Huawei's family of chips,
            // yet "HiSilicon Kirin 9010" names its Huawei unit as the maker.
            String exactMaker = gazetteerMaker(product.name());
            for (Map.Entry<String, List<String>> maker : makerNames.entrySet()) {
                // "HBO Max" is Warner Bros. Discovery's, as the gazetteer knows, not HBO's; "Meta's chat app Messenger
                // Kids" is Meta's, as the text says.
                boolean anotherKnownMaker = exactMaker != null && !exactMaker.equals(maker.getKey()) || owner != null && !owner.equals(maker.getKey());
                if (!anotherKnownMaker && maker.getValue().stream().anyMatch(name -> surface.startsWith(name + " "))) {
                    Sentence sentence = text.analysis().sentences().get(mention.sentence());
                    found.add(new CandidateRelation(maker.getKey(), Relation.DEVELOPS, product.name(),
                            sentence.index(), sentence.text(), CONFIDENCE, RULE));
                }
            }
        }
        return found;
    }

    /**
     * The company whose possessive opens the product's noun phrase ("Meta's chat app Messenger Kids", "its
     * grocery service Zentro Fresh"), or null.
     */
    private static String ownerBefore(LinkedText text, Mention product, Sentence sentence) {
        int k = product.begin() - 1;
        while (k >= 0 && k >= product.begin() - 4 && sentence.tokens().get(k).tag().matches("JJ.*|NN|NNS|VBG|HYPH")) {
            k--;
        }
        if (k < 0 || !sentence.tokens().get(k).tag().matches("POS|PRP\\$")) {
            return null;
        }
        return possessorsAt(text, product.sentence(), k).stream().findFirst().orElse(null);
    }

    /** The companies a possessive token stands for: the name before "'s", or the reference that "its" is. */
    private static List<String> possessorsAt(LinkedText text, int sentence, int possessive) {
        List<Mention> owners = new ArrayList<>(text.mentionsIn(sentence));
        owners.addAll(text.referencesIn(sentence));
        return owners.stream().filter(m -> m.end() == possessive || m.begin() == possessive && m.end() == possessive + 1)
                .map(Mention::entityName).toList();
    }

    /**
     * Whether the product has no possessive before it, or one that stands for its known maker: "its Qwen models" after
     * "Alibaba Cloud" is the unit's, not the group's.
     */
    private static boolean possessedByMaker(LinkedText text, Mention product, String maker, Sentence sentence) {
        int before = product.begin() - 1;
        if (before < 0 || !sentence.tokens().get(before).tag().matches("POS|PRP\\$")) {
            return true;
        }
        return possessorsAt(text, product.sentence(), before).contains(maker);
    }

    /** The gazetteer's maker of the product, or of the known product its name starts with ("iPhone 16 Pro": iPhone). */
    String knownMaker(String product) {
        String name = product;
        while (true) {
            String owner = gazetteerMaker(name);
            if (owner != null) {
                return owner;
            }
            int space = name.lastIndexOf(' ');
            if (space < 0) {
                return null;
            }
            name = name.substring(0, space);
        }
    }

    /** The maker the gazetteer gives the product of this very name, or null. */
    private String gazetteerMaker(String product) {
        return gazetteer.byCanonical(product).filter(entry -> entry.type() == EntityType.PRODUCT)
                .map(GazetteerEntry::owner).filter(owner -> !owner.isEmpty()).orElse(null);
    }

    /** A company's names, normalised: its surface forms, its canonical name and its gazetteer aliases. */
    /**
     * The company of the article whose name opens the product's name as written ("Tesla Model 3", "Lucid Gravity"), if any.
     */
    Optional<String> makerInName(Mention product, Collection<Entity> entities) {
        String surface = Names.normalize(product.surface());
        return entities.stream().filter(entity -> entity.type() == EntityType.COMPANY)
                .filter(entity -> names(entity).stream().anyMatch(name -> surface.startsWith(name + " ")))
                .map(Entity::name).findFirst();
    }

    private List<String> names(Entity maker) {
        List<String> names = new ArrayList<>(maker.surfaceForms());
        names.add(maker.name());
        gazetteer.byCanonical(maker.name()).ifPresent(entry -> names.addAll(entry.aliases()));
        return names.stream().map(Names::normalize).filter(n -> !n.isEmpty()).distinct().toList();
    }
}
