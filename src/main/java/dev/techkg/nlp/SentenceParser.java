package dev.techkg.nlp;

/**
 * Parses one analysed sentence into its dependency graph. Parsing costs more than tagging, so callers parse
 * only the sentences that may hold what they look for. Implementations are thread-safe.
 */
public interface SentenceParser {
    /**
     * Parses a sentence of an {@link AnalyzedText}.
     *
     * @param sentence a sentence with its tokens and part-of-speech tags; not null
     * @return the enhanced++ dependencies of the sentence
     */
    DependencyGraph parse(Sentence sentence);

    /** Loads what parsing needs now (a model), so that the first parse of an ingest is not the slow one. */
    default void prepare() {
    }
}
