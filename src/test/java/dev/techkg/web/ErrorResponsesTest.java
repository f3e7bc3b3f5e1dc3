package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every 4xx and 5xx the server gives a client that does not ask for HTML is JSON with words a person understands, never
 * a stack trace (browsers get a page: ProtocolConventionsTest).
 */
@ExtendWith(SharedAnalyzer.class)
class ErrorResponsesTest {
    @TempDir
    Path temp;

    @Test
    void every_error_is_json_with_a_message_and_no_stack_trace(TextAnalyzer analyzer) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(1, 1000, null, false))) {
            List<Supplier<HttpResponse<String>>> requests = List.of(
                    () -> fixture.http.get("/sparql?query=SELECT"),
                    () -> fixture.http.get("/sparql?query=" + dev.techkg.testing.Http.encode(
                            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:example:bulk> { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }")),
                    () -> fixture.http.method("PATCH", "/sparql"),
                    () -> fixture.http.post("/sparql", "image/png", new byte[] {1, 2, 3}),
                    () -> fixture.http.get("/rdf?default", "Accept", "image/png"), // /sparql falls back instead (as Fuseki)
                    () -> fixture.http.get("/nothing/here"),
                    () -> fixture.http.get("/id/NOT%20A%20SLUG"),
                    () -> fixture.http.get("/api/entities/nobody"),
                    () -> fixture.http.get("/api/graph?depth=-1&center=x"),
                    () -> fixture.http.post("/api/articles", "application/json", "[1, 2"),
                    () -> fixture.http.post("/api/articles", "multipart/form-data; boundary=x", "--x\r\ngarbage", "X-Requested-With", "t"),
                    () -> fixture.http.upload("/api/articles", List.of("a.pdf"), List.of("%PDF-1.7".getBytes(StandardCharsets.UTF_8))),
                    () -> fixture.http.get("/api/articles/zzz"),
                    () -> fixture.http.get("/api/queries/none"),
                    () -> fixture.http.get("/rdf?graph=urn:example:none"));
            for (Supplier<HttpResponse<String>> request : requests) {
                HttpResponse<String> response = request.get();
                String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
                assertTrue(response.statusCode() >= 400 && response.statusCode() < 600, where);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), where);
                JsonNode body = json.readTree(response.body());
                assertFalse(body.get("error").asText().isBlank(), where);
                assertTrue(body.has("detail"), where);
                for (String leak : List.of("Exception", "\tat ", "at dev.techkg", "at org.", "java.lang")) {
                    assertFalse(response.body().contains(leak), "stack trace leaked: " + where);
                }
            }
            assertEquals(200, fixture.http.get("/health").statusCode());
        }
    }
}
