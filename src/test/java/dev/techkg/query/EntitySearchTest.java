package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techkg.index.GraphIndexCache;
import dev.techkg.query.EntityService.EntitySummary;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity search as the explorer's autocomplete and {@code /api/entities} use it: names and aliases matched
 * whole, by their start, by the start of a later word, then anywhere, in that order before mention counts. Over
 * a real TDB2 store; the names are made up for the test, with mention counts that run against the ranking.
 */
class EntitySearchTest {
    @TempDir
    Path temp;
    private Tdb2Store store;
    private EntityService entities;
    private int articles;

    @BeforeEach
    void open() {
        store = Tdb2Store.open(temp.resolve("store"));
        mention(1, "nova", "Product", "Nova", null);
        mention(3, "novabright-systems", "Company", "Novabright Systems", null);
        mention(2, "lumen-nova-labs", "Company", "Lumen Nova Labs", null);
        mention(5, "casanova-robotics", "Company", "Casanova Robotics", null);
        mention(1, "alibaba-cloud", "Company", "Alibaba Cloud", "Aliyun");
        mention(4, "alibaba-group", "Company", "Alibaba Group", null);
        mention(2, "kestrel-o3-mini", "Product", "Kestrel o3-mini", null);
        entities = new EntityService(store, GraphIndexCache.over(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Stores {@code times} articles, each mentioning the entity (and so adding one to its article count). */
    private void mention(int times, String slug, String type, String label, String alias) {
        for (int i = 0; i < times; i++) {
            String article = TK.ARTICLE_BASE + "search-" + (++articles);
            String turtle = """
                    @prefix tk: <https://w3id.org/techkg/ontology#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                    @prefix schema: <https://schema.org/> .
                    @prefix dcterms: <http://purl.org/dc/terms/> .
                    <ARTICLE> a tk:Article ; dcterms:title "An article" ; dcterms:source "ARTICLE.txt" ; schema:mentions <ENTITY> .
                    <ENTITY> a tk:TYPE ; rdfs:label "LABEL" .
                    """.replace("ARTICLE", article).replace("ENTITY", TK.ENTITY_BASE + slug).replace("TYPE", type)
                    .replace("LABEL", label)
                    + (alias == null ? "" : "<" + TK.ENTITY_BASE + slug + "> skos:altLabel \"" + alias + "\" .\n");
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
            store.putArticle(new ArticleGraph(article, article + ".txt", graph, 1, 0), List.of());
        }
    }

    private List<String> found(String text, String type, int limit) {
        return entities.search(text, type, limit).stream().map(EntitySummary::id).toList();
    }

    @Test
    void a_word_inside_a_name_finds_it() {
        assertEquals(List.of("alibaba-cloud"), found("cloud", null, 10));
        assertEquals(List.of("alibaba-cloud"), found("CLOUD", null, 10), "case does not matter");
        assertEquals(List.of("kestrel-o3-mini"), found("mini", null, 10), "a hyphen starts a word");
    }

    @Test
    void exact_names_come_first_then_prefixes_then_words_then_substrings_whatever_the_mention_counts() {
        assertEquals(List.of("nova", "novabright-systems", "lumen-nova-labs", "casanova-robotics"), found("nova", null, 10));
    }

    @Test
    void within_one_kind_of_match_the_most_mentioned_comes_first() {
        assertEquals(List.of("alibaba-group", "alibaba-cloud"), found("alibaba", null, 10));
        assertEquals(List.of("casanova-robotics", "novabright-systems", "lumen-nova-labs", "nova"), found("ova", null, 10));
    }

    @Test
    void aliases_are_searched_like_labels() {
        assertEquals(List.of("alibaba-cloud"), found("aliyun", null, 10));
        assertEquals(List.of("alibaba-cloud"), found("liyu", null, 10));
    }

    @Test
    void several_words_match_the_tail_of_a_name() {
        assertEquals(List.of("lumen-nova-labs"), found("nova labs", null, 10));
        assertEquals(List.of("lumen-nova-labs"), found("nova la", null, 10));
    }

    @Test
    void texts_under_three_characters_match_starts_of_words_only() {
        assertEquals(List.of(), found("ov", null, 10));
        assertEquals(List.of("novabright-systems", "nova", "lumen-nova-labs"), found("no", null, 10), "not casanova-robotics");
    }

    @Test
    void the_limit_keeps_the_best_ranked_and_the_type_filters_before_it() {
        assertEquals(List.of("nova", "novabright-systems"), found("nova", null, 2));
        assertEquals(List.of("novabright-systems", "lumen-nova-labs"), found("nova", "Company", 2));
        assertEquals(List.of("nova"), found("nova", "Product", 10));
    }
}
