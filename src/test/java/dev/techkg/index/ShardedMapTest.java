package dev.techkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardedMapTest {
    private static Map<String, Integer> contents(ShardedMap<String, Integer> map) {
        Map<String, Integer> all = new HashMap<>();
        map.forEach(all::put);
        return all;
    }

    @Test
    void an_edited_copy_has_the_changes_and_the_original_stays_as_it_was() {
        ShardedMap.Editor<String, Integer> editor = ShardedMap.<String, Integer>empty().edit();
        for (int i = 0; i < 5000; i++) {
            editor.put("key-" + i, i);
        }
        ShardedMap<String, Integer> first = editor.build();
        ShardedMap.Editor<String, Integer> change = first.edit();
        change.put("key-1", -1);
        assertEquals(4, change.remove("key-4"));
        change.put("new", 7);
        assertEquals(-1, change.get("key-1"), "an editor reads its own changes");
        assertNull(change.get("key-4"));
        ShardedMap<String, Integer> second = change.build();

        assertEquals(5000, first.size());
        assertEquals(1, first.get("key-1"));
        assertEquals(4, first.get("key-4"));
        assertNull(first.get("new"));
        assertEquals(5000, second.size());
        assertEquals(-1, second.get("key-1"));
        assertNull(second.get("key-4"));
        assertEquals(7, second.get("new"));
        assertEquals(4999, contents(second).entrySet().stream().filter(e -> e.getKey().startsWith("key-")).count());
    }

    @Test
    void removing_a_missing_key_or_adding_one_twice_keeps_the_size_right() {
        ShardedMap.Editor<String, Integer> editor = ShardedMap.<String, Integer>empty().edit();
        editor.put("a", 1);
        editor.remove("missing");
        editor.put("a", 2);
        ShardedMap<String, Integer> map = editor.build();
        assertEquals(1, map.size());
        assertEquals(Map.of("a", 2), contents(map));
        ShardedMap.Editor<String, Integer> again = map.edit();
        again.remove("a");
        again.remove("a");
        assertEquals(0, again.build().size());
    }
}
