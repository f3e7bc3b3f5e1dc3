package dev.techkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.app.Config;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.store.GraphStore;
import dev.techkg.testing.MalformedArticles;
import dev.techkg.testing.SharedAnalyzer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input loses nothing: over a thousand malformed files, made from a fixed seed, go through ingest as the
 * command line runs it. Each one is either stored or reported as failed with a short message that names it;
 * nothing crashes the run or hangs it, and failed files leave the store as it was.
 */
@ExtendWith(SharedAnalyzer.class)
class MalformedInputTest {
    private static final long SEED = 6L;
    /** What a user must never see in place of a reason: a Java exception or error class name. */
    private static final Pattern JAVA_THROWABLE = Pattern.compile("\\b\\w*(Exception|Error)\\b");
    private static final int MAX_MESSAGE_CHARS = 300;

    @TempDir
    Path temp;

    @Test
    void every_malformed_file_is_stored_or_fails_by_name_and_failed_files_leave_the_store_unchanged(TextAnalyzer analyzer) throws Exception {
        List<MalformedArticles.Sample> samples = MalformedArticles.generate(SEED);
        assertTrue(samples.size() >= 1000, "samples: " + samples.size());
        Path folder = Files.createDirectories(temp.resolve("articles"));
        for (MalformedArticles.Sample sample : samples) {
            Files.write(folder.resolve(sample.name()), sample.bytes());
        }
        try (Wiring wiring = Wiring.withAnalyzer(new Config(temp.resolve("store")), analyzer)) {
            IngestService ingest = wiring.ingestService();
            GraphStore store = wiring.store();

            IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(150),
                    () -> ingest.ingest(List.of(folder), 2, IngestListener.SILENT));

            assertEquals(samples.size(), report.outcomes().size());
            List<String> problems = new ArrayList<>();
            Set<String> storedIris = new HashSet<>();
            List<Path> failed = new ArrayList<>();
            Map<String, String> failures = new TreeMap<>();
            for (FileOutcome outcome : report.outcomes()) {
                if (outcome.status() == FileOutcome.Status.FAILED) {
                    failed.add(Path.of(outcome.file()));
                    failures.put(outcome.file(), outcome.error());
                    problems.addAll(unclear(outcome));
                } else {
                    storedIris.add(outcome.articleIri());
                }
            }
            assertEquals(List.of(), problems);
            // Failed files added no graph: the store holds exactly the articles reported as stored.
            assertEquals(storedIris, Set.copyOf(store.graphNames()));
            // What went in can be read back as RDF/XML, which cannot carry control characters.
            for (String iri : storedIris) {
                assertDoesNotThrow(() -> store.writeGraph(iri, Lang.RDFXML, OutputStream.nullOutputStream()), iri);
            }
            // The generator makes both kinds; a run where everything passed or everything failed tests little.
            assertTrue(report.count(FileOutcome.Status.FAILED) >= 200, report.summary());
            assertTrue(report.count(FileOutcome.Status.ADDED) >= 200, report.summary());

            // The failed files once more, now into a full store: they fail alike and change nothing.
            Map<String, Graph> before = snapshot(store);
            IngestReport again = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> ingest.ingest(failed, 2, IngestListener.SILENT));
            Map<String, String> failuresAgain = new TreeMap<>();
            again.outcomes().forEach(outcome -> failuresAgain.put(outcome.file(), outcome.error()));
            assertEquals(failures, failuresAgain);
            assertSameGraphs(before, snapshot(store));
        }
    }

    /** What is wrong with a failure's message, if anything. */
    private static List<String> unclear(FileOutcome outcome) {
        List<String> problems = new ArrayList<>();
        String error = outcome.error();
        if (error == null || !error.contains(outcome.file())) {
            problems.add(outcome.file() + ": the message does not name the file: " + error);
        } else if (error.contains("\n") || error.length() > outcome.file().length() + MAX_MESSAGE_CHARS) {
            problems.add(outcome.file() + ": the message is not one short line: " + error.substring(0, Math.min(error.length(), 400)));
        } else if (JAVA_THROWABLE.matcher(error).find()) {
            problems.add(outcome.file() + ": an unexpected exception, not a reason: " + error);
        }
        if (outcome.articleIri() != null) {
            problems.add(outcome.file() + ": failed but names article " + outcome.articleIri());
        }
        return problems;
    }

    private static Map<String, Graph> snapshot(GraphStore store) {
        Map<String, Graph> graphs = new TreeMap<>();
        for (String name : store.graphNames()) {
            graphs.put(name, store.graph(name));
        }
        return graphs;
    }

    private static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<String, Graph> entry : expected.entrySet()) {
            assertTrue(entry.getValue().isIsomorphicWith(actual.get(entry.getKey())), "graph changed: " + entry.getKey());
        }
    }
}
