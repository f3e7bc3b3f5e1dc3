package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.curation.CurationLog;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.query.SavedQueries.SavedQuery;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved queries answered from the graph index give what their SPARQL text gives over the same TDB2 store: the
 * same columns, rows and order (ties, which the text leaves open, aside), after writes and with corrections in force.
 */
class IndexedQueriesTest {
    private static final SavedQueries SAVED = SavedQueries.loadDefault();

    @TempDir
    Path temp;
    private GraphStore store;
    private GraphIndexCache index;
    private IndexedQueries indexed;

    @BeforeEach
    void open() {
        store = Tdb2Store.open(temp.resolve("store"));
        index = GraphIndexCache.over(store);
        indexed = new IndexedQueries(index, store);
        // Four outlets, near-copies, an undated article, a file upload, a source in capitals, a second label.
        put("a1", "2025-02-03", "https://www.Reuters.com/tech/a1", "wire-1", fact("nvidia", "Nvidia", "partnersWith", "openai", "OpenAI"),
                fact("openai", "OpenAI", "competesWith", "anthropic", "Anthropic"));
        put("a2", "2025-02-10", "https://reuters.com/tech/a2", "wire-1", fact("nvidia", "Nvidia", "partnersWith", "openai", "OpenAI"));
        put("a3", "2025-03-01", "upload:https://news.example.org/x", null, fact("nvidia", "Nvidia", "partnersWith", "openai", "OpenAI"),
                fact("nvidia", "NVIDIA Corp", "investsIn", "anthropic", "Anthropic"));
        put("a4", null, "https://user@blog.example.net:8080/y", null, fact("nvidia", "Nvidia", "partnersWith", "openai", "OpenAI"),
                fact("openai", "OpenAI", "competesWith", "anthropic", "Anthropic"));
        put("a5", "2024-12-30", "notes.txt", null, fact("openai", "OpenAI", "competesWith", "anthropic", "Anthropic"),
                fact("microsoft", "Microsoft", "investsIn", "openai", "OpenAI"));
        put("a6", "2025-03-01", "HTTPS://WWW.News.Example.ORG/z", null, fact("microsoft", "Microsoft", "investsIn", "openai", "OpenAI"),
                fact("anthropic", "Anthropic", "partnersWith", "nvidia", "Nvidia"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void new_relations_from_the_index_are_the_rows_of_its_sparql() {
        assertSame("new-relations", Map.of());
        assertSame("new-relations", Map.of("since", date("2025-02-01"), "until", date("2025-02-28")));
        assertSame("new-relations", Map.of("since", date("2024-01-01")));
        List<Map<String, Node>> rows = rows(indexed.answer(query("new-relations"), Map.of("since", date("2024-01-01"))));
        assertEquals(8, rows.size(), "5 facts; Nvidia has two labels, so its 3 facts give 2 rows each: " + rows);
        assertEquals("2025-03-01", rows.get(0).get("firstReported").getLiteralLexicalForm());
    }

    @Test
    void corroborated_facts_from_the_index_are_the_rows_of_its_sparql() {
        assertSame("corroborated-facts", Map.of());
        assertSame("corroborated-facts", Map.of("minSources", NodeFactory.createLiteralString("1")));
        assertSame("corroborated-facts", Map.of("minSources", NodeFactory.createLiteralString("3")));
        Map<String, Node> top = rows(indexed.answer(query("corroborated-facts"), Map.of())).get(0);
        assertEquals("partnersWith", top.get("relation").getLiteralLexicalForm());
        assertEquals("3", top.get("sources").getLiteralLexicalForm(), "reuters.com, news.example.org, blog.example.net");
        assertEquals("3", top.get("reports").getLiteralLexicalForm(), "the two Reuters near-copies are one report");
    }

    @Test
    void top_entities_from_the_index_are_the_rows_of_its_sparql() {
        assertSame("top-entities", Map.of());
        assertSame("top-entities", Map.of("type", NodeFactory.createURI(TK.NAMESPACE + "Company")));
        assertSame("top-entities", Map.of("type", NodeFactory.createURI(TK.NAMESPACE + "Person")));
    }

    @Test
    void top_entities_from_the_index_are_the_first_25_of_its_sparql_in_a_bigger_graph() {
        // Entity k of 30 has k facts, each with an entity of one fact: the first 25 rows are sure, no tie at the cut.
        for (int k = 1; k <= 30; k++) {
            List<String> facts = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                facts.add(fact("lab-" + k, "Lab " + k, j % 2 == 0 ? "partnersWith" : "investsIn", "firm-" + k + "-" + j, "Firm " + k + "-" + j));
            }
            put("big-" + k, "2025-06-" + (k < 10 ? "0" : "") + Math.min(k, 28), "https://site" + (k % 3) + ".example.com/" + k, null,
                    facts.toArray(String[]::new));
        }
        assertSame("top-entities", Map.of());
        assertSame("top-entities", Map.of("type", NodeFactory.createURI(TK.NAMESPACE + "Company")));
        assertEquals(25, indexed.answer(query("top-entities"), Map.of()).rows().size());
        assertSame("new-relations", Map.of("since", date("2025-06-01")));
    }

    @Test
    void the_index_answers_follow_writes_and_deletes_at_once() {
        assertFalse(labels(indexed.answer(query("new-relations"), Map.of())).contains("Arm"));
        put("b1", "2025-04-02", "https://example.com/b1", null, fact("arm", "Arm", "partnersWith", "nvidia", "Nvidia"));
        assertTrue(labels(indexed.answer(query("new-relations"), Map.of())).contains("Arm"));
        for (String name : List.of("new-relations", "corroborated-facts", "top-entities")) {
            assertSame(name, Map.of());
        }
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "b1", TK.ARTICLE_BASE + "a6"));
        assertFalse(labels(indexed.answer(query("new-relations"), Map.of())).contains("Arm"));
        for (String name : List.of("new-relations", "corroborated-facts", "top-entities")) {
            assertSame(name, Map.of());
        }
    }

    @Test
    void with_corrections_in_force_the_index_answers_as_the_store_holds_the_facts() {
        CurationService curation = new CurationService(index, new CurationLog(store), Clock.systemUTC(), new ReviewQueue(store, index));
        curation.submit(CurationService.Request.merge("anthropic", "openai", "one lab, for this test"), "tester");
        curation.submit(CurationService.Request.fact("reject", "microsoft", "investsIn", "openai", "not so"), "tester");
        assertFalse(index.index().curation().changesNothing());
        for (String name : List.of("new-relations", "corroborated-facts", "top-entities")) {
            assertSame(name, Map.of());
        }
        assertSame("new-relations", Map.of("since", date("2024-01-01")));
        assertSame("corroborated-facts", Map.of("minSources", NodeFactory.createLiteralString("1")));

        // Writes under corrections update the facts as stored beside the curated ones.
        put("b2", "2025-05-05", "https://example.com/b2", null, fact("anthropic", "Anthropic", "competesWith", "openai", "OpenAI"),
                fact("microsoft", "Microsoft", "investsIn", "openai", "OpenAI"));
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "a1"));
        for (String name : List.of("new-relations", "corroborated-facts", "top-entities")) {
            assertSame(name, Map.of());
        }
        assertSame("corroborated-facts", Map.of("minSources", NodeFactory.createLiteralString("1")));
        assertTrue(labels(indexed.answer(query("new-relations"), Map.of())).contains("Anthropic"));
        curation.submit(CurationService.Request.fact("add", "microsoft", "partnersWith", "nvidia", "a fact only people know"), "tester");
        for (String name : List.of("new-relations", "corroborated-facts", "top-entities")) {
            assertSame(name, Map.of());
        }
    }

    @Test
    void new_relations_follow_first_reports_through_writes_a_correction_and_its_undo() {
        List<Map<String, Node>> periods = List.of(Map.of(), Map.of("since", date("2024-01-01")),
                Map.of("since", date("2025-02-01"), "until", date("2025-02-28")), Map.of("since", date("2025-03-01"), "until", date("2025-03-01")),
                Map.of("since", date("2025-04-01")));
        // An older report of Nvidia–OpenAI makes it a fact of January; deleting that article makes it one of February again.
        put("c1", "2025-01-20", "https://example.com/c1", null, fact("nvidia", "Nvidia", "partnersWith", "openai", "OpenAI"),
                fact("arm", "Arm", "partnersWith", "anthropic", "Anthropic"));
        assertTrue(firstReported(Map.of("since", date("2025-01-01"), "until", date("2025-01-31"))).contains("Nvidia partnersWith OpenAI"));
        periods.forEach(p -> assertSame("new-relations", p));
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "c1"));
        assertFalse(firstReported(Map.of("since", date("2025-01-01"), "until", date("2025-01-31"))).contains("Nvidia partnersWith OpenAI"));
        assertTrue(firstReported(Map.of("since", date("2025-02-01"), "until", date("2025-02-28"))).contains("Nvidia partnersWith OpenAI"));
        periods.forEach(p -> assertSame("new-relations", p));

        // A merge and a rejection change the curated view only: the answers stay those of the store as stored.
        CurationService curation = new CurationService(index, new CurationLog(store), Clock.systemUTC(), new ReviewQueue(store, index));
        String merge = curation.submit(CurationService.Request.merge("anthropic", "openai", "one lab, for this test"), "tester").id();
        curation.submit(CurationService.Request.fact("reject", "nvidia", "partnersWith", "openai", "not so"), "tester");
        periods.forEach(p -> assertSame("new-relations", p));
        put("c2", "2025-04-04", "https://example.com/c2", null, fact("anthropic", "Anthropic", "investsIn", "microsoft", "Microsoft"));
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "a5"));
        periods.forEach(p -> assertSame("new-relations", p));
        assertTrue(firstReported(Map.of("since", date("2025-04-01"))).contains("Anthropic investsIn Microsoft"));
        curation.undo(merge, "tester", "two labs after all");
        periods.forEach(p -> assertSame("new-relations", p));
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "c2"));
        periods.forEach(p -> assertSame("new-relations", p));
        assertFalse(firstReported(Map.of("since", date("2025-04-01"))).contains("Anthropic investsIn Microsoft"));
    }

    @Test
    void an_answer_that_runs_past_the_query_timeout_stops_with_a_message_saying_how_to_narrow_it() {
        rivalsAndPartners();
        // A clock that moves a second each time it is read: the answer is past its 1.5 s timeout after two reads.
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        IndexedQueries slow = new IndexedQueries(index, store, 1500, () -> now.addAndGet(1_000_000_000L));
        QueryTimeoutException stopped = org.junit.jupiter.api.Assertions.assertThrows(QueryTimeoutException.class,
                () -> slow.answer(query("partners-of-rivals"), Map.of()));
        assertTrue(stopped.getMessage().contains("?rival or ?partner"), stopped.getMessage());
        IndexedQueries patient = new IndexedQueries(index, store, 0, () -> now.addAndGet(1_000_000_000L));
        assertFalse(rows(patient.answer(query("partners-of-rivals"), Map.of())).isEmpty(), "no timeout: the whole answer");
    }

    @Test
    void partners_of_rivals_from_the_index_are_the_rows_of_its_sparql_through_writes_a_correction_and_its_undo() {
        rivalsAndPartners();
        List<Map<String, Node>> asked = List.of(Map.of(), Map.of("name", text("Alibaba")), Map.of("name", text("Tencent")),
                Map.of("name", text("OpenAI")), Map.of("name", text("Anthropic")), Map.of("name", text("Nobody Inc")),
                Map.of("rival", entity("jd")), Map.of("partner", entity("baidu")), Map.of("name", text("Tencent"), "partner", entity("jd")));
        asked.forEach(b -> assertSame("partners-of-rivals", b));
        List<Map<String, Node>> rows = rows(indexed.answer(query("partners-of-rivals"), Map.of()));
        assertEquals(List.of("Baidu", "Walmart", "", "Baidu", "Baidu"), rows.stream().map(r -> r.containsKey("partnerLabel")
                ? lexical(r.get("partnerLabel")) : "").toList(), "JD.com's then Tencent's (two labels) partners: " + rows);
        assertEquals("0.95", lexical(rows.get(0).get("confidence")), "the best of JD.com and Baidu's two statements");
        assertFalse(rows.get(2).containsKey("partnershipEvidences"), "a statement without a sentence: " + rows.get(2));
        assertEquals(TK.ARTICLE_BASE + "p1 " + TK.ARTICLE_BASE + "p2", lexical(rows.get(3).get("partnershipArticles")));

        // A write adds a rival and its partner; a delete takes a partnership away.
        put("p5", "2025-06-01", "https://example.com/p5", null, fact("alibaba-group", "Alibaba Group", "competesWith", "pinduoduo", "Pinduoduo"),
                fact("pinduoduo", "Pinduoduo", "partnersWith", "tencent", "Tencent"));
        store.deleteGraphs(List.of(TK.ARTICLE_BASE + "p2"));
        asked.forEach(b -> assertSame("partners-of-rivals", b));
        assertTrue(rows(indexed.answer(query("partners-of-rivals"), Map.of())).stream()
                .anyMatch(r -> lexical(r.get("rivalLabel")).equals("Pinduoduo")));

        // Corrections change the curated view, not the store the query's text reads: the answers stay as stored.
        CurationService curation = new CurationService(index, new CurationLog(store), Clock.systemUTC(), new ReviewQueue(store, index));
        String merge = curation.submit(CurationService.Request.merge("baidu", "tencent", "one company, for this test"), "tester").id();
        curation.submit(CurationService.Request.fact("reject", "jd", "partnersWith", "walmart", "not so"), "tester");
        curation.submit(CurationService.Request.fact("add", "tencent", "partnersWith", "openai", "a fact only people know"), "tester");
        assertFalse(index.index().curation().changesNothing());
        asked.forEach(b -> assertSame("partners-of-rivals", b));
        put("p6", "2025-06-02", "https://example.com/p6", null, fact("tencent", "Tencent", "partnersWith", "arm", "Arm"));
        asked.forEach(b -> assertSame("partners-of-rivals", b));
        curation.undo(merge, "tester", "two companies after all");
        asked.forEach(b -> assertSame("partners-of-rivals", b));
    }

    /**
     * Alibaba Group (alias Alibaba) competes with Tencent and, stored the other way round, with JD.com and itself;
     * Tencent (two labels) partners with Baidu both ways round and with Alibaba Group; JD.com with Baidu (two
     * confidences), Walmart, and an unnamed lab by a statement without a sentence.
     */
    private void rivalsAndPartners() {
        String jd = "<" + TK.ENTITY_BASE + "jd>";
        put("p1", "2025-05-01", "https://example.com/p1", null, fact("alibaba-group", "Alibaba Group", "competesWith", "tencent", "Tencent"),
                fact("tencent", "Tencent", "partnersWith", "baidu", "Baidu"), fact("tencent", "Tencent", "partnersWith", "alibaba-group", "Alibaba Group"),
                "<" + TK.ENTITY_BASE + "alibaba-group> skos:altLabel \"Alibaba\" .\n");
        put("p2", "2025-05-02", "https://example.com/p2", null, fact("baidu", "Baidu", "partnersWith", "tencent", "Tencent Holdings"),
                fact("jd", "JD.com", "competesWith", "alibaba-group", "Alibaba Group"),
                fact("alibaba-group", "Alibaba Group", "competesWith", "alibaba-group", "Alibaba Group"));
        put("p3", null, "notes.txt", null, fact("jd", "JD.com", "partnersWith", "baidu", "Baidu").replace("0.8 ;", "0.95 ;"),
                fact("jd", "JD.com", "partnersWith", "walmart", "Walmart"),
                jd + " tk:partnersWith <" + TK.ENTITY_BASE + "unnamed-lab> .\n[] a rdf:Statement ; rdf:subject " + jd
                        + " ; rdf:predicate tk:partnersWith ; rdf:object <" + TK.ENTITY_BASE + "unnamed-lab> ; tk:confidence 0.5 .\n");
        put("p4", "2025-05-04", "https://example.org/p4", null, fact("baidu", "Baidu", "partnersWith", "jd", "JD.com"),
                fact("jd", "JD.com", "competesWith", "tencent", "Tencent"));
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Node entity(String slug) {
        return NodeFactory.createURI(TK.ENTITY_BASE + slug);
    }

    /** The facts new-relations lists from the index for the period, as "subject relation object". */
    private List<String> firstReported(Map<String, Node> period) {
        return indexed.answer(query("new-relations"), period).rows().stream().map(row -> lexical(row.get(Var.alloc("subjectLabel"))) + " "
                + lexical(row.get(Var.alloc("relation"))) + " " + lexical(row.get(Var.alloc("objectLabel")))).toList();
    }

    @Test
    void a_minimum_of_sources_that_is_no_whole_number_is_refused_by_name() {
        QueryException e = assertThrows(QueryException.class,
                () -> indexed.answer(query("corroborated-facts"), Map.of("minSources", NodeFactory.createLiteralString("two"))));
        assertTrue(e.getMessage().contains("'two'") && e.getMessage().contains("?minSources"), e.getMessage());
    }

    /** The index's answer equals the SPARQL's, the SPARQL's ties put in the index's order (a stable sort keeps the rest). */
    private void assertSame(String name, Map<String, Node> bindings) {
        SavedQuery query = query(name);
        IndexedQueries.Answer answer = indexed.answer(query, bindings);
        List<String> vars = new ArrayList<>();
        List<Map<String, Node>> expected = store.query(query.parsed(), null, b -> {
            bindings.forEach(b::substitution);
            return b;
        }, exec -> {
            RowSet rowSet = exec.select();
            rowSet.getResultVars().forEach(v -> vars.add(v.getVarName()));
            List<Map<String, Node>> list = new ArrayList<>();
            rowSet.forEachRemaining(row -> list.add(map(row, rowSet.getResultVars())));
            return list;
        });
        if (name.equals("partners-of-rivals")) {
            expected.replaceAll(IndexedQueriesTest::concatenationsSorted);
        }
        expected.sort(ties(name));
        assertEquals(vars, answer.vars().stream().map(Var::getVarName).toList(), name + ": columns");
        assertEquals(expected, rows(answer), name + " " + bindings);
        assertFalse(expected.isEmpty() && !name.equals("top-entities") && bindings.isEmpty(), name + ": the data should give rows");
    }

    /** A row of partners-of-rivals with the items of its GROUP_CONCATs sorted: the SPARQL leaves their order open. */
    private static Map<String, Node> concatenationsSorted(Map<String, Node> row) {
        Map<String, Node> sorted = new LinkedHashMap<>(row);
        Map.of("rivalryEvidences", " || ", "rivalryArticles", " ", "partnershipEvidences", " || ", "partnershipArticles", " ").forEach((v, sep) -> {
            if (row.containsKey(v) && !lexical(row.get(v)).isEmpty()) {
                List<String> items = new ArrayList<>(List.of(lexical(row.get(v)).split(java.util.regex.Pattern.quote(sep))));
                items.sort(Comparator.naturalOrder());
                sorted.put(v, NodeFactory.createLiteralString(String.join(sep, items)));
            }
        });
        return sorted;
    }

    /** How the index orders what the query's ORDER BY leaves tied. */
    private static Comparator<Map<String, Node>> ties(String name) {
        Function<String, Comparator<Map<String, Node>>> text = v -> Comparator.comparing(r -> r.get(v) == null ? "" : lexical(r.get(v)));
        return switch (name) {
            case "new-relations" -> Comparator.<Map<String, Node>, String>comparing(r -> lexical(r.get("firstReported"))).reversed()
                    .thenComparing(text.apply("subjectLabel")).thenComparing(text.apply("relation")).thenComparing(text.apply("objectLabel"));
            case "corroborated-facts" -> Comparator.<Map<String, Node>>comparingInt(r -> -Integer.parseInt(lexical(r.get("sources"))))
                    .thenComparingInt(r -> -Integer.parseInt(lexical(r.get("reports")))).thenComparing(text.apply("subjectLabel"))
                    .thenComparing(text.apply("relation")).thenComparing(text.apply("objectLabel"));
            case "partners-of-rivals" -> Comparator.<Map<String, Node>, String>comparing(r -> r.get("rivalLabel") == null ? null
                            : lexical(r.get("rivalLabel")), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(r -> r.get("confidence") == null ? null : Double.valueOf(lexical(r.get("confidence"))),
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(r -> r.get("partnerLabel") == null ? null : lexical(r.get("partnerLabel")), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(text.apply("rival")).thenComparing(text.apply("partner")).thenComparing(text.apply("center"));
            default -> Comparator.<Map<String, Node>>comparingInt(r -> -Integer.parseInt(lexical(r.get("factCount"))))
                    .thenComparingInt(r -> -Integer.parseInt(lexical(r.get("neighbourCount")))).thenComparing(text.apply("label"))
                    .thenComparing(text.apply("entity")).thenComparing(text.apply("type"));
        };
    }

    private static String lexical(Node node) {
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }

    private static List<Map<String, Node>> rows(IndexedQueries.Answer answer) {
        return answer.rows().stream().map(row -> map(row, answer.vars())).toList();
    }

    private static List<String> labels(IndexedQueries.Answer answer) {
        return answer.rows().stream().map(row -> lexical(row.get(Var.alloc("subjectLabel")))).toList();
    }

    private static Map<String, Node> map(Binding row, List<Var> vars) {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Var v : vars) {
            if (row.get(v) != null) {
                map.put(v.getVarName(), row.get(v));
            }
        }
        return map;
    }

    private static SavedQuery query(String name) {
        return SAVED.get(name).orElseThrow();
    }

    private static Node date(String day) {
        return NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate);
    }

    private static String fact(String subject, String subjectLabel, String relation, String object, String objectLabel) {
        return """
                <S> a tk:Company ; rdfs:label "SL" .
                <O> a tk:Company ; rdfs:label "OL" .
                <ART> schema:mentions <S>, <O> .
                <S> tk:REL <O> .
                [] a rdf:Statement ; rdf:subject <S> ; rdf:predicate tk:REL ; rdf:object <O> ;
                    tk:evidence "SL and OL, in the test's words." ; tk:confidence 0.8 ; tk:rule "test-rule" .
                """.replace("<S>", "<" + TK.ENTITY_BASE + subject + ">").replace("<O>", "<" + TK.ENTITY_BASE + object + ">")
                .replace("SL", subjectLabel).replace("OL", objectLabel).replace("REL", relation);
    }

    /** Stores an article graph as an ingest writes it (description, mentions, entities, facts with statements). */
    private void put(String id, String date, String source, String copyKey, String... facts) {
        String iri = TK.ARTICLE_BASE + id;
        String turtle = """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix schema: <https://schema.org/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <ART> a tk:Article ; dcterms:title "Article ID" ; dcterms:source "SOURCE" ;
                    dcterms:created "2026-12-01T08:00:00Z"^^xsd:dateTime .
                """.replace("ID", id).replace("SOURCE", source)
                + (date == null ? "" : "<ART> dcterms:date \"" + date + "\"^^xsd:date .\n")
                + (copyKey == null ? "" : "<ART> tk:copyKey \"" + copyKey + "\" .\n")
                + String.join("", facts);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.replace("<ART>", "<" + iri + ">"), Lang.TURTLE).parse(graph);
        store.putArticle(new ArticleGraph(iri, source, graph, 2, facts.length), List.of());
    }
}
