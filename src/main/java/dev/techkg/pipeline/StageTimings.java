package dev.techkg.pipeline;

/**
 * Time spent in each stage, in nanoseconds.
 *
 * @param analyze CoreNLP analysis
 * @param link    entity linking
 * @param extract relation extraction
 * @param map     RDF mapping
 */
public record StageTimings(long analyze, long link, long extract, long map) {
    /** No time at all. */
    public static final StageTimings ZERO = new StageTimings(0, 0, 0, 0);

    /** The sum of two timings, stage by stage. */
    public StageTimings plus(StageTimings other) {
        return new StageTimings(analyze + other.analyze, link + other.link, extract + other.extract, map + other.map);
    }
}
