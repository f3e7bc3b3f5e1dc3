package dev.techkg.index;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list kept sorted by a total order (no two elements compare equal), for the graph index's name
 * index and ranking: a changed copy ({@link #with}) costs a binary search per change and one array copy, not a
 * sort, so a write that touches a few entities does not re-sort thousands. Thread-safe (immutable).
 */
final class SortedArray<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;
    private final Comparator<? super T> order;

    private SortedArray(Object[] items, Comparator<? super T> order) {
        this.items = items;
        this.order = order;
    }

    /** The empty list in this order. */
    static <T> SortedArray<T> empty(Comparator<? super T> order) {
        return new SortedArray<>(new Object[0], order);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** The index of the first element not before the probe (size() when all are before it). */
    @SuppressWarnings("unchecked")
    int firstNotBefore(T probe) {
        int low = 0;
        int high = items.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (order.compare((T) items[mid], probe) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * This list without the {@code removed} elements (each must be in it) and with the {@code added} ones (none
     * may compare equal to an element that stays).
     */
    @SuppressWarnings("unchecked")
    SortedArray<T> with(Collection<? extends T> removed, Collection<? extends T> added) {
        if (removed.isEmpty() && added.isEmpty()) {
            return this;
        }
        boolean[] gone = new boolean[items.length];
        for (T element : removed) {
            int at = firstNotBefore(element);
            if (at == items.length || order.compare((T) items[at], element) != 0) {
                throw new IllegalStateException("Not in the sorted list: " + element);
            }
            gone[at] = true;
        }
        List<T> insert = new ArrayList<>(added);
        insert.sort(order);
        Object[] result = new Object[items.length - removed.size() + insert.size()];
        int out = 0;
        int from = 0;
        for (T element : insert) {
            int at = firstNotBefore(element);
            if (at < items.length && !gone[at] && order.compare((T) items[at], element) == 0) {
                throw new IllegalStateException("Already in the sorted list: " + element);
            }
            out = copyKept(result, out, from, at, gone);
            result[out++] = element;
            from = at;
        }
        out = copyKept(result, out, from, items.length, gone);
        if (out != result.length) {
            throw new IllegalStateException("Removed elements were not distinct");
        }
        return new SortedArray<>(result, order);
    }

    /** Copies the elements from..to (exclusive) that are not gone, in runs; returns the next free index. */
    private int copyKept(Object[] result, int out, int from, int to, boolean[] gone) {
        int run = from;
        for (int i = from; i < to; i++) {
            if (gone[i]) {
                System.arraycopy(items, run, result, out, i - run);
                out += i - run;
                run = i + 1;
            }
        }
        System.arraycopy(items, run, result, out, to - run);
        return out + to - run;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
