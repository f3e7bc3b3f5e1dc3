package dev.techkg.query;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admission and a memory guard for queries. At most {@link QueryLimits#maxRunning()} queries run at once; up to
 * {@link QueryLimits#maxWaiting()} more wait (for {@link QueryLimits#maxWaitMillis()} at most) and any beyond are
 * refused as busy. While queries run, every garbage collection is watched: when the heap still in use after a
 * collection is above {@link QueryLimits#memoryFraction()} of the maximum, every running query is stopped (Jena's own
 * cancellation, as for a timeout) and told so, before the heap runs out. This is what bounds the memory of sorts,
 * DISTINCT, grouping and joins, whose size Jena does not limit. A young collection above the mark stops them too, and
 * one above three quarters of it asks for a full one (at most every 0.5 s), whose figure decides, since the old
 * generation may still hold garbage. Thread-safe; close it to stop watching.
 */
public final class QueryGate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryGate.class);

    private static final long MIN_FREE_BYTES = 96L << 20;

    private final QueryLimits limits;
    private final Semaphore places;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final List<NotificationEmitter> watched = new ArrayList<>();
    private final NotificationListener afterGc = this::afterGc;
    private final long maxHeap = Runtime.getRuntime().maxMemory();
    /**
     * The heap in use after a collection above which queries are stopped. On a small heap a share leaves too little
     * room: a sort can fill the last 15 % of 256 MB before a full collection confirms it, and then any thread (the one answering
     * /health too) fails for want of memory.
     */
    private final long mark;
    private final Set<String> heapPools;
    private final java.util.concurrent.atomic.AtomicLong lastConfirmation = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() - (1L << 40));

    private QueryGate(QueryLimits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.maxRunning(), true);
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
        this.mark = Math.min((long) (limits.memoryFraction() * maxHeap), maxHeap - MIN_FREE_BYTES);
    }

    /** A gate with these limits, watching the garbage collector when the memory fraction is below 1. */
    public static QueryGate open(QueryLimits limits) {
        QueryGate gate = new QueryGate(limits);
        if (limits.memoryFraction() < 1) {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(gate.afterGc, null, null);
                    gate.watched.add(emitter);
                }
            }
        }
        return gate;
    }

    /** The limits it applies. */
    public QueryLimits limits() {
        return limits;
    }

    /**
     * Runs the work when a place is free, waiting in line if need be.
     *
     * @throws QueryLimitException of kind {@link QueryLimitException.Kind#BUSY} when the line is full or the wait too long
     */
    public <T> T admit(Supplier<T> work) {
        if (!places.tryAcquire()) {
            if (waiting.incrementAndGet() > limits.maxWaiting()) {
                waiting.decrementAndGet();
                throw busy();
            }
            boolean admitted;
            try {
                admitted = places.tryAcquire(limits.maxWaitMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
            if (!admitted) {
                throw busy();
            }
        }
        try {
            return work.get();
        } finally {
            places.release();
        }
    }

    private QueryLimitException busy() {
        return new QueryLimitException(QueryLimitException.Kind.BUSY, limits.maxRunning() + " queries are running and "
                + limits.maxWaiting() + " waiting, the most this server takes; try again in a few seconds");
    }

    /** One query execution that the memory guard may stop; close it when the execution is over. */
    public final class Running implements AutoCloseable {
        private final QueryExec exec;
        private volatile boolean stoppedForMemory;

        private Running(QueryExec exec) {
            this.exec = exec;
        }

        /** Whether the memory guard stopped it (then its QueryCancelledException is not a timeout). */
        public boolean stoppedForMemory() {
            return stoppedForMemory;
        }

        private void stop() {
            stoppedForMemory = true;
            exec.abort();
        }

        @Override
        public void close() {
            running.remove(this);
        }
    }

    /** Watches an execution from now until the returned handle is closed. */
    public Running track(QueryExec exec) {
        Running r = new Running(exec);
        running.add(r);
        return r;
    }

    /** The exception for a query the memory guard stopped. */
    public QueryLimitException lowMemory(Throwable cause) {
        return new QueryLimitException(QueryLimitException.Kind.LOW_MEMORY, "The server ran low on memory while the query ran (more than "
                + (mark >> 20) + " MB of its " + (maxHeap >> 20) + " MB heap in use), so the query "
                + "was stopped; try again later, or narrow the query down (a LIMIT, fewer variables to sort or group by)", cause);
    }

    private void afterGc(Notification notification, Object handback) {
        if (running.isEmpty() || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // The heap's pools only: the map also holds Metaspace and the code cache, which the heap's maximum does not count.
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        boolean full = info.getGcAction().contains("major");
        if (used <= mark) {
            // After a young collection the old generation may still hold garbage (a query stopped a moment ago): a full
            // collection tells what is really in use, and its own notification decides. It is asked for from three
            // quarters of the mark on, so that the figure that decides comes before a sort has filled the rest.
            if (!full && used > mark * 3 / 4) {
                confirm(false);
            }
            return;
        }
        // Above the mark even after a young collection, the queries stop at once: a sort fills a small heap's last
        // megabytes faster than a full collection can confirm it (seen: 240 of 256 MB by the time one did).
        List<Running> stopping = List.copyOf(running);
        LOG.warn("{} MB of the {} MB heap in use after a garbage collection: stopping the {} running quer{}", used >> 20, maxHeap >> 20,
                stopping.size(), stopping.size() == 1 ? "y" : "ies");
        stopping.forEach(Running::stop);
        if (!full) {
            // What the stopped queries leave in the old generation must not count against the next query.
            confirm(true);
        }
    }

    /** Asks for a full collection in a thread of its own: at most every 0.5 s unless {@code urgent}. */
    private void confirm(boolean urgent) {
        long at = System.nanoTime();
        long last = lastConfirmation.get();
        if (!urgent && at - last < TimeUnit.MILLISECONDS.toNanos(500) || !lastConfirmation.compareAndSet(last, at)) {
            return;
        }
        Thread check = new Thread(System::gc, "techkg-memory-check");
        check.setDaemon(true);
        check.start();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : watched) {
            try {
                emitter.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
        watched.clear();
    }
}
