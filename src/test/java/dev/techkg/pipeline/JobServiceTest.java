package dev.techkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.UrlFetcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted jobs are on disk before submit returns, leave the spool when finished, and resume after a stop. */
class JobServiceTest {
    @TempDir
    Path temp;

    private final ArticleReader reader = new ArticleReader();
    private final UrlFetcher neverFetches = new UrlFetcher(host -> List.of(), (uri, addresses) -> {
        throw new AssertionError("no fetch expected");
    }, false, reader);

    private static StoredArticle stored(Article article) {
        return new StoredArticle("https://w3id.org/techkg/article/" + Integer.toHexString(article.text().hashCode()), null, false);
    }

    private static long spooled(Path spool) throws Exception {
        try (var entries = Files.list(spool)) {
            return entries.filter(Files::isDirectory).count();
        }
    }

    private static void awaitDone(JobService jobs, String id) throws InterruptedException {
        for (int i = 0; i < 200 && jobs.get(id).orElseThrow().state() != JobService.State.DONE; i++) {
            Thread.sleep(50);
        }
        assertEquals(JobService.State.DONE, jobs.get(id).orElseThrow().state(), "job " + id);
    }

    @Test
    void a_job_is_on_disk_when_accepted_and_gone_when_finished() throws Exception {
        Path spool = temp.resolve("spool");
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, StoredArticle> slow = article -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return stored(article);
        };
        try (JobService jobs = new JobService(slow, reader, neverFetches, 1, 10, spool)) {
            JobService.JobSnapshot job = jobs.submit(List.of(new JobInput.File("a.txt", "Nvidia designs chips.".getBytes())));
            assertEquals(1, spooled(spool), "kept on disk while running");
            release.countDown();
            awaitDone(jobs, job.id());
            for (int i = 0; i < 50 && spooled(spool) > 0; i++) {
                Thread.sleep(20);
            }
            assertEquals(0, spooled(spool), "removed once finished");
        }
    }

    @Test
    void stopping_the_service_keeps_an_unfinished_job_in_the_spool() throws Exception {
        Path spool = temp.resolve("spool");
        CountDownLatch started = new CountDownLatch(1);
        Function<Article, StoredArticle> hangs = article -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        };
        JobService jobs = new JobService(hangs, reader, neverFetches, 1, 10, spool, java.time.Duration.ofMillis(200));
        jobs.submit(List.of(new JobInput.File("a.txt", "Nvidia designs chips.".getBytes())));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        jobs.close();
        assertEquals(1, spooled(spool), "a graceful stop must not lose the accepted upload");
    }

    @Test
    void jobs_not_finished_when_the_service_stopped_are_resumed_with_their_inputs() throws Exception {
        Path spool = temp.resolve("spool");
        Function<Article, StoredArticle> hangs = article -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("stopped");
        };
        String fileJob;
        String textJob;
        JobService first = new JobService(hangs, reader, neverFetches, 1, 10, spool, java.time.Duration.ofMillis(200));
        fileJob = first.submit(List.of(new JobInput.File("a.txt", "Nvidia designs chips.".getBytes()))).id();
        textJob = first.submit(List.of(new JobInput.Text(new Article("https://news.example.org/x", "Title",
                LocalDate.of(2024, 5, 1), "Tencent invested in Ubisoft.", dev.techkg.article.DateSource.GIVEN)))).id();
        // The process "dies": nothing more of the first service runs, its spool stays as it was.
        assertEquals(2, spooled(spool));

        Set<String> ingested = ConcurrentHashMap.newKeySet();
        Function<Article, StoredArticle> works = article -> {
            ingested.add(article.source() + "|" + article.title() + "|" + article.date() + "|" + article.text());
            return stored(article);
        };
        try (JobService second = new JobService(works, reader, neverFetches, 1, 10, spool)) {
            assertEquals(2, second.resume());
            awaitDone(second, fileJob);
            awaitDone(second, textJob);
        }
        first.close();
        assertEquals(0, spooled(spool), "finished by the second service; the first one's stop removed nothing it had not done");
        assertTrue(ingested.contains("upload:a.txt|a|null|Nvidia designs chips."), ingested.toString());
        assertTrue(ingested.contains("upload:https://news.example.org/x|Title|2024-05-01|Tencent invested in Ubisoft."), ingested.toString());
    }

    @Test
    void stopping_lets_the_article_in_progress_finish_without_an_interrupt() throws Exception {
        Path spool = temp.resolve("spool");
        CountDownLatch started = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Function<Article, StoredArticle> slowWrite = article -> {
            started.countDown();
            try {
                Thread.sleep(500); // a store write in progress
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            }
            return stored(article);
        };
        JobService jobs = new JobService(slowWrite, reader, neverFetches, 1, 10, spool);
        jobs.submit(List.of(new JobInput.File("a.txt", "Nvidia designs chips.".getBytes()),
                new JobInput.File("b.txt", "AMD designs chips.".getBytes())));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        jobs.close();
        assertTrue(finished.get(), "the article being written was finished");
        assertFalse(interrupted.get(), "the worker was not interrupted during its write");
        assertEquals(1, spooled(spool), "the job stopped after that article and stays to be resumed");
    }

    private static void awaitState(JobService jobs, String id, JobService.State state) throws InterruptedException {
        for (int i = 0; i < 200 && jobs.get(id).orElseThrow().state() != state; i++) {
            Thread.sleep(25);
        }
        assertEquals(state, jobs.get(id).orElseThrow().state(), "job " + id);
    }

    @Test
    void an_article_over_its_time_limit_fails_leaves_the_spool_and_is_not_resumed() throws Exception {
        Path spool = temp.resolve("spool");
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch stuck = new CountDownLatch(1);
        ArticleIngest runaway = (article, replace, progress) -> {
            progress.processing();
            try {
                stuck.await(); // a stage that takes far too long (it does end when interrupted)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.writing(); // the late result is refused here
            written.set(true);
            return stored(article);
        };
        JobLimits limits = JobLimits.defaults().withArticleTimeLimit(java.time.Duration.ofMillis(300));
        try (JobService jobs = new JobService(runaway, reader, neverFetches, 1, limits, spool)) {
            String id = jobs.submit(List.of(new JobInput.File("repeated.txt", "Nvidia designs chips. ".repeat(100).getBytes()))).id();
            awaitState(jobs, id, JobService.State.FAILED);
            String error = jobs.get(id).orElseThrow().items().get(0).error();
            assertTrue(error.contains("repeated.txt: processing took longer than the limit of 0.3 s per article"), error);
            assertTrue(error.contains("will not be tried again"), error);
            assertEquals(0, spooled(spool), "out of the spool");
            assertFalse(written.get(), "nothing stored after the limit");
            assertEquals(0, jobs.pendingBytes());
        }
        try (JobService restarted = new JobService(runaway, reader, neverFetches, 1, limits, spool)) {
            assertEquals(0, restarted.resume(), "not resumed at the next start");
        }
    }

    @Test
    void an_input_that_was_twice_under_way_when_the_process_stopped_is_given_up() throws Exception {
        Path spool = temp.resolve("spool");
        Function<Article, StoredArticle> hangs = article -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("stopped");
        };
        String id = null;
        for (int run = 0; run < JobService.MAX_STARTS; run++) {
            JobService crashing = new JobService(hangs, reader, neverFetches, 1, 10, spool, java.time.Duration.ofMillis(100));
            if (id == null) {
                id = crashing.submit(List.of(new JobInput.File("crash.txt", "Nvidia designs chips.".getBytes()))).id();
            } else {
                crashing.resume();
            }
            String current = id;
            for (int i = 0; i < 200 && crashing.get(current).orElseThrow().state() != JobService.State.RUNNING; i++) {
                Thread.sleep(25);
            }
            Thread.sleep(100);
            crashing.close(); // as good as a crash: the input was under way
        }
        Set<String> ingested = ConcurrentHashMap.newKeySet();
        try (JobService last = new JobService(article -> {
            ingested.add(article.source());
            return stored(article);
        }, reader, neverFetches, 1, 10, spool)) {
            assertEquals(1, last.resume());
            awaitState(last, id, JobService.State.FAILED);
            assertTrue(last.get(id).orElseThrow().items().get(0).error().contains("not tried again"));
        }
        assertEquals(Set.of(), ingested);
        assertEquals(0, spooled(spool));
    }

    @Test
    void finished_jobs_drop_their_bytes_and_only_the_newest_records_are_kept() throws Exception {
        Path spool = temp.resolve("spool");
        JobLimits limits = JobLimits.defaults().withFinished(java.time.Duration.ofHours(1), 2);
        try (JobService jobs = new JobService(ArticleIngest.of(JobServiceTest::stored), reader, neverFetches, 1, limits, spool)) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(jobs.submit(List.of(new JobInput.File(i + ".txt", ("Nvidia designs chip " + i + ".").getBytes()))).id());
                awaitDone(jobs, ids.get(i));
            }
            assertEquals(0, jobs.pendingBytes(), "no input bytes held once finished");
            assertTrue(jobs.get(ids.get(0)).isEmpty(), "the oldest record is forgotten");
            assertTrue(jobs.get(ids.get(2)).isPresent());
        }
        JobLimits shortLived = JobLimits.defaults().withFinished(java.time.Duration.ofMillis(300), 1000);
        try (JobService jobs = new JobService(ArticleIngest.of(JobServiceTest::stored), reader, neverFetches, 1, shortLived, spool)) {
            String old = jobs.submit(List.of(new JobInput.File("a.txt", "Nvidia designs chips.".getBytes()))).id();
            awaitDone(jobs, old);
            Thread.sleep(400);
            jobs.submit(List.of(new JobInput.File("b.txt", "AMD designs chips.".getBytes())));
            assertTrue(jobs.get(old).isEmpty(), "expired");
        }
    }

    @Test
    void the_queue_is_bounded_in_bytes_as_well_as_jobs() throws Exception {
        Path spool = temp.resolve("spool");
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, StoredArticle> waits = article -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return stored(article);
        };
        JobLimits limits = JobLimits.defaults().withQueue(100, 1000);
        try (JobService jobs = new JobService(ArticleIngest.of(waits), reader, neverFetches, 1, limits, spool)) {
            jobs.submit(List.of(new JobInput.File("a.txt", "a".repeat(600).getBytes())));
            org.junit.jupiter.api.Assertions.assertThrows(JobService.BusyException.class,
                    () -> jobs.submit(List.of(new JobInput.File("b.txt", "b".repeat(600).getBytes()))));
            org.junit.jupiter.api.Assertions.assertThrows(JobService.TooLargeException.class,
                    () -> jobs.submit(List.of(new JobInput.File("c.txt", "c".repeat(1001).getBytes()))));
            assertEquals(600, jobs.pendingBytes());
            release.countDown();
        }
    }
}
