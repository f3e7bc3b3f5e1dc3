package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Chromium;
import dev.techkg.testing.Cli;
import dev.techkg.testing.Http;
import dev.techkg.testing.SearchArticles;
import dev.techkg.testing.SharedAnalyzer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Full-text search through the real server over articles the real pipeline ingested: {@code GET /api/search} answers
 * in three groups with highlighted snippets and follows a delete; the search page shows them in a real browser
 * (Debian's chromium; skipped without it, failing in CI), reached from the explorer's search box. Screenshots go to
 * target/screenshots/.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ServerFixture fixture;
    private WebDriver browser;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest"));
        SearchArticles.write(temp.resolve("articles")).forEach(p -> args.add(p.toString()));
        Cli.Result ingest = new Cli(analyzer, temp.resolve("store")).run(args.toArray(String[]::new));
        assertEquals(0, ingest.exitCode(), ingest.err());
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.quit(browser, fixture);
    }

    private JsonNode search(String q) throws Exception {
        HttpResponse<String> response = fixture.http.get("/api/search?q=" + Http.encode(q));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void the_api_answers_irish_regulator_with_the_fact_and_the_article_highlighted() throws Exception {
        JsonNode found = search("Irish regulator");
        assertEquals(0, found.get("entities").size());
        JsonNode fact = found.get("facts").get(0);
        assertEquals("data-protection-commission", fact.get("subject").get("id").asText());
        assertEquals("Data Protection Commission", fact.get("subject").get("label").asText());
        assertEquals("regulates", fact.get("relation").asText());
        assertEquals("meta-platforms", fact.get("object").get("id").asText());
        assertTrue(fact.get("snippet").asText().startsWith(
                "Ireland&#39;s Data Protection Commission, the <mark>Irish</mark> <mark>regulator</mark>, fined Meta Platforms"),
                fact.get("snippet").asText());
        assertEquals("Irish watchdog fines Meta over data transfers", fact.get("article").get("title").asText());
        JsonNode article = found.get("articles").get(0);
        assertEquals("<mark>Irish</mark> watchdog fines Meta over data transfers", article.get("titleSnippet").asText());
        assertTrue(article.get("link").asText().startsWith("/article/"));

        JsonNode cloud = search("cloud");
        assertEquals("alibaba-cloud", cloud.get("entities").get(0).get("id").asText());
        assertEquals("Alibaba <mark>Cloud</mark>", cloud.get("entities").get(0).get("snippet").asText());
        JsonNode commerce = search("Commerce Department");
        assertEquals("us-department-of-commerce", commerce.get("entities").get(0).get("id").asText());
        assertEquals(1, commerce.get("articles").size());
    }

    @Test
    @Order(2)
    void a_request_without_words_or_with_too_many_is_a_json_error_that_says_what_to_give() throws Exception {
        for (String path : List.of("/api/search", "/api/search?q=%20", "/api/search?q=" + "x".repeat(201), "/api/search?q=cloud&limit=0")) {
            HttpResponse<String> response = fixture.http.get(path);
            assertEquals(400, response.statusCode(), path);
            JsonNode error = JSON.readTree(response.body());
            assertTrue(error.hasNonNull("error") && error.hasNonNull("detail"), response.body());
        }
        assertTrue(fixture.http.get("/api/search?q=" + "x".repeat(201)).body().contains("at most 200"));
    }

    @Test
    @Order(3)
    void the_search_page_shows_the_three_groups_reached_from_the_explorers_box() throws Exception {
        if (!(Files.isExecutable(Chromium.BINARY) && Files.isExecutable(Chromium.DRIVER))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs " + Chromium.BINARY + " and " + Chromium.DRIVER);
            }
            Assumptions.abort("Browser test skipped: no " + Chromium.BINARY + " / " + Chromium.DRIVER);
        }
        Files.createDirectories(Chromium.SCREENSHOTS);
        browser = Chromium.headless(Chromium.BINARY, Chromium.DRIVER, 1280, 800);
        browser.get(fixture.http.base() + "/");
        WebElement box = Chromium.patiently(browser).until(d -> d.findElement(By.id("search")));
        box.sendKeys("Irish regulator");
        Chromium.patiently(browser).until(d -> d.findElement(By.cssSelector("#suggestions li.search-all"))).click();
        Chromium.patiently(browser).until(d -> d.getCurrentUrl().endsWith("/search?q=Irish%20regulator"));

        WebElement fact = Chromium.patiently(browser).until(d -> d.findElement(By.cssSelector("#fact-results li.fact-result")));
        assertTrue(fact.getText().startsWith("Data Protection Commission regulates Meta Platforms"), fact.getText());
        assertEquals(List.of("Irish", "regulator"), fact.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList());
        WebElement article = browser.findElement(By.cssSelector("#article-results li.article-result"));
        assertTrue(article.getText().startsWith("Irish watchdog fines Meta over data transfers"), article.getText());
        assertEquals("No entity has a name with these words.", browser.findElement(By.cssSelector("#entity-results li")).getText());
        Chromium.fullPage(browser, "search-irish-regulator");

        browser.get(fixture.http.base() + "/search?q=cloud");
        WebElement entity = Chromium.patiently(browser).until(d -> d.findElement(By.cssSelector("#entity-results li.entity-result")));
        assertEquals("Cloud", entity.findElement(By.tagName("mark")).getText());
        Chromium.patiently(browser).until(d -> d.findElements(By.cssSelector("#fact-results li.fact-result")).size() == 2);
        Chromium.fullPage(browser, "search-cloud");
    }

    @Test
    @Order(4)
    void a_deleted_article_leaves_the_results_at_once() throws Exception {
        JsonNode before = search("Irish regulator");
        String id = before.get("articles").get(0).get("id").asText();
        assertEquals(204, fixture.http.method("DELETE", "/api/articles/" + id).statusCode());
        JsonNode after = search("Irish regulator");
        assertEquals(0, after.get("facts").size());
        assertEquals(0, after.get("articles").size());
    }
}
