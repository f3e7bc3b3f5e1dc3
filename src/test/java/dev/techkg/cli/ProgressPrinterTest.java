package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techkg.pipeline.FileOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What ingest prints while it works, line by line as a log file gets it (not a terminal), on a clock the test moves. */
class ProgressPrinterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ProgressPrinter printer = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, now::get);

    private void seconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    private static FileOutcome added(int tokens) {
        return new FileOutcome("a.txt", FileOutcome.Status.ADDED, "urn:example:a", 2, 1, tokens, null);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void model_loading_is_announced_before_the_first_file_and_its_time_after() {
        printer.modelsLoading();
        assertEquals("loading language models…\n", printed());
        seconds(8.2);
        printer.modelsLoaded(8.2);
        seconds(1);
        printer.fileDone(added(400), 1, 20, 400, 9.2);
        assertEquals("loading language models…\nlanguage models loaded in 8.2 s\n1/20 files, 400 tokens\n", printed());
    }

    @Test
    void the_rate_leaves_out_the_model_loading_and_waits_for_enough_work() {
        printer.modelsLoading();
        seconds(8);
        printer.modelsLoaded(8);
        seconds(1.5);
        printer.fileDone(added(1200), 1, 2, 1200, 9.5);
        seconds(2.5);
        printer.fileDone(added(800), 2, 2, 2000, 12);
        assertEquals("loading language models…\nlanguage models loaded in 8.0 s\n1/2 files, 1200 tokens\n2/2 files, 2000 tokens, 500 tokens/s\n",
                printed(), "2 000 tokens in the 4 s since the models were ready, not in the 12 s since the start");
    }

    @Test
    void a_short_run_never_shows_a_rate() {
        printer.modelsLoading();
        seconds(8);
        printer.modelsLoaded(8);
        seconds(10);
        printer.fileDone(added(20), 1, 1, 20, 18);
        assertEquals("1/1 files, 20 tokens", printed().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void a_failed_file_gets_its_own_line_with_the_reason() {
        printer.fileDone(new FileOutcome("b.docx", FileOutcome.Status.FAILED, null, 0, 0, 0, "b.docx: unsupported"), 1, 1, 0, 0.1);
        assertEquals("failed: b.docx: unsupported\n1/1 files, 0 tokens\n", printed());
    }
}
