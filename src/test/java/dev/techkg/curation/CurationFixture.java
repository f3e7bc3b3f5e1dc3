package dev.techkg.curation;

/**
 * Two articles as TriG, in the shape ingest writes them: "Facebook" and "Meta Platforms" are two nodes, Nutanix is typed
 * as a person, and one article says the European Union is headquartered in Dublin.
 */
public final class CurationFixture {
    public static final String ARTICLE_1 = "https://w3id.org/techkg/article/a1a1a1a1a1a1a1a1";
    public static final String ARTICLE_2 = "https://w3id.org/techkg/article/b2b2b2b2b2b2b2b2";

    private CurationFixture() {}

    public static String trig() {
        return """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix id: <https://w3id.org/techkg/id/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix schema: <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> {
                  <%s> a tk:Article ; dcterms:title "Social network signs a chip deal" ; dcterms:source "https://news.example.org/one" ;
                      dcterms:date "2025-02-01"^^xsd:date ; tk:dateSource "given" ; dcterms:created "2025-02-02T10:00:00Z"^^xsd:dateTime ;
                      tk:text "Facebook partners with Nvidia. Jensen Huang leads Nvidia. The European Union is headquartered in Dublin." ;
                      schema:mentions id:facebook , id:nvidia , id:jensen-huang , id:european-union , id:dublin .
                  id:facebook a tk:Company ; rdfs:label "Facebook" .
                  id:nvidia a tk:Company ; rdfs:label "Nvidia" .
                  id:jensen-huang a tk:Person ; rdfs:label "Jensen Huang" .
                  id:european-union a tk:GovernmentBody ; rdfs:label "European Union" .
                  id:dublin a tk:Place ; rdfs:label "Dublin" .
                  id:facebook tk:partnersWith id:nvidia .
                  id:jensen-huang tk:leads id:nvidia .
                  id:european-union tk:headquarteredIn id:dublin .
                  [] a rdf:Statement ; rdf:subject id:facebook ; rdf:predicate tk:partnersWith ; rdf:object id:nvidia ;
                     tk:evidence "Facebook partners with Nvidia." ; tk:confidence 0.8 ; tk:rule "partner-with" ; prov:wasDerivedFrom <%s> .
                  [] a rdf:Statement ; rdf:subject id:jensen-huang ; rdf:predicate tk:leads ; rdf:object id:nvidia ;
                     tk:evidence "Jensen Huang leads Nvidia." ; tk:confidence 0.9 ; tk:rule "leads" ; prov:wasDerivedFrom <%s> .
                  [] a rdf:Statement ; rdf:subject id:european-union ; rdf:predicate tk:headquarteredIn ; rdf:object id:dublin ;
                     tk:evidence "The European Union is headquartered in Dublin." ; tk:confidence 0.7 ; tk:rule "hq-in" ; prov:wasDerivedFrom <%s> .
                }
                <%s> {
                  <%s> a tk:Article ; dcterms:title "Rivals in the cloud" ; dcterms:source "https://news.example.org/two" ;
                      dcterms:date "2025-03-01"^^xsd:date ; tk:dateSource "given" ; dcterms:created "2025-03-02T10:00:00Z"^^xsd:dateTime ;
                      tk:text "Meta Platforms competes with Nutanix. Meta, as Facebook is now called, buys from Nvidia." ;
                      schema:mentions id:meta-platforms , id:nutanix , id:nvidia .
                  id:meta-platforms a tk:Company ; rdfs:label "Meta Platforms" ; skos:altLabel "Meta" .
                  id:nutanix a tk:Person ; rdfs:label "Nutanix" .
                  id:nvidia a tk:Company ; rdfs:label "Nvidia" .
                  id:meta-platforms tk:competesWith id:nutanix .
                  [] a rdf:Statement ; rdf:subject id:meta-platforms ; rdf:predicate tk:competesWith ; rdf:object id:nutanix ;
                     tk:evidence "Meta Platforms competes with Nutanix." ; tk:confidence 0.8 ; tk:rule "compete" ; prov:wasDerivedFrom <%s> .
                }
                """.formatted(ARTICLE_1, ARTICLE_1, ARTICLE_1, ARTICLE_1, ARTICLE_1, ARTICLE_2, ARTICLE_2, ARTICLE_2);
    }
}
