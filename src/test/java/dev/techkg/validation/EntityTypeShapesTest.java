package dev.techkg.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The shapes allow a country to be both a government and a place, and no other entity two types. */
class EntityTypeShapesTest {
    private static final String PREFIXES = """
            @prefix tk: <https://w3id.org/techkg/ontology#> .
            @prefix id: <https://w3id.org/techkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    private static ValidationReport validate(String turtle) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(PREFIXES + turtle)).lang(Lang.TURTLE).parse(data);
        return org.apache.jena.shacl.ShaclValidator.get().validate(Shapes.parse(ShaclValidator.shapesGraph()), data);
    }

    @Test
    void a_country_that_is_both_a_government_and_a_place_conforms() {
        ValidationReport report = validate("""
                id:united-states a tk:GovernmentBody , tk:Place ; rdfs:label "United States" .
                id:acme a tk:Company ; rdfs:label "Acme" ; tk:headquarteredIn id:united-states .
                """);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void a_company_that_is_also_a_person_does_not_conform() {
        ValidationReport report = validate("""
                id:jordan-lee a tk:Company , tk:Person ; rdfs:label "Jordan Lee" .
                """);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("must be a government body and a place")),
                () -> report.getEntries().toString());
    }
}
