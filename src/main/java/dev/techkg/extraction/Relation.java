package dev.techkg.extraction;

import dev.techkg.linking.EntityType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The eleven relations of the extraction contract, with the entity types each end may have. */
public enum Relation {
    COMPETES_WITH("competesWith", true, EnumSet.of(EntityType.COMPANY, EntityType.PRODUCT), EnumSet.of(EntityType.COMPANY, EntityType.PRODUCT)),
    PARTNERS_WITH("partnersWith", true, EnumSet.of(EntityType.COMPANY), EnumSet.of(EntityType.COMPANY)),
    REGULATES("regulates", false, EnumSet.of(EntityType.GOVERNMENT_BODY), EnumSet.of(EntityType.COMPANY)),
    INVESTS_IN("investsIn", false, organisations(), EnumSet.of(EntityType.COMPANY)),
    ACQUIRES("acquires", false, EnumSet.of(EntityType.COMPANY), EnumSet.of(EntityType.COMPANY)),
    SUBSIDIARY_OF("subsidiaryOf", false, organisations(), organisations()),
    SUPPLIES("supplies", false, EnumSet.of(EntityType.COMPANY), EnumSet.of(EntityType.COMPANY)),
    FOUNDED_BY("foundedBy", false, EnumSet.of(EntityType.COMPANY), EnumSet.of(EntityType.PERSON)),
    LEADS("leads", false, EnumSet.of(EntityType.PERSON), organisations()),
    /** The object may be a country that the article also uses for its government ("US-based" and "US export rules"). */
    HEADQUARTERED_IN("headquarteredIn", false, organisations(), EnumSet.of(EntityType.PLACE, EntityType.GOVERNMENT_BODY)),
    DEVELOPS("develops", false, organisations(), EnumSet.of(EntityType.PRODUCT));

    private final String localName;
    private final boolean symmetric;
    private final Set<EntityType> subjectTypes;
    private final Set<EntityType> objectTypes;

    Relation(String localName, boolean symmetric, Set<EntityType> subjectTypes, Set<EntityType> objectTypes) {
        this.localName = localName;
        this.symmetric = symmetric;
        this.subjectTypes = subjectTypes;
        this.objectTypes = objectTypes;
    }

    private static Set<EntityType> organisations() {
        return EnumSet.of(EntityType.COMPANY, EntityType.GOVERNMENT_BODY);
    }

    /** The property's local name in the ontology, e.g. "competesWith". */
    public String localName() {
        return localName;
    }

    /** Whether X rel Y implies Y rel X. */
    public boolean symmetric() {
        return symmetric;
    }

    /**
     * Whether a subject and object of these types can stand in this relation (same kind for competesWith; no government
     * body as a company's unit).
     */
    public boolean accepts(EntityType subject, EntityType object) {
        if (!subjectTypes.contains(subject) || !objectTypes.contains(object)) {
            return false;
        }
        // A government body is no unit of a company ("its parent company" read back to a ministry).
        if (this == SUBSIDIARY_OF && subject == EntityType.GOVERNMENT_BODY && object == EntityType.COMPANY) {
            return false;
        }
        return this != COMPETES_WITH || subject == object;
    }

    /**
     * Whether a sentence with these entities (how many distinct ones of each type) could state this relation:
     * it names a possible subject and a different possible object. Rules for relations that cannot hold are
     * not tried.
     */
    public boolean possibleAmong(Map<EntityType, Integer> entitiesByType) {
        for (EntityType subject : subjectTypes) {
            for (EntityType object : objectTypes) {
                if (!accepts(subject, object)) {
                    continue;
                }
                int subjects = entitiesByType.getOrDefault(subject, 0);
                int objects = entitiesByType.getOrDefault(object, 0);
                if (subject == object ? subjects >= 2 : subjects >= 1 && objects >= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The relation with this local name. */
    public static Relation fromLocalName(String name) {
        for (Relation relation : values()) {
            if (relation.localName.equals(name)) {
                return relation;
            }
        }
        throw new IllegalArgumentException("Unknown relation '" + name + "' (expected one of competesWith, partnersWith, "
                + "regulates, investsIn, acquires, subsidiaryOf, supplies, foundedBy, leads, headquarteredIn, develops)");
    }
}
