package dev.techkg.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A store's data version and which named graphs the last writes changed, for {@link ChangeTracking#dataVersion()}
 * and {@link ChangeTracking#graphsChangedSince(long)}. Writes are recorded when they are over, committed or not (a
 * failed write changes nothing, so recording it only costs a cache a re-read). Remembers the last
 * {@link #REMEMBERED} writes. Thread-safe.
 */
final class ChangeLog {
    /** Writes remembered; a cache further behind reads everything again. */
    static final int REMEMBERED = 1024;
    /** Marks a write that may have changed any graph. */
    private static final Set<String> ANY = Set.of();

    private final TreeMap<Long, Set<String>> writes = new TreeMap<>();
    private long version;

    /** Records a write that changed (at most) these graphs. */
    synchronized void written(List<String> graphs) {
        record(Set.copyOf(graphs));
    }

    /** Records a write that may have changed any graph: an update, a load, a restore. */
    synchronized void writtenAnywhere() {
        record(ANY);
    }

    /**
     * Runs a write and records it once it is over, whether it succeeded or not.
     *
     * @param graphs the graphs it changes at most, or null when it may change any
     */
    <T> T recording(List<String> graphs, Supplier<T> write) {
        try {
            return write.get();
        } finally {
            if (graphs == null) {
                writtenAnywhere();
            } else {
                written(graphs);
            }
        }
    }

    private void record(Set<String> graphs) {
        version++;
        writes.put(version, graphs);
        while (writes.size() > REMEMBERED) {
            writes.pollFirstEntry();
        }
    }

    synchronized long version() {
        return version;
    }

    /** The graphs changed by the writes after {@code since}, or empty when unknown. */
    synchronized Optional<Set<String>> changedSince(long since) {
        if (since > version || (since < version && !writes.containsKey(since + 1))) {
            return Optional.empty(); // not from this log, or forgotten
        }
        Set<String> changed = new HashSet<>();
        for (Map.Entry<Long, Set<String>> write : writes.tailMap(since, false).entrySet()) {
            if (write.getValue() == ANY) {
                return Optional.empty();
            }
            changed.addAll(write.getValue());
        }
        return Optional.of(changed);
    }
}
