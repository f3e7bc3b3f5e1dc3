package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A rejection outlives re-ingesting its article and later articles that state the fact (the real pipeline and server). */
@ExtendWith(SharedAnalyzer.class)
class CurationReingestTest {
    private static final String TEXT = "Microsoft invested in OpenAI again this week. Analysts expect more deals of this kind.";
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path temp;

    private void upload(ServerFixture f, String text, String source) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", text).put("source", source).put("replace", true);
        HttpResponse<String> accepted = f.http.post("/api/articles", "application/json", body.toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            JsonNode job = json.readTree(f.http.get(location).body());
            if (job.get("state").asText().equals("done")) {
                return;
            }
            assertTrue(!job.get("state").asText().equals("failed"), job.toString());
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish: " + location);
    }

    private static final String FACT = "/api/facts?subject=microsoft&relation=investsIn&object=openai";

    @Test
    void a_rejected_fact_stays_rejected_when_its_article_is_ingested_again_and_when_a_later_article_states_it(TextAnalyzer analyzer)
            throws Exception {
        try (ServerFixture f = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false))) {
            upload(f, TEXT, "https://news.example.org/first");
            assertEquals(200, f.http.get(FACT).statusCode());
            HttpResponse<String> reject = f.http.post("/api/curation", "application/json",
                    "{\"kind\":\"reject\",\"subject\":\"microsoft\",\"relation\":\"investsIn\",\"object\":\"openai\",\"note\":\"a loan, not a stake\"}");
            assertEquals(201, reject.statusCode(), reject.body());
            assertEquals(404, f.http.get(FACT).statusCode());

            upload(f, TEXT, "https://news.example.org/first");
            assertEquals(404, f.http.get(FACT).statusCode(), "re-ingest keeps it rejected");
            upload(f, "Reports say Microsoft invested in OpenAI once more. The amount was not disclosed.", "https://other.example.com/later");
            assertEquals(404, f.http.get(FACT).statusCode(), "a later article does not bring it back");

            JsonNode entity = json.readTree(f.http.get("/api/entities/microsoft").body());
            JsonNode rejected = entity.get("rejected").get(0);
            assertEquals("investsIn", rejected.get("relation").asText(), entity.toString());
            assertEquals("a loan, not a stake", rejected.get("note").asText());
            assertEquals(2, rejected.get("articles").asInt());
            assertTrue(rejected.get("laterArticles").asInt() >= 1, rejected.toString());
            String page = f.http.get("/id/microsoft", "Accept", "text/html").body();
            assertTrue(page.contains("<s>invests in") || page.contains("<s>"), page);
            assertTrue(page.contains("later article"), page);
            assertTrue(page.contains("a loan, not a stake"), page);
        }
    }
}
