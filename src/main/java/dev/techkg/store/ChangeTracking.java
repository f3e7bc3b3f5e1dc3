package dev.techkg.store;

import java.util.Optional;
import java.util.Set;

/**
 * The store's role for caches: which writes are over, and which graphs they changed, so a cache of what the
 * store holds can tell when to refresh without reading the store. Cheap and thread-safe.
 */
public interface ChangeTracking {

    /**
     * A number that changes after every write made through this object (ingest, delete, update, load, restore)
     * is over, so caches of what the store holds can tell when to refresh without reading the store. Cheap and
     * thread-safe. A cache that read the version before reading the store never misses a write that was over by
     * then.
     */
    long dataVersion();

    /**
     * The named graphs that writes through this object changed after the data version {@code version}, so a cache
     * can read only those again; empty when that is not known (an update, load or restore may have changed any
     * graph, or the version is too old to be remembered).
     */
    Optional<Set<String>> graphsChangedSince(long version);

    /**
     * Whether others (another process, another machine) may change the data without {@link #dataVersion()}
     * changing: then caches must also expire by time.
     */
    boolean hasOtherWriters();
}
