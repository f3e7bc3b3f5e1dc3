package dev.techkg.store;

/**
 * A quad store holding one named graph per article. Queries see the union of all named graphs as their
 * default graph. Implementations are thread-safe: many readers, one writer at a time.
 *
 * <p>The store is the sum of four roles, and code that needs only one takes only that one:
 * {@link ArticleStore} (ingest: store, replace and drop article graphs), {@link SparqlStore} (queries,
 * updates, graph reads), {@link DatasetTransfer} (export, load, backup, restore, writing a graph) and
 * {@link ChangeTracking} (data version, for caches) and {@link FullText} (its text index).
 *
 * <p>Two implementations: {@link Tdb2Store}, embedded, where every method is one transaction; and
 * {@link RemoteStore}, a SPARQL server over HTTP, where every article is still written atomically but
 * operations that span several requests ({@link #putArticles}, replacing, {@link #load}, {@link #restore})
 * are not; each method's documentation there says how.
 */
public interface GraphStore extends ArticleStore, SparqlStore, DatasetTransfer, ChangeTracking, FullText, AutoCloseable {

    /** Where the store is, for messages. */
    String describe();

    @Override
    void close();
}
