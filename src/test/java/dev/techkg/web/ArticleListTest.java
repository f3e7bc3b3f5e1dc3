package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.app.ServerSettings;
import dev.techkg.nlp.TextAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The article list, as JSON and as a page: sorted, filtered by outlet and publication day, paged, undated ones shown so. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleListTest {
    /** Never used: the server is read-only and analyses no text. */
    private static final TextAnalyzer NO_ANALYZER = text -> {
        throw new AssertionError("no text is analysed here");
    };
    private final ObjectMapper json = new ObjectMapper();
    private ServerFixture fixture;

    /** An article graph as TechKG writes it: description, mentioned entities, and facts with their statements. */
    private static String article(String id, String title, String source, String date, String created, int entities, int facts) {
        StringBuilder g = new StringBuilder("article:" + id + " {\n  article:" + id + " a tk:Article ; dcterms:title \"" + title
                + "\" ; dcterms:source \"" + source + "\" ; dcterms:created \"" + created + "\"^^xsd:dateTime ; tk:text \"Text of " + title + ".\"");
        if (date != null) {
            g.append(" ; dcterms:date \"").append(date).append("\"^^xsd:date ; tk:dateSource \"header\"");
        }
        g.append(" .\n");
        for (int i = 0; i < entities; i++) {
            g.append("  article:").append(id).append(" schema:mentions id:firm-").append(i).append(" . id:firm-").append(i)
                    .append(" a tk:Company ; rdfs:label \"Firm ").append(i).append("\" .\n");
        }
        for (int i = 0; i < facts; i++) {
            g.append("  id:firm-0 tk:competesWith id:firm-").append(i + 1).append(" . [] a rdf:Statement ; rdf:subject id:firm-0 ; ")
                    .append("rdf:predicate tk:competesWith ; rdf:object id:firm-").append(i + 1).append(" ; tk:confidence 0.9 ; ")
                    .append("prov:wasDerivedFrom article:").append(id).append(" .\n");
        }
        return g.append("}\n").toString();
    }

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        String data = """
                PREFIX tk: <https://w3id.org/techkg/ontology#>  PREFIX id: <https://w3id.org/techkg/id/>
                PREFIX article: <https://w3id.org/techkg/article/>  PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX schema: <https://schema.org/>  PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>  PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """
                + article("a000000000000001", "Zeta chips rise", "https://www.press.example.org/zeta", "2024-05-01", "2026-01-01T10:00:00Z", 3, 2)
                + article("a000000000000002", "Alpha buys Beta", "https://wire.example.com/2025/01/02/alpha", "2025-01-02", "2026-01-01T09:00:00Z", 4, 3)
                + article("a000000000000003", "Notes on Gamma", "notes/gamma.txt", null, "2026-01-01T11:00:00Z", 2, 1)
                + article("a000000000000004", "Mid-year <review>", "upload:https://press.example.org/review", "2024-07-15", "2026-01-01T08:00:00Z", 3, 0);
        Path trig = Files.writeString(temp.resolve("articles.trig"), data);
        fixture = new ServerFixture(NO_ANALYZER, temp, new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, true));
        fixture.wiring.store().load(trig, Lang.TRIG, "urn:example:unused");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = fixture.http.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return json.readTree(response.body());
    }

    private List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.get("items").forEach(a -> titles.add(a.get("title").asText()));
        return titles;
    }

    @Test
    void by_default_the_newest_ingested_come_first_with_outlet_counts_and_date_unknown_for_undated_ones() throws Exception {
        JsonNode list = get("/api/articles", 200);
        assertEquals(List.of("Notes on Gamma", "Zeta chips rise", "Alpha buys Beta", "Mid-year <review>"), titles(list));
        JsonNode undated = list.get("items").get(0);
        assertTrue(undated.get("date").isNull());
        assertEquals("unknown", undated.get("dateSource").asText());
        assertTrue(undated.get("host").isNull());
        JsonNode zeta = list.get("items").get(1);
        assertEquals("press.example.org", zeta.get("host").asText());
        assertEquals("2024-05-01", zeta.get("date").asText());
        assertEquals("header", zeta.get("dateSource").asText());
        assertEquals(3, zeta.get("entities").asInt());
        assertEquals(2, zeta.get("facts").asInt());
        assertEquals(4, list.get("total").asInt());
        assertEquals(List.of("press.example.org", "wire.example.com", "unknown"), List.of(json.convertValue(list.get("sources"), String[].class)));
    }

    @Test
    void sorted_by_publication_date_undated_articles_come_last_either_way() throws Exception {
        assertEquals(List.of("Alpha buys Beta", "Mid-year <review>", "Zeta chips rise", "Notes on Gamma"),
                titles(get("/api/articles?sort=date", 200)));
        assertEquals(List.of("Zeta chips rise", "Mid-year <review>", "Alpha buys Beta", "Notes on Gamma"),
                titles(get("/api/articles?sort=date&order=asc", 200)));
        assertEquals(List.of("Alpha buys Beta", "Mid-year <review>", "Notes on Gamma", "Zeta chips rise"),
                titles(get("/api/articles?sort=title", 200)));
        assertEquals(List.of("Alpha buys Beta", "Zeta chips rise", "Notes on Gamma", "Mid-year <review>"),
                titles(get("/api/articles?sort=facts", 200)));
    }

    @Test
    void filters_by_outlet_and_by_publication_days_leave_undated_articles_out_of_a_period() throws Exception {
        assertEquals(List.of("Zeta chips rise", "Mid-year <review>"), titles(get("/api/articles?source=press.example.org", 200)));
        assertEquals(List.of("Notes on Gamma"), titles(get("/api/articles?source=unknown", 200)));
        assertEquals(List.of("Mid-year <review>", "Zeta chips rise"), titles(get("/api/articles?since=2024-01-01&until=2024-12-31&sort=date", 200)));
        JsonNode page = get("/api/articles?sort=title&size=3&page=1", 200);
        assertEquals(List.of("Zeta chips rise"), titles(page));
        assertFalse(page.get("more").asBoolean());
        assertTrue(get("/api/articles?sort=title&size=3", 200).get("more").asBoolean());
    }

    @Test
    void a_bad_sort_order_or_day_is_a_json_error_naming_it() throws Exception {
        assertTrue(get("/api/articles?sort=popularity", 400).get("error").asText().contains("popularity"));
        assertTrue(get("/api/articles?order=sideways", 400).get("error").asText().contains("order"));
        assertTrue(get("/api/articles?since=yesterday", 400).get("error").asText().contains("since"));
    }

    @Test
    void the_articles_page_lists_them_escaped_with_sort_links_and_date_unknown() throws Exception {
        String page = fixture.http.get("/articles?sort=date").body();
        assertTrue(page.contains("<td>date unknown</td>"), page);
        assertTrue(page.contains("Mid-year &lt;review&gt;"), page);
        assertFalse(page.contains("<review>"), page);
        assertTrue(page.contains("href=\"/articles?sort=date&amp;order=asc\""), page);
        assertTrue(page.contains("aria-sort=\"descending\""), page);
        String filtered = fixture.http.get("/articles?since=2025-01-01").body();
        assertTrue(filtered.contains("1 article published in that period (articles with date unknown are left out)"), filtered);
        assertEquals(400, fixture.http.get("/articles?sort=popularity").statusCode());
    }
}
