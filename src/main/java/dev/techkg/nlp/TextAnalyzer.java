package dev.techkg.nlp;

/**
 * Splits a text into sentences and tokens and tags them. Implementations are thread-safe: one instance
 * is shared by all ingest threads, so the models are loaded once per process.
 */
public interface TextAnalyzer {
    /**
     * Analyses a clean body text. A blank line always ends a sentence.
     *
     * @param text the body text; not null
     * @return the sentences and tokens of the text
     */
    AnalyzedText analyze(String text);
}
