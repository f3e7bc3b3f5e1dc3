package dev.techkg.linking;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;

/**
 * How often an article names each company, and the company it is clearly about. News names its subject again and
 * again and refers to it as "the company" in between; coreference and the relation rules both lean on that.
 * Immutable.
 */
public record CompanyCounts(Map<String, Integer> counts) {
    /** The topic company is named at least this often, and at least twice as often as any other. */
    static final int TOPIC_MIN_MENTIONS = 3;

    public CompanyCounts {
        counts = Collections.unmodifiableMap(new HashMap<>(counts));
    }

    /** Counts the named mentions of companies; {@code typeOf} gives an entity's type by its canonical name (or null). */
    public static CompanyCounts of(List<Mention> mentions, Function<String, EntityType> typeOf) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (typeOf.apply(m.entityName()) == EntityType.COMPANY) {
                counts.merge(m.entityName(), 1, Integer::sum);
            }
        }
        return new CompanyCounts(counts);
    }

    /** The companies named most often (all of them on a tie; none when no company is named). */
    public Set<String> mostNamed() {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> named = new HashSet<>();
        counts.forEach((name, count) -> {
            if (count == most) {
                named.add(name);
            }
        });
        return named;
    }

    /** The company named most, at least {@value #TOPIC_MIN_MENTIONS} times and twice as often as any other; else null. */
    public String topic() {
        String best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                second = most;
                most = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return most >= TOPIC_MIN_MENTIONS && most >= 2 * second ? best : null;
    }
}
