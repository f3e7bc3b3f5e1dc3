package dev.techkg.cli;

import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Ingest progress on stderr: on a terminal one line rewritten in place, otherwise a line at every tenth
 * of the files. A failed file is always reported on its own line with its reason. While the NLP models load
 * (seconds, before the first file) it says so, and how long it took; the rate in tokens/s is counted from the
 * moment the models were ready and shown only after {@link #MIN_RATE_SECONDS} of work and {@link #MIN_RATE_TOKENS}
 * tokens: over the first file or two it says more about start-up (the first sentences warm up the parser and the
 * rules) than about speed.
 */
final class ProgressPrinter implements IngestListener {
    /** Seconds of work after the models were ready before a rate is shown. */
    static final double MIN_RATE_SECONDS = 2.0;
    /** Tokens analysed before a rate is shown. */
    static final long MIN_RATE_TOKENS = 1000;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private long workFrom;
    private int lastTenth = -1;

    ProgressPrinter(PrintStream err) {
        this(err, System.console() != null && err == System.err, System::nanoTime);
    }

    /** @param nanoClock the time in nanoseconds (System::nanoTime but in tests) */
    ProgressPrinter(PrintStream err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.workFrom = nanoClock.getAsLong();
    }

    @Override
    public void modelsLoading() {
        err.print(terminal ? "\r\033[K" : "");
        err.println("loading language models…");
    }

    @Override
    public void modelsLoaded(double seconds) {
        workFrom = nanoClock.getAsLong();
        err.print(terminal ? "\r\033[K" : "");
        err.println(String.format(Locale.ROOT, "language models loaded in %.1f s", seconds));
    }

    @Override
    public void fileDone(FileOutcome outcome, int done, int total, long tokens, double seconds) {
        if (outcome.status() == FileOutcome.Status.FAILED) {
            err.print(terminal ? "\r\033[K" : "");
            err.println("failed: " + outcome.error());
        }
        double working = (nanoClock.getAsLong() - workFrom) / 1e9;
        String line = String.format(Locale.ROOT, "%d/%d files, %d tokens", done, total, tokens);
        if (working >= MIN_RATE_SECONDS && tokens >= MIN_RATE_TOKENS) {
            line += String.format(Locale.ROOT, ", %.0f tokens/s", tokens / working);
        }
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
