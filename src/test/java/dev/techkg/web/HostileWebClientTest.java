package dev.techkg.web;

import dev.techkg.app.AccessPolicy;
import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.IngestListener;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.testing.Http;
import dev.techkg.testing.SharedAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks a web page, a rebound DNS name or another uploader can make on a local server, each run
 * against the real server on 127.0.0.1, with the safe answer asserted. Every connection goes to
 * 127.0.0.1; other host names appear only inside Host and Origin headers.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileWebClientTest {
    private static final String EVIL = "http://evil.example";
    private static final String EXTRA_HOST = "kg.example.test";
    private static final String TOOLS = "https://tools.example.test";

    private final ObjectMapper json = new ObjectMapper();
    private Path temp;
    private ServerFixture fixture;
    private Http http;
    private int port;

    /** The servers' folders are in a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path folder) throws Exception {
        temp = folder;
        // Two workers, one waiting job at most, 100 KB of waiting uploads at most.
        fixture = new ServerFixture(analyzer, temp, new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 2, null, false),
                new AccessPolicy(List.of(EXTRA_HOST), List.of(TOOLS)), JobLimits.defaults().withQueue(1, 100 * 1024));
        http = fixture.http;
        port = fixture.server.port();
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** The status, headers (lower-case names) and body of one raw HTTP/1.1 exchange with 127.0.0.1. */
    record Raw(int status, Map<String, String> headers, String body) {}

    /** Sends a request as written (the Host header included) to the server on 127.0.0.1. */
    private Raw raw(String method, String path, String host, String... headersAndBody) throws Exception {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        String body = headersAndBody.length % 2 == 1 ? headersAndBody[headersAndBody.length - 1] : "";
        for (int i = 0; i + 1 < headersAndBody.length; i += 2) {
            request.append(headersAndBody[i]).append(": ").append(headersAndBody[i + 1]).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, split).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
        }
    }

    private String own() {
        return "http://127.0.0.1:" + port;
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private JsonNode waitFor(HttpResponse<String> accepted) throws Exception {
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = null;
        for (int i = 0; i < 600; i++) {
            job = body(http.get(location));
            if (job.get("state").asText().equals("done") || job.get("state").asText().equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job not finished: " + job);
    }

    private HttpResponse<String> postText(String text, String source, boolean replace) throws Exception {
        return http.post("/api/articles" + (replace ? "?replace=true" : ""), "application/json",
                json.writeValueAsString(Map.of("text", text, "source", source)));
    }

    private List<String> column(String query, String variable) throws Exception {
        JsonNode answer = body(http.get("/sparql?query=" + Http.encode(query)));
        List<String> values = new ArrayList<>();
        answer.get("results").get("bindings").forEach(b -> values.add(b.get(variable).get("value").asText()));
        return values;
    }

    /** The articles whose text contains these words. */
    private List<String> articlesSaying(String words) throws Exception {
        return column("SELECT ?a WHERE { GRAPH ?a { ?a <https://w3id.org/techkg/ontology#text> ?t FILTER(CONTAINS(?t, \"" + words + "\")) } }", "a");
    }

    private static void assertJsonError(int status, Raw answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/json"), answer.headers().toString());
        assertTrue(answer.body().contains("\"error\"") && answer.body().contains("\"detail\""), answer.body());
    }

    private static String multipart(String boundary, String name, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: text/plain\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n";
    }

    @Test
    void a_page_of_another_site_cannot_upload_with_a_form_or_with_fetch() throws Exception {
        String host = "127.0.0.1:" + port;
        String form = multipart("b0undary", "planted.txt", "Evil Corp acquired Nvidia.");
        String type = "multipart/form-data; boundary=b0undary";
        // A cross-origin form post: no preflight, so no custom header; the browser sends its Origin.
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", type, "Origin", EVIL, "Sec-Fetch-Site", "cross-site", form));
        // Even with a custom header (which would need a preflight the server never grants) the foreign Origin is refused.
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", type, "Origin", EVIL, "X-Requested-With", "x", form));
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", type, "Origin", "null", "X-Requested-With", "x", form));
        // A browser that sends only Sec-Fetch-Site, and an old one that sends neither: the form still lacks the header.
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", type, "Sec-Fetch-Site", "same-site", "X-Requested-With", "x", form));
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", type, form));
        assertJsonError(403, raw("POST", "/api/articles", host, "Content-Type", "application/json", "Origin", EVIL,
                "{\"text\": \"Evil Corp acquired Nvidia.\"}"));
        assertJsonError(403, raw("DELETE", "/api/articles/0000000000000000", host, "Origin", EVIL));
        assertEquals(List.of(), articlesSaying("Evil Corp acquired Nvidia"), "nothing was planted");

        // The server's own page (same origin, with the header) and a command-line client (no Origin) are served.
        assertEquals(202, raw("POST", "/api/articles", host, "Content-Type", type, "Origin", own(), "Sec-Fetch-Site", "same-origin",
                "X-Requested-With", "techkg-page", form).status());
        waitFor(http.upload("/api/articles", List.of("cli.txt"), List.of("Arm licenses designs to Apple.".getBytes(StandardCharsets.UTF_8))));
        for (int i = 0; i < 100 && articlesSaying("Evil Corp acquired Nvidia").isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(1, articlesSaying("Evil Corp acquired Nvidia").size());
    }

    @Test
    void a_rebound_dns_name_gets_421_for_every_read_and_write() throws Exception {
        String rebound = "evil.example:" + port;
        assertJsonError(421, raw("GET", "/api/backup", rebound));
        assertJsonError(421, raw("GET", "/sparql?query=ASK%7B%7D", rebound));
        assertJsonError(421, raw("GET", "/rdf?default", rebound));
        assertJsonError(421, raw("GET", "/", rebound));
        assertJsonError(421, raw("DELETE", "/api/articles/0000000000000000", rebound, "Origin", "http://" + rebound));
        assertJsonError(421, raw("POST", "/api/articles", rebound, "Content-Type", "application/json", "Origin", "http://" + rebound,
                "{\"text\": \"Evil Corp acquired Nvidia.\"}"));
        assertJsonError(421, raw("GET", "/health", "127.0.0.1.evil.example:" + port));
        assertJsonError(421, raw("GET", "/health", "localhost.evil.example"));

        // The names the server answers to: loopback, IP literals, its bind address and --host names.
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "app.localhost:" + port, EXTRA_HOST,
                EXTRA_HOST + ":" + port)) {
            assertEquals(200, raw("GET", "/health", host).status(), host);
        }
    }

    @Test
    void query_answers_are_shared_with_the_own_and_listed_origins_only() throws Exception {
        String ask = "/sparql?query=ASK%7B%7D";
        assertTrue(http.get(ask, "Origin", EVIL).headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "any page could read the graph");
        assertTrue(http.get("/rdf?default", "Origin", EVIL).headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(http.method("OPTIONS", "/sparql", "Origin", EVIL, "Access-Control-Request-Method", "POST")
                .headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals(TOOLS, http.get(ask, "Origin", TOOLS).headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(own(), http.get(ask, "Origin", own()).headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void a_public_read_only_endpoint_shares_reads_with_every_page(TextAnalyzer analyzer) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("public"));
        try (ServerFixture open = new ServerFixture(analyzer, folder, new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true),
                new AccessPolicy(List.of(), List.of("*")), JobLimits.defaults())) {
            assertEquals("*", open.http.get("/sparql?query=ASK%7B%7D", "Origin", EVIL).headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertEquals(403, open.http.post("/api/articles", "application/json", "{\"text\": \"x y\"}", "Origin", EVIL).statusCode());
        }
    }

    @Test
    void an_upload_cannot_replace_or_delete_an_article_ingested_from_the_command_line() throws Exception {
        Path file = Files.writeString(Files.createDirectories(temp.resolve("news")).resolve("intel.txt"),
                "Intel CEO Pat Gelsinger said Intel will build chips for Microsoft.\n");
        fixture.wiring.ingestService().ingest(List.of(file), 1, IngestListener.SILENT);
        String source = file.toString();
        String cliArticle = column("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/source> \"" + source + "\" }", "a").get(0);

        // Same source, other text, even with replace=true: stored apart, under the upload namespace.
        JsonNode job = waitFor(postText("Evil Corp acquired Intel.", source, true));
        assertEquals("added", job.get("items").get(0).get("outcome").asText(), job.toString());
        JsonNode named = waitFor(http.upload("/api/articles?replace=true", List.of(source), List.of("Evil Corp acquired Intel again.".getBytes(StandardCharsets.UTF_8))));
        // With replace=true it replaces the upload of that source just made, never the command line's article.
        assertEquals("replaced", named.get("items").get(0).get("outcome").asText(), named.toString());
        assertEquals(List.of(cliArticle), column("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/source> \"" + source + "\" }", "a"));
        assertEquals(1, column("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/source> \"upload:" + source + "\" }", "a").size());

        // Replacing an earlier upload needs replace=true.
        JsonNode refused = waitFor(postText("Evil Corp sold Intel.", "report-7", false));
        assertEquals("added", refused.get("items").get(0).get("outcome").asText());
        JsonNode second = waitFor(postText("Evil Corp bought Intel back.", "report-7", false));
        assertEquals("failed", second.get("items").get(0).get("state").asText());
        assertTrue(second.get("items").get(0).get("error").asText().contains("replace=true"), second.toString());
        JsonNode replaced = waitFor(postText("Evil Corp bought Intel back.", "report-7", true));
        assertEquals("replaced", replaced.get("items").get(0).get("outcome").asText(), replaced.toString());
        assertEquals(List.of(cliArticle), column("SELECT ?a WHERE { ?a <http://purl.org/dc/terms/source> \"" + source + "\" }", "a"),
                "the command line's article is still there");
    }

    @Test
    void the_same_text_uploaded_twice_at_once_is_processed_once() throws Exception {
        String text = "Qualcomm partnered with Meta on smart glasses. Qualcomm CEO Cristiano Amon praised Meta.";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> http.post("/api/articles", "application/json",
                "{\"text\": \"" + text + "\", \"source\": \"twin-a\"}"));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> http.post("/api/articles", "application/json",
                "{\"text\": \"" + text + "\", \"source\": \"twin-b\"}"));
        List<String> outcomes = new ArrayList<>(List.of(waitFor(first.get()).get("items").get(0).get("outcome").asText(),
                waitFor(second.get()).get("items").get(0).get("outcome").asText()));
        outcomes.sort(null);
        assertEquals(List.of("added", "unchanged"), outcomes);
    }

    @Test
    void a_full_queue_answers_503_with_retry_after_and_an_upload_beyond_the_byte_bound_413() throws Exception {
        StringBuilder longer = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longer.append("Company").append(i).append(" Labs partnered with Nvidia on chips in week ").append(i).append(". ");
        }
        List<HttpResponse<String>> accepted = new ArrayList<>();
        HttpResponse<String> busy = null;
        for (int i = 0; i < 6 && busy == null; i++) {
            HttpResponse<String> response = postText("Round " + i + ". " + longer, "queue-" + i, false);
            if (response.statusCode() == 503) {
                busy = response;
            } else {
                accepted.add(response);
            }
        }
        assertTrue(busy != null, "two running and one waiting job fill the queue");
        assertEquals("Busy", body(busy).get("error").asText());
        assertTrue(Integer.parseInt(busy.headers().firstValue("Retry-After").orElse("0")) > 0, busy.headers().toString());
        for (HttpResponse<String> response : accepted) {
            waitFor(response);
        }
        HttpResponse<String> huge = postText("Nvidia designs chips. " + "x".repeat(120 * 1024), "huge", false);
        assertEquals(413, huge.statusCode(), huge.body());
    }

    @Test
    void small_faults_give_safe_answers() throws Exception {
        // 'Accept: ;' was an ArrayIndexOutOfBounds and a 500.
        assertEquals(200, raw("GET", "/sparql?query=ASK%7B%7D", "127.0.0.1", "Accept", ";").status());
        assertEquals(200, raw("GET", "/rdf?default", "127.0.0.1", "Accept", ";").status());

        // Placeholders inside an article stay text.
        JsonNode job = waitFor(postText("Acme {{cytoscape}} Corp partnered with Microsoft on {{body}} software.", "braces", false));
        String link = job.get("items").get(0).get("link").asText();
        String page = http.get(link, "Accept", "text/html").body();
        assertTrue(page.contains("{{cytoscape}}") && page.contains("{{body}}"), page);
        assertFalse(page.contains("Acme /webjars/"), page);

        // An internal error names no folder of the server: the spool folder is made unusable for one upload.
        Path spool = fixture.wiring.spoolFolder();
        Path aside = spool.resolveSibling("spool-aside");
        Files.move(spool, aside);
        Files.writeString(spool, "not a folder");
        try {
            HttpResponse<String> failed = postText("Nvidia designs chips for the spool test.", "spool", false);
            assertEquals(500, failed.statusCode(), failed.body());
            assertFalse(failed.body().contains(temp.toString()), failed.body());
            assertFalse(failed.body().contains("spool"), failed.body());
        } finally {
            Files.delete(spool);
            Files.move(aside, spool);
        }
    }
}
