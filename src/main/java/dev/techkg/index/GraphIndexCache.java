package dev.techkg.index;

import dev.techkg.store.GraphStore;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link GraphIndex} of the store and reads it again when the store has changed (only the graphs
 * written, when the store can tell which, else everything): when its
 * {@link GraphStore#dataVersion()} moved on, so a write through this process is visible to the next request
 * after the write returned; and, for a store others write too ({@link GraphStore#hasOtherWriters()}), when
 * the index is older than the given time to live. Readers that find the index stale wait for the one that
 * reads it again, so they never see data older than their request: also while the first read runs, which
 * {@link #warmUp()} starts before any request comes. Thread-safe.
 */
public final class GraphIndexCache {
    private static final Logger LOG = LoggerFactory.getLogger(GraphIndexCache.class);
    /** How long an index of a store others write may be used: changes made elsewhere show within this time. */
    public static final Duration SHARED_STORE_TTL = Duration.ofSeconds(2);
    /** Past this many graphs changed since the last read, one full read is quicker than reading each again. */
    static final int MAX_GRAPHS_TO_REREAD = 200;

    private final GraphStore store;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private volatile Snapshot current;
    /** Whether a read of the whole store is running. */
    private volatile boolean reading;
    /** Why the last read of the whole store failed, while no read has succeeded since; else null. */
    private volatile String failure;
    /** Set when the store is closing: a read of the whole store stops, and none starts. */
    private volatile boolean closed;

    private record Snapshot(GraphIndex index, long version, long readAtNanos) {}

    /** How far the index is, for people ({@code /health}). */
    public enum State {
        /** Not read yet: the warm-up or the first request reads it. */
        NOT_READ,
        /** The first read is running; requests that need the index wait for it. */
        READING,
        /** Read: requests answer from it (after a write, the next one brings it up to date first). */
        READY
    }

    private GraphIndexCache(GraphStore store, Duration ttl, LongSupplier nanoTime) {
        this.store = store;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** A cache over the store, expiring after {@link #SHARED_STORE_TTL} when others may write the store. */
    public static GraphIndexCache over(GraphStore store) {
        return new GraphIndexCache(store, SHARED_STORE_TTL, System::nanoTime);
    }

    /** How far the index is; never waits. */
    public State state() {
        return current != null ? State.READY : reading ? State.READING : State.NOT_READ;
    }

    /** Why the last read of the whole store failed, when no read has succeeded since. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Reads the index now, unless it is read already: for a thread started with the server, so the first request
     * does not pay for the read of the whole store (requests that come during it wait for it, as for any read). A
     * failure is logged and kept for {@link #failure()}, not thrown: the next request reads again.
     */
    public void warmUp() {
        try {
            long started = nanoTime.getAsLong();
            index();
            LOG.info("Graph index of {} ready ({} ms after the warm-up started)", store.describe(), (nanoTime.getAsLong() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Reading the graph index of {} failed; the next request reads it again", store.describe(), e);
        }
    }

    /**
     * Stops a read of the whole store that is running (it ends with a {@link dev.techkg.query.QueryException}) and any later one,
     * for a store about to close: it should not close under a read, and a read can take seconds. Idempotent.
     */
    public void close() {
        closed = true;
    }

    /** The index as of a moment after this call started. */
    public GraphIndex index() {
        Snapshot snapshot = current;
        if (fresh(snapshot, store.dataVersion())) {
            return snapshot.index();
        }
        synchronized (this) {
            // The version is read before the store: a write that ends while the index is read bumps it again.
            long version = store.dataVersion();
            snapshot = current;
            if (fresh(snapshot, version)) {
                return snapshot.index(); // another thread read it while this one waited
            }
            long started = nanoTime.getAsLong();
            Optional<Set<String>> changed = snapshot == null ? Optional.empty() : store.graphsChangedSince(snapshot.version());
            GraphIndex index;
            if (changed.isPresent() && changed.get().size() <= MAX_GRAPHS_TO_REREAD
                    && (!store.hasOtherWriters() || started - snapshot.readAtNanos() < ttlNanos)) {
                index = snapshot.index().withGraphsFrom(store, changed.get());
                // Still as old as the full read it started from, as far as other writers are concerned.
                current = new Snapshot(index, version, snapshot.readAtNanos());
            } else {
                index = readWhole();
                current = new Snapshot(index, version, started);
            }
            LOG.debug("Read the graph index of {} (version {}, {}) in {} ms", store.describe(), version,
                    changed.map(c -> c.size() + " graphs again").orElse("everything"), (nanoTime.getAsLong() - started) / 1_000_000);
            return index;
        }
    }

    private GraphIndex readWhole() {
        reading = true;
        try {
            GraphIndex index = GraphIndex.read(store, () -> closed);
            failure = null;
            return index;
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        } finally {
            reading = false;
        }
    }

    private boolean fresh(Snapshot snapshot, long version) {
        return snapshot != null && snapshot.version() == version
                && (!store.hasOtherWriters() || nanoTime.getAsLong() - snapshot.readAtNanos() < ttlNanos);
    }
}
