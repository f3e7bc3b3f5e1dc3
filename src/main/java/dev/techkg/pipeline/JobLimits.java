package dev.techkg.pipeline;

import java.time.Duration;

/**
 * The bounds of the upload jobs of a {@link JobService}.
 *
 * @param queuedJobs       jobs that may wait for a worker; more are refused as busy
 * @param queuedBytes      input bytes that may wait or run at once; more are refused as busy
 * @param articleTimeLimit how long one article may be processed; over it, it fails and is not tried again
 * @param keepFinished     how long a finished job's record can still be read
 * @param maxFinished      the most finished job records kept (the newest)
 * @param stopGrace        how long stopping lets a worker finish its article before interrupting it
 */
public record JobLimits(int queuedJobs, long queuedBytes, Duration articleTimeLimit, Duration keepFinished, int maxFinished,
                        Duration stopGrace) {
    /** Default time one article may take. */
    public static final Duration ARTICLE_TIME_LIMIT = Duration.ofSeconds(60);

    public JobLimits {
        if (queuedJobs < 1 || queuedBytes < 1 || maxFinished < 0 || articleTimeLimit.isNegative() || articleTimeLimit.isZero()) {
            throw new IllegalArgumentException("Job limits must be positive: " + queuedJobs + " jobs, " + queuedBytes + " bytes, "
                    + articleTimeLimit + " per article, " + maxFinished + " finished jobs kept");
        }
    }

    /** 100 jobs, 256 MB, 60 s per article, finished jobs kept an hour (the last 1 000), 30 s to stop. */
    public static JobLimits defaults() {
        return new JobLimits(100, 256L * 1024 * 1024, ARTICLE_TIME_LIMIT, Duration.ofHours(1), 1000, Duration.ofSeconds(30));
    }

    public JobLimits withArticleTimeLimit(Duration limit) {
        return new JobLimits(queuedJobs, queuedBytes, limit, keepFinished, maxFinished, stopGrace);
    }

    public JobLimits withQueue(int jobs, long bytes) {
        return new JobLimits(jobs, bytes, articleTimeLimit, keepFinished, maxFinished, stopGrace);
    }

    public JobLimits withFinished(Duration keep, int max) {
        return new JobLimits(queuedJobs, queuedBytes, articleTimeLimit, keep, max, stopGrace);
    }

    public JobLimits withStopGrace(Duration grace) {
        return new JobLimits(queuedJobs, queuedBytes, articleTimeLimit, keepFinished, maxFinished, grace);
    }
}
