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
    /** The named graph of corrections people make; extraction never writes it. */
    public static final String CURATION_GRAPH = "https://w3id.org/techkg/curation";
    /** Where correction IRIs are minted: {@code /curation/{12 hex digits}}. */
    public static final String CORRECTION_BASE = CURATION_GRAPH + "/";
    /** Where the agents corrections are attributed to are minted: {@code /agent/{slug}}. */
    public static final String AGENT_BASE = "https://w3id.org/techkg/agent/";

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

    // Curation
    /** A change a person made to what the graph shows (a prov:Entity). */
    public static final Resource Correction = resource("Correction");
    /** A fact is wrong (everywhere, or in one article). */
    public static final Resource Rejection = resource("Rejection");
    /** A fact was checked and is right. */
    public static final Resource Confirmation = resource("Confirmation");
    /** A fact a person states, with a note as its evidence. */
    public static final Resource Addition = resource("Addition");
    /** One entity is the same as another. */
    public static final Resource Merge = resource("Merge");
    /** Ends a merge. */
    public static final Resource Split = resource("Split");
    /** An entity has another class. */
    public static final Resource Retyping = resource("Retyping");
    /** An entity has another name. */
    public static final Resource AliasAddition = resource("AliasAddition");
    /** A name is not an entity's. */
    public static final Resource AliasRemoval = resource("AliasRemoval");
    /** Ends a correction. */
    public static final Resource Undo = resource("Undo");
    /** A flag of the review queue was looked at and needs no change. */
    public static final Resource Dismissal = resource("Dismissal");
    /** The subject of the fact a correction is about. */
    public static final Property factSubject = property("factSubject");
    /** The relation of the fact a correction is about. */
    public static final Property factRelation = property("factRelation");
    /** The object of the fact a correction is about. */
    public static final Property factObject = property("factObject");
    /** The one article a rejection is about. */
    public static final Property inArticle = property("inArticle");
    /** The entity a merge folds into another. */
    public static final Property mergedEntity = property("mergedEntity");
    /** The entity a merge keeps. */
    public static final Property mergedInto = property("mergedInto");
    /** The entity a retyping or alias correction changes. */
    public static final Property curatedEntity = property("curatedEntity");
    /** The class a retyping gives. */
    public static final Property newType = property("newType");
    /** The class an entity showed before a retyping. */
    public static final Property previousType = property("previousType");
    /** The name an alias correction adds or removes. */
    public static final Property alias = property("alias");
    /** Why a correction was made; an addition's evidence. */
    public static final Property note = property("note");
    /** The correction an undo or split ends. */
    public static final Property undoes = property("undoes");
    /** The id of the review-queue flag a dismissal is about. */
    public static final Property dismissedFlag = property("dismissedFlag");

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
