package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * rdflib, unchanged, against the real server on loopback: Debian's python3-rdflib (what {@code apt-get install
 * python3-rdflib} gives, 6.x). Without it the test is skipped with a message, except in CI (CI=true), where a missing
 * rdflib is a failure; {@code .ci/run} installs it.
 */
@ExtendWith(SharedAnalyzer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RdflibClientTest {
    /** Debian's interpreter, which sees Debian's packages (a python3 earlier on the PATH may not). */
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private ServerFixture fixture;
    private Path script;

    /** The server's folder (store and data files) is a {@code @TempDir}: JUnit deletes it after {@code stop}. */
    @BeforeAll
    void start(TextAnalyzer analyzer, @TempDir Path temp) throws Exception {
        if (!rdflibInstalled()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs Debian's rdflib for " + PYTHON + " (apt-get install python3-rdflib; .ci/run does)");
            }
            Assumptions.abort("rdflib test skipped: no rdflib for " + PYTHON + " (apt-get install python3-rdflib to run it)");
        }
        fixture = new ServerFixture(analyzer, temp, ServerFixture.settings(10, 1000, null, false));
        try (InputStream in = RdflibClientTest.class.getResourceAsStream("/clients/rdflib_sparqlstore.py")) {
            script = Files.write(temp.resolve("rdflib_sparqlstore.py"), in.readAllBytes());
        }
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static boolean rdflibInstalled() throws InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import rdflib").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void rdflib_sparqlstore_with_return_format_json_reads_construct_and_select_answers() throws Exception {
        Process python = new ProcessBuilder(PYTHON.toString(), script.toString(), fixture.http.base() + "/sparql")
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, python.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, python.exitValue(), output);
        assertEquals(List.of("triple urn:example:a urn:example:p one", "row one", "row two"), output.lines().toList());
    }
}
