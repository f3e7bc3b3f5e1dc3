package dev.techkg.store;

import dev.techkg.rdf.ArticleGraph;
import java.util.List;

/**
 * The store's role for ingest: finding the graphs an article replaces, storing article graphs and dropping
 * graphs. Each article is one named graph, named by its IRI. Thread-safe.
 */
public interface ArticleStore {

    /** Whether a graph with this name exists. */
    boolean containsGraph(String graphIri);

    /** The article graphs whose article has this {@code dcterms:source}. */
    List<String> graphsWithSource(String source);

    /**
     * Atomically stores an article graph, dropping the graphs it replaces (an earlier version of the same
     * source) in the same transaction: {@link #putArticles} with this one article.
     */
    default void putArticle(ArticleGraph article, List<String> replacing) {
        putArticles(List.of(new ArticleWrite(article, replacing)));
    }

    /** One article graph to store, with the graphs it replaces. */
    record ArticleWrite(ArticleGraph article, List<String> replacing) {}

    /**
     * Stores several articles in one transaction (one commit, one sync to disk): all or none of them, in the
     * embedded store; one article at a time in a remote store. Each replaces its own earlier versions, as
     * {@link #putArticle} does.
     */
    void putArticles(List<ArticleWrite> writes);

    /** Drops the named graphs; returns how many existed. */
    int deleteGraphs(List<String> graphIris);
}
