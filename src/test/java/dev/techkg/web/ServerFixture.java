package dev.techkg.web;

import dev.techkg.app.AccessPolicy;
import dev.techkg.app.ServerSettings;
import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.query.QueryLimits;
import dev.techkg.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;

/**
 * A real TechKG server on a free loopback port over a fresh TDB2 store in a folder the test owns (a JUnit
 * {@code @TempDir}, deleted after {@link #close()}).
 */
final class ServerFixture implements AutoCloseable {
    /** Two small graphs as in the protocol test suite (and a bulk graph of 400 triples, for slow queries). */
    static final String PROTOCOL_DATA = """
            <urn:example:g1> { <urn:example:a> <urn:example:p> "one" . }
            <urn:example:g2> { <urn:example:b> <urn:example:p> "two" . }
            """;

    final Wiring wiring;
    final WebServer server;
    final Http http;
    /** The server's access log, a line per request answered. */
    final java.util.List<String> accessLog = new java.util.concurrent.CopyOnWriteArrayList<>();

    ServerFixture(TextAnalyzer analyzer, Path folder, ServerSettings settings) throws IOException {
        this(analyzer, folder, settings, AccessPolicy.defaults(), JobLimits.defaults());
    }

    /** As above, with the host names and read origins it answers, and the bounds of its upload jobs. */
    ServerFixture(TextAnalyzer analyzer, Path folder, ServerSettings settings, AccessPolicy access, JobLimits jobs) throws IOException {
        this(analyzer, folder, settings, access, jobs, QueryLimits.defaults(settings.queryTimeoutSeconds() * 1000, settings.maxRows()));
    }

    /** A server with these query limits (they replace the settings' timeout and row cap). */
    ServerFixture(TextAnalyzer analyzer, Path folder, ServerSettings settings, QueryLimits limits) throws IOException {
        this(analyzer, folder, settings, AccessPolicy.defaults(), JobLimits.defaults(), limits);
    }

    /** A server with all its policies given. */
    ServerFixture(TextAnalyzer analyzer, Path folder, ServerSettings settings, AccessPolicy access, JobLimits jobs, QueryLimits limits)
            throws IOException {
        wiring = Wiring.withAnalyzer(new Config(folder.resolve("store")), analyzer);
        try {
            StringBuilder bulk = new StringBuilder(PROTOCOL_DATA).append("<urn:example:bulk> {\n");
            for (int i = 0; i < 400; i++) {
                bulk.append("<urn:example:n").append(i).append("> <urn:example:q> ").append(i).append(" .\n");
            }
            Path data = Files.writeString(folder.resolve("protocol.trig"), bulk.append("}\n"));
            wiring.store().load(data, Lang.TRIG, "urn:example:unused");
            server = wiring.webServer(settings, access, jobs, limits, accessLog::add);
            http = new Http(server.start());
        } catch (IOException | RuntimeException e) {
            // No close() will come: release the store here, so the test's folder can be deleted.
            wiring.close();
            throw e;
        }
    }

    /** Settings for tests: any free port on 127.0.0.1. */
    static ServerSettings settings(long timeoutSeconds, long maxRows, String updateToken, boolean allowPrivateUrls) {
        return new ServerSettings("127.0.0.1", 0, timeoutSeconds, maxRows, updateToken, allowPrivateUrls, 2, null, false);
    }

    @Override
    public void close() {
        wiring.close();
    }
}
