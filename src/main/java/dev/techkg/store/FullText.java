package dev.techkg.store;

import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;

/**
 * The store's role for full-text search: a Lucene index of its names, evidence sentences and article texts
 * ({@link TextFields}), kept in step with its writes. In the embedded store it is Jena's text index, written in the
 * same transaction as the quads and kept next to them on disk; for a remote store it is an index in memory, read
 * from the store on first use and brought up to date from the graphs each write changed. Thread-safe.
 */
public interface FullText {

    /**
     * Runs a search over the text index as of a moment after this call started (every write through this object
     * that was over by then is in it).
     *
     * @param search reads the index; the searcher is only valid inside it
     */
    <T> T searchText(Function<IndexSearcher, T> search);
}
