package dev.techkg.web;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.techkg.app.ServerSettings;
import dev.techkg.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SPARQL page in a real browser (Debian's chromium and chromedriver, as {@link BrowserTest}) against a read-only
 * server on loopback over a small graph loaded as RDF (no text is analysed): the server's error messages in the
 * result area, the preset prefixes written into the editor, literals as values, share links, and a saved query run
 * from its parameter form. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPageTest {
    private static final Path CHROMIUM = Chromium.BINARY;
    private static final Path CHROMEDRIVER = Chromium.DRIVER;
    private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;
    private static final String DATA = """
            @prefix tk: <https://w3id.org/techkg/ontology#> .
            @prefix id: <https://w3id.org/techkg/id/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <https://schema.org/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <https://w3id.org/techkg/article/00000000000000b1> {
                <https://w3id.org/techkg/article/00000000000000b1> a tk:Article ; dcterms:title "A chip maker buys a software house" ;
                    schema:mentions id:broadcom, id:vmware .
                id:broadcom a tk:Company ; rdfs:label "Broadcom" ; skos:altLabel "Broadcom Inc." ; tk:acquires id:vmware .
                id:vmware a tk:Company ; rdfs:label "VMware" .
                [] rdf:subject id:broadcom ; rdf:predicate tk:acquires ; rdf:object id:vmware ;
                   tk:evidence "Broadcom completed its takeover of VMware last week." ; tk:confidence 0.94 .
            }
            <https://w3id.org/techkg/article/00000000000000b2> {
                <https://w3id.org/techkg/article/00000000000000b2> a tk:Article ; dcterms:title "Cloud rivals" ;
                    schema:mentions id:alibaba-group, id:tencent .
                id:alibaba-group a tk:Company ; rdfs:label "Alibaba Group" ; tk:competesWith id:tencent .
                id:tencent a tk:Company ; rdfs:label "Tencent" .
                [] rdf:subject id:alibaba-group ; rdf:predicate tk:competesWith ; rdf:object id:tencent ;
                   tk:evidence "Alibaba Group fights Tencent for cloud customers." ; tk:confidence 0.81 .
            }
            """;

    private ServerFixture fixture;
    private WebDriver browser;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
            }
            Assumptions.abort("Browser tests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER + " on this machine");
        }
        // Read-only: no language models are loaded, and none are needed.
        fixture = new ServerFixture(null, temp, new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, null, true));
        fixture.wiring.store().load(Files.writeString(temp.resolve("graph.trig"), DATA), Lang.TRIG, "urn:example:unused");
        Files.createDirectories(SCREENSHOTS);

        browser = Chromium.headless(CHROMIUM, CHROMEDRIVER, 1280, 900);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.quit(browser, fixture);
    }

    private WebDriverWait waiting() {
        return Chromium.patiently(browser);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void openPage() {
        browser.get(fixture.http.base() + "/query");
        waiting().until(d -> d.findElement(By.cssSelector("#saved button[data-query='entity-facts']")));
    }

    private String editor() {
        return (String) script("return window.techkg.yasgui.getTab().getYasqe().getValue();");
    }

    private void run(String query) {
        script("const tab = window.techkg.yasgui.getTab(); tab.getYasqe().setValue(arguments[0]); tab.query();", query);
    }

    private String resultText() {
        return String.valueOf(script("return document.querySelector('.yasr_results') ? document.querySelector('.yasr_results').innerText : '';"));
    }

    @Test
    void a_query_that_does_not_parse_shows_the_servers_message_with_its_line_and_column() throws Exception {
        openPage();
        run("SELECT ?name WHERE {\n  ?c <urn:example:p> ?name }}");
        WebElement error = waiting().until(d -> d.findElement(By.cssSelector(".yasr .query-error")));
        String shown = error.getText();
        assertTrue(shown.startsWith("400 Bad query"), shown);
        assertTrue(shown.contains("The query does not parse") && shown.contains("line 2, column 29"), shown);
        assertFalse(shown.contains("[object Object]"), shown);
        script("document.querySelector('.query-error').scrollIntoView({block: 'center'});");
        screenshot("query-error");

        // The same with the endpoint typed as a path: YASGUI needs it absolute, the page makes it so.
        script("window.techkg.yasgui.getTab().setEndpoint('/sparql');");
        run("SELECT * WHERE { ?s ?p }");
        waiting().until(d -> resultText().contains("line 1, column 24"));
        assertTrue(resultText().startsWith("400 Bad query"), resultText());
    }

    @Test
    void a_query_using_the_preset_prefixes_gets_their_prefix_lines_in_the_editor() {
        openPage();
        run("# tk: in a comment, and <https://example.org/owl:x> in an IRI, do not count\n"
                + "SELECT ?name WHERE { ?c a tk:Company ; rdfs:label ?name } ORDER BY ?name");
        waiting().until(d -> resultText().contains("Tencent"));
        String query = editor();
        assertTrue(query.contains("PREFIX tk: <https://w3id.org/techkg/ontology#>\n"), query);
        assertTrue(query.contains("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"), query);
        assertFalse(query.contains("PREFIX owl:"), query);
        assertTrue(query.indexOf("PREFIX") < query.indexOf("SELECT") && query.indexOf("PREFIX tk:") < query.indexOf("# tk:"), query);
        String intro = browser.findElement(By.tagName("main")).getText();
        assertTrue(intro.contains("without declaring them gets their PREFIX lines added in the editor"), intro);
    }

    @Test
    void literals_are_shown_as_their_values() {
        openPage();
        run("SELECT ?evidence ?confidence WHERE { ?st tk:evidence ?evidence ; tk:confidence ?confidence } ORDER BY DESC(?confidence)");
        waiting().until(d -> resultText().contains("0.94"));
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("Broadcom completed its takeover of VMware last week.") && table.contains("0.81"), table);
        assertFalse(table.contains("^^") || table.contains("XMLSchema") || table.contains("\"0.94\""), table);
    }

    @Test
    void a_share_link_opens_the_page_with_its_query() {
        openPage();
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?x rdfs:label ?label } ORDER BY ?label LIMIT 3\n";
        run(query);
        waiting().until(d -> resultText().contains("Alibaba Group"));
        String link = (String) script("return window.techkg.yasgui.getTab().getShareableLink();");
        browser.get("about:blank");
        browser.get(link);
        waiting().until(d -> d.findElement(By.cssSelector("#saved button")));
        assertEquals(query.strip(), editor().strip());
        assertEquals(fixture.http.base() + "/sparql", script("return window.techkg.yasgui.getTab().getEndpoint();"));
        waiting().until(d -> resultText().contains("Alibaba Group")); // and runs it
    }

    @Test
    void a_saved_query_runs_from_its_form_with_names_looked_up_as_you_type() throws Exception {
        openPage();
        browser.findElement(By.cssSelector("#saved button[data-query='entity-facts']")).click();
        WebElement name = waiting().until(d -> d.findElement(By.id("param-name")));
        assertTrue(browser.findElement(By.id("saved-form")).isDisplayed());
        assertEquals("default: Alibaba Group", name.getAttribute("placeholder"));
        assertTrue(browser.findElement(By.id("param-relation")).getAttribute("list") != null, "relations offered");
        waiting().until(d -> resultText().contains("Tencent")); // the click ran it with its defaults

        name.sendKeys("broad");
        waiting().until(d -> !d.findElements(By.cssSelector("#param-name-options option[value='Broadcom']")).isEmpty());
        name.sendKeys("com inc.");
        browser.findElement(By.id("param-relation")).sendKeys("ACQUIRES");
        browser.findElement(By.id("saved-form-run")).click();
        waiting().until(d -> resultText().contains("Broadcom completed its takeover of VMware last week."));
        String table = resultText();
        assertTrue(table.contains("VMware") && !table.contains("Tencent"), table);
        browser.manage().window().setSize(new Dimension(1280, 1600));
        script("document.getElementById('saved-form').scrollIntoView();");
        screenshot("query-form");
        browser.manage().window().setSize(new Dimension(1280, 900));

        name.clear();
        name.sendKeys("Brodcom");
        browser.findElement(By.id("saved-form-run")).click();
        WebElement error = waiting().until(d -> d.findElement(By.cssSelector(".yasr .query-error")));
        assertTrue(error.getText().contains("No entity is named 'Brodcom'"), error.getText());
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        assertTrue(rows.isEmpty(), "an error leaves no rows from before");
    }
}
