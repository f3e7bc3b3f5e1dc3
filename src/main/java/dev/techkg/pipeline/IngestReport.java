package dev.techkg.pipeline;

import java.util.List;

/**
 * The result of one ingest run.
 *
 * @param outcomes one per input file, in input order
 * @param timings  time per stage summed over all articles
 * @param seconds  wall-clock seconds of the whole run
 */
public record IngestReport(List<FileOutcome> outcomes, StageTimings timings, double seconds) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public int entities() {
        return outcomes.stream().mapToInt(FileOutcome::entities).sum();
    }

    public int relations() {
        return outcomes.stream().mapToInt(FileOutcome::relations).sum();
    }

    public long tokens() {
        return outcomes.stream().mapToLong(FileOutcome::tokens).sum();
    }

    /** Whether any file failed. */
    public boolean hasFailures() {
        return count(FileOutcome.Status.FAILED) > 0;
    }

    /** One line: articles added / replaced / unchanged / skipped (only when some were) / failed, entities, relations, seconds. */
    public String summary() {
        long skipped = count(FileOutcome.Status.SKIPPED);
        return String.format(java.util.Locale.ROOT,
                "%d added, %d replaced, %d unchanged, %s%d failed; %d entities, %d relations; %d tokens in %.1f s",
                count(FileOutcome.Status.ADDED), count(FileOutcome.Status.REPLACED), count(FileOutcome.Status.UNCHANGED),
                skipped == 0 ? "" : skipped + " skipped (stored already), ", count(FileOutcome.Status.FAILED),
                entities(), relations(), tokens(), seconds);
    }
}
