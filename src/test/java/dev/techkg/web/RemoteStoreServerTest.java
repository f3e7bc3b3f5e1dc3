package dev.techkg.web;

import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.testing.Fuseki;
import dev.techkg.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a remote store that goes away: its errors stay JSON, with a status that says "try later". */
class RemoteStoreServerTest {
    @TempDir
    Path temp;

    @Test
    void when_the_remote_store_stops_answering_requests_get_503_json_naming_it() throws Exception {
        Fuseki fuseki = Fuseki.start();
        try (Wiring wiring = Wiring.withAnalyzerFactory(Config.resolve(fuseki.url(), temp.resolve("spool"), Map.of()), () -> {
            throw new IllegalStateException("this test analyses no text");
        })) {
            WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true));
            Http http = new Http(server.start());
            assertEquals(200, http.get("/sparql?query=" + Http.encode("ASK { }")).statusCode());
            // The store goes away between requests, not in the middle of the index read the server starts with: Fuseki
            // cannot stop a thread that is still sending an answer, and its port then accepts and never answers.
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (!http.get("/health").body().contains("\"index\":\"ready\"") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            fuseki.close();
            // The entity and graph APIs answer from an index read at start, which a store others may write is read
            // again from when it is older than its time to live: past that, they need the store too.
            Thread.sleep(GraphIndexCache.SHARED_STORE_TTL.toMillis() + 100);
            for (String path : new String[] {"/sparql?query=" + Http.encode("ASK { }"), "/api/entities?q=nv", "/api/articles"}) {
                HttpResponse<String> response = http.get(path);
                assertEquals(503, response.statusCode(), path + ": " + response.body());
                JsonNode error = new ObjectMapper().readTree(response.body());
                assertEquals("Store unavailable", error.get("error").asText());
                assertTrue(error.get("detail").asText().startsWith("Cannot connect to the SPARQL store at " + fuseki.url()), error.toString());
            }
        } finally {
            fuseki.close();
        }
    }
}
