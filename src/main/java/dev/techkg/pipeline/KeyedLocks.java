package dev.techkg.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks by name, so that two threads never work on the same key at once (the same article text, the same
 * source) while different keys go in parallel. Locks exist only while held or awaited. Thread-safe.
 */
final class KeyedLocks {
    private final Map<String, Entry> entries = new HashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    /** The held locks of {@link #hold}; closing releases them. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the locks of all the keys, in one fixed order (so that two callers never wait for each other),
     * waiting as long as needed.
     *
     * @throws InterruptedException when interrupted while waiting; then no lock is held
     */
    Held hold(List<String> keys) throws InterruptedException {
        List<String> ordered = List.copyOf(new TreeSet<>(keys));
        List<Entry> taken = new java.util.ArrayList<>();
        try {
            for (String key : ordered) {
                Entry entry;
                synchronized (entries) {
                    entry = entries.computeIfAbsent(key, k -> new Entry());
                    entry.users++;
                }
                try {
                    entry.lock.lockInterruptibly();
                } catch (InterruptedException e) {
                    release(key, entry, false);
                    throw e;
                }
                taken.add(entry);
            }
        } catch (InterruptedException e) {
            for (int i = taken.size() - 1; i >= 0; i--) {
                release(ordered.get(i), taken.get(i), true);
            }
            throw e;
        }
        return () -> {
            for (int i = taken.size() - 1; i >= 0; i--) {
                release(ordered.get(i), taken.get(i), true);
            }
        };
    }

    private void release(String key, Entry entry, boolean locked) {
        if (locked) {
            entry.lock.unlock();
        }
        synchronized (entries) {
            if (--entry.users == 0) {
                entries.remove(key);
            }
        }
    }
}
