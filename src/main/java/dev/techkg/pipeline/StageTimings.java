package dev.techkg.pipeline;

import java.util.Locale;

/**
 * Time spent in each stage, in nanoseconds.
 *
 * @param analyze CoreNLP analysis
 * @param link    entity linking
 * @param extract relation extraction
 * @param map     RDF mapping
 * @param store   reading the file and writing the store (everything else of an article's ingest)
 */
public record StageTimings(long analyze, long link, long extract, long map, long store) {
    /** No time at all. */
    public static final StageTimings ZERO = new StageTimings(0, 0, 0, 0, 0);

    /** The sum of two timings, stage by stage. */
    public StageTimings plus(StageTimings other) {
        return new StageTimings(analyze + other.analyze, link + other.link, extract + other.extract, map + other.map,
                store + other.store);
    }

    /** The same timings with the store stage set. */
    public StageTimings withStore(long nanos) {
        return new StageTimings(analyze, link, extract, map, nanos);
    }

    /** All stages together. */
    public long total() {
        return analyze + link + extract + map + store;
    }

    /** One line for people: seconds and share of each stage (summed over threads). */
    public String describe() {
        double all = Math.max(1, total());
        return String.format(Locale.ROOT, "time per stage (all threads): analyze %.1f s (%.0f%%), link %.2f s (%.1f%%), "
                        + "extract %.2f s (%.1f%%), map %.2f s (%.1f%%), read+store %.2f s (%.1f%%)",
                analyze / 1e9, 100 * analyze / all, link / 1e9, 100 * link / all, extract / 1e9, 100 * extract / all,
                map / 1e9, 100 * map / all, store / 1e9, 100 * store / all);
    }
}
