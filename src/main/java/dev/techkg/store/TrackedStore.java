package dev.techkg.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@link ChangeTracking} both stores share: every write through the store runs inside {@link #writing},
 * which records it in a {@link ChangeLog} once it is over, committed or not; the data version and the changed
 * graphs are read from that log. Whether others write too is each store's own answer.
 */
abstract class TrackedStore implements GraphStore {
    // Bumped when a write is over (committed or not): a reader that saw the old number started before it ended.
    private final ChangeLog changes = new ChangeLog();

    /** The log every write is recorded in, for a part of the store that writes on its own. */
    final ChangeLog changes() {
        return changes;
    }

    /**
     * Runs a write and records it in the change log once it is over.
     *
     * @param graphs the graphs it changes at most, or null when it may change any (an update, a load, a restore)
     */
    final <T> T writing(List<String> graphs, Supplier<T> write) {
        return changes.recording(graphs, write);
    }

    /** As {@link #writing(List, Supplier)}, for a write with no result. */
    final void writing(List<String> graphs, Runnable write) {
        changes.recording(graphs, () -> {
            write.run();
            return null;
        });
    }

    @Override
    public final long dataVersion() {
        return changes.version();
    }

    @Override
    public final Optional<Set<String>> graphsChangedSince(long version) {
        return changes.changedSince(version);
    }
}
