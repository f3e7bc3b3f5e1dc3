package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleException;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.DateSource;
import java.time.LocalDate;
import dev.techkg.article.UrlFetcher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest jobs in the background on a bounded pool of workers that share the one pipeline. A job
 * holds one or more inputs, ingested one after the other; its state and per-input results can be read
 * at any time. Every accepted job is kept in a spool folder on disk until it is finished, and jobs found
 * there at start-up (the process died before finishing them) are resumed.
 *
 * <p>Uploads are kept apart from articles ingested otherwise: every article of a job has its source under
 * {@link #SOURCE_PREFIX}, so that an upload can never replace an article ingested from the command line,
 * and replaces an earlier upload of the same source only when the job says so.
 *
 * <p>Bounds ({@link JobLimits}): waiting jobs and their bytes are capped; one article may be processed for a
 * limited time, after which it fails, is noted in the spool as given up and is never tried again (nor is an
 * input that was twice being processed when the process stopped); finished jobs drop their input bytes, and
 * their records are forgotten after a while. Thread-safe.
 */
public final class JobService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    /** The namespace of every uploaded article's source. */
    public static final String SOURCE_PREFIX = "upload:";
    /** How often an input may be started before it is given up (a crash or stop during it counts). */
    static final int MAX_STARTS = 2;

    private final ArticleIngest ingest;
    private final ArticleReader reader;
    private final UrlFetcher fetcher;
    private final ThreadPoolExecutor workers;
    private final JobLimits limits;
    private final JobSpool spool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final java.util.Deque<Job> finished = new java.util.ArrayDeque<>();
    private final AtomicLong pendingBytes = new AtomicLong();
    private final ScheduledExecutorService watchdog;
    private volatile boolean closing;

    /** Thrown when the queue of waiting jobs is full. */
    public static final class BusyException extends TechKgException {
        public BusyException(String message) {
            super(message);
        }
    }

    /** Thrown when one job alone holds more bytes than may wait at once: it would never fit. */
    public static final class TooLargeException extends TechKgException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * @param ingest   stores one article (the ingest service's {@code ingestArticle})
     * @param workers  jobs running at once
     * @param queue    jobs that may wait; more are refused with {@link BusyException}
     * @param spool    the folder where accepted jobs are kept until finished
     */
    public JobService(Function<Article, StoredArticle> ingest, ArticleReader reader, UrlFetcher fetcher, int workers, int queue,
                      Path spool) {
        this(ArticleIngest.of(ingest), reader, fetcher, workers, JobLimits.defaults().withQueue(queue, JobLimits.defaults().queuedBytes()), spool);
    }

    /**
     * As above, with how long {@link #close()} lets a worker finish its article before interrupting it.
     */
    public JobService(Function<Article, StoredArticle> ingest, ArticleReader reader, UrlFetcher fetcher, int workers, int queue,
                      Path spool, Duration stopGrace) {
        this(ArticleIngest.of(ingest), reader, fetcher, workers,
                JobLimits.defaults().withQueue(queue, JobLimits.defaults().queuedBytes()).withStopGrace(stopGrace), spool);
    }

    /**
     * @param ingest  stores one article
     * @param workers jobs running at once
     * @param limits  the bounds of queue, time and records
     * @param spool   the folder where accepted jobs are kept until finished
     */
    public JobService(ArticleIngest ingest, ArticleReader reader, UrlFetcher fetcher, int workers, JobLimits limits, Path spool) {
        this.ingest = ingest;
        this.reader = reader;
        this.fetcher = fetcher;
        this.limits = limits;
        this.spool = new JobSpool(spool);
        // The queue itself is unbounded so that resumed jobs always fit; new uploads are bounded in submit().
        this.workers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "techkg-ingest-job");
            thread.setDaemon(true);
            return thread;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "techkg-ingest-time-limit");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues again the jobs the spool holds: accepted before the process stopped, never finished.
     *
     * @return how many were resumed
     */
    public int resume() {
        List<JobSpool.SpooledJob> pending = spool.pending();
        for (JobSpool.SpooledJob spooled : pending) {
            Job job = new Job(spooled.id(), spooled.inputs(), spooled.replace());
            for (int i = 0; i < spooled.inputs().size(); i++) {
                String reason = spooled.givenUp()[i] != null ? spooled.givenUp()[i]
                        : spooled.attempts()[i] >= MAX_STARTS ? spooled.inputs().get(i).name() + ": processing was under way when the "
                                + "server stopped, " + spooled.attempts()[i] + " times; not tried again" : null;
                if (reason != null) {
                    job.givenUp[i] = true;
                    job.update(i, new ItemResult(spooled.inputs().get(i).name(), State.FAILED, null, null, 0, 0, reason));
                }
            }
            pendingBytes.addAndGet(job.bytes);
            jobs.put(job.id, job);
            workers.execute(() -> run(job));
        }
        if (!pending.isEmpty()) {
            LOG.info("Resumed {} unfinished ingest jobs from the spool", pending.size());
        }
        return pending.size();
    }

    /** The state of a job. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** One input's result: its state, article IRI, what was found, or its error. */
    public record ItemResult(String name, State state, String articleIri, String outcome, int entities, int relations, String error) {}

    /** A job as seen from outside. */
    public record JobSnapshot(String id, State state, String created, String started, String finished, int total, int done,
                              List<ItemResult> items) {}

    /** Queues a job whose articles do not replace stored ones (see {@link #submit(List, boolean)}). */
    public JobSnapshot submit(List<JobInput> inputs) {
        return submit(inputs, false);
    }

    /**
     * Queues a job.
     *
     * @param replace whether its articles may replace earlier uploads of the same source
     * @throws BusyException     when too many jobs or bytes are waiting already
     * @throws TooLargeException when the job alone holds more bytes than may wait at once
     */
    public JobSnapshot submit(List<JobInput> inputs, boolean replace) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("A job needs at least one input");
        }
        forgetOldJobs();
        // A job handed to an idle worker sits in the queue for a moment before the worker takes it: it is not waiting.
        int waiting = workers.getQueue().size();
        int idleWorkers = Math.max(0, workers.getMaximumPoolSize() - workers.getActiveCount());
        if (waiting >= limits.queuedJobs() + idleWorkers) {
            throw new BusyException("Too many ingest jobs are waiting (" + waiting + "); try again later");
        }
        Job job = new Job(UUID.randomUUID().toString(), inputs, replace);
        if (job.bytes > limits.queuedBytes()) {
            throw new TooLargeException("The upload holds " + job.bytes + " bytes; at most " + limits.queuedBytes()
                    + " bytes can wait to be ingested at once: send fewer files per upload");
        }
        if (pendingBytes.addAndGet(job.bytes) > limits.queuedBytes()) {
            pendingBytes.addAndGet(-job.bytes);
            throw new BusyException("Too much uploaded text is waiting to be ingested (at most " + limits.queuedBytes() / (1024 * 1024)
                    + " MB at once); try again later");
        }
        try {
            spool.save(job.id, inputs, replace); // durable before the caller answers 202
        } catch (RuntimeException e) {
            pendingBytes.addAndGet(-job.bytes);
            throw e;
        }
        jobs.put(job.id, job);
        try {
            workers.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            spool.remove(job.id);
            pendingBytes.addAndGet(-job.bytes);
            throw new BusyException("The ingest workers are shutting down; try again later");
        }
        return job.snapshot();
    }

    /**
     * The most recent jobs whose records are kept (an hour, the last 1 000 finished, and all waiting or running),
     * newest first: for the upload page, which shows them again after a reload.
     */
    public List<JobSnapshot> recent(int limit) {
        return jobs.values().stream().sorted(java.util.Comparator.comparing((Job j) -> j.created).reversed().thenComparing(j -> j.id))
                .limit(Math.max(0, limit)).map(Job::snapshot).toList();
    }

    /** The job with this id, while its record is kept. */
    public Optional<JobSnapshot> get(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    /** The input bytes of jobs waiting or running. */
    long pendingBytes() {
        return pendingBytes.get();
    }

    private void run(Job job) {
        job.start();
        for (int i = 0; i < job.inputs.size(); i++) {
            if (closing) {
                return; // stays in the spool; resumed at the next start
            }
            if (job.givenUp[i]) {
                continue;
            }
            JobInput input = job.inputs.get(i);
            job.update(i, new ItemResult(input.name(), State.RUNNING, null, null, 0, 0, null));
            spool.started(job.id, i);
            int index = i;
            TimeLimit limit = new TimeLimit(Thread.currentThread(), self -> watchdog.schedule(() -> expire(job, index, self),
                    limits.articleTimeLimit().toMillis(), TimeUnit.MILLISECONDS));
            try {
                StoredArticle stored = ingest.ingest(article(input), job.replace, limit);
                String outcome = stored.unchanged() ? "unchanged" : stored.replaced() ? "replaced" : "added";
                int entities = stored.unchanged() ? 0 : stored.processed().graph().entities();
                int relations = stored.unchanged() ? 0 : stored.processed().graph().relations();
                job.update(i, new ItemResult(input.name(), State.DONE, stored.iri(), outcome, entities, relations, null));
            } catch (ArticleException e) {
                if (!limit.expired()) {
                    job.update(i, new ItemResult(input.name(), State.FAILED, null, null, 0, 0, e.getMessage()));
                }
            } catch (TechKgException e) {
                if (closing && !limit.expired()) {
                    return;
                }
                if (!limit.expired()) {
                    // Store and spool messages may name this machine's folders: the log has them, the client a summary.
                    LOG.warn("Ingest job {} failed on {}", job.id, input.name(), e);
                    job.update(i, new ItemResult(input.name(), State.FAILED, null, null, 0, 0,
                            input.name() + ": could not be processed or stored (the server log has the details)"));
                }
            } catch (RuntimeException | StackOverflowError e) {
                if (closing && !limit.expired()) {
                    return;
                }
                if (!limit.expired()) {
                    LOG.warn("Ingest job {} failed on {}", job.id, input.name(), e);
                    job.update(i, new ItemResult(input.name(), State.FAILED, null, null, 0, 0,
                            input.name() + ": processing failed: " + e.getClass().getSimpleName()));
                }
            } finally {
                limit.over();
            }
        }
        finish(job);
    }

    /** At the time limit: the article fails now, is never tried again, and its worker is interrupted. */
    private void expire(Job job, int index, TimeLimit limit) {
        if (!limit.expire()) {
            return; // already being written, or over
        }
        String name = job.inputs.get(index).name();
        String reason = name + ": processing took longer than the limit of " + limits.articleTimeLimit().toMillis() / 1000.0
                + " s per article; it was stopped and will not be tried again";
        LOG.warn("Ingest job {}: {}", job.id, reason);
        job.givenUp[index] = true;
        job.update(index, new ItemResult(name, State.FAILED, null, null, 0, 0, reason));
        if (index == job.inputs.size() - 1) {
            finish(job); // nothing left to do: out of the spool at once, whenever the worker comes back
        } else {
            spool.giveUp(job.id, index, reason);
        }
    }

    /** The job is over: out of the spool, its bytes dropped, its record kept for a while. */
    private void finish(Job job) {
        if (!job.ending.compareAndSet(false, true)) {
            return;
        }
        spool.remove(job.id); // first: a job reported finished is never resumed
        job.finish();
        pendingBytes.addAndGet(-job.bytes);
        synchronized (finished) {
            finished.addLast(job);
        }
        forgetOldJobs();
    }

    /** Forgets finished jobs older than the limit, and the oldest beyond the most kept. */
    private void forgetOldJobs() {
        Instant oldest = Instant.now().minus(limits.keepFinished());
        synchronized (finished) {
            while (!finished.isEmpty() && (finished.size() > limits.maxFinished() || finished.peekFirst().finishedAt().isBefore(oldest))) {
                jobs.remove(finished.removeFirst().id);
            }
        }
    }

    private Article article(JobInput input) {
        Article article;
        if (input instanceof JobInput.File file) {
            article = reader.parse(file.bytes(), file.name(), file.name().replaceFirst("\\.[^.]*$", ""));
        } else if (input instanceof JobInput.Text text) {
            article = text.article();
        } else {
            article = fetcher.fetch(input.name(), ((JobInput.Url) input).feedTitle());
            LocalDate feedDate = ((JobInput.Url) input).feedDate();
            if (article.date() == null && feedDate != null) {
                article = new Article(article.source(), article.title(), feedDate, article.text(), DateSource.FEED);
            }
        }
        return article.source().startsWith(SOURCE_PREFIX) ? article
                : article.withSource(SOURCE_PREFIX + article.source());
    }

    /**
     * Stops the workers once the article each is on is done; a job they were running stays in the spool and
     * is resumed at the next start. Workers are not interrupted at first: an interrupt during a store write
     * closes the store's files under an open transaction. Only a worker still busy after the grace period
     * (30 s unless set) is interrupted.
     */
    @Override
    public void close() {
        closing = true;
        workers.shutdown();
        watchdog.shutdownNow();
        try {
            if (!workers.awaitTermination(limits.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
