package dev.techkg.pipeline;

import dev.techkg.article.ArticleException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

/**
 * The time limit of one article on one worker: either the worker starts writing first (then it is never
 * interrupted), or the limit expires first (then the worker is interrupted and must not write).
 */
final class TimeLimit implements ArticleIngest.Progress {
    private enum Phase { WAITING, PROCESSING, WRITING, EXPIRED, OVER }

    private final Thread worker;
    private final Function<TimeLimit, ScheduledFuture<?>> schedule;
    private ScheduledFuture<?> timer;
    private Phase phase = Phase.WAITING;

    /** @param schedule starts the clock: schedules the expiry of this limit */
    TimeLimit(Thread worker, Function<TimeLimit, ScheduledFuture<?>> schedule) {
        this.worker = worker;
        this.schedule = schedule;
    }

    /** On the worker, when processing starts: the clock runs from now (not while models load or locks are awaited). */
    @Override
    public synchronized void processing() {
        if (phase == Phase.WAITING) {
            phase = Phase.PROCESSING;
            timer = schedule.apply(this);
        }
    }

    /** On the worker, before the store write. */
    @Override
    public synchronized void writing() {
        if (phase == Phase.EXPIRED) {
            throw new ArticleException("the article's time limit passed before it was stored");
        }
        phase = Phase.WRITING;
    }

    /** On the watchdog: whether the limit expired now (and the worker was interrupted). */
    synchronized boolean expire() {
        if (phase != Phase.PROCESSING) {
            return false;
        }
        phase = Phase.EXPIRED;
        worker.interrupt();
        return true;
    }

    synchronized boolean expired() {
        return phase == Phase.EXPIRED;
    }

    /** On the worker, after the article: the interrupt of an expired limit is cleared before the next one. */
    synchronized void over() {
        if (timer != null) {
            timer.cancel(false);
        }
        if (phase == Phase.EXPIRED) {
            Thread.interrupted();
        }
        if (phase != Phase.EXPIRED) {
            phase = Phase.OVER;
        }
    }
}
