package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What clients expect of the endpoints beyond the protocol's letter, against the real server on loopback: Fuseki's
 * content-negotiation fallbacks, the service description, HEAD, Vary, error pages for browsers, the access log.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolConventionsTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CONSTRUCT = "CONSTRUCT WHERE { <urn:example:a> ?p ?o }";
    private static final String SELECT = "SELECT ?o WHERE { <urn:example:a> ?p ?o }";
    private static final String ENTITY = "https://w3id.org/techkg/id/sunfield-energy";

    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(10, 1000, null, false));
        Path entity = Files.writeString(temp.resolve("entity.trig"), "<https://w3id.org/techkg/article/00000000000000b1> { <"
                + ENTITY + "> a <https://w3id.org/techkg/ontology#Company> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Sunfield Energy\" . }\n");
        fixture.wiring.store().load(entity, Lang.TRIG, "urn:example:unused");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private HttpResponse<String> query(String query, String accept) {
        return fixture.http.get("/sparql?query=" + encode(query), "Accept", accept);
    }

    private static String type(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    private static Graph parse(String text, Lang lang, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).base(base).parse(graph);
        return graph;
    }

    private static Graph oneTriple() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI("urn:example:a"), NodeFactory.createURI("urn:example:p"), NodeFactory.createLiteralString("one")));
        return graph;
    }

    @Test
    void construct_for_a_client_that_asks_for_something_else_gets_rdf_it_can_read_not_406() {
        HttpResponse<String> results = query(CONSTRUCT, "application/sparql-results+json");
        assertEquals(200, results.statusCode(), results.body());
        assertEquals("application/rdf+xml", type(results), "the one RDF format SPARQL-results clients such as rdflib read");
        assertTrue(IsoMatcher.isomorphic(oneTriple(), parse(results.body(), Lang.RDFXML, null)));

        HttpResponse<String> json = query(CONSTRUCT, "application/json");
        assertEquals("application/ld+json", type(json));
        assertTrue(IsoMatcher.isomorphic(oneTriple(), parse(json.body(), Lang.JSONLD, null)));

        HttpResponse<String> text = query(CONSTRUCT, "text/plain");
        assertEquals("text/plain", type(text), "Fuseki's N-Triples as text/plain");
        assertEquals("<urn:example:a> <urn:example:p> \"one\" .\n", text.body());

        HttpResponse<String> html = query(CONSTRUCT, "text/html");
        assertEquals("text/turtle", type(html), "Fuseki's default for graphs");
        assertTrue(IsoMatcher.isomorphic(oneTriple(), parse(html.body(), Lang.TURTLE, null)));
        assertEquals("text/turtle", type(query("DESCRIBE <urn:example:a>", "text/csv")));
    }

    @Test
    void select_and_ask_for_an_rdf_or_text_type_get_the_results_fuseki_gives() {
        for (String accept : List.of("text/turtle", "text/html", "application/n-triples")) {
            HttpResponse<String> response = query(SELECT, accept);
            assertEquals(200, response.statusCode(), accept);
            assertEquals("application/sparql-results+xml", type(response), accept);
            assertTrue(response.body().contains("<literal>one</literal>"), response.body());
        }
        HttpResponse<String> table = query(SELECT, "text/plain");
        assertEquals("text/plain", type(table));
        assertTrue(table.body().contains("| o "), table.body());
        assertTrue(table.body().contains("\"one\""), table.body());
        assertEquals("yes\n", query("ASK { <urn:example:a> ?p ?o }", "text/plain").body());
        assertEquals("application/sparql-results+xml", type(query("ASK {}", "text/turtle")));
        assertEquals("application/sparql-results+json", type(query(SELECT, "*/*")), "a wildcard still gets the default");
    }

    /** The service description, read as a client would: from GET /sparql with no query. */
    private Graph description(String accept, Lang lang) {
        HttpResponse<String> response = fixture.http.get("/sparql", "Accept", accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().allValues("Vary").toString().contains("Accept"));
        return parse(response.body(), lang, null);
    }

    @Test
    void get_sparql_without_a_query_describes_the_service_truthfully() {
        Graph sd = description("text/turtle", Lang.TURTLE);
        Node endpoint = NodeFactory.createURI(fixture.http.base() + "/sparql");
        assertTrue(sd.contains(endpoint, NodeFactory.createURI(SD + "endpoint"), endpoint));
        assertTrue(sd.contains(endpoint, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Query")));
        assertFalse(sd.contains(endpoint, NodeFactory.createURI(SD + "supportedLanguage"), NodeFactory.createURI(SD + "SPARQL11Update")),
                "/sparql refuses updates");
        assertTrue(sd.contains(endpoint, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "UnionDefaultGraph")));
        assertFalse(sd.contains(endpoint, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "BasicFederatedQuery")),
                "SERVICE is refused unless --allow-service");
        assertTrue(IsoMatcher.isomorphic(sd, description("application/ld+json", Lang.JSONLD)), "JSON-LD on request");
        assertTrue(IsoMatcher.isomorphic(sd, description("*/*", Lang.TURTLE)), "Turtle by default");

        // Every result format it names is served, for the query form it belongs to.
        Map<String, String> types = new LinkedHashMap<>();
        sd.find(endpoint, NodeFactory.createURI(SD + "resultFormat"), Node.ANY)
                .forEachRemaining(t -> types.put(t.getObject().getURI().substring(FORMATS.length()), ""));
        Map<String, String> mediaTypes = Map.of("SPARQL_Results_JSON", "application/sparql-results+json",
                "SPARQL_Results_XML", "application/sparql-results+xml", "SPARQL_Results_CSV", "text/csv",
                "SPARQL_Results_TSV", "text/tab-separated-values", "Turtle", "text/turtle", "N-Triples", "application/n-triples",
                "JSON-LD", "application/ld+json", "RDF_XML", "application/rdf+xml", "TriG", "application/trig", "N-Quads", "application/n-quads");
        assertEquals(mediaTypes.keySet(), types.keySet());
        mediaTypes.forEach((format, mediaType) -> {
            String query = format.startsWith("SPARQL_Results") ? SELECT : CONSTRUCT;
            HttpResponse<String> answer = query(query, mediaType);
            assertEquals(mediaType, type(answer), format);
        });
    }

    @Test
    void the_service_description_says_so_when_queries_may_call_other_endpoints() {
        Node endpoint = NodeFactory.createURI("http://127.0.0.1:7070/sparql");
        Graph federated = new ServiceDescription(true).describe(endpoint.getURI());
        assertTrue(federated.contains(endpoint, NodeFactory.createURI(SD + "feature"), NodeFactory.createURI(SD + "BasicFederatedQuery")));
    }

    /** The status line and headers of a HEAD request, and the bytes after them (there must be none). */
    private record Head(int status, Map<String, String> headers, int bodyBytes) {}

    private Head head(String path, String accept) throws Exception {
        int port = Integer.parseInt(fixture.http.base().substring(fixture.http.base().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Head(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.length() - end - 4);
        }
    }

    @Test
    void head_answers_exactly_as_get_without_the_body() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"/sparql", "text/turtle"},
                new String[] {"/sparql?query=" + encode("ASK {}"), "application/sparql-results+json"},
                new String[] {"/id/sunfield-energy", "text/turtle"},
                new String[] {"/id/no-such-entity", "text/turtle"},
                new String[] {"/id/no-such-entity", BROWSER},
                new String[] {"/api/articles", "application/json"},
                new String[] {"/query", BROWSER});
        List<String> problems = new ArrayList<>();
        for (String[] c : cases) {
            HttpResponse<String> get = fixture.http.get(c[0], "Accept", c[1]);
            Head head = head(c[0], c[1]);
            String what = "HEAD " + c[0] + " (Accept: " + c[1] + ")";
            if (head.status() != get.statusCode()) {
                problems.add(what + ": status " + head.status() + ", GET " + get.statusCode());
            }
            for (String name : List.of("content-type", "vary")) {
                String got = head.headers().get(name);
                String expected = get.headers().firstValue(name).orElse(null);
                if (!java.util.Objects.equals(got, expected)) {
                    problems.add(what + ": " + name + " '" + got + "', GET '" + expected + "'");
                }
            }
            String length = head.headers().get("content-length");
            if (length != null && Integer.parseInt(length) != get.body().getBytes(StandardCharsets.UTF_8).length) {
                problems.add(what + ": Content-Length " + length + ", GET body " + get.body().getBytes(StandardCharsets.UTF_8).length);
            }
            if (head.bodyBytes() != 0) {
                problems.add(what + ": " + head.bodyBytes() + " bytes of body");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(404, head("/id/no-such-entity", "text/turtle").status(), "a missing entity does not look present");
    }

    @Test
    void every_negotiated_answer_varies_by_accept() {
        for (String path : List.of("/sparql", "/sparql?query=" + encode(SELECT), "/rdf?default", "/id/sunfield-energy", "/id/no-such-entity")) {
            List<String> vary = List.of(String.join(",", fixture.http.get(path).headers().allValues("Vary")).split("\\s*,\\s*"));
            assertTrue(vary.contains("Accept"), path + ": " + vary);
            if (path.startsWith("/sparql") || path.startsWith("/rdf")) {
                assertTrue(vary.contains("Origin"), path + " keeps the CORS check's Vary: " + vary);
            }
        }
    }

    @Test
    void browsers_get_an_error_page_for_people_and_api_clients_get_json() {
        HttpResponse<String> page = fixture.http.get("/id/no-such-entity", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertEquals("text/html", type(page));
        assertTrue(page.body().contains("<h1>No entity https://w3id.org/techkg/id/no-such-entity</h1>"), page.body());
        assertTrue(page.body().contains("search for it by name"), page.body());
        assertFalse(page.body().contains("/api/"), "no API hint for a person: " + page.body());

        HttpResponse<String> api = fixture.http.get("/id/no-such-entity", "Accept", "text/turtle");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().startsWith("{\"error\":\"No entity"), api.body());
        assertTrue(fixture.http.get("/id/no-such-entity").body().startsWith("{\"error\":"), "curl's */* gets JSON");

        HttpResponse<String> center = fixture.http.get("/?center=" + encode("no-such-entity"), "Accept", BROWSER);
        assertEquals(404, center.statusCode());
        assertTrue(center.body().contains("No entity &#39;no-such-entity&#39; in the graph"), center.body());
        assertFalse(center.body().contains("/api/"), center.body());
        assertEquals(200, fixture.http.get("/?center=sunfield-energy", "Accept", BROWSER).statusCode());
        assertEquals(404, fixture.http.get("/no-such-page", "Accept", BROWSER).headers().firstValue("Content-Type")
                .map(t -> t.startsWith("text/html") ? 404 : 0).orElse(0), "Javalin's own 404 is a page too");
    }

    @Test
    void each_request_gets_an_access_log_line_with_method_path_status_and_time() throws Exception {
        fixture.http.get("/id/no-such-entity?x=1");
        fixture.http.method("HEAD", "/api/articles");
        List<String> expected = List.of("GET /id/no-such-entity 404 ", "HEAD /api/articles 200 ");
        for (int i = 0; i < 100 && !logged(expected); i++) {
            Thread.sleep(20); // the line is written once the answer is sent
        }
        assertTrue(logged(expected), fixture.accessLog.toString());
        assertTrue(fixture.accessLog.stream().allMatch(line -> line.matches("[A-Z]+ /\\S* \\d{3} \\d+ ms")), fixture.accessLog.toString());
    }

    private boolean logged(List<String> starts) {
        return starts.stream().allMatch(start -> fixture.accessLog.stream().anyMatch(line -> line.startsWith(start)));
    }
}
