package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API, upload jobs and Linked Data, against the real server on loopback with the real pipeline. */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private static final String TOKEN = "a-long-enough-update-token";
    private final ObjectMapper json = new ObjectMapper();
    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, TOKEN, false));
        JsonNode job = uploadAndWait(List.of("alibaba.txt", "nvidia.txt"), List.of(
                "Alibaba Cloud cuts prices\n\nAlibaba Cloud, the cloud unit of Alibaba Group, cut prices for its Qwen models. "
                        + "Alibaba's rival Tencent followed. Hangzhou-based Alibaba said demand was strong.\n",
                "Nvidia CEO Jensen Huang said the H20 chip sells well. TSMC manufactures chips for Nvidia. "
                        + "Alibaba buys chips from Nvidia.\n"));
        assertEquals("done", job.get("state").asText(), job.toString());
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private JsonNode uploadAndWait(List<String> names, List<String> texts) throws InterruptedException {
        List<byte[]> contents = new ArrayList<>();
        texts.forEach(t -> contents.add(t.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> accepted = fixture.http.upload("/api/articles", names, contents);
        assertEquals(202, accepted.statusCode(), accepted.body());
        return waitFor(accepted.headers().firstValue("Location").orElseThrow());
    }

    private JsonNode waitFor(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode job = body(fixture.http.get(location));
            if (job.get("state").asText().equals("done") || job.get("state").asText().equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish: " + location);
    }

    private List<String> sparqlColumn(String query, String variable) {
        JsonNode results = body(fixture.http.get("/sparql?query=" + encode(query)));
        List<String> values = new ArrayList<>();
        results.get("results").get("bindings").forEach(b -> values.add(b.get(variable).get("value").asText()));
        return values;
    }

    @Test
    void an_uploaded_file_ends_as_a_finished_job_whose_facts_are_visible_in_sparql() throws Exception {
        JsonNode job = uploadAndWait(List.of("broadcom.txt"), List.of("Broadcom acquired VMware in 2023. Broadcom CEO Hock Tan praised the deal.\n"));
        JsonNode item = job.get("items").get(0);
        assertEquals("done", item.get("state").asText());
        assertEquals("added", item.get("outcome").asText());
        List<String> facts = new ArrayList<>();
        item.get("result").get("facts").forEach(f -> facts.add(f.get("subject").get("label").asText() + " " + f.get("relation").asText()
                + " " + f.get("object").get("label").asText() + " | " + f.get("evidence").asText()));
        assertTrue(facts.contains("Broadcom acquires VMware | Broadcom acquired VMware in 2023."), facts.toString());
        assertEquals(List.of("https://w3id.org/techkg/id/vmware"), sparqlColumn(
                "SELECT ?o WHERE { <https://w3id.org/techkg/id/broadcom> <https://w3id.org/techkg/ontology#acquires> ?o }", "o"));

        JsonNode again = uploadAndWait(List.of("broadcom.txt"), List.of("Broadcom acquired VMware in 2023. Broadcom CEO Hock Tan praised the deal.\n"));
        assertEquals("unchanged", again.get("items").get(0).get("outcome").asText());
    }

    @Test
    void text_can_be_posted_as_json_and_a_bad_file_in_a_job_fails_alone() throws Exception {
        HttpResponse<String> accepted = fixture.http.post("/api/articles", "application/json",
                "{\"text\": \"Microsoft has invested billions in OpenAI.\", \"title\": \"Microsoft and OpenAI\", \"source\": \"https://news.example.org/ms\", \"date\": \"2023-01-23\"}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode job = waitFor(accepted.headers().firstValue("Location").orElseThrow());
        JsonNode result = job.get("items").get(0).get("result");
        assertEquals("Microsoft and OpenAI", result.get("title").asText());
        assertEquals("2023-01-23", result.get("date").asText());
        assertEquals("upload:https://news.example.org/ms", result.get("source").asText(), "uploads are namespaced");

        HttpResponse<String> upload = fixture.http.upload("/api/articles", List.of("good.txt", "latin1.txt"),
                List.of("Apple designs the iPhone.".getBytes(StandardCharsets.UTF_8), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        JsonNode mixed = waitFor(upload.headers().firstValue("Location").orElseThrow());
        assertEquals("done", mixed.get("state").asText());
        assertEquals("done", mixed.get("items").get(0).get("state").asText());
        assertEquals("failed", mixed.get("items").get(1).get("state").asText());
        assertTrue(mixed.get("items").get(1).get("error").asText().contains("not valid UTF-8"), mixed.toString());
    }

    @Test
    void input_that_can_be_judged_at_once_is_refused_without_a_job() {
        HttpResponse<String> docx = fixture.http.upload("/api/articles", List.of("report.docx"), List.of("text".getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, docx.statusCode());
        assertTrue(body(docx).get("detail").asText().contains("Unsupported file type for report.docx"));
        assertEquals(400, fixture.http.upload("/api/articles", List.of("empty.txt"), List.of(new byte[0])).statusCode());
        assertEquals(415, fixture.http.upload("/api/articles", List.of("x.txt"), List.of(new byte[] {1, 0, 2})).statusCode());
        assertEquals(413, fixture.http.upload("/api/articles", List.of("big.txt"), List.of(new byte[11 * 1024 * 1024])).statusCode());
        assertEquals(400, fixture.http.post("/api/articles", "application/json", "{\"text\": \"   \"}").statusCode());
        assertEquals(400, fixture.http.post("/api/articles", "application/json", "{not json").statusCode());
        assertEquals(415, fixture.http.post("/api/articles", "text/plain", "hello").statusCode());
        HttpResponse<String> loopback = fixture.http.post("/api/articles", "application/json", "{\"url\": \"http://127.0.0.1:1/story\"}");
        assertEquals(400, loopback.statusCode());
        assertTrue(body(loopback).get("detail").asText().contains("loopback"), loopback.body());
        assertEquals(400, fixture.http.post("/api/articles", "application/json", "{\"url\": \"file:///etc/passwd\"}").statusCode());
        assertEquals(404, fixture.http.get("/api/jobs/no-such-job").statusCode());
    }

    @Test
    void articles_are_listed_newest_first_shown_and_deleted() throws Exception {
        JsonNode page = body(fixture.http.get("/api/articles?size=50"));
        assertTrue(page.get("items").size() >= 2, page.toString());
        String first = page.get("items").get(0).get("created").asText();
        String last = page.get("items").get(page.get("items").size() - 1).get("created").asText();
        assertTrue(first.compareTo(last) >= 0, "newest first");
        JsonNode temporary = uploadAndWait(List.of("temp.txt"), List.of("Intel CEO Pat Gelsinger spoke about Intel's foundry plans."));
        String id = temporary.get("items").get(0).get("result").get("id").asText();
        JsonNode article = body(fixture.http.get("/api/articles/" + id));
        assertEquals("temp", article.get("title").asText());
        assertTrue(article.get("text").asText().startsWith("Intel CEO Pat Gelsinger"));
        assertEquals(204, fixture.http.method("DELETE", "/api/articles/" + id).statusCode());
        assertEquals(404, fixture.http.get("/api/articles/" + id).statusCode());
        assertEquals(404, fixture.http.method("DELETE", "/api/articles/" + id).statusCode());
        assertEquals(400, fixture.http.get("/api/articles/not-an-id").statusCode());
        assertEquals(400, fixture.http.get("/api/articles?size=abc").statusCode());
    }

    @Test
    void an_article_is_deleted_by_its_iri_or_its_source_url_encoded_in_the_path() throws Exception {
        JsonNode first = uploadAndWait(List.of("memo-one.txt"), List.of("Intel CEO Pat Gelsinger visited the plant in Ohio."));
        String iri = first.get("items").get(0).get("article").asText();
        assertEquals(204, fixture.http.method("DELETE", "/api/articles/" + encode(iri)).statusCode());
        assertEquals(404, fixture.http.get("/api/articles/" + iri.substring(iri.lastIndexOf('/') + 1)).statusCode());

        uploadAndWait(List.of("memo-two.txt"), List.of("AMD CEO Lisa Su opened an office in Austin."));
        assertEquals(204, fixture.http.method("DELETE", "/api/articles/" + encode("upload:memo-two.txt")).statusCode());
        HttpResponse<String> again = fixture.http.method("DELETE", "/api/articles/" + encode("upload:memo-two.txt"));
        assertEquals(404, again.statusCode());
        assertEquals("No article with IRI, id or source 'upload:memo-two.txt'", body(again).get("error").asText());
    }

    @Test
    void entities_are_searched_by_name_prefix_and_shown_with_their_evidence() {
        JsonNode found = body(fixture.http.get("/api/entities?q=alib"));
        List<String> labels = new ArrayList<>();
        found.forEach(e -> labels.add(e.get("label").asText()));
        assertEquals("Alibaba Group", labels.get(0), "most-mentioned first: " + labels);
        assertTrue(labels.contains("Alibaba Cloud"));
        assertEquals(0, body(fixture.http.get("/api/entities?q=alib&type=Person")).size());
        assertEquals(400, fixture.http.get("/api/entities?q=x&type=Planet").statusCode());
        assertEquals(400, fixture.http.get("/api/entities").statusCode());

        JsonNode alibaba = body(fixture.http.get("/api/entities/alibaba-group"));
        assertEquals("Company", alibaba.get("type").asText());
        assertEquals(2, alibaba.get("articles").asInt());
        boolean sawRival = false;
        for (JsonNode relation : alibaba.get("relations")) {
            if (relation.get("relation").asText().equals("competesWith") && relation.get("other").get("id").asText().equals("tencent-holdings")) {
                sawRival = true;
                assertEquals("Alibaba's rival Tencent followed.", relation.get("evidence").get(0).get("sentence").asText());
                assertTrue(relation.get("evidence").get(0).get("article").get("link").asText().startsWith("/article/"));
            }
        }
        assertTrue(sawRival, alibaba.toString());
        assertEquals(404, fixture.http.get("/api/entities/no-such-entity").statusCode());
    }

    @Test
    void graph_views_give_cytoscape_elements_with_filters() {
        JsonNode graph = body(fixture.http.get("/api/graph?center=alibaba-group&depth=1"));
        List<String> nodes = new ArrayList<>();
        graph.get("nodes").forEach(n -> nodes.add(n.get("data").get("id").asText()));
        assertTrue(nodes.containsAll(List.of("alibaba-group", "tencent-holdings", "alibaba-cloud", "hangzhou")), nodes.toString());
        assertFalse(nodes.contains("jensen-huang"), "two hops away");
        JsonNode edge = graph.get("edges").get(0).get("data");
        assertTrue(edge.has("source") && edge.has("target") && edge.has("relation") && edge.get("weight").asInt() >= 1, edge.toString());

        List<String> twoHops = new ArrayList<>();
        body(fixture.http.get("/api/graph?center=alibaba-group&depth=2")).get("nodes").forEach(n -> twoHops.add(n.get("data").get("id").asText()));
        assertTrue(twoHops.contains("jensen-huang"), twoHops.toString());

        JsonNode onlyRivals = body(fixture.http.get("/api/graph?center=alibaba-group&relations=competesWith"));
        onlyRivals.get("edges").forEach(e -> assertEquals("competesWith", e.get("data").get("relation").asText()));
        assertEquals(0, body(fixture.http.get("/api/graph?center=alibaba-group&until=2000-01-01")).get("edges").size());
        assertEquals(3, body(fixture.http.get("/api/graph?limit=3")).get("nodes").size());
        HttpResponse<String> unknown = fixture.http.get("/api/graph?center=alibaba-group&relations=likes");
        assertEquals(400, unknown.statusCode());
        String known = body(unknown).get("detail").asText();
        for (dev.techkg.extraction.Relation relation : dev.techkg.extraction.Relation.values()) {
            assertTrue(known.contains(relation.localName()), "the server lists every Relation: " + known);
        }
        assertEquals(400, fixture.http.get("/api/graph?center=alibaba-group&depth=5").statusCode());
        assertEquals(404, fixture.http.get("/api/graph?center=nobody").statusCode());
    }

    @Test
    void saved_queries_are_listed_and_run_with_parameters() {
        JsonNode list = body(fixture.http.get("/api/queries"));
        assertTrue(list.size() >= 10, list.toString());
        List<String> names = new ArrayList<>();
        list.forEach(q -> {
            names.add(q.get("name").asText());
            assertFalse(q.get("title").asText().isBlank());
            assertFalse(q.get("description").asText().isBlank());
        });
        assertTrue(names.containsAll(List.of("partners-of-rivals", "regulated-companies", "investment-chains", "top-entities",
                "new-relations", "corroborated-facts", "fact-timeline")), names.toString());
        JsonNode facts = body(fixture.http.get("/api/queries/entity-facts?name=" + encode("Jensen Huang")));
        List<String> others = new ArrayList<>();
        facts.get("results").get("bindings").forEach(b -> others.add(b.get("otherLabel").get("value").asText()));
        assertEquals(List.of("Nvidia"), others);
        assertEquals(400, fixture.http.get("/api/queries/entity-facts?nonsense=1").statusCode());
        assertEquals(404, fixture.http.get("/api/queries/nope").statusCode());
    }

    @Test
    void linked_data_iris_dereference_to_rdf_or_to_a_page() {
        HttpResponse<String> turtle = fixture.http.get("/id/alibaba-group", "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.body().contains("tk:evidence"), turtle.body());
        HttpResponse<String> html = fixture.http.get("/id/alibaba-group", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>Alibaba Group</h1>"), html.body());
        assertEquals(404, fixture.http.get("/id/nobody-at-all").statusCode());
        String article = sparqlColumn("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/source> \"upload:alibaba.txt\" }", "a").get(0);
        String path = article.substring("https://w3id.org/techkg".length());
        assertTrue(fixture.http.get(path, "Accept", "application/n-triples").body().contains("<" + article + "> <http://purl.org/dc/terms/title>"));
        assertTrue(fixture.http.get(path, "Accept", "text/html").body().contains("Alibaba Cloud, the cloud unit of Alibaba Group"));
    }

    @Test
    void updates_need_the_bearer_token() {
        String update = "INSERT DATA { GRAPH <urn:example:added> { <urn:example:x> <urn:example:p> \"added\" } }";
        assertEquals(401, fixture.http.post("/update", "application/sparql-update", update).statusCode());
        assertEquals(401, fixture.http.post("/update", "application/sparql-update", update, "Authorization", "Bearer wrong").statusCode());
        assertEquals(204, fixture.http.post("/update", "application/sparql-update", update, "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(List.of("added"), sparqlColumn("SELECT ?o WHERE { <urn:example:x> ?p ?o }", "o"));
    }

    @Test
    void health_answers_and_unknown_paths_are_json_404() {
        JsonNode health = body(fixture.http.get("/health"));
        assertEquals("ok", health.get("status").asText());
        HttpResponse<String> missing = fixture.http.get("/no/such/path");
        assertEquals(404, missing.statusCode());
        assertTrue(body(missing).has("error"));
    }
}
