package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query side of the W3C SPARQL 1.1 Protocol test suite, case by case (named after the suite's tests),
 * against the real server on loopback, with the suite's kind of data: two named graphs.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlProtocolTest {
    private static final String ALL_VALUES = "SELECT ?o WHERE { ?s <urn:example:p> ?o } ORDER BY ?o";
    private static final String NAMED_VALUES = "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?o";

    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(2, 1000, null, false));
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private HttpResponse<String> get(String query, String extra, String... headers) {
        return fixture.http.get("/sparql?query=" + encode(query) + extra, headers);
    }

    private static List<String> values(HttpResponse<String> response, String variable) {
        assertEquals(200, response.statusCode(), response.body());
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        List<String> values = new ArrayList<>();
        results.forEachRemaining(row -> values.add(row.get(variable).toString()));
        return values;
    }

    @Test
    void query_get_post_form_and_post_direct_give_the_same_answer() {
        List<String> viaGet = values(get(ALL_VALUES, ""), "o");
        assertTrue(viaGet.containsAll(List.of("one", "two")), viaGet.toString());
        assertEquals(viaGet, values(fixture.http.post("/sparql", "application/x-www-form-urlencoded", "query=" + encode(ALL_VALUES)), "o"));
        assertEquals(viaGet, values(fixture.http.post("/sparql", "application/sparql-query", ALL_VALUES), "o"));
    }

    @Test
    void query_dataset_default_graph_and_default_graphs() {
        assertEquals(List.of("one"), values(get(ALL_VALUES, "&default-graph-uri=" + encode("urn:example:g1")), "o"));
        assertEquals(List.of("one", "two"), values(get(ALL_VALUES, "&default-graph-uri=" + encode("urn:example:g1")
                + "&default-graph-uri=" + encode("urn:example:g2")), "o"));
        assertEquals(List.of("two"), values(fixture.http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(ALL_VALUES) + "&default-graph-uri=" + encode("urn:example:g2")), "o"));
    }

    @Test
    void query_dataset_named_graphs_and_full_dataset() {
        assertEquals(List.of("urn:example:g2"), values(get(NAMED_VALUES, "&named-graph-uri=" + encode("urn:example:g2")), "g"));
        HttpResponse<String> full = get("SELECT ?d ?n WHERE { ?s ?p ?d GRAPH ?g { ?x ?y ?n } }",
                "&default-graph-uri=" + encode("urn:example:g1") + "&named-graph-uri=" + encode("urn:example:g2"));
        assertEquals(List.of("one"), values(full, "d"));
        assertEquals(List.of("two"), values(get("SELECT ?d ?n WHERE { ?s ?p ?d GRAPH ?g { ?x ?y ?n } }",
                "&default-graph-uri=" + encode("urn:example:g1") + "&named-graph-uri=" + encode("urn:example:g2")), "n"));
    }

    @Test
    void query_multiple_dataset_protocol_parameters_override_from() {
        String withFrom = "SELECT ?o FROM <urn:example:g2> WHERE { ?s ?p ?o }";
        assertEquals(List.of("two"), values(get(withFrom, ""), "o"));
        assertEquals(List.of("one"), values(get(withFrom, "&default-graph-uri=" + encode("urn:example:g1")), "o"));
    }

    @Test
    void an_unknown_graph_is_empty() {
        assertEquals(List.of(), values(get(ALL_VALUES, "&default-graph-uri=" + encode("urn:example:nowhere")), "o"));
    }

    @Test
    void query_content_type_defaults_per_query_form() {
        assertTrue(get("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "").headers().firstValue("Content-Type").orElse("")
                .startsWith("application/sparql-results+json"));
        assertTrue(get("ASK { ?s ?p ?o }", "").headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(get("CONSTRUCT WHERE { ?s ?p ?o }", "").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(get("DESCRIBE <urn:example:a>", "").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void content_negotiation_uses_jenas_writers_for_every_listed_type() {
        String select = "SELECT ?o WHERE { <urn:example:a> ?p ?o }";
        assertTrue(get(select, "", "Accept", "application/sparql-results+xml").body().contains("<literal>one</literal>"));
        assertEquals("o\r\none\r\n", get(select, "", "Accept", "text/csv").body());
        assertEquals("?o\n\"one\"\n", get(select, "", "Accept", "text/tab-separated-values").body());
        String construct = "CONSTRUCT WHERE { <urn:example:a> ?p ?o }";
        assertEquals("<urn:example:a> <urn:example:p> \"one\" .\n", get(construct, "", "Accept", "application/n-triples").body());
        Model jsonld = ModelFactory.createDefaultModel();
        RDFDataMgr.read(jsonld, new ByteArrayInputStream(get(construct, "", "Accept", "application/ld+json").body()
                .getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertEquals(1, jsonld.size());
        assertTrue(get(construct, "", "Accept", "application/trig").body().contains("\"one\""));
        assertTrue(get(select, "", "Accept", "text/csv;q=0.5, application/sparql-results+xml;q=0.9").headers()
                .firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
    }

    @Test
    void a_media_type_it_cannot_produce_gets_the_query_forms_fallback_as_from_fuseki() {
        // Fuseki answers what it can instead of 406 (see AnswerNegotiation); ProtocolConventionsTest has the details.
        HttpResponse<String> select = get("SELECT * WHERE { ?s ?p ?o }", "", "Accept", "image/png");
        assertEquals(200, select.statusCode());
        assertTrue(select.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        HttpResponse<String> construct = get("CONSTRUCT WHERE { ?s ?p ?o }", "", "Accept", "text/csv");
        assertEquals(200, construct.statusCode());
        assertTrue(construct.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void bad_requests_get_4xx_with_json_errors() {
        assertEquals(405, fixture.http.method("PUT", "/sparql?query=" + encode(ALL_VALUES)).statusCode(), "bad_query_method");
        assertEquals(400, fixture.http.get("/sparql?query=" + encode(ALL_VALUES) + "&query=" + encode(ALL_VALUES)).statusCode(),
                "bad_multiple_queries");
        assertEquals(415, fixture.http.post("/sparql", "text/plain", ALL_VALUES).statusCode(), "bad_query_wrong_media_type");
        assertEquals(415, fixture.http.post("/sparql", null, "query=" + encode(ALL_VALUES)).statusCode(), "bad_query_missing_form_type");
        assertEquals(415, fixture.http.post("/sparql", null, ALL_VALUES).statusCode(), "bad_query_missing_direct_type");
        assertEquals(400, fixture.http.post("/sparql", "application/sparql-query; charset=UTF-16",
                ALL_VALUES.getBytes(StandardCharsets.UTF_16)).statusCode(), "bad_query_non_utf8 (declared)");
        assertEquals(400, fixture.http.post("/sparql", "application/sparql-query",
                "SELECT * WHERE { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1)).statusCode(), "bad_query_non_utf8 (bytes)");
        HttpResponse<String> syntax = get("SELECT * WHERE { ?s ?p }", "");
        assertEquals(400, syntax.statusCode(), "bad_query_syntax");
        assertTrue(syntax.body().contains("line 1, column"), syntax.body());
        assertEquals(400, fixture.http.get("/sparql?default-graph-uri=" + encode("urn:example:g1")).statusCode(), "missing query");
        assertEquals(400, fixture.http.get("/sparql?update=" + encode("CLEAR ALL")).statusCode(), "bad_update_get");
        assertEquals(400, fixture.http.post("/sparql", "application/sparql-update", "CLEAR ALL").statusCode(), "update by direct POST");
        assertEquals(400, fixture.http.post("/sparql", "application/x-www-form-urlencoded", "update=" + encode("CLEAR ALL")).statusCode(),
                "update by form");
        assertEquals(400, fixture.http.post("/sparql", "application/sparql-query", "CLEAR ALL").statusCode(), "update sent as a query");
        assertEquals(404, fixture.http.post("/update", "application/sparql-update", "CLEAR ALL").statusCode(), "no /update without a token");
        assertEquals(List.of("one", "two"), values(get(ALL_VALUES, "&default-graph-uri=" + encode("urn:example:g1")
                + "&default-graph-uri=" + encode("urn:example:g2")), "o"), "nothing was cleared");
    }

    @Test
    void browsers_may_query_from_the_servers_own_origin_and_by_default_from_no_other() {
        String own = fixture.http.base();
        HttpResponse<String> preflight = fixture.http.method("OPTIONS", "/sparql", "Origin", own, "Access-Control-Request-Method", "POST");
        assertEquals(204, preflight.statusCode());
        assertEquals(own, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertEquals(own, get("ASK {}", "", "Origin", own).headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        // Another local page (or any site) needs --cors-origin: see HostileWebClientTest.
        assertTrue(get("ASK {}", "", "Origin", "http://localhost:3000").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(fixture.http.get("/api/articles", "Origin", "http://evil.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void jenas_own_remote_clients_work_unchanged() {
        String endpoint = fixture.http.base() + "/sparql";
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(endpoint).query("SELECT ?o WHERE { <urn:example:a> ?p ?o }").build()) {
            assertEquals("one", exec.execSelect().next().getLiteral("o").getString());
        }
        try (RDFConnection connection = RDFConnection.queryConnect(endpoint)) {
            assertTrue(connection.queryAsk("ASK { <urn:example:b> ?p \"two\" }"));
            Model model = connection.queryConstruct("CONSTRUCT WHERE { <urn:example:a> ?p ?o }");
            assertEquals(1, model.size());
        }
    }

    @Test
    void a_runaway_query_ends_with_503_near_the_timeout_and_the_next_query_is_answered() {
        long start = System.nanoTime();
        HttpResponse<String> slow = get("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:example:bulk> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }", "");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(slow.body().contains("\"error\":\"Query timeout\""), slow.body());
        assertTrue(seconds < 2 + 2, "answered after " + seconds + " s");
        assertEquals(List.of("one"), values(get(ALL_VALUES, "&default-graph-uri=" + encode("urn:example:g1")), "o"));
    }

    @Test
    void a_result_over_the_row_cap_is_cut_and_says_so_in_a_header() {
        HttpResponse<String> big = get("SELECT * WHERE { VALUES ?x { 1 2 3 4 5 6 7 8 9 10 } VALUES ?y { 1 2 3 4 5 6 7 8 9 10 } "
                + "VALUES ?z { 1 2 3 4 5 6 7 8 9 10 0 } }", "");
        assertEquals(200, big.statusCode());
        assertEquals("true", big.headers().firstValue("TechKG-Result-Truncated").orElse(""));
        assertEquals("1000", big.headers().firstValue("TechKG-Result-Limit").orElse(""));
        assertEquals(1000, values(big, "x").size());
        assertTrue(get(ALL_VALUES, "").headers().firstValue("TechKG-Result-Truncated").isEmpty());
    }

    @Test
    void graph_store_protocol_reads_one_graph_or_the_union() throws Exception {
        HttpResponse<String> g1 = fixture.http.get("/rdf?graph=" + encode("urn:example:g1"), "Accept", "application/n-triples");
        assertEquals("<urn:example:a> <urn:example:p> \"one\" .\n", g1.body());
        HttpResponse<String> union = fixture.http.get("/rdf?default");
        assertTrue(union.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(union.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertTrue(model.size() >= 2);
        assertEquals(404, fixture.http.get("/rdf?graph=" + encode("urn:example:none")).statusCode());
        assertEquals(400, fixture.http.get("/rdf").statusCode());
        assertEquals(400, fixture.http.get("/rdf?default&graph=" + encode("urn:example:g1")).statusCode());
    }
}
