package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.index.GraphIndexCache;
import dev.techkg.query.SearchService.ArticleHit;
import dev.techkg.query.SearchService.EntityHit;
import dev.techkg.query.SearchService.FactHit;
import dev.techkg.query.SearchService.Results;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search as the search box, {@code /api/search} and {@code techkg search} use it: names, the sentences facts
 * were read from and article texts, in three groups with highlighted snippets, and in step with every write through
 * the store (ingest, replace, delete, update, load, restore). Run against each store by a short subclass. The
 * articles are written here by hand, as an ingest would store them.
 */
abstract class SearchContractTest {
    static final String IRELAND = TK.ARTICLE_BASE + "dpc-fine";
    static final String CHIPS = TK.ARTICLE_BASE + "chip-rules";
    static final String CLOUD = TK.ARTICLE_BASE + "cloud-deal";

    @TempDir
    Path temp;
    GraphStore store;
    SearchService search;

    /** A new, empty store; closed after each test. */
    abstract GraphStore newStore();

    private GraphIndexCache index;

    @BeforeEach
    void open() {
        store = newStore();
        index = GraphIndexCache.over(store);
        search = new SearchService(store, index, new EntityService(store, index));
    }

    static SearchService service(GraphStore store) {
        GraphIndexCache index = GraphIndexCache.over(store);
        return new SearchService(store, index, new EntityService(store, index));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An article as an ingest stores it: title, text, the two entities it mentions and one fact with its sentence. */
    static ArticleGraph article(String iri, String title, String text, String subject, String subjectLabel, String subjectAlias,
                                String relation, String object, String objectLabel, String evidence) {
        String turtle = """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix schema: <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <ARTICLE> a tk:Article ; dcterms:title TITLE ; dcterms:source "ARTICLE.txt" ; tk:text TEXT ;
                    dcterms:date "2026-11-02"^^xsd:date ; schema:mentions <SUBJECT>, <OBJECT> .
                <SUBJECT> a tk:GovernmentBody ; rdfs:label "SLABEL" ; skos:altLabel "SALIAS" .
                <OBJECT> a tk:Company ; rdfs:label "OLABEL" .
                <SUBJECT> tk:RELATION <OBJECT> .
                [] a rdf:Statement ; rdf:subject <SUBJECT> ; rdf:predicate tk:RELATION ; rdf:object <OBJECT> ;
                    tk:evidence EVIDENCE ; tk:confidence 0.9 ; tk:rule "test-rule" .
                """.replace("ARTICLE", iri).replace("SUBJECT", TK.ENTITY_BASE + subject)
                .replace("OBJECT", TK.ENTITY_BASE + object).replace("SLABEL", subjectLabel).replace("SALIAS", subjectAlias)
                .replace("OLABEL", objectLabel).replace("RELATION", relation)
                .replace("TITLE", quoted(title)).replace("TEXT", quoted(text)).replace("EVIDENCE", quoted(evidence));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return new ArticleGraph(iri, iri + ".txt", graph, 2, 1);
    }

    private static String quoted(String text) {
        return "\"\"\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\"\"";
    }

    static ArticleGraph irishRegulator() {
        return article(IRELAND, "Regulator fines a social network",
                "Ireland's Data Protection Commission, the Irish regulator, fined Meta Platforms on Tuesday over transfers "
                        + "of user data. The company said it would appeal.",
                "data-protection-commission", "Data Protection Commission", "DPC", "regulates", "meta-platforms", "Meta Platforms",
                "Ireland's Data Protection Commission, the Irish regulator, fined Meta Platforms on Tuesday over transfers of user data.");
    }

    static ArticleGraph commerceDepartment() {
        return article(CHIPS, "New export rules for chips",
                "The US Commerce Department tightened export rules for advanced chips sold by Nvidia, officials said on Friday.",
                "department-of-commerce", "Department of Commerce", "US Commerce Department", "regulates", "nvidia", "Nvidia",
                "The US Commerce Department tightened export rules for advanced chips sold by Nvidia.");
    }

    static ArticleGraph alibabaCloud() {
        return article(CLOUD, "A data centre deal",
                "Alibaba Cloud will build two data centres in Mexico with Telmex, the carrier said. Both open next year.",
                "telmex", "Telmex", "Telefonos de Mexico", "partnersWith", "alibaba-cloud", "Alibaba Cloud",
                "Alibaba Cloud will build two data centres in Mexico with Telmex.");
    }

    private void storeAll() {
        store.putArticle(irishRegulator(), List.of());
        store.putArticle(commerceDepartment(), List.of());
        store.putArticle(alibabaCloud(), List.of());
    }

    static List<String> entityIds(Results r) {
        return r.entities().stream().map(EntityHit::id).toList();
    }

    static List<String> facts(Results r) {
        return r.facts().stream().map(f -> f.subject().id() + " " + f.relation() + " " + f.object().id()).toList();
    }

    static List<String> articleIris(Results r) {
        return r.articles().stream().map(ArticleHit::iri).toList();
    }

    @Test
    void irish_regulator_finds_the_fact_its_sentence_states_and_the_article() {
        storeAll();
        Results found = search.search("Irish regulator", 10);
        assertEquals(List.of("data-protection-commission regulates meta-platforms"), facts(found));
        FactHit fact = found.facts().get(0);
        assertEquals("Ireland&#39;s Data Protection Commission, the <mark>Irish</mark> <mark>regulator</mark>, fined Meta Platforms "
                + "on Tuesday over transfers of user data.", fact.snippet());
        assertEquals("Regulator fines a social network", fact.article().title());
        assertEquals(List.of(IRELAND), articleIris(found));
        assertEquals("<mark>Regulator</mark> fines a social network", found.articles().get(0).titleSnippet());
        assertTrue(found.articles().get(0).snippet().contains("the <mark>Irish</mark> <mark>regulator</mark>, fined"),
                found.articles().get(0).snippet());
    }

    @Test
    void commerce_department_finds_the_department_by_its_alias_and_what_it_did() {
        storeAll();
        Results found = search.search("Commerce Department", 10);
        assertEquals(List.of("department-of-commerce"), entityIds(found));
        assertEquals("US <mark>Commerce Department</mark>", found.entities().get(0).snippet(), "the name that matched");
        assertEquals(List.of("department-of-commerce regulates nvidia"), facts(found));
        assertEquals(List.of(CHIPS), articleIris(found));

        Results reordered = search.search("department commerce", 10);
        assertEquals(List.of("department-of-commerce"), entityIds(reordered), "words in any order");
    }

    @Test
    void cloud_finds_the_company_named_so_and_the_article_about_it() {
        storeAll();
        Results found = search.search("cloud", 10);
        assertEquals(List.of("alibaba-cloud"), entityIds(found));
        assertEquals("Alibaba <mark>Cloud</mark>", found.entities().get(0).snippet());
        assertEquals(List.of("telmex partnersWith alibaba-cloud"), facts(found));
        assertEquals(List.of(CLOUD), articleIris(found));
    }

    @Test
    void words_match_in_other_forms_but_every_word_must_be_there() {
        storeAll();
        assertEquals(List.of(IRELAND), articleIris(search.search("regulators fining", 10)), "stems");
        assertEquals(List.of(), articleIris(search.search("Irish chips", 10)), "both words, in one article");
        assertEquals(List.of(), facts(search.search("Irish chips", 10)));
    }

    @Test
    void what_is_typed_is_words_never_query_syntax_or_markup() {
        store.putArticle(article(TK.ARTICLE_BASE + "markup", "<b>Cloud</b> & co",
                "A page said <script>alert('cloud')</script> & \"cloud\" twice.", "a-agency", "A Agency", "AA", "regulates",
                "b-corp", "B Corp", "B Corp runs a <i>cloud</i>."), List.of());
        Results found = search.search("cloud", 10);
        assertEquals("&lt;b&gt;<mark>Cloud</mark>&lt;/b&gt; &amp; co", found.articles().get(0).titleSnippet());
        assertEquals("A page said &lt;script&gt;alert(&#39;<mark>cloud</mark>&#39;)&lt;/script&gt; &amp; &quot;<mark>cloud</mark>&quot; twice.",
                found.articles().get(0).snippet());
        assertEquals("B Corp runs a &lt;i&gt;<mark>cloud</mark>&lt;/i&gt;.", found.facts().get(0).snippet());
        for (String odd : List.of("cloud AND \"", "*:*", "title:(cloud", "the", "\\")) {
            search.search(odd, 10); // no error: plain words
        }
        assertEquals(List.of(), articleIris(search.search("*:*", 10)));
        assertThrows(QueryException.class, () -> search.search("  ", 10));
        assertThrows(QueryException.class, () -> search.search("x".repeat(SearchService.MAX_QUERY_LENGTH + 1), 10));
    }

    @Test
    void a_long_text_is_cut_around_its_first_match() {
        String filler = "Quarterly numbers were flat across most regions again. ".repeat(20);
        store.putArticle(article(TK.ARTICLE_BASE + "long", "Results", filler + "Then a quantum chip surprised analysts. " + filler,
                "x-agency", "X Agency", "XA", "regulates", "y-corp", "Y Corp", "Y Corp makes chips."), List.of());
        String snippet = search.search("quantum", 10).articles().get(0).snippet();
        assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
        assertTrue(snippet.contains("Then a <mark>quantum</mark> chip surprised analysts."), snippet);
        assertTrue(snippet.length() < SearchService.ARTICLE_SNIPPET + 40, snippet);
    }

    @Test
    void search_shows_the_curated_view_a_rejected_fact_hidden_a_merged_entity_as_the_one_it_joined() {
        storeAll();
        CurationService curation = new CurationService(index, new dev.techkg.curation.CurationLog(store), java.time.Clock.systemUTC(),
                new ReviewQueue(store, index));
        var rejection = curation.submit(CurationService.Request.fact("reject", "data-protection-commission", "regulates", "meta-platforms",
                "says nothing of a regulator"), "a tester");
        Results rejected = search.search("Irish regulator", 10);
        assertEquals(List.of(), facts(rejected), "the rejected fact is not shown");
        assertEquals(List.of(IRELAND), articleIris(rejected), "its article still is");
        curation.undo(rejection.id(), "a tester", null);
        assertEquals(List.of("data-protection-commission regulates meta-platforms"), facts(search.search("Irish regulator", 10)));

        curation.submit(CurationService.Request.merge("telmex", "department-of-commerce", "a test merge"), "a tester");
        Results merged = search.search("Telefonos de Mexico", 10);
        assertEquals(List.of("department-of-commerce"), entityIds(merged), "the alias of the merged entity finds the one it joined");
        assertEquals(List.of("department-of-commerce partnersWith alibaba-cloud"), facts(search.search("data centres Mexico", 10)));
    }

    @Test
    void search_follows_ingest_replace_delete_update_load_and_restore() throws Exception {
        store.putArticle(irishRegulator(), List.of());
        assertEquals(List.of(IRELAND), articleIris(search.search("Irish regulator", 10)));
        assertEquals(List.of(), articleIris(search.search("Commerce Department", 10)));

        store.putArticle(commerceDepartment(), List.of());
        assertEquals(List.of(CHIPS), articleIris(search.search("Commerce Department", 10)), "an ingest shows at once");

        // Re-ingest: the same article, its text changed; the old words are gone with the old version.
        store.putArticle(article(IRELAND, "Regulator fines a social network", "The watchdog in Dublin fined Meta Platforms.",
                "data-protection-commission", "Data Protection Commission", "DPC", "regulates", "meta-platforms", "Meta Platforms",
                "The watchdog in Dublin fined Meta Platforms."), List.of(IRELAND));
        assertEquals(List.of(), articleIris(search.search("Irish regulator", 10)));
        assertEquals(List.of(), facts(search.search("Irish regulator", 10)));
        assertEquals(List.of("data-protection-commission regulates meta-platforms"), facts(search.search("Dublin watchdog", 10)));

        store.deleteGraphs(List.of(CHIPS));
        Results deleted = search.search("Commerce Department", 10);
        assertEquals(List.of(), articleIris(deleted));
        assertEquals(List.of(), facts(deleted));
        assertEquals(List.of(), entityIds(deleted));

        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + IRELAND + "> { <" + TK.ENTITY_BASE
                + "data-protection-commission> <http://www.w3.org/2004/02/skos/core#altLabel> \"Coimisiún\" } }"));
        assertEquals(List.of("data-protection-commission"), entityIds(search.search("Coimisiún", 10)), "an update shows at once");

        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        store.backup(backup);
        Path file = Files.write(temp.resolve("backup.nq"), backup.toByteArray());
        store.putArticle(alibabaCloud(), List.of());
        assertEquals(List.of(CLOUD), articleIris(search.search("cloud", 10)));
        store.restore(file, Lang.NQUADS, true);
        assertEquals(List.of(), articleIris(search.search("cloud", 10)), "the restore replaced everything");
        assertEquals(List.of(IRELAND), articleIris(search.search("Dublin watchdog", 10)));
    }
}
