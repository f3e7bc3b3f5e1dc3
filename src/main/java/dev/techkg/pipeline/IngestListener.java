package dev.techkg.pipeline;

/** Hears about ingest progress; called from worker threads, one call at a time. */
public interface IngestListener {
    /** After each file: how many are done of the total, tokens analysed so far and seconds elapsed. */
    void fileDone(FileOutcome outcome, int done, int total, long tokens, double seconds);

    /**
     * After an article went through every stage and before its graph is stored: what the stages found in
     * memory (sentences, mentions, candidate relations), which the stored graph no longer holds per sentence.
     * Not called for an unchanged file or one that failed before its stages were done. Does nothing unless overridden.
     */
    default void articleProcessed(ProcessedArticle article) { }

    /**
     * Before the first article of a run that needs the NLP models: they are being loaded (in a fresh process this
     * takes seconds, during which nothing else is heard). Does nothing unless overridden.
     */
    default void modelsLoading() { }

    /** After {@link #modelsLoading()}: the models are ready, after this many seconds. Does nothing unless overridden. */
    default void modelsLoaded(double seconds) { }

    /** A listener that ignores everything. */
    IngestListener SILENT = (outcome, done, total, tokens, seconds) -> { };
}
