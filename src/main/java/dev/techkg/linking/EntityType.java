package dev.techkg.linking;

/** The five kinds of entity, named as the ontology's classes. */
public enum EntityType {
    COMPANY("Company", "COMPANY"),
    GOVERNMENT_BODY("GovernmentBody", "GOV"),
    PERSON("Person", "PERSON"),
    PLACE("Place", "PLACE"),
    PRODUCT("Product", "PRODUCT");

    private final String className;
    private final String ruleLabel;

    EntityType(String className, String ruleLabel) {
        this.className = className;
        this.ruleLabel = ruleLabel;
    }

    /** The local name of the ontology class, e.g. "GovernmentBody". */
    public String className() {
        return className;
    }

    /** The label extraction rules match on, e.g. {@code [{ner:GOV}]}. */
    public String ruleLabel() {
        return ruleLabel;
    }

    /** The type whose class name or rule label is given (case-insensitive). */
    public static EntityType parse(String name) {
        for (EntityType type : values()) {
            if (type.className.equalsIgnoreCase(name) || type.ruleLabel.equalsIgnoreCase(name)
                    || type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown entity type '" + name
                + "' (expected one of Company, GovernmentBody, Person, Place, Product)");
    }
}
