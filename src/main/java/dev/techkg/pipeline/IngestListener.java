package dev.techkg.pipeline;

/** Hears about ingest progress; called from worker threads, one call at a time. */
public interface IngestListener {
    /** After each file: how many are done of the total, tokens analysed so far and seconds elapsed. */
    void fileDone(FileOutcome outcome, int done, int total, long tokens, double seconds);

    /** A listener that ignores everything. */
    IngestListener SILENT = (outcome, done, total, tokens, seconds) -> { };
}
