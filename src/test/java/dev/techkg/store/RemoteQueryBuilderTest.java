package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

/** Values for a remote store's query go into its text as terms, and only as terms: what could break out is refused. */
class RemoteQueryBuilderTest {
    private final Query query = QueryFactory.create("SELECT ?o WHERE { ?s ?p ?o }");

    @Test
    void an_IRI_that_would_end_its_term_early_is_refused_not_written() {
        for (String iri : List.of("http://x> } } ; DROP ALL ; #", "urn:a b", "http://x/\"", "http://x/{y}")) {
            Map<Var, Node> values = Map.of(Var.alloc("p"), NodeFactory.createURI(iri));
            assertThrows(StoreException.class, () -> RemoteQueryBuilder.withValues(query, values), iri);
        }
    }

    @Test
    void literals_with_quotes_and_newlines_come_back_unchanged_after_a_round_trip_through_the_text() {
        Map<Var, Node> values = new LinkedHashMap<>();
        values.put(Var.alloc("o"), NodeFactory.createLiteralString("a \"quoted\" } } ; DROP ALL ;\n#"));
        values.put(Var.alloc("p"), NodeFactory.createURI("https://w3id.org/techkg/ontology#competesWith"));
        Query sent = QueryFactory.create(RemoteQueryBuilder.withValues(query, values).serialize());
        ElementData data = (ElementData) ((ElementGroup) sent.getQueryPattern()).get(0);
        assertEquals(1, data.getRows().size());
        assertEquals(values.get(Var.alloc("o")), data.getRows().get(0).get(Var.alloc("o")));
        assertEquals(values.get(Var.alloc("p")), data.getRows().get(0).get(Var.alloc("p")));
        assertEquals(2, ((ElementGroup) sent.getQueryPattern()).size());
    }
}
