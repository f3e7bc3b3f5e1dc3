package dev.techkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedArrayTest {
    @Test
    void removals_and_additions_give_the_list_a_sort_would() {
        Random random = new Random(7);
        SortedArray<Integer> list = SortedArray.empty(Comparator.naturalOrder());
        TreeSet<Integer> expected = new TreeSet<>();
        for (int round = 0; round < 200; round++) {
            List<Integer> removed = new ArrayList<>();
            for (Integer present : expected) {
                if (random.nextInt(10) == 0) {
                    removed.add(present);
                }
            }
            removed.forEach(expected::remove);
            List<Integer> added = new ArrayList<>();
            for (int i = random.nextInt(20); i > 0; i--) {
                int value = random.nextInt(1000);
                if (expected.add(value)) {
                    added.add(value);
                }
            }
            list = list.with(removed, added);
            assertEquals(List.copyOf(expected), List.copyOf(list), "round " + round);
        }
    }

    @Test
    void a_prefix_search_starts_at_the_first_element_not_before_the_probe() {
        SortedArray<String> names = SortedArray.<String>empty(Comparator.naturalOrder()).with(List.of(), List.of("kalo", "alibaba", "kalomi", "tencent"));
        assertEquals(1, names.firstNotBefore("kal"));
        assertEquals(0, names.firstNotBefore("a"));
        assertEquals(4, names.firstNotBefore("zzz"));
    }

    @Test
    void removing_an_element_it_does_not_hold_or_adding_one_it_holds_fails() {
        SortedArray<Integer> list = SortedArray.<Integer>empty(Comparator.naturalOrder()).with(List.of(), List.of(1, 2, 3));
        assertThrows(IllegalStateException.class, () -> list.with(List.of(4), List.of()));
        assertThrows(IllegalStateException.class, () -> list.with(List.of(), List.of(2)));
        assertEquals(List.of(1, 2, 3, 4), list.with(List.of(2), List.of(2, 4)));
    }
}
