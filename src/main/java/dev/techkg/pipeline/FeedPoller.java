package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.FeedReader;
import dev.techkg.article.UrlFetcher;
import dev.techkg.store.ArticleStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the server's news feeds ({@code serve --feed}) every interval and queues their new items as one ingest job per
 * poll, through the same {@link JobService} as uploads (so they are stored under {@link JobService#SOURCE_PREFIX}).
 * Each poll is a conditional GET (If-None-Match, If-Modified-Since) under the URL fetcher's address rules; an item
 * already stored under its link, or queued by an earlier poll, is skipped; an item whose link the rules refuse is
 * reported. A feed that fails, or answers something that is not a feed, is reported in its status and tried again at
 * the next interval: a feed never stops the server. Thread-safe.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** The feed types asked for; a server that does not know them may still answer XML. */
    static final String ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";
    /** The most item links remembered per feed as queued, so a poll before the job ends does not queue them again. */
    private static final int REMEMBERED = 5_000;

    /**
     * One feed's state, as {@code GET /api/feeds} shows it.
     *
     * @param url                the feed
     * @param lastPoll           when it was last polled (ISO-8601), or null before the first poll
     * @param lastStatus         "not polled yet", "ok", "not modified" (304) or "failed"
     * @param itemsAddedLastPoll items the last poll queued for ingest
     * @param itemsAddedTotal    items queued since the server started
     * @param itemsSkippedLastPoll items the last poll found stored (or queued) already
     * @param lastError          what went wrong at the last poll (the feed, or items refused or unreadable), or null
     * @param lastJob            the ingest job of the last poll that queued items ({@code /api/jobs/{id}}), or null
     */
    public record FeedStatus(String url, String lastPoll, String lastStatus, int itemsAddedLastPoll, long itemsAddedTotal,
                             int itemsSkippedLastPoll, String lastError, String lastJob) {}

    /** What one feed is at; guarded by itself. */
    private static final class State {
        final String url;
        Instant lastPoll;
        String lastStatus = "not polled yet";
        int addedLast;
        long addedTotal;
        int skippedLast;
        String lastError;
        String lastJob;
        String etag;
        String lastModified;
        final LinkedHashSet<String> queued = new LinkedHashSet<>();
        /** Held for a whole poll of this feed. */
        final Object polling = new Object();

        State(String url) {
            this.url = url;
        }

        synchronized FeedStatus snapshot() {
            return new FeedStatus(url, lastPoll == null ? null : lastPoll.toString(), lastStatus, addedLast, addedTotal, skippedLast,
                    lastError, lastJob);
        }
    }

    private final Map<String, State> feeds = new LinkedHashMap<>();
    private final Duration interval;
    private final UrlFetcher fetcher;
    private final FeedReader reader;
    private final ArticleStore store;
    private final JobService jobs;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    /**
     * @param urls     the feeds, polled in this order
     * @param interval the time between the end of one round of polls and the start of the next
     */
    public FeedPoller(List<String> urls, Duration interval, UrlFetcher fetcher, FeedReader reader, ArticleStore store, JobService jobs,
                      Clock clock) {
        for (String url : urls) {
            feeds.putIfAbsent(url.strip(), new State(url.strip()));
        }
        this.interval = interval;
        this.fetcher = fetcher;
        this.reader = reader;
        this.store = store;
        this.jobs = jobs;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "techkg-feed-poller");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls every feed now and then every interval, in the background; does nothing without feeds. */
    public void start() {
        if (!feeds.isEmpty()) {
            timer.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Each feed's state, in the order the feeds were given. */
    public List<FeedStatus> status() {
        return feeds.values().stream().map(State::snapshot).toList();
    }

    /** Polls every feed once, one after the other; a failing feed is reported in its status, never thrown. */
    public void pollAll() {
        for (State feed : feeds.values()) {
            try {
                poll(feed);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug or a pathological feed: reported for this feed, and the poller lives on for the next round.
                LOG.warn("Polling the feed {} failed", feed.url, e);
                record(feed, clock.instant(), "failed", 0, 0,
                        "polling failed: " + e.getClass().getSimpleName() + " (the server log has the details)", null);
            }
        }
    }

    /**
     * Polls one feed. The state's lock is held only to read the validators and to record the outcome, never during the
     * fetch (up to {@link UrlFetcher#TIMEOUT}), so {@link #status()} always answers at once; {@code polling} keeps two
     * polls of one feed (the timer's and a caller's) apart.
     */
    private void poll(State feed) {
        synchronized (feed.polling) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", ACCEPT);
            Set<String> queued;
            synchronized (feed) {
                if (feed.etag != null) {
                    headers.put("If-None-Match", feed.etag);
                }
                if (feed.lastModified != null) {
                    headers.put("If-Modified-Since", feed.lastModified);
                }
                queued = Set.copyOf(feed.queued);
            }
            Instant started = clock.instant();
            UrlFetcher.Fetched fetched;
            FeedReader.Feed read;
            try {
                fetched = fetcher.get(feed.url, headers);
                if (fetched.notModified()) {
                    record(feed, started, "not modified", 0, 0, null, fetched);
                    return;
                }
                if (!FeedReader.isFeed(fetched.contentType(), fetched.body())) {
                    throw new TechKgException(feed.url + " answered " + (fetched.contentType().isEmpty() ? "content of no stated type"
                            : "'" + fetched.contentType() + "'") + ", not an RSS or Atom feed");
                }
                read = reader.read(fetched.body(), fetched.uri().toString());
            } catch (TechKgException e) {
                LOG.warn("Feed {}: {}", feed.url, e.getMessage());
                record(feed, started, "failed", 0, 0, e.getMessage(), null);
                return;
            }
            List<JobInput> inputs = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<String> problems = new ArrayList<>(read.problems());
            int skipped = 0;
            for (FeedReader.Item item : read.items()) {
                if (queued.contains(item.source()) || stored(item.source())) {
                    skipped++;
                    continue;
                }
                if (item.article() != null) {
                    inputs.add(new JobInput.Text(item.article()));
                } else {
                    try {
                        inputs.add(new JobInput.Url(fetcher.check(item.link()).toString(), item.title(), item.date()));
                    } catch (TechKgException e) {
                        problems.add(e.getMessage());
                        continue;
                    }
                }
                sources.add(item.source());
            }
            String job = null;
            if (!inputs.isEmpty()) {
                try {
                    job = jobs.submit(inputs, false).id();
                } catch (TechKgException e) {
                    // The validators stay as they were, so the next poll gets the whole feed again.
                    LOG.warn("Feed {}: the new items could not be queued: {}", feed.url, e.getMessage());
                    record(feed, started, "failed", 0, skipped, "the new items could not be queued: " + e.getMessage(), null);
                    return;
                }
            }
            String error = problems.isEmpty() ? null
                    : problems.size() + (problems.size() == 1 ? " item" : " items") + " not ingested: " + String.join("; ", problems);
            synchronized (feed) {
                remember(feed, sources);
                if (job != null) {
                    feed.lastJob = job;
                }
            }
            record(feed, started, "ok", inputs.size(), skipped, error, fetched);
        }
    }

    /** Records a poll's outcome; with {@code answer}, its validators are the ones the next poll sends. */
    private static void record(State feed, Instant polled, String status, int added, int skipped, String error,
                               UrlFetcher.Fetched answer) {
        synchronized (feed) {
            feed.lastPoll = polled;
            feed.lastStatus = status;
            feed.addedLast = added;
            feed.addedTotal += added;
            feed.skippedLast = skipped;
            feed.lastError = error;
            if (answer != null) {
                // A 304 may leave a validator out: the one it confirmed stays.
                feed.etag = answer.etag() != null || !answer.notModified() ? answer.etag() : feed.etag;
                feed.lastModified = answer.lastModified() != null || !answer.notModified() ? answer.lastModified() : feed.lastModified;
            }
        }
    }

    /** Whether an article from this link is stored: uploaded (by an earlier poll) or ingested from the command line. */
    private boolean stored(String source) {
        return !store.graphsWithSource(JobService.SOURCE_PREFIX + source).isEmpty() || !store.graphsWithSource(source).isEmpty();
    }

    private static void remember(State feed, List<String> sources) {
        feed.queued.addAll(sources);
        var oldest = feed.queued.iterator();
        while (feed.queued.size() > REMEMBERED && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
