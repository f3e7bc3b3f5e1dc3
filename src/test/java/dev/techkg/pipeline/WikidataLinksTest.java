package dev.techkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Entities the gazetteer has a checked Wikidata ID for are stored {@code owl:sameAs} that Wikidata item; others get none. */
@ExtendWith(SharedAnalyzer.class)
class WikidataLinksTest {
    @TempDir
    Path temp;

    @Test
    void an_ingested_entity_with_a_gazetteer_wikidata_id_is_same_as_its_wikidata_item_and_one_without_has_no_same_as(
            TextAnalyzer analyzer) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve("deal.txt"),
                "Microsoft agreed to buy Quillfeather Robotics, a small warehouse automation startup, for an undisclosed sum.\n");
        try (Wiring wiring = Wiring.withAnalyzer(new Config(temp.resolve("store")), analyzer)) {
            IngestReport report = wiring.ingestService().ingest(List.of(folder), 1, IngestListener.SILENT);
            String article = report.outcomes().get(0).articleIri();
            Graph graph = read(wiring.store(), article);

            Node microsoft = NodeFactory.createURI(TK.ENTITY_BASE + "microsoft");
            assertTrue(graph.contains(microsoft, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q2283")),
                    "Microsoft is linked to its Wikidata item");
            Node startup = NodeFactory.createURI(TK.ENTITY_BASE + "quillfeather-robotics");
            assertTrue(graph.contains(startup, Node.ANY, Node.ANY), "the startup is an entity of the article");
            assertEquals(List.of(), graph.find(startup, OWL.sameAs.asNode(), Node.ANY).toList(),
                    "an entity the gazetteer has no Wikidata ID for gets no sameAs");
            assertEquals(1, graph.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().size());
        }
    }

    private static Graph read(GraphStore store, String iri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.writeGraph(iri, Lang.NTRIPLES, out);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(graph);
        return graph;
    }
}
