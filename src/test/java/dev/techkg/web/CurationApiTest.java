package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.app.ServerSettings;
import dev.techkg.curation.CurationFixture;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Corrections through the real server over a real TDB2 store: what the API, the explorer and entity pages then show. */
@ExtendWith(SharedAnalyzer.class)
class CurationApiTest {
    private static final String TOKEN = "a-long-enough-api-token";
    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path temp;

    private ServerFixture server(TextAnalyzer analyzer, String token, boolean readOnly) throws Exception {
        ServerFixture fixture = new ServerFixture(analyzer, temp, new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, token, readOnly));
        fixture.wiring.store().load(Files.writeString(temp.resolve("two.trig"), CurationFixture.trig()), Lang.TRIG, "urn:example:unused");
        return fixture;
    }

    private JsonNode post(ServerFixture f, String body, int status, String... headers) throws Exception {
        HttpResponse<String> r = f.http.post("/api/curation", "application/json", body, headers);
        assertEquals(status, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private JsonNode get(ServerFixture f, String path) throws Exception {
        HttpResponse<String> r = f.http.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return json.readTree(r.body());
    }

    /** The node ids and the "source relation target" edges of an explorer view. */
    private static Set<String> nodes(JsonNode view) {
        Set<String> ids = new HashSet<>();
        view.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asText()));
        return ids;
    }

    private static Set<String> edges(JsonNode view) {
        Set<String> out = new HashSet<>();
        view.get("edges").forEach(e -> out.add(e.get("data").get("source").asText() + " " + e.get("data").get("relation").asText() + " "
                + e.get("data").get("target").asText()));
        return out;
    }

    @Test
    void a_merge_shows_one_node_with_the_union_of_edges_redirects_the_old_addresses_and_undo_restores_both(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture f = server(analyzer, null, false)) {
            JsonNode merge = post(f, "{\"kind\":\"merge\",\"from\":\"facebook\",\"into\":\"meta-platforms\",\"note\":\"renamed\"}", 201);
            String id = merge.get("id").asText();
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            assertEquals("local user", merge.get("by").asText());

            JsonNode view = get(f, "/api/graph?center=meta-platforms");
            assertEquals(Set.of("meta-platforms", "nvidia", "nutanix"), nodes(view));
            assertEquals(Set.of("meta-platforms partnersWith nvidia", "meta-platforms competesWith nutanix"), edges(view));
            JsonNode top = get(f, "/api/graph?limit=30");
            assertFalse(nodes(top).contains("facebook"), top.toString());

            HttpResponse<String> redirect = f.http.get("/api/entities/facebook");
            assertEquals(308, redirect.statusCode());
            assertEquals("/api/entities/meta-platforms", redirect.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> id308 = f.http.get("/id/facebook");
            assertEquals(308, id308.statusCode());
            assertEquals("/id/meta-platforms", id308.headers().firstValue("Location").orElseThrow());
            JsonNode meta = get(f, "/api/entities/meta-platforms");
            assertTrue(meta.get("aliases").toString().contains("Facebook"), meta.toString());
            // The evidence of the merged entity's fact is still found, by the names the article used.
            assertTrue(meta.toString().contains("Facebook partners with Nvidia."), meta.toString());
            JsonNode search = get(f, "/api/entities?q=facebook");
            assertEquals("meta-platforms", search.get(0).get("id").asText(), search.toString());

            HttpResponse<String> undo = f.http.method("DELETE", "/api/curation/" + id);
            assertEquals(200, undo.statusCode(), undo.body());
            assertEquals(Set.of("facebook partnersWith nvidia"), edges(get(f, "/api/graph?center=facebook")));
            assertEquals(Set.of("meta-platforms competesWith nutanix"), edges(get(f, "/api/graph?center=meta-platforms")));
            assertEquals(200, f.http.get("/api/entities/facebook").statusCode());
            JsonNode log = get(f, "/api/curation").get("corrections");
            assertEquals("undo", log.get(0).get("kind").asText());
            assertFalse(log.get(1).get("active").asBoolean(), log.toString());
            assertEquals(409, f.http.method("DELETE", "/api/curation/" + id).statusCode());
        }
    }

    @Test
    void a_rejected_fact_is_hidden_a_retyped_entity_has_its_new_type_and_sparql_sees_raw_and_curation_graphs(TextAnalyzer analyzer)
            throws Exception {
        try (ServerFixture f = server(analyzer, null, false)) {
            post(f, "{\"kind\":\"reject\",\"subject\":\"european-union\",\"relation\":\"headquarteredIn\",\"object\":\"dublin\",\"note\":\"Brussels\"}", 201);
            post(f, "{\"kind\":\"retype\",\"entity\":\"nutanix\",\"type\":\"Company\"}", 201);
            assertTrue(edges(get(f, "/api/graph?center=dublin")).isEmpty());
            assertEquals("Company", get(f, "/api/entities/nutanix").get("type").asText());
            assertEquals(404, f.http.get("/api/facts?subject=european-union&relation=headquarteredIn&object=dublin").statusCode());
            JsonNode twice = post(f, "{\"kind\":\"reject\",\"subject\":\"european-union\",\"relation\":\"headquarteredIn\",\"object\":\"dublin\"}", 409);
            assertTrue(twice.get("error").asText().contains("rejected already"), twice.toString());
            JsonNode bad = post(f, "{\"kind\":\"reject\",\"subject\":\"european-union\",\"relation\":\"sues\",\"object\":\"dublin\"}", 400);
            assertEquals("Unknown relation 'sues'", bad.get("error").asText());
            // A fact a person adds: shown with the note as its evidence, its source the review page.
            post(f, "{\"kind\":\"add\",\"subject\":\"nutanix\",\"relation\":\"partnersWith\",\"object\":\"nvidia\",\"note\":\"Both said so on stage\"}", 201);
            assertTrue(edges(get(f, "/api/graph?center=nutanix")).contains("nutanix partnersWith nvidia"));
            JsonNode added = get(f, "/api/entities/nutanix?relation=partnersWith&other=nvidia").get("relations").get(0);
            assertEquals("Both said so on stage", added.get("evidence").get(0).get("sentence").asText(), added.toString());
            assertEquals("/review", added.get("articles").get(0).get("link").asText());
            assertEquals("Added by local user", added.get("articles").get(0).get("title").asText());
            post(f, "{\"kind\":\"confirm\",\"subject\":\"jensen-huang\",\"relation\":\"leads\",\"object\":\"nvidia\"}", 201);
            JsonNode leads = get(f, "/api/entities/nvidia?relation=leads&other=jensen-huang").get("relations").get(0);
            assertEquals("local user", leads.get("confirmed").get("by").asText(), leads.toString());
            assertTrue(f.http.get("/id/nvidia", "Accept", "text/html").body().contains("✓ confirmed by local user"));
            // /sparql: the raw statement is still there, and so is the rejection.
            String ask = "ASK { GRAPH ?a { [] <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/techkg/id/dublin> } "
                    + "GRAPH <https://w3id.org/techkg/curation> { [] a <https://w3id.org/techkg/ontology#Rejection> } }";
            HttpResponse<String> sparql = f.http.get("/sparql?query=" + dev.techkg.testing.Http.encode(ask), "Accept", "application/sparql-results+json");
            assertTrue(sparql.body().contains("true"), sparql.body());
        }
    }

    @Test
    void corrections_are_writes_guarded_like_uploads(TextAnalyzer analyzer) throws Exception {
        String merge = "{\"kind\":\"merge\",\"from\":\"facebook\",\"into\":\"meta-platforms\"}";
        try (ServerFixture f = server(analyzer, TOKEN, false)) {
            assertEquals(401, f.http.post("/api/curation", "application/json", merge).statusCode());
            JsonNode made = post(f, merge, 201, "Authorization", "Bearer " + TOKEN);
            assertEquals("API token holder", made.get("by").asText());
            assertEquals(401, f.http.method("DELETE", "/api/curation/" + made.get("id").asText()).statusCode());
            assertEquals(200, f.http.get("/api/curation").statusCode());
        }
    }

    @Test
    void a_read_only_server_refuses_corrections(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture f = server(analyzer, null, true)) {
            assertEquals(403, f.http.post("/api/curation", "application/json", "{\"kind\":\"merge\",\"from\":\"facebook\",\"into\":\"nvidia\"}")
                    .statusCode());
        }
    }
}
