package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.app.ServerSettings;
import dev.techkg.curation.ReviewFixture;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The review queue through the real server over a real TDB2 store: GET /api/review, and flags resolved by corrections. */
@ExtendWith(SharedAnalyzer.class)
class ReviewApiTest {
    private static final String TOKEN = "a-long-enough-api-token";
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path temp;

    private ServerFixture server(TextAnalyzer analyzer, String token) throws Exception {
        ServerFixture fixture = new ServerFixture(analyzer, temp, new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, token, false));
        fixture.wiring.store().load(Files.writeString(temp.resolve("three.trig"), ReviewFixture.trig()), Lang.TRIG, "urn:example:unused");
        return fixture;
    }

    private JsonNode flags(ServerFixture f) throws Exception {
        HttpResponse<String> r = f.http.get("/api/review");
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body()).get("flags");
    }

    private static JsonNode ofKind(JsonNode flags, String kind) {
        for (JsonNode f : flags) {
            if (f.get("kind").asText().equals(kind)) {
                return f;
            }
        }
        return null;
    }

    private static List<String> kinds(JsonNode flags) {
        List<String> kinds = new ArrayList<>();
        flags.forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds.stream().sorted().toList();
    }

    @Test
    void the_review_queue_lists_each_flag_with_both_pieces_of_evidence(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture f = server(analyzer, null)) {
            JsonNode flags = flags(f);
            assertEquals(List.of("acquired-then-independent", "fact-and-negation", "merge-suggestion", "two-ceos", "two-headquarters"), kinds(flags));
            JsonNode ceos = ofKind(flags, "two-ceos");
            assertEquals(2, ceos.get("evidence").size());
            JsonNode tran = ceos.get("evidence").get(0);
            assertEquals("lisa-tran", tran.get("subject").asText());
            assertEquals("leads", tran.get("relation").asText());
            assertEquals("orbitline", tran.get("object").asText());
            assertEquals("Lisa Tran, the chief executive of Orbitline, called it a fit.", tran.get("sentence").asText());
            assertEquals("c3c3c3c3c3c3c3c3", tran.get("article").asText());
            assertEquals("Orbitline buys a drone maker", tran.get("title").asText());
            assertEquals("2025-03-03", tran.get("date").asText());
            assertEquals("Omar Diaz, CEO of Orbitline, spoke in Porto.", ceos.get("evidence").get(1).get("sentence").asText());

            JsonNode negation = ofKind(flags, "fact-and-negation").get("evidence");
            assertEquals("Orbitline partners with Brightwave.", negation.get(0).get("sentence").asText());
            assertTrue(negation.get(1).get("subject") == null, "the denying sentence states no fact");
            assertEquals("d4d4d4d4d4d4d4d4", negation.get(1).get("article").asText());

            JsonNode merge = ofKind(flags, "merge-suggestion");
            assertEquals("orbitline-robotics", merge.get("from").asText());
            assertEquals("orbitline", merge.get("into").asText());

            JsonNode page = json.readTree(f.http.get("/api/review?kind=two-ceos&limit=1").body());
            assertEquals(1, page.get("total").asInt());
            assertEquals(1, page.get("flags").size());
            assertEquals(5, page.get("kinds").size(), page.toString());
            HttpResponse<String> badKind = f.http.get("/api/review?kind=three-ceos");
            assertEquals(400, badKind.statusCode());
            assertEquals("Unknown flag kind 'three-ceos'", json.readTree(badKind.body()).get("error").asText());
            assertEquals(400, f.http.get("/api/review?limit=0").statusCode());
        }
    }

    @Test
    void a_rejection_a_merge_and_a_dismissal_each_resolve_their_flag_and_undoing_the_dismissal_brings_it_back(TextAnalyzer analyzer)
            throws Exception {
        try (ServerFixture f = server(analyzer, TOKEN)) {
            String auth = "Bearer " + TOKEN;
            JsonNode before = flags(f);
            HttpResponse<String> reject = f.http.post("/api/curation", "application/json",
                    "{\"kind\":\"reject\",\"subject\":\"orbitline\",\"relation\":\"partnersWith\",\"object\":\"brightwave\",\"note\":\"denied\"}",
                    "Authorization", auth);
            assertEquals(201, reject.statusCode(), reject.body());
            HttpResponse<String> merge = f.http.post("/api/curation", "application/json",
                    "{\"kind\":\"merge\",\"from\":\"orbitline-robotics\",\"into\":\"orbitline\"}", "Authorization", auth);
            assertEquals(201, merge.statusCode(), merge.body());
            String flag = ofKind(before, "acquired-then-independent").get("id").asText();
            HttpResponse<String> unauthorised = f.http.post("/api/curation", "application/json", "{\"kind\":\"dismiss\",\"flag\":\"" + flag + "\"}");
            assertEquals(401, unauthorised.statusCode(), "dismissals are writes, guarded as corrections are");
            HttpResponse<String> dismiss = f.http.post("/api/curation", "application/json",
                    "{\"kind\":\"dismiss\",\"flag\":\"" + flag + "\",\"note\":\"the deal fell through\"}", "Authorization", auth);
            assertEquals(201, dismiss.statusCode(), dismiss.body());
            JsonNode dismissal = json.readTree(dismiss.body());
            assertEquals("dismiss", dismissal.get("kind").asText());
            assertEquals(flag, dismissal.get("flag").asText());
            assertEquals(List.of("two-ceos", "two-headquarters"), kinds(flags(f)));

            HttpResponse<String> again = f.http.post("/api/curation", "application/json", "{\"kind\":\"dismiss\",\"flag\":\"" + flag + "\"}",
                    "Authorization", auth);
            assertEquals(409, again.statusCode(), again.body());
            JsonNode problem = json.readTree(again.body());
            assertEquals("Flag " + flag + " is dismissed already", problem.get("error").asText());
            assertTrue(problem.get("detail").asText().contains("DELETE /api/curation/" + dismissal.get("id").asText()), again.body());
            HttpResponse<String> unknown = f.http.post("/api/curation", "application/json", "{\"kind\":\"dismiss\",\"flag\":\"fffffffffff0\"}",
                    "Authorization", auth);
            assertEquals(404, unknown.statusCode(), unknown.body());

            HttpResponse<String> undo = f.http.method("DELETE", "/api/curation/" + dismissal.get("id").asText(), "Authorization", auth);
            assertEquals(200, undo.statusCode(), undo.body());
            assertEquals(List.of("acquired-then-independent", "two-ceos", "two-headquarters"), kinds(flags(f)));
        }
    }

    @Test
    void an_uploaded_article_naming_a_company_spaced_otherwise_is_merged_automatically_as_a_correction(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture f = new ServerFixture(analyzer, temp, new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, false))) {
            upload(f, "{\"text\": \"The startup Corvid Labs signed a supply deal with Samsung.\", \"title\": \"One\", \"date\": \"2025-05-02\"}");
            upload(f, "{\"text\": \"The startup CorvidLabs partners with Intel.\", \"title\": \"Two\", \"date\": \"2025-05-09\"}");
            JsonNode log = json.readTree(f.http.get("/api/curation").body()).get("corrections");
            assertEquals(1, log.size(), log.toString());
            assertEquals("merge", log.get(0).get("kind").asText());
            assertEquals("automatic merge", log.get(0).get("by").asText());
            HttpResponse<String> moved = f.http.get("/api/entities/" + log.get(0).get("from").asText());
            assertEquals(308, moved.statusCode(), "the merged entity's address leads to the one kept");
            JsonNode kept = json.readTree(f.http.get("/api/entities/" + log.get(0).get("into").asText()).body());
            List<String> others = new ArrayList<>();
            kept.get("relations").forEach(g -> others.add(g.get("relation").asText() + " " + g.get("other").get("id").asText()));
            assertTrue(others.contains("partnersWith intel") && others.stream().anyMatch(o -> o.startsWith("supplies ")), others.toString());
        }
    }

    private void upload(ServerFixture f, String body) throws Exception {
        HttpResponse<String> accepted = f.http.post("/api/articles", "application/json", body);
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
}
