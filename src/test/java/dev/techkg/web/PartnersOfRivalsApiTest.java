package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.query.SavedQueries;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partners-of-rivals} through {@code /api/queries}, which the graph index answers, gives the rows its text gives
 * through {@code /sparql}, on articles ingested through the real server and pipeline.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersOfRivalsApiTest {
    private final ObjectMapper json = new ObjectMapper();
    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
        upload("Samsung competes with Apple in the smartphone market. Analysts expect the contest to go on for years.",
                "https://phones.example.com/samsung-apple");
        upload("Samsung partners with Google to bring new assistant features to its phones.", "https://phones.example.org/samsung-google");
        upload("Samsung partners with Google on a new watch. The two firms showed it at a trade fair.", null);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void partners_of_a_rival_from_the_index_are_the_rows_of_the_query_text_at_sparql() throws Exception {
        List<Map<String, String>> fromIndex = rows(get("/api/queries/partners-of-rivals?name=Apple", 200));
        assertEquals(1, fromIndex.size(), fromIndex.toString());
        Map<String, String> row = fromIndex.get(0);
        assertEquals("Samsung Electronics", row.get("rivalLabel"), "the gazetteer's name");
        assertEquals("Google", row.get("partnerLabel"));
        assertTrue(row.get("partnershipEvidences").contains(" || "), "two articles, two sentences: " + row);
        assertTrue(row.get("rivalryEvidences").startsWith("Samsung competes with Apple"), row.toString());

        String text = SavedQueries.loadDefault().get("partners-of-rivals").orElseThrow().text()
                .replace("COALESCE(?name, \"Alibaba Group\")", "COALESCE(?name, \"Apple\")");
        List<Map<String, String>> fromText = rows(get("/sparql?query=" + encode(text), 200));
        assertEquals(fromText.stream().map(PartnersOfRivalsApiTest::listsSorted).toList(), fromIndex);
    }

    @Test
    void a_rival_that_is_no_known_entity_is_a_bad_request_naming_it() throws Exception {
        JsonNode error = get("/api/queries/partners-of-rivals?name=Apple&rival=" + encode("no such company"), 400);
        assertTrue(error.get("detail").asText().contains("no such company"), error.toString());
    }

    /** A row with the items of its lists sorted: the text's GROUP_CONCAT leaves their order open, the index sorts them. */
    private static Map<String, String> listsSorted(Map<String, String> row) {
        Map<String, String> sorted = new TreeMap<>(row);
        Map.of("rivalryEvidences", " || ", "rivalryArticles", " ", "partnershipEvidences", " || ", "partnershipArticles", " ").forEach((v, sep) -> {
            if (row.containsKey(v)) {
                List<String> items = new ArrayList<>(List.of(row.get(v).split(Pattern.quote(sep))));
                items.sort(null);
                sorted.put(v, String.join(sep, items));
            }
        });
        return sorted;
    }

    private List<Map<String, String>> rows(JsonNode results) {
        List<Map<String, String>> rows = new ArrayList<>();
        results.get("results").get("bindings").forEach(b -> {
            Map<String, String> row = new TreeMap<>();
            b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().get("value").asText()));
            rows.add(row);
        });
        return rows;
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = fixture.http.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    /** Uploads text as JSON (with its source when given) and waits for its job. */
    private void upload(String text, String source) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", text);
        if (source != null) {
            body.put("source", source);
        }
        HttpResponse<String> accepted = fixture.http.post("/api/articles", "application/json", body.toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            JsonNode job = json.readTree(fixture.http.get(location).body());
            String state = job.get("state").asText();
            if (state.equals("done")) {
                return;
            }
            assertTrue(!state.equals("failed"), job.toString());
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish: " + location);
    }
}
