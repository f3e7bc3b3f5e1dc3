package dev.techkg.web;

import dev.techkg.app.ServerSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server reads the graph index in the background when it starts, and /health says when it is ready. */
class IndexWarmUpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void the_index_is_ready_before_any_entity_or_graph_request_and_health_says_so() throws Exception {
        Path data = Files.writeString(temp.resolve("data.trig"), """
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/techkg/article/a1> {
                    <https://w3id.org/techkg/article/a1> a tk:Article ; <https://schema.org/mentions> <https://w3id.org/techkg/id/nvidia> .
                    <https://w3id.org/techkg/id/nvidia> a tk:Company ; rdfs:label "Nvidia" .
                }
                """);
        try (Wiring wiring = Wiring.withAnalyzerFactory(new Config(temp.resolve("store")), () -> {
            throw new IllegalStateException("this test analyses no text");
        })) {
            wiring.store().load(data, Lang.TRIG, "urn:example:unused");
            WebServer server = wiring.webServer(new ServerSettings("127.0.0.1", 0, 30, 1000, null, false, 1, null, true));
            Http http = new Http(server.start());

            // Only /health is asked: if it says ready, the server read the index by itself.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            JsonNode health = JSON.readTree(http.get("/health").body());
            while (!health.get("index").asText().equals("ready") && Instant.now().isBefore(deadline)) {
                assertTrue(health.get("index").asText().matches("reading.*|not read yet"), health.toString());
                Thread.sleep(20);
                health = JSON.readTree(http.get("/health").body());
            }
            assertEquals("ready", health.get("index").asText(), health.toString());
            assertEquals("ok", health.get("status").asText());

            JsonNode found = JSON.readTree(http.get("/api/entities?q=nvi").body());
            assertEquals("nvidia", found.get(0).get("id").asText());
        }
    }
}
