package dev.techkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The TechKG ontology ({@code ontology/techkg.ttl}) as constants. A test checks this class against the
 * ontology both ways, so every term here is declared there and every term there has a constant here.
 */
public final class TK {
    /** The ontology namespace. */
    public static final String NAMESPACE = "https://w3id.org/techkg/ontology#";
    /** The preferred prefix. */
    public static final String PREFIX = "tk";
    /** Where entity IRIs are minted: {@code /id/{slug}}. */
    public static final String ENTITY_BASE = "https://w3id.org/techkg/id/";
    /** Where article IRIs (which are also named graph IRIs) are minted: {@code /article/{hash}}. */
    public static final String ARTICLE_BASE = "https://w3id.org/techkg/article/";

    // Classes
    /** A company or a government body. */
    public static final Resource Organization = resource("Organization");
    /** A business, including units, labs and joint ventures. */
    public static final Resource Company = resource("Company");
    /** A government, ministry, regulator, or a country used for its government. */
    public static final Resource GovernmentBody = resource("GovernmentBody");
    /** A named person. */
    public static final Resource Person = resource("Person");
    /** A country, region or city in its geographic sense. */
    public static final Resource Place = resource("Place");
    /** A named product, model, chip, device, app or service. */
    public static final Resource Product = resource("Product");
    /** A news article; its IRI names the graph holding what was extracted from it. */
    public static final Resource Article = resource("Article");

    // Relations
    /** Symmetric: rivals, competitors. */
    public static final Property competesWith = property("competesWith");
    /** Symmetric: partnership, alliance, agreement. */
    public static final Property partnersWith = property("partnersWith");
    /** Government body to company it acts on. */
    public static final Property regulates = property("regulates");
    /** Investor to organisation. */
    public static final Property investsIn = property("investsIn");
    /** Acquirer to acquired company. */
    public static final Property acquires = property("acquires");
    /** Unit to parent. */
    public static final Property subsidiaryOf = property("subsidiaryOf");
    /** Supplier to customer. */
    public static final Property supplies = property("supplies");
    /** Company to founder. */
    public static final Property foundedBy = property("foundedBy");
    /** Person to the organisation or country they head. */
    public static final Property leads = property("leads");
    /** Organisation to the place it is based in. */
    public static final Property headquarteredIn = property("headquarteredIn");
    /** Organisation to product. */
    public static final Property develops = property("develops");

    // Evidence and text
    /** The sentence stating a reified fact. */
    public static final Property evidence = property("evidence");
    /** The confidence of a reified fact, 0.0 to 1.0. */
    public static final Property confidence = property("confidence");
    /** The id of the rule that produced a reified fact. */
    public static final Property rule = property("rule");
    /** The clean body text of an article. */
    public static final Property text = property("text");

    // Publication date and copies
    /** Where an article's publication date was found (header, html-meta, url, dateline…); absent when it has none. */
    public static final Property dateSource = property("dateSource");
    /** The hash of an article's text without its first paragraph: near-copies (syndicated text) share it. */
    public static final Property copyKey = property("copyKey");

    private TK() {}

    /** The relation property with this local name, e.g. {@code "leads"}; fails on an unknown name. */
    public static Property relation(String localName) {
        return switch (localName) {
            case "competesWith" -> competesWith;
            case "partnersWith" -> partnersWith;
            case "regulates" -> regulates;
            case "investsIn" -> investsIn;
            case "acquires" -> acquires;
            case "subsidiaryOf" -> subsidiaryOf;
            case "supplies" -> supplies;
            case "foundedBy" -> foundedBy;
            case "leads" -> leads;
            case "headquarteredIn" -> headquarteredIn;
            case "develops" -> develops;
            default -> throw new IllegalArgumentException("Unknown TechKG relation: " + localName);
        };
    }

    /** Whether the relation is declared {@code owl:SymmetricProperty} (stored in the direction an article put it). */
    public static boolean isSymmetric(String relationIri) {
        return relationIri.equals(competesWith.getURI()) || relationIri.equals(partnersWith.getURI());
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NAMESPACE + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NAMESPACE, localName);
    }
}
