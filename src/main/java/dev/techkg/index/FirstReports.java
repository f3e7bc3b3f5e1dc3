package dev.techkg.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The facts by the day of their first report ({@link Fact#firstReported()}), so that the facts first reported in
 * a period are a range lookup, not a pass over every fact (a million at 7 M quads). The days with a fact are kept
 * sorted, each day's facts in a {@link ShardedMap}: a write changes the lists of the days its facts were and are
 * first reported on, copying only their shards, and the array of days only when a day gains its first fact or
 * loses its last. Facts no dated article states are not in it. Immutable, so thread-safe.
 */
final class FirstReports {
    static final FirstReports EMPTY = new FirstReports(ShardedMap.empty(), SortedArray.empty(String::compareTo));

    private final ShardedMap<String, List<Fact>> byDay;
    /** The days of {@link #byDay}, sorted as text (ISO dates sort by time so). */
    private final SortedArray<String> days;

    private FirstReports(ShardedMap<String, List<Fact>> byDay, SortedArray<String> days) {
        this.byDay = byDay;
        this.days = days;
    }

    /**
     * Calls the action with each fact whose first report's day lies within the bounds, compared as text as
     * {@code new-relations} compares them, inclusive (null: no bound), by day (in no order within a day).
     */
    void forEachBetween(String since, String until, Consumer<Fact> action) {
        for (int i = since == null ? 0 : days.firstNotBefore(since); i < days.size(); i++) {
            String day = days.get(i);
            if (until != null && day.compareTo(until) > 0) {
                break;
            }
            byDay.get(day).forEach(action);
        }
    }

    /** The number of facts in it (for tests). */
    int size() {
        int[] n = {0};
        byDay.forEach((day, facts) -> n[0] += facts.size());
        return n[0];
    }

    Editor edit() {
        return new Editor(this);
    }

    /** Facts taken out and put in, by identity, turned into new lists per day by {@link #build()}. Used by one thread. */
    static final class Editor {
        private final FirstReports base;
        /** Per day touched: the facts it loses (by identity) and the facts it gains. */
        private final Map<String, Set<Fact>> removed = new HashMap<>();
        private final Map<String, List<Fact>> added = new HashMap<>();

        private Editor(FirstReports base) {
            this.base = base;
        }

        /** Takes out a fact of the index this editor was made from (one without a dated report is in none). */
        void remove(Fact fact) {
            String day = fact.firstReported();
            if (day != null) {
                List<Fact> gained = added.get(day);
                if (gained == null || !gained.removeIf(f -> f == fact)) {
                    removed.computeIfAbsent(day, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(fact);
                }
            }
        }

        /** Puts in a new fact (one without a dated report goes nowhere). */
        void add(Fact fact) {
            String day = fact.firstReported();
            if (day != null) {
                added.computeIfAbsent(day, k -> new ArrayList<>()).add(fact);
            }
        }

        FirstReports build() {
            if (removed.isEmpty() && added.isEmpty()) {
                return base;
            }
            ShardedMap.Editor<String, List<Fact>> byDay = base.byDay.edit();
            List<String> goneDays = new ArrayList<>();
            List<String> newDays = new ArrayList<>();
            Set<String> touched = new java.util.HashSet<>(removed.keySet());
            touched.addAll(added.keySet());
            for (String day : touched) {
                List<Fact> before = base.byDay.getOrDefault(day, List.of());
                Set<Fact> out = removed.getOrDefault(day, Set.of());
                List<Fact> now = new ArrayList<>(before.size() + added.getOrDefault(day, List.of()).size());
                for (Fact fact : before) {
                    if (!out.contains(fact)) {
                        now.add(fact);
                    }
                }
                if (now.size() != before.size() - out.size()) {
                    throw new IllegalStateException("Facts taken out of " + day + " that were not in it: " + out);
                }
                now.addAll(added.getOrDefault(day, List.of()));
                if (now.isEmpty()) {
                    byDay.remove(day);
                } else {
                    byDay.put(day, List.copyOf(now));
                }
                if (before.isEmpty() != now.isEmpty()) {
                    (now.isEmpty() ? goneDays : newDays).add(Objects.requireNonNull(day));
                }
            }
            return new FirstReports(byDay.build(), base.days.with(goneDays, newDays));
        }
    }
}
