package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.techkg.curation.ReviewFixture;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Chromium;
import dev.techkg.testing.SharedAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page's flags in a real browser (Debian's chromium) against the real server: each flag with both pieces of
 * evidence, resolved by a Reject, a Merge and a Dismiss button. Skipped without chromium, failing in CI. Screenshots go
 * to target/screenshots/.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {
    private ServerFixture fixture;
    private WebDriver browser;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        if (!(Files.isExecutable(Chromium.BINARY) && Files.isExecutable(Chromium.DRIVER))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs " + Chromium.BINARY + " and " + Chromium.DRIVER);
            }
            Assumptions.abort("Browser tests skipped: no " + Chromium.BINARY + " / " + Chromium.DRIVER);
        }
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
        fixture.wiring.store().load(Files.writeString(temp.resolve("three.trig"), ReviewFixture.trig()), Lang.TRIG, "urn:example:unused");
        Files.createDirectories(Chromium.SCREENSHOTS);
        browser = Chromium.headless(Chromium.BINARY, Chromium.DRIVER, 1280, 800);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.quit(browser, fixture);
    }

    private WebDriverWait waiting() {
        return Chromium.patiently(browser);
    }

    private List<String> kinds() {
        return browser.findElements(By.cssSelector("#flags tbody tr")).stream().map(r -> r.getAttribute("data-kind")).sorted().toList();
    }

    /** Clicks the button in the row of the flag kind, found and clicked in one step: the table may be redrawn between two lookups. */
    private void click(String kind, String button) {
        waiting().until(d -> {
            WebElement row = d.findElements(By.cssSelector("#flags tbody tr")).stream().filter(r -> kind.equals(r.getAttribute("data-kind")))
                    .findFirst().orElse(null);
            if (row == null) {
                return false;
            }
            row.findElement(By.cssSelector(button)).click();
            return true;
        });
    }

    @Test
    void flags_show_both_pieces_of_evidence_and_reject_merge_and_dismiss_resolve_them() throws Exception {
        browser.get(fixture.http.base() + "/review");
        waiting().until(d -> d.findElements(By.cssSelector("#flags tbody tr")).size() == 5);
        WebElement ceos = browser.findElement(By.cssSelector("#flags tbody tr[data-kind='two-ceos']"));
        List<WebElement> evidence = ceos.findElements(By.cssSelector("td.flag-evidence"));
        assertEquals(2, evidence.size());
        assertTrue(evidence.get(0).getText().contains("Lisa Tran, the chief executive of Orbitline, called it a fit."), evidence.get(0).getText());
        assertTrue(evidence.get(0).getText().contains("Orbitline buys a drone maker · 2025-03-03"), evidence.get(0).getText());
        assertTrue(evidence.get(1).getText().contains("Omar Diaz, CEO of Orbitline, spoke in Porto."), evidence.get(1).getText());
        Chromium.fullPage(browser, "review-flags");

        click("two-headquarters", "button.reject-flag-fact");
        waiting().until(d -> !kinds().contains("two-headquarters"));
        click("merge-suggestion", "button.merge-flag");
        waiting().until(d -> !kinds().contains("merge-suggestion"));
        click("fact-and-negation", "button.dismiss-flag");
        waiting().until(d -> !kinds().contains("fact-and-negation"));
        assertEquals(List.of("acquired-then-independent", "two-ceos"), kinds());
        waiting().until(d -> d.findElements(By.cssSelector("#corrections tbody tr")).stream().anyMatch(r -> r.getText().contains("dismiss")));
        Chromium.fullPage(browser, "review-flags-resolved");
    }
}
