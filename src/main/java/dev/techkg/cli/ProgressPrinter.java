package dev.techkg.cli;

import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Ingest progress on stderr: on a terminal one line rewritten in place, otherwise a line at every tenth
 * of the files. A failed file is always reported on its own line with its reason.
 */
final class ProgressPrinter implements IngestListener {
    private final PrintStream err;
    private final boolean terminal;
    private int lastTenth = -1;

    ProgressPrinter(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null && err == System.err;
    }

    @Override
    public void fileDone(FileOutcome outcome, int done, int total, long tokens, double seconds) {
        if (outcome.status() == FileOutcome.Status.FAILED) {
            err.print(terminal ? "\r\033[K" : "");
            err.println("failed: " + outcome.error());
        }
        String line = String.format(Locale.ROOT, "%d/%d files, %d tokens, %.0f tokens/s", done, total, tokens,
                seconds > 0 ? tokens / seconds : 0.0);
        if (terminal) {
            err.print("\r\033[K" + line + (done == total ? "\n" : ""));
            err.flush();
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(line);
            }
        }
    }
}
