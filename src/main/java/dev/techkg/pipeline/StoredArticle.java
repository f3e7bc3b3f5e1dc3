package dev.techkg.pipeline;

/**
 * The outcome of storing one article.
 *
 * @param iri       the article IRI
 * @param processed the processed article, or null when the same text was stored already (unchanged)
 * @param replaced  whether it replaced an earlier version of the same source
 */
public record StoredArticle(String iri, ProcessedArticle processed, boolean replaced) {
    /** Whether nothing changed because the same text was stored already. */
    public boolean unchanged() {
        return processed == null;
    }
}
