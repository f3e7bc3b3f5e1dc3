package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first groups of an entity page, picked without sorting them all, are those a sort puts first. */
class FirstOfTest {
    @Test
    void the_first_n_of_a_list_are_the_first_n_of_the_sorted_list() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            List<Integer> items = new ArrayList<>();
            for (int i = random.nextInt(2000); i > 0; i--) {
                items.add(random.nextInt(500));
            }
            List<Integer> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.naturalOrder());
            for (int n : new int[] {0, 1, 50, items.size() / 5, items.size()}) {
                assertEquals(sorted.subList(0, Math.min(n, items.size())), EntityService.first(items, Math.min(n, items.size()),
                        Comparator.naturalOrder()), "n = " + n + " of " + items.size());
            }
        }
    }
}
