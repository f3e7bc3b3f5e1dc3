package dev.techkg.pipeline;

import dev.techkg.store.ArticleStore;
import dev.techkg.store.ArticleStore.ArticleWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Writes article graphs to the store in groups: one transaction (one commit, one sync to disk) for all
 * articles that are ready within a short window, instead of one per article. The commit is what costs
 * most of the write time, so a folder of articles goes in several times faster; each article is still
 * complete or absent. The processing threads hand their graph over and go on with the next article.
 * Thread-safe; close it to write what is still waiting.
 */
final class GroupWriter implements AutoCloseable {
    private static final int MAX_GROUP = 32;
    private static final long WINDOW_MILLIS = 100;

    private record Pending(ArticleWrite write, CompletableFuture<Long> done) {}

    private final ArticleStore store;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(2 * MAX_GROUP);
    private final Thread thread;
    private volatile boolean closed;

    GroupWriter(ArticleStore store) {
        this.store = store;
        this.thread = new Thread(this::loop, "techkg-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues an article; the future completes when it is committed, with this article's share of the
     * commit's time in nanoseconds (or fails with the store's error).
     */
    CompletableFuture<Long> write(ArticleWrite write) throws InterruptedException {
        Pending pending = new Pending(write, new CompletableFuture<>());
        queue.put(pending); // waits when the writer is behind, so memory stays bounded
        return pending.done();
    }

    private void loop() {
        List<Pending> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(WINDOW_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS);
                while (group.size() < MAX_GROUP) {
                    Pending next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    group.add(next);
                }
                commit(group);
            } catch (InterruptedException e) {
                closed = true;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            long start = System.nanoTime();
            store.putArticles(group.stream().map(Pending::write).toList());
            long share = (System.nanoTime() - start) / group.size();
            group.forEach(p -> p.done().complete(share));
        } catch (RuntimeException e) {
            group.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
