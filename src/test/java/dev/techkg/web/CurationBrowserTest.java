package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.techkg.curation.CurationFixture;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Chromium;
import dev.techkg.testing.SharedAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Corrections from the pages in a real browser (Debian's chromium) against the real server: reject a fact from the
 * explorer's evidence panel and see its edge go, the entity page striking it through, merge from the entity page,
 * undo from the review page. Skipped without chromium, failing in CI. Screenshots go to target/screenshots/.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationBrowserTest {
    private static final Path CHROMIUM = Chromium.BINARY;
    private static final Path CHROMEDRIVER = Chromium.DRIVER;
    private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    private ServerFixture fixture;
    private WebDriver browser;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER);
            }
            Assumptions.abort("Browser tests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER);
        }
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
        fixture.wiring.store().load(Files.writeString(temp.resolve("two.trig"), CurationFixture.trig()), Lang.TRIG, "urn:example:unused");
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.headless(CHROMIUM, CHROMEDRIVER, 1280, 800);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.quit(browser, fixture);
    }

    private WebDriverWait waiting() {
        return Chromium.patiently(browser);
    }

    private long count(String selector) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.techkg.cy.$(arguments[0]).length;", selector)).longValue();
    }

    private void fullPage(String name) throws Exception {
        Chromium.fullPage(browser, name);
    }

    @Test
    void rejecting_a_fact_from_the_evidence_panel_removes_its_edge_and_the_entity_page_strikes_it_through() throws Exception {
        browser.get(fixture.http.base() + "/?center=european-union");
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(window.techkg && window.techkg.ready);")));
        waiting().until(d -> count("edge") == 1);
        WebElement note = waiting().until(d -> d.findElement(By.cssSelector("#panel .fact-note, .fact-actions .fact-note")));
        note.sendKeys("The EU sits in Brussels");
        fullPage("curation-explorer-before");
        browser.findElement(By.cssSelector(".fact-actions button.reject-fact")).click();
        waiting().until(d -> count("edge") == 0);
        assertEquals(0, count("node[id = 'dublin']"), "the rejected fact's other end is no longer in the view");

        browser.get(fixture.http.base() + "/id/european-union");
        WebElement rejected = waiting().until(d -> d.findElement(By.cssSelector("ul.rejected li")));
        assertTrue(rejected.getText().contains("The EU sits in Brussels"), rejected.getText());
        assertEquals("headquartered in Dublin", rejected.findElement(By.tagName("s")).getText());
        fullPage("curation-entity");
    }

    @Test
    void merging_from_the_entity_page_then_undoing_on_the_review_page() throws Exception {
        browser.get(fixture.http.base() + "/id/facebook");
        waiting().until(d -> d.findElement(By.cssSelector("details.curation summary"))).click();
        browser.findElement(By.id("merge-into")).sendKeys("meta-platforms");
        browser.findElement(By.cssSelector("#merge-form button")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/id/meta-platforms"));
        WebElement heading = waiting().until(d -> d.findElement(By.tagName("h1")));
        assertEquals("Meta Platforms", heading.getText());
        assertTrue(browser.findElement(By.cssSelector("main > p.muted")).getText().contains("Facebook"), "Facebook is an alias now");
        assertEquals(2, browser.findElements(By.cssSelector(".fact-slot button.reject-fact")).size(), "Reject beside each of its two facts");
        fullPage("curation-merged-entity");

        browser.get(fixture.http.base() + "/review");
        waiting().until(d -> d.findElements(By.cssSelector("#corrections tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("facebook → meta-platforms")));
        fullPage("curation-review");
        // Found and clicked in one step: the review page may redraw its table between two lookups.
        waiting().until(d -> {
            WebElement merge = d.findElements(By.cssSelector("#corrections tbody tr")).stream()
                    .filter(r -> r.getText().contains("facebook → meta-platforms")).findFirst().orElse(null);
            if (merge == null) {
                return false;
            }
            merge.findElement(By.cssSelector("button.undo-correction")).click();
            return true;
        });
        waiting().until(d -> d.findElement(By.id("review-status")).getText().startsWith("Undone"));
        waiting().until(d -> d.findElements(By.cssSelector("#corrections tbody tr")).stream()
                .anyMatch(r -> r.getText().contains("facebook → meta-platforms") && r.getText().contains("undone by")));
        assertEquals(200, fixture.http.get("/api/entities/facebook").statusCode(), "facebook is its own entity again");
    }
}
