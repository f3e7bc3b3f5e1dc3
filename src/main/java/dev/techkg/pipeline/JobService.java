package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.UrlFetcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ingest jobs in the background on a bounded pool of workers that share the one pipeline. A job
 * holds one or more inputs, ingested one after the other; its state and per-input results can be read
 * at any time. Every accepted job is kept in a spool folder on disk until it is finished, and jobs found
 * there at start-up (the process died before finishing them) are resumed. Thread-safe.
 */
public final class JobService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);

    private final Function<Article, StoredArticle> ingest;
    private final ArticleReader reader;
    private final UrlFetcher fetcher;
    private final ThreadPoolExecutor workers;
    private final int queueLimit;
    private final JobSpool spool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private static final int DEFAULT_GRACE_SECONDS = 30;
    private final Duration stopGrace;
    private volatile boolean closing;

    /** Thrown when the queue of waiting jobs is full. */
    public static final class BusyException extends TechKgException {
        public BusyException(String message) {
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
        this(ingest, reader, fetcher, workers, queue, spool, Duration.ofSeconds(DEFAULT_GRACE_SECONDS));
    }

    /**
     * As above, with how long {@link #close()} lets a worker finish its article before interrupting it.
     */
    public JobService(Function<Article, StoredArticle> ingest, ArticleReader reader, UrlFetcher fetcher, int workers, int queue,
                      Path spool, Duration stopGrace) {
        this.stopGrace = stopGrace;
        this.ingest = ingest;
        this.reader = reader;
        this.fetcher = fetcher;
        this.queueLimit = queue;
        this.spool = new JobSpool(spool);
        // The queue itself is unbounded so that resumed jobs always fit; new uploads are bounded in submit().
        this.workers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "techkg-ingest-job");
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
            Job job = new Job(spooled.id(), spooled.inputs());
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

    /**
     * Queues a job.
     *
     * @throws BusyException when too many jobs are waiting already
     */
    public JobSnapshot submit(List<JobInput> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("A job needs at least one input");
        }
        if (workers.getQueue().size() >= queueLimit) {
            throw new BusyException("Too many ingest jobs are waiting (" + workers.getQueue().size() + "); try again later");
        }
        Job job = new Job(UUID.randomUUID().toString(), inputs);
        spool.save(job.id, inputs); // durable before the caller answers 202
        jobs.put(job.id, job);
        try {
            workers.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            spool.remove(job.id);
            throw new BusyException("The ingest workers are shutting down; try again later");
        }
        return job.snapshot();
    }

    /** The job with this id. */
    public Optional<JobSnapshot> get(String id) {
        Job job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    private void run(Job job) {
        job.start();
        for (int i = 0; i < job.inputs.size(); i++) {
            if (closing) {
                return; // stays in the spool; resumed at the next start
            }
            JobInput input = job.inputs.get(i);
            job.update(i, new ItemResult(input.name(), State.RUNNING, null, null, 0, 0, null));
            try {
                StoredArticle stored = ingest.apply(article(input));
                String outcome = stored.unchanged() ? "unchanged" : stored.replaced() ? "replaced" : "added";
                int entities = stored.unchanged() ? 0 : stored.processed().graph().entities();
                int relations = stored.unchanged() ? 0 : stored.processed().graph().relations();
                job.update(i, new ItemResult(input.name(), State.DONE, stored.iri(), outcome, entities, relations, null));
            } catch (TechKgException e) {
                if (closing) {
                    return;
                }
                job.update(i, new ItemResult(input.name(), State.FAILED, null, null, 0, 0, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                if (closing) {
                    return;
                }
                LOG.warn("Ingest job {} failed on {}", job.id, input.name(), e);
                job.update(i, new ItemResult(input.name(), State.FAILED, null, null, 0, 0,
                        input.name() + ": processing failed: " + e.getClass().getSimpleName()));
            }
        }
        job.finish();
        spool.remove(job.id);
    }

    private Article article(JobInput input) {
        if (input instanceof JobInput.File file) {
            return reader.parse(file.bytes(), file.name(), file.name().replaceFirst("\\.[^.]*$", ""));
        }
        if (input instanceof JobInput.Text text) {
            return text.article();
        }
        return fetcher.fetch(input.name());
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
        try {
            if (!workers.awaitTermination(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A job's mutable state, guarded by its own lock. */
    private static final class Job {
        final String id;
        final List<JobInput> inputs;
        final Instant created = Instant.now();
        final List<ItemResult> items = new ArrayList<>();
        Instant started;
        Instant finished;

        Job(String id, List<JobInput> inputs) {
            this.id = id;
            this.inputs = List.copyOf(inputs);
            inputs.forEach(input -> items.add(new ItemResult(input.name(), State.QUEUED, null, null, 0, 0, null)));
        }

        synchronized void start() {
            started = Instant.now();
        }

        synchronized void update(int index, ItemResult result) {
            items.set(index, result);
        }

        synchronized void finish() {
            finished = Instant.now();
        }

        synchronized JobSnapshot snapshot() {
            int done = (int) items.stream().filter(i -> i.state() == State.DONE || i.state() == State.FAILED).count();
            State state;
            if (finished != null) {
                state = items.stream().allMatch(i -> i.state() == State.FAILED) ? State.FAILED : State.DONE;
            } else {
                state = started == null ? State.QUEUED : State.RUNNING;
            }
            return new JobSnapshot(id, state, text(created), text(started), text(finished), items.size(), done, List.copyOf(items));
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
