package dev.techkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** Terms of the standard vocabularies TechKG uses that Jena has no constant for, and the shared prefixes. */
public final class Vocab {
    /** schema.org, as the ontology declares it (https, no www). */
    public static final String SCHEMA = "https://schema.org/";
    /** W3C PROV-O. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /**
     * Wikidata's namespace of item IRIs: an entity the gazetteer knows is {@code owl:sameAs} this + its QID. An
     * identifier only; TechKG never fetches it.
     */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /** An article mentions an entity. */
    public static final Property schemaMentions = ResourceFactory.createProperty(SCHEMA, "mentions");
    /** A reified fact comes from an article. */
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

    /** When a correction was made. */
    public static final Property provGeneratedAtTime = ResourceFactory.createProperty(PROV, "generatedAtTime");
    /** Who made a correction. */
    public static final Property provWasAttributedTo = ResourceFactory.createProperty(PROV, "wasAttributedTo");
    /** The class of whoever made a correction. */
    public static final org.apache.jena.rdf.model.Resource provAgent = ResourceFactory.createResource(PROV + "Agent");

    private Vocab() {}

    /** The prefixes every output and query of TechKG knows, as a fresh (mutable) mapping. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix(TK.PREFIX, TK.NAMESPACE)
                .setNsPrefix("id", TK.ENTITY_BASE)
                .setNsPrefix("article", TK.ARTICLE_BASE)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI());
    }
}
