package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.store.ArticleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests article files into the store. An article whose text is already stored is skipped (nothing
 * changes); a changed file with a known source replaces that source's graph in one transaction. A file
 * that cannot be read or processed is reported with its reason and the others still go in.
 */
public final class IngestService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final ArticleReader reader;
    private final Supplier<ArticleProcessor> processor;
    private final GraphMapper mapper;
    private final ArticleStore store;
    private final KeyedLocks inProgress = new KeyedLocks();

    /**
     * @param processor supplies the shared processor; asked only when an article needs processing, so an
     *                  all-unchanged run never loads the NLP models
     */
    public IngestService(ArticleReader reader, Supplier<ArticleProcessor> processor, GraphMapper mapper, ArticleStore store) {
        this.reader = reader;
        this.processor = processor;
        this.mapper = mapper;
        this.store = store;
    }

    /**
     * Ingests the files and folders (folders recursively, supported files only).
     *
     * @param threads how many articles to process at once (at least 1)
     */
    public IngestReport ingest(List<Path> paths, int threads, IngestListener listener) {
        return ingestItems(reader.expand(paths).stream().map(file -> IngestItem.file(file, reader)).toList(), threads, listener);
    }

    /**
     * Ingests the items: files, pages and feed items. An item stored already under one of its {@link IngestItem#knownAs}
     * sources is skipped without being read.
     *
     * @param threads how many articles to process at once (at least 1)
     */
    public IngestReport ingestItems(List<IngestItem> files, int threads, IngestListener listener) {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicReference<StageTimings> timings = new AtomicReference<>(StageTimings.ZERO);
        List<FileOutcome> outcomes = new ArrayList<>();
        AtomicBoolean modelsAsked = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, files.size()))));
        try (GroupWriter writer = new GroupWriter(store)) {
            List<Future<CompletableFuture<FileOutcome>>> futures = new ArrayList<>();
            for (IngestItem file : files) {
                futures.add(pool.submit(() -> ingestOne(file, timings, writer, listener, modelsAsked).thenApply(outcome -> {
                    long total = tokens.addAndGet(outcome.tokens());
                    synchronized (listener) {
                        listener.fileDone(outcome, done.incrementAndGet(), files.size(), total, (System.nanoTime() - start) / 1e9);
                    }
                    return outcome;
                })));
            }
            List<CompletableFuture<FileOutcome>> written = new ArrayList<>();
            for (Future<CompletableFuture<FileOutcome>> future : futures) {
                written.add(future.get());
            }
            for (CompletableFuture<FileOutcome> outcome : written) {
                outcomes.add(outcome.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TechKgException("Ingest was interrupted", e);
        } catch (ExecutionException e) {
            throw new TechKgException("Ingest failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(outcomes, timings.get(), (System.nanoTime() - start) / 1e9);
    }

    /** Reads and processes one item on this thread; the returned outcome completes once its graph is committed. */
    private CompletableFuture<FileOutcome> ingestOne(IngestItem file, AtomicReference<StageTimings> timings, GroupWriter writer,
                                                   IngestListener listener, AtomicBoolean modelsAsked) {
        String name = file.name();
        long start = System.nanoTime();
        try {
            for (String known : file.knownAs()) {
                if (!store.graphsWithSource(known).isEmpty()) {
                    return CompletableFuture.completedFuture(new FileOutcome(name, FileOutcome.Status.SKIPPED, null, 0, 0, 0, null));
                }
            }
            Article article = file.reader().read();
            String iri = mapper.articleIri(article);
            if (store.containsGraph(iri)) {
                return CompletableFuture.completedFuture(new FileOutcome(name, FileOutcome.Status.UNCHANGED, iri, 0, 0, 0, null));
            }
            long read = System.nanoTime() - start;
            ProcessedArticle processed = processor(listener, modelsAsked).process(article);
            synchronized (listener) {
                listener.articleProcessed(processed);
            }
            List<String> replacing = new ArrayList<>(store.graphsWithSource(article.source()));
            replacing.remove(iri);
            return writer.write(new ArticleStore.ArticleWrite(processed.graph(), replacing)).handle((commitShare, failure) -> {
                StageTimings stages = processed.timings();
                timings.accumulateAndGet(stages.withStore(read + (commitShare == null ? 0 : commitShare)), StageTimings::plus);
                if (failure != null) {
                    return new FileOutcome(name, FileOutcome.Status.FAILED, null, 0, 0, 0,
                            name + ": cannot write to the store: " + failure.getMessage());
                }
                return new FileOutcome(name, replacing.isEmpty() ? FileOutcome.Status.ADDED : FileOutcome.Status.REPLACED,
                        iri, processed.graph().entities(), processed.graph().relations(), processed.linked().analysis().tokenCount(), null);
            });
        } catch (TechKgException e) {
            return CompletableFuture.completedFuture(new FileOutcome(name, FileOutcome.Status.FAILED, null, 0, 0, 0, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(new FileOutcome(name, FileOutcome.Status.FAILED, null, 0, 0, 0, name + ": interrupted"));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological input in a library: report it for this file and go on with the others.
            LOG.warn("Failed to ingest {}", name, e);
            return CompletableFuture.completedFuture(new FileOutcome(name, FileOutcome.Status.FAILED, null, 0, 0, 0,
                    name + ": processing failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /** The processor; the first article of a run to need it tells the listener while the models load, and how long that took. */
    private ArticleProcessor processor(IngestListener listener, AtomicBoolean modelsAsked) {
        if (!modelsAsked.compareAndSet(false, true)) {
            return processor.get();
        }
        long start = System.nanoTime();
        synchronized (listener) {
            listener.modelsLoading();
        }
        ArticleProcessor ready = processor.get();
        synchronized (listener) {
            listener.modelsLoaded((System.nanoTime() - start) / 1e9);
        }
        return ready;
    }

    /**
     * Processes and stores one article unless the same text is stored already; a stored article with the
     * same source and another text is replaced in the same transaction.
     */
    public StoredArticle ingestArticle(Article article) {
        return ingestArticle(article, true, ArticleIngest.Progress.NONE);
    }

    /**
     * As {@link #ingestArticle(Article)}, for uploads. Two calls never work on the same text or the same
     * source at once: the second waits, then finds the text stored (unchanged).
     *
     * @param replace     whether it may replace a stored article of the same source
     * @param progress told when processing starts (models loaded, locks held) and just before the write,
     *                 which it may abandon by throwing
     * @throws dev.techkg.article.ArticleException when an article of the same source is stored and replace is false
     */
    public StoredArticle ingestArticle(Article article, boolean replace, ArticleIngest.Progress progress) {
        String iri = mapper.articleIri(article);
        try (KeyedLocks.Held held = inProgress.hold(List.of("text " + iri, "source " + article.source()))) {
            if (store.containsGraph(iri)) {
                return new StoredArticle(iri, null, false);
            }
            if (!replace && !otherGraphs(article, iri).isEmpty()) {
                throw new dev.techkg.article.ArticleException(article.source() + ": an article from this source is stored already; "
                        + "upload it with replace=true to replace it");
            }
            ArticleProcessor ready = processor.get(); // the first call waits for the models
            progress.processing();
            ProcessedArticle processed = ready.process(article);
            progress.writing();
            List<String> replacing = otherGraphs(article, iri);
            store.putArticle(processed.graph(), replacing);
            return new StoredArticle(iri, processed, !replacing.isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TechKgException(article.source() + ": interrupted while another worker ingested the same text", e);
        }
    }

    private List<String> otherGraphs(Article article, String iri) {
        List<String> graphs = new ArrayList<>(store.graphsWithSource(article.source()));
        graphs.remove(iri);
        return graphs;
    }
}
