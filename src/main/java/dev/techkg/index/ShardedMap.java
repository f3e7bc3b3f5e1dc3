package dev.techkg.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable hash map split into a fixed number of shards, so that a changed copy ({@link Editor#build()})
 * copies only the shards holding a changed key and shares the rest with the original. The graph index keeps one
 * version per write and readers may still hold the last; a plain map copied whole per write cost milliseconds
 * at 1 M quads. Null keys and values are not allowed. Thread-safe (immutable).
 */
final class ShardedMap<K, V> {
    /** A power of two: at 17 000 entities, about 17 entries per shard. */
    private static final int SHARDS = 1024;
    private static final ShardedMap<?, ?> EMPTY = new ShardedMap<>(emptyShards(), 0);

    private final Map<K, V>[] shards;
    private final int size;

    private ShardedMap(Map<K, V>[] shards, int size) {
        this.shards = shards;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V>[] emptyShards() {
        Map<K, V>[] shards = new Map[SHARDS];
        java.util.Arrays.fill(shards, Map.of());
        return shards;
    }

    /** The empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> ShardedMap<K, V> empty() {
        return (ShardedMap<K, V>) EMPTY;
    }

    private static int shard(Object key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (SHARDS - 1);
    }

    /** The value of the key, or null. */
    V get(Object key) {
        return shards[shard(key)].get(key);
    }

    V getOrDefault(Object key, V fallback) {
        V value = get(key);
        return value == null ? fallback : value;
    }

    boolean containsKey(Object key) {
        return get(key) != null;
    }

    int size() {
        return size;
    }

    /** Every entry, shard by shard (in no useful order). */
    void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map<K, V> shard : shards) {
            shard.forEach(action);
        }
    }

    /** An editor of a copy of this map; this map does not change. */
    Editor<K, V> edit() {
        return new Editor<>(this);
    }

    /**
     * Changes to a map, seen by its own reads, turned into a new map by {@link #build()}. Used by one thread.
     */
    static final class Editor<K, V> {
        private final ShardedMap<K, V> base;
        /** Changed keys: the new value, or null for removed. */
        private final Map<K, V> changes = new HashMap<>();

        private Editor(ShardedMap<K, V> base) {
            this.base = base;
        }

        V get(K key) {
            return changes.containsKey(key) ? changes.get(key) : base.get(key);
        }

        V getOrDefault(K key, V fallback) {
            V value = get(key);
            return value == null ? fallback : value;
        }

        boolean containsKey(K key) {
            return get(key) != null;
        }

        void put(K key, V value) {
            changes.put(Objects.requireNonNull(key), Objects.requireNonNull(value, "value"));
        }

        /** Removes the key; returns its value before, or null. */
        V remove(K key) {
            V old = get(key);
            changes.put(key, null);
            return old;
        }

        /** The map with the changes: the shards without a changed key are the base's own. */
        ShardedMap<K, V> build() {
            if (changes.isEmpty()) {
                return base;
            }
            Map<K, V>[] shards = base.shards.clone();
            Map<Integer, List<Map.Entry<K, V>>> byShard = new HashMap<>();
            changes.entrySet().forEach(e -> byShard.computeIfAbsent(shard(e.getKey()), k -> new ArrayList<>()).add(e));
            int size = base.size;
            for (Map.Entry<Integer, List<Map.Entry<K, V>>> touched : byShard.entrySet()) {
                Map<K, V> shard = new HashMap<>(shards[touched.getKey()]);
                for (Map.Entry<K, V> change : touched.getValue()) {
                    boolean had = change.getValue() == null ? shard.remove(change.getKey()) != null
                            : shard.put(change.getKey(), change.getValue()) != null;
                    size += change.getValue() == null ? (had ? -1 : 0) : (had ? 0 : 1);
                }
                // Map.copyOf: an open-addressed array, smaller than a HashMap's nodes.
                shards[touched.getKey()] = Map.copyOf(shard);
            }
            return new ShardedMap<>(shards, size);
        }
    }
}
