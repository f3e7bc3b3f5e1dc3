package dev.techkg.web;


import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Chromium;
import dev.techkg.testing.SharedAnalyzer;
import dev.techkg.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (Debian's chromium and chromedriver) against the real server on
 * loopback. Without a local chromium the tests are skipped with a message, except in CI (CI=true),
 * where a missing browser is a failure. Screenshots of each page go to target/screenshots/.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Chromium.BINARY;
    private static final Path CHROMEDRIVER = Chromium.DRIVER;
    private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

    private ServerFixture fixture;
    private WebDriver browser;
    private final ObjectMapper json = new ObjectMapper();

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
            }
            Assumptions.abort("Browser tests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER + " on this machine "
                    + "(apt-get install chromium chromium-driver to run them)");
        }
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(30, 100_000, null, false));
        fixture.wiring.ingestService().ingest(List.of(TestFiles.copyFolder("browser", temp)), 1, dev.techkg.pipeline.IngestListener.SILENT);
        Files.createDirectories(SCREENSHOTS);

        browser = Chromium.headless(CHROMIUM, CHROMEDRIVER, 1280, 800);
    }

    @AfterAll
    void stop() throws Exception {
        Chromium.quit(browser, fixture);
    }

    private String url(String path) {
        return fixture.http.base() + path;
    }

    private WebDriverWait waiting() {
        return Chromium.patiently(browser);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private long count(String selector) {
        return ((Number) script("return window.techkg.cy.$(arguments[0]).length;", selector)).longValue();
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void fullPage(String name) throws Exception {
        Chromium.fullPage(browser, name);
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(fixture.http.get(path).body());
    }

    @Test
    void searching_alibaba_draws_it_with_its_neighbours() throws Exception {
        browser.get(url("/"));
        WebElement search = waiting().until(d -> d.findElement(By.id("search")));
        search.sendKeys("Alibaba");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
        List<WebElement> suggestions = browser.findElements(By.cssSelector("#suggestions li"));
        int index = 0;
        while (!suggestions.get(index).getText().startsWith("Alibaba Group")) {
            index++;
        }
        for (int i = 0; i <= index; i++) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("center=alibaba-group"));
        JsonNode expected = api("/api/graph?center=alibaba-group&depth=1");
        waiting().until(d -> count("node") == expected.get("nodes").size());
        assertEquals(expected.get("edges").size(), count("edge"));
        assertTrue(count("node[id = 'baidu']") == 1 && count("node[id = 'tencent-holdings']") == 1, "rivals drawn");
        screenshot("explorer");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waiting().until(d -> count("node") == expected.get("nodes").size());
        screenshot("explorer-narrow");
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    /**
     * Every overlap a reader would see among the nodes' labels: a label over another label, or over another
     * node's shape. Boxes are Cytoscape's own for the label alone and the shape alone (model coordinates, so the
     * zoom does not matter; labels count even where the zoom level hides them).
     */
    private static final String OVERLAPS = """
            const cy = window.techkg.cy;
            const nodes = cy.nodes().toArray();
            const labels = nodes.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }));
            const bodies = nodes.map((n) => n.boundingBox({ includeLabels: false, includeOverlays: false }));
            const hit = (a, b) => a.w > 0 && b.w > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
            const found = [];
            for (let i = 0; i < nodes.length; i++) {
              for (let j = 0; j < nodes.length; j++) {
                if (i === j) continue;
                if (i < j && hit(labels[i], labels[j])) found.push('label ' + nodes[i].id() + ' on label ' + nodes[j].id());
                if (hit(labels[i], bodies[j])) found.push('label ' + nodes[i].id() + ' on node ' + nodes[j].id());
              }
            }
            return found;
            """;

    @SuppressWarnings("unchecked")
    private List<String> overlaps() {
        return (List<String>) script(OVERLAPS);
    }

    /** Opens a view and waits until the explorer has drawn it (its node count as the API gives it). */
    private void open(String path, int nodes) {
        browser.get(url(path));
        waiting().until(d -> Boolean.TRUE.equals(script("return !!(window.techkg && window.techkg.ready);")) && count("node") == nodes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Number>> positions() {
        return (Map<String, List<Number>>) script(
                "const out = {}; window.techkg.cy.nodes().forEach((n) => { out[n.id()] = [n.position().x, n.position().y]; }); return out;");
    }

    /** The node of the start view with the most edges in it. */
    private String biggestHub(JsonNode view) {
        Map<String, Integer> degree = new java.util.TreeMap<>();
        view.get("edges").forEach(e -> {
            degree.merge(e.get("data").get("source").asText(), 1, Integer::sum);
            degree.merge(e.get("data").get("target").asText(), 1, Integer::sum);
        });
        return degree.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void labels_overlap_nowhere_on_the_start_page_nor_around_the_biggest_hub() throws Exception {
        JsonNode start = api("/api/graph?limit=30");
        open("/", start.get("nodes").size());
        assertTrue(count("node") >= 20, "a crowded view: " + count("node") + " nodes");
        assertEquals(List.of(), overlaps());
        screenshot("explorer-start");

        String hub = biggestHub(start);
        JsonNode around = api("/api/graph?center=" + hub + "&depth=1");
        open("/?center=" + hub, around.get("nodes").size());
        assertEquals(List.of(), overlaps());
        @SuppressWarnings("unchecked")
        Map<String, Number> middle = (Map<String, Number>) script("const cy = window.techkg.cy; const p = cy.getElementById(arguments[0]).renderedPosition();"
                + " return {dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2};", hub);
        assertTrue(Math.abs(middle.get("dx").doubleValue()) < 2 && Math.abs(middle.get("dy").doubleValue()) < 2, "centre in the middle: " + middle);
        screenshot("explorer-hub");
        script("window.techkg.cy.getElementById(arguments[0]).emit('tap');", hub);
        waiting().until(d -> d.findElement(By.id("panel")).findElements(By.tagName("blockquote")).size() > 0);
        fullPage("tour-explorer");

        open("/?center=" + hub + "&depth=2", api("/api/graph?center=" + hub + "&depth=2").get("nodes").size());
        assertEquals(List.of(), overlaps());
    }

    @Test
    void the_same_link_draws_the_same_picture_each_time() throws Exception {
        JsonNode start = api("/api/graph?limit=30");
        open("/", start.get("nodes").size());
        Map<String, List<Number>> first = positions();
        browser.get(url("/query"));
        open("/", start.get("nodes").size());
        assertEquals(first, positions());

        String hub = biggestHub(start);
        int nodes = api("/api/graph?center=" + hub + "&depth=1").get("nodes").size();
        open("/?center=" + hub, nodes);
        Map<String, List<Number>> hubView = positions();
        browser.navigate().refresh();
        waiting().until(d -> Boolean.TRUE.equals(script("return !!(window.techkg && window.techkg.ready);")) && count("node") == nodes);
        assertEquals(hubView, positions());

        // Another screen size: the same places (the layout does not depend on the window; only the zoom does).
        browser.manage().window().setSize(new Dimension(1000, 700));
        try {
            open("/", start.get("nodes").size());
            assertEquals(first, positions());
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    @Test
    void expanding_hiding_and_pinning_are_kept_in_the_link() throws Exception {
        int nodes = api("/api/graph?center=alibaba-group&depth=1").get("nodes").size();
        open("/?center=alibaba-group", nodes);
        JsonNode aroundBaidu = api("/api/graph?center=baidu&depth=1");
        script("window.techkg.cy.getElementById('baidu').emit('tap');");
        waiting().until(d -> d.findElement(By.id("action-expand"))).click();
        waiting().until(d -> d.getCurrentUrl().contains("expand=baidu"));
        waiting().until(d -> aroundBaidu.get("nodes").findValuesAsText("id").stream().allMatch(id -> count("node[id = '" + id + "']") == 1));
        assertTrue(count("node[id = 'bytedance']") == 1, "Baidu's rival ByteDance came with the expansion");

        script("window.techkg.cy.getElementById('tencent-holdings').emit('tap');");
        waiting().until(d -> d.findElement(By.id("panel")).getText().startsWith("Tencent"));
        browser.findElement(By.id("action-hide")).click();
        waiting().until(d -> d.getCurrentUrl().contains("hide=tencent-holdings") && count("node[id = 'tencent-holdings']") == 0);
        assertTrue(browser.findElement(By.id("show-hidden")).isDisplayed());

        script("window.techkg.cy.getElementById('bytedance').position({x: 300, y: -200}).emit('tap');");
        waiting().until(d -> d.findElement(By.id("panel")).getText().startsWith("ByteDance"));
        browser.findElement(By.id("action-pin")).click();
        waiting().until(d -> d.getCurrentUrl().contains("pin=bytedance%40300%2C-200"));
        String link = browser.getCurrentUrl();
        int shown = (int) count("node");
        Map<String, List<Number>> before = positions();
        assertEquals(List.of(300.0, -200.0), before.get("bytedance").stream().map(Number::doubleValue).toList());

        browser.get(url("/"));
        browser.get(link);
        waiting().until(d -> Boolean.TRUE.equals(script("return !!(window.techkg && window.techkg.ready);")) && count("node") == shown);
        assertEquals(0, count("node[id = 'tencent-holdings']"));
        assertEquals(List.of(300.0, -200.0), positions().get("bytedance").stream().map(Number::doubleValue).toList(), "pinned where it was put");
        assertEquals(List.of(), overlaps());
        screenshot("explorer-expanded");

        browser.findElement(By.id("show-hidden")).click();
        waiting().until(d -> count("node[id = 'tencent-holdings']") == 1 && !d.getCurrentUrl().contains("hide="));
    }

    @Test
    void edges_read_as_words_with_the_relation_name_in_a_tooltip() throws Exception {
        open("/?center=alibaba-group", api("/api/graph?center=alibaba-group&depth=1").get("nodes").size());
        String edge = "edge[relation = 'competesWith'][source = 'alibaba-group'][target = 'baidu']";
        assertEquals(1, count(edge));
        script("const e = window.techkg.cy.$(arguments[0]); e.emit('mouseover');", edge);
        WebElement tooltip = browser.findElement(By.id("tooltip"));
        waiting().until(d -> tooltip.isDisplayed());
        assertTrue(tooltip.getText().contains("Alibaba Group competes with Baidu"), tooltip.getText());
        assertTrue(tooltip.getText().contains("tk:competesWith"), tooltip.getText());
        assertEquals("competes with", script("return window.techkg.cy.$(arguments[0]).style('label');", edge));
    }

    @Test
    void the_view_exports_as_svg_cytoscape_json_and_graphml() throws Exception {
        open("/?center=alibaba-group", api("/api/graph?center=alibaba-group&depth=1").get("nodes").size());
        long nodes = count("node");
        long edges = count("edge");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var graphml = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
                (String) script("return window.techkg.exports.graphml();"))));
        assertEquals(nodes, graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength());
        assertEquals(edges, graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength());
        assertTrue(((String) script("return window.techkg.exports.graphml();")).contains("https://w3id.org/techkg/ontology#competesWith"));

        var svg = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
                (String) script("return window.techkg.exports.svg();"))));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(nodes + edges, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").getLength());
        assertTrue(svg.getDocumentElement().getTextContent().contains("Alibaba Group"));

        JsonNode cytoscape = json.readTree((String) script("return window.techkg.exports.json();"));
        assertEquals(nodes, cytoscape.get("elements").get("nodes").size());
        assertEquals(edges, cytoscape.get("elements").get("edges").size());
        // Cytoscape reads its own export back, positions included.
        Object redrawn = script("const c = cytoscape({ headless: true, elements: JSON.parse(arguments[0]).elements, layout: { name: 'preset' } });"
                + " const p = c.getElementById('baidu').position(); return [c.nodes().length, p.x, p.y];",
                script("return window.techkg.exports.json();"));
        @SuppressWarnings("unchecked")
        List<Number> back = (List<Number>) redrawn;
        assertEquals(nodes, back.get(0).longValue());
        assertEquals(positions().get("baidu").get(0).doubleValue(), back.get(1).doubleValue(), 0.001);
    }

    @Test
    void searching_a_word_inside_a_name_suggests_it() throws Exception {
        browser.get(url("/"));
        WebElement search = waiting().until(d -> d.findElement(By.id("search")));
        search.sendKeys("cloud");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
        assertTrue(browser.findElement(By.id("suggestions")).getText().contains("Alibaba Cloud"),
                browser.findElement(By.id("suggestions")).getText());
    }

    @Test
    void an_article_page_links_its_entities_to_pages_that_list_their_facts_in_words() throws Exception {
        JsonNode article = null;
        for (JsonNode a : api("/api/articles?size=100").get("items")) {
            article = a.get("title").asText().equals("Who makes the chips") ? a : article;
        }
        browser.get(url(article.get("link").asText()));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Who makes the chips"));
        WebElement nvidia = browser.findElement(By.cssSelector(".article-text a[href='/id/nvidia']"));
        fullPage("tour-article");

        nvidia.click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Nvidia"));
        List<String> headings = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        assertTrue(headings.contains("competes with"), headings.toString());
        assertEquals("tk:competesWith", browser.findElement(By.xpath("//h2[text()='competes with']")).getAttribute("title"));
        fullPage("tour-entity");
    }

    @Test
    void clicking_a_node_shows_its_evidence_sentences() throws Exception {
        browser.get(url("/?center=alibaba-group"));
        waiting().until(d -> count("node[id = 'baidu']") == 1);
        @SuppressWarnings("unchecked")
        Map<String, Number> position = (Map<String, Number>) script(
                "const p = window.techkg.cy.getElementById('baidu').renderedPosition(); return {x: p.x, y: p.y};");
        WebElement canvas = browser.findElement(By.id("cy"));
        int dx = (int) Math.round(position.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(position.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, dx, dy).click().perform();
        WebElement panel = browser.findElement(By.id("panel"));
        waiting().until(d -> panel.getText().startsWith("Baidu"));
        waiting().until(d -> panel.getText().contains("Baidu CEO Robin Li said the company would keep investing in its Ernie models."));
        screenshot("explorer-evidence");
    }

    @Test
    void an_uploaded_text_file_joins_the_graph(@TempDir Path upload) throws Exception {
        Path file = upload.resolve("arm-qualcomm.txt");
        Files.writeString(file, "Arm licenses its chip designs to Qualcomm. Arm CEO Rene Haas said demand was strong.\n");
        browser.get(url("/upload"));
        waiting().until(d -> Boolean.TRUE.equals(script("return document.readyState === 'complete';")));
        browser.findElement(By.id("files")).sendKeys(file.toString());
        // Other tests' jobs may be listed as recent ones: wait for this one's result.
        waiting().until(d -> String.valueOf(script("return document.getElementById('jobs').textContent;")).contains("Rene Haas leads Arm Holdings"));
        script("document.getElementById('jobs').scrollIntoView();");
        screenshot("upload");
        script("window.scrollTo(0, 0);");
        fullPage("tour-upload");

        // After a reload the job is still listed, with its result.
        browser.navigate().refresh();
        WebElement recent = waiting().until(d -> d.findElement(By.cssSelector("#jobs .job-recent")));
        waiting().until(d -> recent.getText().contains("arm-qualcomm.txt") && recent.getText().contains("Rene Haas leads Arm Holdings"));
        assertTrue(recent.getText().contains("Done."), recent.getText());

        browser.findElement(By.linkText("Rene Haas")).click();
        waiting().until(d -> d.getCurrentUrl().contains("center=rene-haas"));
        waiting().until(d -> count("node[id = 'arm-holdings']") == 1);
        assertEquals(1, count("edge[relation = 'leads']"));
    }

    @Test
    void a_saved_query_on_the_sparql_page_fills_the_results_table() throws Exception {
        browser.get(url("/query"));
        WebElement button = waiting().until(d -> d.findElement(By.cssSelector("#saved button[data-query='top-entities']")));
        String start = (String) script("return window.techkg.yasgui.getTab().getYasqe().getValue();");
        dev.techkg.query.SparqlService.PRESET_PREFIXES.getNsPrefixMap().forEach((prefix, namespace) ->
                assertTrue(start.contains("PREFIX " + prefix + ": <" + namespace + ">\n"), start));
        button.click();
        waiting().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 0);
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("Alibaba Group"), table);
        screenshot("query");
        fullPage("tour-query");

        script("const tab = window.techkg.yasgui.getTab(); tab.getYasqe().setValue(arguments[0]); tab.query();",
                "PREFIX tk: <https://w3id.org/techkg/ontology#> CONSTRUCT { ?s tk:competesWith ?o } WHERE { ?s tk:competesWith ?o }");
        waiting().until(d -> Boolean.TRUE.equals(script("return !!(window.techkg.constructGraph && window.techkg.constructGraph.nodes().length > 0);")));
        assertTrue(((Number) script("return window.techkg.constructGraph.edges().length;")).intValue() >= 2);
        screenshot("query-construct");
    }

    @Test
    void markup_in_an_article_is_shown_as_text_everywhere() throws Exception {
        String hostile = "Acme <img src=x onerror=alert(1)> Corp partnered with Microsoft on cloud software.";
        var accepted = fixture.http.post("/api/articles", "application/json",
                json.writeValueAsString(Map.of("text", hostile, "title", "<script>alert(2)</script> headline")));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = null;
        for (int i = 0; i < 200 && (job == null || !job.get("state").asText().equals("done")); i++) {
            Thread.sleep(100);
            job = api(location);
        }
        String link = job.get("items").get(0).get("link").asText();
        browser.get(url(link));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("<script>alert(2)</script> headline"));
        assertTrue(browser.findElement(By.className("article-text")).getText().contains("<img src=x onerror=alert(1)>"));
        assertTrue(browser.findElements(By.cssSelector(".article-text img")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        screenshot("article");

        browser.get(url("/id/microsoft"));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Microsoft"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        screenshot("entity");
        assertFalse(fixture.http.get("/").headers().firstValue("Content-Security-Policy").orElse("").isEmpty());
    }

    /** Uploads text as JSON and waits until its job is done. */
    private void uploadAndWait(Map<String, String> body) throws Exception {
        var accepted = fixture.http.post("/api/articles", "application/json", json.writeValueAsString(body));
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = null;
        for (int i = 0; i < 300 && (job == null || !job.get("state").asText().matches("done|failed")); i++) {
            Thread.sleep(100);
            job = api(location);
        }
        assertEquals("done", job.get("state").asText(), job.toString());
    }

    @Test
    void the_entity_page_shows_each_facts_timeline_with_undated_reports_named_apart() throws Exception {
        uploadAndWait(Map.of("text", "Microsoft invested in OpenAI in a first funding round.", "source",
                "https://press.example.org/microsoft-openai", "date", "2023-04-02"));
        uploadAndWait(Map.of("text", "Microsoft invested in OpenAI again, the two companies confirmed.", "source",
                "https://cloud.example.com/2025/02/11/microsoft-openai"));
        uploadAndWait(Map.of("text", "Engineers recalled that Microsoft invested in OpenAI."));
        browser.get(url("/id/microsoft"));
        WebElement timeline = waiting().until(d -> d.findElement(By.xpath("//li[a[text()='OpenAI']]/div[@class='timeline']")));
        assertTrue(timeline.getText().contains("first reported 2023-04-02, last 2025-02-11"), timeline.getText());
        assertTrue(timeline.getText().contains("3 reports from 2 sources, 1 undated, 1 of unknown source"), timeline.getText());
        WebElement bar = timeline.findElement(By.cssSelector(".timeline-bar"));
        assertTrue(bar.getSize().getWidth() > 20, "the bar spans the two dated reports: " + bar.getSize());
        screenshot("entity-timeline");
    }

    @Test
    void the_explorers_date_filter_keeps_facts_published_in_the_period_and_leaves_undated_ones_out() throws Exception {
        uploadAndWait(Map.of("text", "Nokia partnered with Ericsson on network patents.", "source", "https://telecom.example.org/nokia",
                "date", "2021-03-09"));
        uploadAndWait(Map.of("text", "Nokia competes with Huawei for mobile network contracts."));
        browser.get(url("/?center=nokia"));
        waiting().until(d -> count("edge[relation = 'partnersWith']") == 1 && count("edge[relation = 'competesWith']") == 1);

        browser.get(url("/?center=nokia&since=2021-01-01&until=2021-12-31"));
        waiting().until(d -> count("edge[relation = 'partnersWith']") == 1);
        assertEquals(0, count("edge[relation = 'competesWith']"), "an undated article supports nothing within dates");
        assertEquals("2021-01-01", browser.findElement(By.id("since")).getAttribute("value"));
        WebElement panel = browser.findElement(By.id("panel"));
        waiting().until(d -> panel.getText().contains("Nokia competes with Huawei for mobile network contracts."));
        assertTrue(panel.getText().contains("date unknown · confidence"), panel.getText());
        screenshot("explorer-dates");

        browser.get(url("/?center=nokia&since=2022-01-01"));
        waiting().until(d -> Boolean.TRUE.equals(script("return !!window.techkg.cy;")));
        JsonNode expected = api("/api/graph?center=nokia&depth=1&since=2022-01-01");
        waiting().until(d -> count("edge") == expected.get("edges").size());
        assertEquals(0, count("edge[relation = 'partnersWith']"));
    }

    @Test
    void the_article_list_sorts_by_publication_date_and_filters_by_source_with_undated_ones_shown_so() throws Exception {
        uploadAndWait(Map.of("text", "Intel partnered with TSMC on packaging.", "source", "https://fabs.example.org/intel-tsmc",
                "date", "2022-09-14", "title", "Intel and TSMC"));
        uploadAndWait(Map.of("text", "Qualcomm competes with MediaTek in phone chips.", "source", "https://phones.example.net/rivals",
                "date", "2024-06-30", "title", "Qualcomm and MediaTek"));
        browser.get(url("/articles"));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Articles"));
        browser.findElement(By.linkText("Published")).click(); // newest publication first, undated last
        waiting().until(d -> d.getCurrentUrl().contains("sort=date"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".article-list tbody tr"));
        List<String> titles = rows.stream().map(r -> r.findElement(By.tagName("td")).getText()).toList();
        List<String> days = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertTrue(titles.indexOf("Qualcomm and MediaTek") >= 0 && titles.indexOf("Qualcomm and MediaTek") < titles.indexOf("Intel and TSMC"), titles.toString());
        int firstUndated = days.indexOf("date unknown");
        assertTrue(firstUndated > 0 && days.subList(firstUndated, days.size()).stream().allMatch("date unknown"::equals), days.toString());
        assertEquals(days.subList(0, firstUndated).stream().sorted(java.util.Comparator.reverseOrder()).toList(), days.subList(0, firstUndated));
        screenshot("articles");
        fullPage("tour-articles");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("article-source"))).selectByValue("fabs.example.org");
        browser.findElement(By.cssSelector(".article-filter button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("source=fabs.example.org"));
        rows = browser.findElements(By.cssSelector(".article-list tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("Intel and TSMC") && rows.get(0).getText().contains("2022-09-14"), rows.get(0).getText());

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/articles?sort=date"));
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Articles"));
        screenshot("articles-narrow");
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    void on_a_server_with_an_api_token_the_pages_ask_for_it_once_and_send_it(TextAnalyzer analyzer, @TempDir Path folder) throws Exception {
        String token = "a-long-enough-api-token";
        try (ServerFixture secured = new ServerFixture(analyzer, folder,
                new ServerSettings("127.0.0.1", 0, 30, 100_000, null, false, 1, token, false))) {
            Path first = Files.writeString(folder.resolve("nvidia-arm.txt"), "Nvidia partnered with Arm on data centre chips.\n");
            Path second = Files.writeString(folder.resolve("amd-xilinx.txt"), "AMD acquired Xilinx in 2022.\n");
            browser.get(secured.http.base() + "/upload");
            screenshot("upload-page");
            browser.findElement(By.id("files")).sendKeys(first.toString());
            WebElement dialog = waiting().until(d -> d.findElement(By.id("token-dialog")));
            waiting().until(d -> dialog.getAttribute("open") != null);
            browser.findElement(By.id("token-input")).sendKeys(token);
            screenshot("token-prompt");
            browser.findElement(By.id("token-ok")).click();
            waiting().until(d -> String.valueOf(script("return document.getElementById('jobs').textContent;")).contains("Done."));

            // Asked once: the next upload sends the kept token without asking.
            browser.findElement(By.id("files")).sendKeys(second.toString());
            waiting().until(d -> browser.findElements(By.cssSelector("#jobs .job-done")).size() == 2);
            assertTrue(dialog.getAttribute("open") == null, "asked again");
            script("document.getElementById('jobs').scrollIntoView();");
            screenshot("upload-with-token");

            // The delete button of the article page sends it too.
            browser.findElement(By.cssSelector("#jobs .job a[href^='/article/']")).click(); // the newest job is on top
            WebElement delete = waiting().until(d -> d.findElement(By.id("delete-article")));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("uploaded: amd-xilinx.txt"));
            delete.click();
            waiting().until(d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (NoAlertPresentException e) {
                    return false;
                }
            });
            waiting().until(d -> d.findElement(By.id("delete-status")).getText().equals("Deleted."));
        }
    }
}
