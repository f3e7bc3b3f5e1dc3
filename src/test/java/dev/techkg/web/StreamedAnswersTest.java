package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * /sparql writes answers as the query produces them, inside its read transaction: big answers arrive whole
 * and well-formed in every result format, a failure before the first row is still a JSON error with its
 * status, and a failure once rows are on the wire cuts the response off rather than ending it as if complete.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamedAnswersTest {
    /** 15 000 of the 160 000 pairs of the 400 bulk triples; the LIMIT keeps it under the cap, so rows go out as they come. */
    private static final String PAIRS = "SELECT ?a ?d WHERE { GRAPH <urn:example:bulk> { ?a ?p ?c . ?d ?p ?e } } LIMIT 15000";
    /** Never gives a row, and takes far longer than the timeout. */
    private static final String SLOW = "GRAPH <urn:example:bulk> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c + ?f + ?i < 0) }";

    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(4, 20_000, null, false));
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private HttpResponse<String> get(String query, String... headers) {
        return fixture.http.get("/sparql?query=" + encode(query), headers);
    }

    /** The (a, d) pairs of an answer, read by Jena's own parser for its format (which fails on a malformed one). */
    private static Set<String> pairs(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), () -> response.body().substring(0, Math.min(300, response.body().length())));
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        Set<String> pairs = new HashSet<>();
        rows.forEachRemaining(row -> pairs.add(row.get("a") + " " + row.get("d")));
        return pairs;
    }

    @Test
    void a_large_answer_arrives_complete_and_well_formed_in_every_result_format() {
        Map<String, Lang> formats = Map.of("application/sparql-results+json", ResultSetLang.RS_JSON,
                "application/sparql-results+xml", ResultSetLang.RS_XML, "text/csv", ResultSetLang.RS_CSV,
                "text/tab-separated-values", ResultSetLang.RS_TSV);
        formats.forEach((mediaType, lang) -> {
            HttpResponse<String> response = get(PAIRS, "Accept", mediaType);
            assertTrue(response.body().length() > 200_000, mediaType + ": " + response.body().length() + " characters");
            assertEquals(15_000, pairs(response, lang).size(), mediaType);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType), mediaType);
            assertTrue(response.headers().firstValue("TechKG-Result-Truncated").isEmpty(), mediaType);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    mediaType + ": headers set after the handler would come too late for a streamed answer");
        });
    }

    @Test
    void a_small_answer_goes_out_in_one_piece_with_its_length_rather_than_in_chunks() {
        HttpResponse<String> small = get("SELECT ?o WHERE { <urn:example:a> ?p ?o }");
        assertEquals(200, small.statusCode(), small.body());
        assertEquals(Integer.toString(small.body().getBytes(StandardCharsets.UTF_8).length),
                small.headers().firstValue("Content-Length").orElse("none (chunked)"));
    }

    @Test
    void an_answer_without_a_limit_is_read_up_to_the_cap_first_and_says_whether_it_was_cut() {
        HttpResponse<String> whole = get("SELECT ?a ?d WHERE { GRAPH <urn:example:bulk> { ?a ?p ?c . ?d ?p ?e } FILTER(?c < 40) }");
        assertEquals(16_000, pairs(whole, ResultSetLang.RS_JSON).size());
        assertTrue(whole.headers().firstValue("TechKG-Result-Truncated").isEmpty());
        HttpResponse<String> cut = get("SELECT ?a ?d WHERE { GRAPH <urn:example:bulk> { ?a ?p ?c . ?d ?p ?e } }");
        assertEquals(20_000, pairs(cut, ResultSetLang.RS_JSON).size());
        assertEquals("true", cut.headers().firstValue("TechKG-Result-Truncated").orElse(""));
        assertEquals("20000", cut.headers().firstValue("TechKG-Result-Limit").orElse(""));
    }

    @Test
    void a_timeout_before_the_first_row_is_a_503_json_error() {
        HttpResponse<String> slow = get("SELECT ?c WHERE { " + SLOW + " } LIMIT 10");
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(slow.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), slow.body());
        assertTrue(slow.body().startsWith("{\"error\":\"Query timeout\""), slow.body());
    }

    @Test
    void a_timeout_after_the_first_rows_while_they_are_still_in_the_servers_buffer_is_a_503_json_error() {
        HttpResponse<String> slow = get("SELECT ?c WHERE { { BIND(1 AS ?c) } UNION { " + SLOW + " } } LIMIT 10", "Accept", "text/csv");
        assertEquals(503, slow.statusCode(), slow.body());
        assertTrue(slow.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), slow.body());
        assertTrue(slow.body().startsWith("{\"error\":\"Query timeout\""), "no partial answer before the error: " + slow.body());
    }

    @Test
    void a_timeout_after_rows_went_out_cuts_the_response_off_and_the_server_goes_on() {
        // 2 000 rows (some 200 KB, more than Jetty's output buffer) go out at once, then the slow part times out.
        String query = "SELECT ?c WHERE { { GRAPH <urn:example:bulk> { ?s ?p ?c } VALUES ?k { 1 2 3 4 5 } } UNION { " + SLOW + " } } LIMIT 10000";
        UncheckedIOException cut = assertThrows(UncheckedIOException.class, () -> get(query));
        assertTrue(cut.getCause() instanceof IOException, cut.toString());
        assertEquals(1, pairs(get("SELECT ?a ?d WHERE { GRAPH <urn:example:g1> { ?a ?p ?d } }"), ResultSetLang.RS_JSON).size());
    }

    @Test
    void a_streamed_answer_is_compressed_when_the_client_asks_for_gzip() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.http.base() + "/sparql?query=" + encode(PAIRS)))
                .header("Accept-Encoding", "gzip").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        try (InputStream body = new GZIPInputStream(response.body())) {
            ResultSet rows = ResultSetMgr.read(body, ResultSetLang.RS_JSON);
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            assertEquals(15_000, n);
        }
        assertFalse(response.headers().firstValue("TechKG-Result-Truncated").isPresent());
    }
}
