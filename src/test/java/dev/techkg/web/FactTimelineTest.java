package dev.techkg.web;

import static dev.techkg.testing.Http.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * When and how often a fact was reported, from dated, undated, unknown-source and near-copy articles ingested
 * through the real server and pipeline.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactTimelineTest {
    /** A wire story: three outlets run it under their own first lines. */
    private static final String WIRE = "Microsoft invested in OpenAI again this week, adding to the billions it has put into the "
            + "start-up since their first agreement. The two companies said the money would pay for computing capacity in "
            + "Microsoft data centres over the coming years.";
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> idOf = new HashMap<>();
    private ServerFixture fixture;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
        idOf.put("dated", upload("Microsoft invested in OpenAI in its first funding round. Investors welcomed the move.",
                "https://news.example.org/microsoft-openai", "2024-03-05"));
        idOf.put("undated", upload("Analysts recalled that Microsoft invested in OpenAI. Nobody said when this was written.", null, null));
        idOf.put("wire", upload("By our wire desk\n\n" + WIRE, "https://wire.example.com/story-1", "2025-01-10"));
        idOf.put("wire-copy", upload("Updated with the companies' statement\n\n" + WIRE, "https://wire.example.com/story-1-update", "2025-01-11"));
        idOf.put("syndicated", upload("From our partners\n\n" + WIRE, "https://www.daily.example.net/tech/ms-openai", "2025-01-12"));
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    /** Uploads text as JSON and waits for its job; the article's id. */
    private String upload(String text, String source, String date) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", text);
        if (source != null) {
            body.put("source", source);
        }
        if (date != null) {
            body.put("date", date);
        }
        HttpResponse<String> accepted = fixture.http.post("/api/articles", "application/json", body.toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            JsonNode job = json.readTree(fixture.http.get(location).body());
            String state = job.get("state").asText();
            if (state.equals("done")) {
                return job.get("items").get(0).get("article").asText().replaceFirst(".*/", "");
            }
            assertTrue(!state.equals("failed"), job.toString());
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish: " + location);
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = fixture.http.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private JsonNode investsInGroup(String query) throws Exception {
        JsonNode entity = get("/api/entities/microsoft?relation=investsIn&other=openai" + query, 200);
        assertEquals(1, entity.get("relations").size(), entity.toString());
        return entity.get("relations").get(0);
    }

    @Test
    void first_reported_is_the_dated_article_not_the_undated_one_ingested_after_it() throws Exception {
        JsonNode group = investsInGroup("");
        assertEquals("2024-03-05", group.get("firstReported").asText(), group.toString());
        assertEquals("2025-01-12", group.get("lastReported").asText());
        assertEquals(5, group.get("totalArticles").asInt());
    }

    @Test
    void near_copies_from_one_outlet_count_once_and_undated_and_unknown_source_reports_are_counted_apart() throws Exception {
        JsonNode group = investsInGroup("");
        // dated, undated, the wire story with its updated copy (one outlet), its syndicated copy (another outlet)
        assertEquals(4, group.get("articleCount").asInt(), group.toString());
        assertEquals(3, group.get("sourceCount").asInt());
        assertEquals(1, group.get("undatedCount").asInt());
        assertEquals(1, group.get("unknownSourceCount").asInt());
    }

    @Test
    void as_of_a_day_counts_only_what_was_published_by_then_and_leaves_undated_reports_out() throws Exception {
        JsonNode group = investsInGroup("&asOf=2024-12-31");
        assertEquals("2024-03-05", group.get("firstReported").asText(), group.toString());
        assertEquals("2024-03-05", group.get("lastReported").asText());
        assertEquals(1, group.get("articleCount").asInt());
        assertEquals(0, group.get("undatedCount").asInt());
        get("/api/facts?subject=microsoft&relation=investsIn&object=openai&asOf=2024-01-01", 404);
    }

    @Test
    void the_fact_endpoint_lists_reports_oldest_first_with_their_copies_and_undated_last() throws Exception {
        JsonNode fact = get("/api/facts?subject=" + encode("https://w3id.org/techkg/id/microsoft") + "&relation=investsIn&object=openai", 200);
        assertEquals("2024-03-05", fact.get("firstReported").asText(), fact.toString());
        assertEquals(4, fact.get("articleCount").asInt());
        List<String> order = new ArrayList<>();
        fact.get("reports").forEach(r -> order.add(r.get("article").get("id").asText()));
        assertEquals(List.of(idOf.get("dated"), idOf.get("wire"), idOf.get("syndicated"), idOf.get("undated")), order);
        JsonNode wire = fact.get("reports").get(1);
        assertEquals("wire.example.com", wire.get("source").asText());
        assertEquals(idOf.get("wire-copy"), wire.get("copies").get(0).get("id").asText());
        assertEquals("daily.example.net", fact.get("reports").get(2).get("source").asText());
        assertTrue(fact.get("reports").get(3).get("article").get("date").isNull());
        assertTrue(fact.get("reports").get(3).get("source").isNull());
    }

    @Test
    void articles_on_the_entity_page_and_in_the_fact_timeline_carry_the_titles_the_article_list_gives() throws Exception {
        Map<String, String> titleOf = new HashMap<>();
        get("/api/articles?size=100", 200).get("items").forEach(a -> titleOf.put(a.get("id").asText(), a.get("title").asText()));
        assertEquals(5, titleOf.size(), titleOf.toString());
        JsonNode group = investsInGroup("");
        assertEquals(5, group.get("articles").size(), group.toString());
        group.get("articles").forEach(a -> assertEquals(titleOf.get(a.get("id").asText()), a.get("title").asText(), a.toString()));
        JsonNode fact = get("/api/facts?subject=microsoft&relation=investsIn&object=openai", 200);
        fact.get("reports").forEach(r -> {
            assertEquals(titleOf.get(r.get("article").get("id").asText()), r.get("article").get("title").asText(), r.toString());
            r.get("copies").forEach(c -> assertEquals(titleOf.get(c.get("id").asText()), c.get("title").asText(), c.toString()));
        });
        assertEquals("By our wire desk", titleOf.get(idOf.get("wire")), "a title taken from the text's first line");
    }

    @Test
    void a_fact_asked_with_a_bad_or_missing_part_is_a_json_error_naming_it() throws Exception {
        assertEquals("Missing 'object'", get("/api/facts?subject=microsoft&relation=investsIn", 400).get("error").asText());
        assertTrue(get("/api/facts?subject=microsoft&relation=sues&object=openai", 400).get("error").asText().contains("sues"));
        assertTrue(get("/api/facts?subject=microsoft&relation=investsIn&object=openai&asOf=last-week", 400).get("error").asText()
                .contains("asOf"));
        assertTrue(get("/api/facts?subject=openai&relation=investsIn&object=microsoft", 404).get("error").asText()
                .contains("openai investsIn microsoft"));
    }

    @Test
    void an_undated_article_shows_date_unknown_in_the_api_and_on_its_page_and_the_entity_page_shows_the_timeline() throws Exception {
        JsonNode undated = get("/api/articles/" + idOf.get("undated"), 200);
        assertTrue(undated.get("date").isNull(), undated.toString());
        assertEquals("unknown", undated.get("dateSource").asText());
        assertEquals("given", get("/api/articles/" + idOf.get("dated"), 200).get("dateSource").asText());
        String page = fixture.http.get("/article/" + idOf.get("undated"), "Accept", "text/html").body();
        assertTrue(page.contains("date unknown"), page);
        String entityPage = fixture.http.get("/id/microsoft", "Accept", "text/html").body();
        assertTrue(entityPage.contains("first reported 2024-03-05, last 2025-01-12"), entityPage);
        assertTrue(entityPage.contains("4 reports from 3 sources, 1 undated, 1 of unknown source"), entityPage);
    }

    private List<Map<String, String>> saved(String nameAndParameters) throws Exception {
        JsonNode results = get("/api/queries/" + nameAndParameters, 200);
        List<Map<String, String>> rows = new ArrayList<>();
        results.get("results").get("bindings").forEach(b -> {
            Map<String, String> row = new HashMap<>();
            b.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().get("value").asText()));
            rows.add(row);
        });
        return rows;
    }

    @Test
    void the_saved_fact_timeline_lists_each_article_oldest_first_undated_last_with_outlet_and_copy_key() throws Exception {
        List<Map<String, String>> rows = saved("fact-timeline?subject=" + encode("https://w3id.org/techkg/id/microsoft")
                + "&relation=" + encode("https://w3id.org/techkg/ontology#investsIn") + "&object=" + encode("https://w3id.org/techkg/id/openai"));
        assertEquals(List.of("2024-03-05", "2025-01-10", "2025-01-11", "2025-01-12", "date unknown"), rows.stream().map(r -> r.get("date")).toList());
        assertEquals(List.of("news.example.org", "wire.example.com", "wire.example.com", "daily.example.net", "unknown"),
                rows.stream().map(r -> r.get("outlet")).toList());
        assertEquals(rows.get(1).get("copyKey"), rows.get(2).get("copyKey"));
        assertEquals("unknown", rows.get(4).get("dateSource"));
    }

    @Test
    void saved_corroborated_facts_counts_outlets_and_new_relations_dates_a_fact_by_its_first_dated_article() throws Exception {
        List<Map<String, String>> corroborated = saved("corroborated-facts?minSources=3");
        Map<String, String> fact = corroborated.stream().filter(r -> r.get("relation").equals("investsIn")
                && r.get("subjectLabel").equals("Microsoft") && r.get("objectLabel").equals("OpenAI")).findFirst().orElseThrow();
        assertEquals("3", fact.get("sources"));
        assertEquals("4", fact.get("reports"));
        assertEquals("1", fact.get("unknownSource"));
        assertEquals("2024-03-05", fact.get("firstReported"));
        assertTrue(saved("corroborated-facts?minSources=4").stream().noneMatch(r -> r.get("objectLabel").equals("OpenAI")));

        List<Map<String, String>> since2024 = saved("new-relations?since=2024-01-01");
        Map<String, String> first = since2024.stream().filter(r -> r.get("relation").equals("investsIn") && r.get("objectLabel").equals("OpenAI"))
                .findFirst().orElseThrow();
        assertEquals("2024-03-05", first.get("firstReported"));
        assertEquals(idOf.get("dated"), first.get("firstArticleIri").replaceFirst(".*/", ""));
        assertTrue(saved("new-relations?since=2024-06-01").stream().noneMatch(r -> r.get("relation").equals("investsIn")
                && r.get("objectLabel").equals("OpenAI")), "first reported before the period");
    }

    @Test
    void a_minimum_of_outlets_that_is_no_whole_number_is_a_bad_request_naming_it() throws Exception {
        JsonNode error = get("/api/queries/corroborated-facts?minSources=three", 400);
        assertTrue(error.get("detail").asText().contains("'three' is no whole number for ?minSources"), error.toString());
    }
}
