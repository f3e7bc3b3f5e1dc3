package dev.techkg.web;

import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Writes are protected by an API token, or refused on a read-only server; reads stay open. */
@ExtendWith(SharedAnalyzer.class)
class WriteProtectionTest {
    private static final String TOKEN = "a-long-enough-api-token";

    @TempDir
    Path temp;

    private static ServerSettings settings(String apiToken, boolean readOnly) {
        return new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, apiToken, readOnly);
    }

    @Test
    void with_an_api_token_uploads_and_deletes_need_it_and_reads_do_not(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, settings(TOKEN, false))) {
            byte[] text = "Nvidia designs chips.".getBytes(StandardCharsets.UTF_8);
            assertEquals(401, fixture.http.upload("/api/articles", List.of("a.txt"), List.of(text)).statusCode());
            assertEquals(401, fixture.http.post("/api/articles", "application/json", "{\"text\": \"x y\"}", "Authorization", "Bearer wrong").statusCode());
            assertEquals(202, fixture.http.post("/api/articles", "application/json", "{\"text\": \"Nvidia designs chips.\"}",
                    "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals(401, fixture.http.method("DELETE", "/api/articles/0000000000000000").statusCode());
            assertEquals(200, fixture.http.get("/api/articles").statusCode());
            assertEquals(200, fixture.http.get("/sparql?query=ASK%7B%7D").statusCode());
            // The recent jobs and the polled feeds name what others uploaded and what the server follows.
            for (String path : List.of("/api/jobs", "/api/feeds")) {
                var refused = fixture.http.get(path);
                assertEquals(401, refused.statusCode(), path);
                assertTrue(refused.body().contains("\"error\":\"Missing or wrong API token\""), refused.body());
                assertEquals(200, fixture.http.get(path, "Authorization", "Bearer " + TOKEN).statusCode(), path);
            }
            assertEquals("[]", fixture.http.get("/api/feeds", "Authorization", "Bearer " + TOKEN).body(), "no --feed, no feeds");
        }
    }

    @Test
    void a_read_only_server_refuses_every_write_and_answers_queries(TextAnalyzer analyzer) throws Exception {
        try (ServerFixture fixture = new ServerFixture(analyzer, temp, settings(null, true))) {
            assertEquals(403, fixture.http.post("/api/articles", "application/json", "{\"text\": \"Nvidia designs chips.\"}").statusCode());
            assertEquals(403, fixture.http.method("DELETE", "/api/articles/0000000000000000").statusCode());
            assertEquals(200, fixture.http.get("/sparql?query=ASK%7B%7D").statusCode());
        }
    }

    @Test
    void listening_beyond_loopback_needs_a_token_or_read_only(TextAnalyzer analyzer) {
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("0.0.0.0", 0, 30, 1000, null, false, 1, null, false).validated());
        new ServerSettings("0.0.0.0", 0, 30, 1000, null, false, 1, TOKEN, false).validated();
        new ServerSettings("0.0.0.0", 0, 30, 1000, null, false, 1, null, true).validated();
        new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, false).validated();
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("::", 0, 30, 1000, null, false, 1, "short", false).validated());

        // The command refuses before it binds anything.
        Cli.Result result = new Cli(analyzer, temp.resolve("store")).run("serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(dev.techkg.cli.Main.EXIT_USAGE, result.exitCode(), "a wrong command line");
        assertTrue(result.err().contains("Refusing to listen on 0.0.0.0 without protection"), result.err());
    }
}
