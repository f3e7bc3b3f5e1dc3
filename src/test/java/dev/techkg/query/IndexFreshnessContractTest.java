package dev.techkg.query;

import dev.techkg.index.GraphIndexCache;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.query.EntityService.EntityDetail;
import dev.techkg.query.EntityService.EntitySummary;
import dev.techkg.query.EntityService.RelationGroup;
import dev.techkg.query.GraphService.GraphView;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity and graph services answer from a cached index of the store; every write through the store
 * (ingest, replace, delete, update, load, restore) shows in the very next answer. Run against each store
 * implementation by a short subclass.
 */
abstract class IndexFreshnessContractTest {
    private static final String ALIBABA = TK.ARTICLE_BASE + "alibaba";
    private static final String BAIDU = TK.ARTICLE_BASE + "baidu";

    @TempDir
    Path temp;
    private GraphStore store;
    private GraphIndexCache index;
    private EntityService entities;
    private GraphService graphs;

    /** A new, empty store; closed after each test. */
    abstract GraphStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
        index = GraphIndexCache.over(store);
        entities = new EntityService(store, index);
        graphs = new GraphService(index);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An article graph as an ingest writes it: description, mentions, entities, one fact with its statement. */
    static ArticleGraph article(String iri, String date, String subject, String subjectLabel, String relation,
                                        String object, String objectLabel, String evidence) {
        String turtle = """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix schema: <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <ARTICLE> a tk:Article ; dcterms:title "Title of ARTICLE" ; dcterms:source "ARTICLE.txt" ;
                    dcterms:date "DATE"^^xsd:date ; dcterms:created "DATET08:00:00Z"^^xsd:dateTime ;
                    schema:mentions <SUBJECT>, <OBJECT> .
                <SUBJECT> a tk:Company ; rdfs:label "SLABEL" .
                <OBJECT> a tk:Company ; rdfs:label "OLABEL" ; skos:altLabel "OLABEL Inc" .
                <SUBJECT> tk:RELATION <OBJECT> .
                [] a rdf:Statement ; rdf:subject <SUBJECT> ; rdf:predicate tk:RELATION ; rdf:object <OBJECT> ;
                    tk:evidence "EVIDENCE" ; tk:confidence 0.9 ; tk:rule "test-rule" .
                """.replace("ARTICLE", iri).replace("DATE", date).replace("SUBJECT", TK.ENTITY_BASE + subject)
                .replace("OBJECT", TK.ENTITY_BASE + object).replace("SLABEL", subjectLabel).replace("OLABEL", objectLabel)
                .replace("RELATION", relation).replace("EVIDENCE", evidence);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return new ArticleGraph(iri, iri + ".txt", graph, 2, 1);
    }

    private List<String> found(String prefix) {
        return entities.search(prefix, null, 10).stream().map(EntitySummary::id).toList();
    }

    private List<String> nodes(GraphView view) {
        return view.nodes().stream().map(GraphService.GraphNode::id).toList();
    }

    @Test
    void an_ingested_article_shows_in_search_entity_pages_and_graph_views_at_once() {
        store.putArticle(article(ALIBABA, "2025-03-01", "alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent",
                "Alibaba's rival Tencent followed."), List.of());
        assertEquals(List.of("alibaba-group"), found("ali"));
        assertEquals(List.of(), found("bai"), "read once, before the second article");

        store.putArticle(article(BAIDU, "2025-04-01", "alibaba-group", "Alibaba Group", "partnersWith", "baidu", "Baidu",
                "Alibaba partnered with Baidu."), List.of());
        assertEquals(List.of("baidu"), found("bai"));
        assertEquals(List.of("baidu"), found("BAIDU i"), "aliases, case-insensitively");
        EntityDetail alibaba = entities.entity("alibaba-group").orElseThrow();
        assertEquals(2, alibaba.articles());
        RelationGroup partner = alibaba.relations().stream().filter(g -> g.relation().equals("partnersWith")).findFirst().orElseThrow();
        assertEquals("Alibaba partnered with Baidu.", partner.evidence().get(0).sentence());
        assertEquals("Title of " + BAIDU, partner.evidence().get(0).article().title());
        assertEquals("2025-04-01", partner.articles().get(0).date());
        assertTrue(nodes(graphs.neighbourhood("alibaba-group", 1, GraphService.Filter.NONE)).contains("baidu"));
        assertTrue(nodes(graphs.top(3)).contains("baidu"));
    }

    @Test
    void a_deleted_article_leaves_search_entity_pages_and_graph_views_at_once() {
        store.putArticle(article(ALIBABA, "2025-03-01", "alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent",
                "Alibaba's rival Tencent followed."), List.of());
        store.putArticle(article(BAIDU, "2025-04-01", "alibaba-group", "Alibaba Group", "partnersWith", "baidu", "Baidu",
                "Alibaba partnered with Baidu."), List.of());
        assertEquals(List.of("baidu"), found("bai"));

        assertEquals(1, store.deleteGraphs(List.of(BAIDU)));
        assertEquals(List.of(), found("bai"));
        assertTrue(entities.entity("baidu").isEmpty());
        assertEquals(1, entities.entity("alibaba-group").orElseThrow().articles());
        assertFalse(nodes(graphs.neighbourhood("alibaba-group", 2, GraphService.Filter.NONE)).contains("baidu"));
        assertFalse(nodes(graphs.top(10)).contains("baidu"));
    }

    @Test
    void a_replaced_article_shows_its_new_version_at_once() {
        store.putArticle(article(ALIBABA, "2025-03-01", "alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent",
                "Alibaba's rival Tencent followed."), List.of());
        assertEquals(List.of("tencent"), found("tenc"));
        store.putArticle(article(BAIDU, "2025-03-02", "alibaba-group", "Alibaba Group", "competesWith", "baidu", "Baidu",
                "Alibaba's rival Baidu followed."), List.of(ALIBABA));
        assertEquals(List.of(), found("tenc"));
        RelationGroup rival = entities.entity("alibaba-group").orElseThrow().relations().get(0);
        assertEquals("baidu", rival.other().id());
        assertEquals(1, rival.totalEvidence());
    }

    @Test
    void the_saved_queries_answered_from_the_index_show_writes_and_deletes_at_once() {
        IndexedQueries indexed = new IndexedQueries(index, store);
        SavedQueries saved = SavedQueries.loadDefault();
        Supplier<List<String>> newRelations = () -> indexed.answer(saved.get("new-relations").orElseThrow(), Map.of())
                .rows().stream().map(row -> row.get(Var.alloc("objectLabel")).getLiteralLexicalForm()).toList();
        Supplier<List<String>> top = () -> indexed.answer(saved.get("top-entities").orElseThrow(), Map.of())
                .rows().stream().map(row -> row.get(Var.alloc("entity")).getURI()).toList();
        store.putArticle(article(ALIBABA, "2025-03-01", "alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent",
                "Alibaba's rival Tencent followed."), List.of());
        assertEquals(List.of("Tencent"), newRelations.get());
        store.putArticle(article(BAIDU, "2025-04-01", "alibaba-group", "Alibaba Group", "partnersWith", "baidu", "Baidu",
                "Alibaba partnered with Baidu."), List.of());
        assertEquals(List.of("Baidu", "Tencent"), newRelations.get(), "newest first");
        assertTrue(top.get().contains(TK.ENTITY_BASE + "baidu"));

        assertEquals(1, store.deleteGraphs(List.of(BAIDU)));
        assertEquals(List.of("Tencent"), newRelations.get());
        assertFalse(top.get().contains(TK.ENTITY_BASE + "baidu"));
    }

    @Test
    void updates_loads_and_restores_show_at_once() throws Exception {
        store.putArticle(article(ALIBABA, "2025-03-01", "alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent",
                "Alibaba's rival Tencent followed."), List.of());
        assertEquals(List.of(), found("aliyun"));
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + ALIBABA + "> { <" + TK.ENTITY_BASE
                + "alibaba-group> <http://www.w3.org/2004/02/skos/core#altLabel> \"Aliyun\" } }"));
        assertEquals(List.of("alibaba-group"), found("aliyun"));

        Path file = Files.writeString(temp.resolve("more.nq"), "<" + TK.ENTITY_BASE + "xiaomi> <http://www.w3.org/2000/01/rdf-schema#label> \"Xiaomi\" <urn:x:g> .\n"
                + "<" + TK.ENTITY_BASE + "xiaomi> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + TK.Company.getURI() + "> <urn:x:g> .\n");
        store.load(file, Lang.NQUADS, "urn:x:triples");
        assertEquals("Xiaomi", entities.entity("xiaomi").orElseThrow().label());

        store.restore(file, Lang.NQUADS, true);
        assertTrue(entities.entity("alibaba-group").isEmpty(), "the restore replaced everything");
        assertEquals(List.of(), found("ali"));
    }

    @Test
    void an_entity_page_shows_a_page_of_relation_groups_and_the_total() {
        for (int i = 0; i < 7; i++) {
            store.putArticle(article(TK.ARTICLE_BASE + "a" + i, "2025-01-0" + (i + 1), "alibaba-group", "Alibaba Group", "competesWith",
                    "rival-" + i, "Rival " + i, "Alibaba competes with Rival " + i + "."), List.of());
        }
        EntityDetail page = entities.entity("alibaba-group", new EntityService.Page(2, 3, null, null)).orElseThrow();
        assertEquals(7, page.totalRelations());
        assertEquals(List.of("rival-2", "rival-3", "rival-4"), page.relations().stream().map(g -> g.other().id()).toList());
        EntityDetail one = entities.entity("alibaba-group", new EntityService.Page(0, 50, "competesWith", "rival-5")).orElseThrow();
        assertEquals(1, one.totalRelations());
        assertEquals("Alibaba competes with Rival 5.", one.relations().get(0).evidence().get(0).sentence());
        assertEquals(0, entities.entity("alibaba-group", new EntityService.Page(0, 50, "partnersWith", null)).orElseThrow().totalRelations());
    }

    @Test
    void an_index_kept_up_graph_by_graph_answers_as_one_read_whole() {
        for (int i = 0; i < 6; i++) {
            store.putArticle(article(TK.ARTICLE_BASE + "a" + i, "2025-02-0" + (i + 1), "company-" + (i % 3), "Company " + (i % 3),
                    i % 2 == 0 ? "competesWith" : "partnersWith", "company-" + ((i + 1) % 3), "Company " + ((i + 1) % 3),
                    "Sentence " + i + "."), List.of());
            entities.search("comp", null, 10); // the live index follows each write
        }
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "a1"));
        store.putArticle(article(TK.ARTICLE_BASE + "a7", "2025-02-09", "company-0", "Company 0", "investsIn", "company-9", "Company 9",
                "Company 0 invested in Company 9."), List.of(TK.ARTICLE_BASE + "a2"));

        GraphIndexCache whole = GraphIndexCache.over(store);
        EntityService fresh = new EntityService(store, whole);
        GraphService freshGraphs = new GraphService(whole);
        assertEquals(fresh.search("comp", null, 100), entities.search("comp", null, 100));
        for (String slug : List.of("company-0", "company-1", "company-2", "company-9")) {
            assertEquals(fresh.entity(slug), entities.entity(slug), slug);
            assertEquals(freshGraphs.neighbourhood(slug, 2, GraphService.Filter.NONE), graphs.neighbourhood(slug, 2, GraphService.Filter.NONE));
        }
        assertEquals(freshGraphs.top(10), graphs.top(10));
    }

    @Test
    void a_hub_view_keeps_its_strongest_neighbours_up_to_the_limit_and_says_it_was_truncated() {
        List<GraphStore.ArticleWrite> writes = new ArrayList<>();
        for (int i = 0; i < GraphService.MAX_EDGES + 50; i++) {
            writes.add(new GraphStore.ArticleWrite(article(TK.ARTICLE_BASE + "h" + i, "2025-05-01", "hub", "Hub", "supplies",
                    "customer-" + i, "Customer " + i, "Hub supplies Customer " + i + "."), List.of()));
        }
        // One fact with two articles: the strongest edge, kept whatever the cap.
        writes.add(new GraphStore.ArticleWrite(article(TK.ARTICLE_BASE + "h-again", "2025-05-02", "hub", "Hub", "supplies",
                "customer-" + (GraphService.MAX_EDGES + 49), "Customer", "Hub supplies it again."), List.of()));
        store.putArticles(writes);

        GraphView view = graphs.neighbourhood("hub", 1, GraphService.Filter.NONE);
        assertTrue(view.truncated());
        assertEquals(GraphService.MAX_NODES, view.nodes().size());
        assertEquals(GraphService.MAX_NODES - 1, view.edges().size());
        assertEquals("customer-" + (GraphService.MAX_EDGES + 49), view.edges().get(0).target());
        assertEquals(2, view.edges().get(0).weight());
        assertFalse(graphs.neighbourhood("customer-1", 1, GraphService.Filter.NONE).truncated());
    }

    @Test
    void a_view_between_dates_weighs_each_edge_by_the_articles_within_them() {
        for (String date : List.of("2025-01-10", "2025-02-10", "2025-03-10")) {
            store.putArticle(article(TK.ARTICLE_BASE + "rivals-" + date, date, "alibaba-group", "Alibaba Group", "competesWith", "tencent",
                    "Tencent", "Alibaba competes with Tencent."), List.of());
        }
        store.putArticle(article(TK.ARTICLE_BASE + "partners", "2025-02-20", "tencent", "Tencent", "partnersWith", "baidu", "Baidu",
                "Tencent partnered with Baidu."), List.of());

        assertEquals(3, graphs.neighbourhood("alibaba-group", 1, GraphService.Filter.NONE).edges().get(0).weight());
        GraphView since = graphs.neighbourhood("alibaba-group", 1, new GraphService.Filter(java.util.Set.of(), 0,
                java.time.LocalDate.parse("2025-02-01"), null));
        assertEquals(2, since.edges().get(0).weight());
        GraphView until = graphs.neighbourhood("alibaba-group", 1, new GraphService.Filter(java.util.Set.of(), 0, null,
                java.time.LocalDate.parse("2025-01-31")));
        assertEquals(1, until.edges().get(0).weight());
        GraphView none = graphs.neighbourhood("alibaba-group", 2, new GraphService.Filter(java.util.Set.of(), 0,
                java.time.LocalDate.parse("2026-01-01"), null));
        assertEquals(List.of("alibaba-group"), nodes(none));
        assertEquals(List.of(), none.edges());

        GraphView twoHops = graphs.neighbourhood("alibaba-group", 2, GraphService.Filter.NONE);
        assertEquals(List.of("alibaba-group|competesWith|tencent", "tencent|partnersWith|baidu"),
                twoHops.edges().stream().map(GraphService.GraphEdge::id).toList(), "each fact once, the center's first");
        assertEquals(List.of("alibaba-group", "tencent", "baidu"), nodes(twoHops));
    }
}
