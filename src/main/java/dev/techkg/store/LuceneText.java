package dev.techkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Jena text index ({@link TextIndexLucene}) with the searchers that read its last commit: so a search never
 * sees a write transaction that has not committed. Writing is the owner's business (the embedded store writes it
 * through Jena's {@code DatasetGraphText}, the remote store graph by graph); thread-safe for searches.
 */
final class LuceneText implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneText.class);
    /** A progress line after this many quads read into the index. */
    private static final long PROGRESS_EVERY = 100_000;

    private final Directory directory;
    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final SearcherManager searchers;
    private final boolean existed;

    private LuceneText(Directory directory) throws IOException {
        this.directory = directory;
        // Asked before Jena opens its writer, which commits an empty index into a new folder.
        this.existed = DirectoryReader.indexExists(directory);
        this.index = new TextIndexLucene(directory, TextFields.config());
        this.definition = index.getDocDef();
        this.searchers = new SearcherManager(directory, null);
    }

    /** The index in this folder, created empty when there is none ({@link #existed()} says which). */
    static LuceneText onDisk(Path folder) {
        try {
            return new LuceneText(FSDirectory.open(folder));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot open the text index in " + folder + ": " + e.getMessage()
                    + " (delete that folder and TechKG builds it again from the store)", e);
        }
    }

    /** An empty index in memory. */
    static LuceneText inMemory() {
        try {
            return new LuceneText(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index was there before this object opened it (else it is new and empty). */
    boolean existed() {
        return existed;
    }

    /** Jena's text index, for {@code DatasetGraphText}. */
    TextIndexLucene jenaIndex() {
        return index;
    }

    /**
     * Replaces the whole index with the documents of these quads and commits, logging progress for a big store.
     *
     * @param what    the store, for the progress lines
     * @param stopped asked now and then: true ends the build (uncommitted)
     */
    void rebuild(Iterator<Quad> quads, String what, BooleanSupplier stopped) {
        long started = System.nanoTime();
        long read = 0;
        try {
            index.getIndexWriter().deleteAll();
            while (quads.hasNext()) {
                add(quads.next());
                if (++read % PROGRESS_EVERY == 0) {
                    LOG.info("Building the text index of {}: {} names and sentences so far", what, read);
                    if (stopped.getAsBoolean()) {
                        index.rollback();
                        throw new StoreException("Building the text index of " + what + " was stopped");
                    }
                }
            }
        } catch (IOException e) {
            index.rollback();
            throw new StoreException("Cannot build the text index of " + what + ": " + e.getMessage(), e);
        }
        index.commit();
        refresh();
        LOG.info("Text index of {} built: {} names and sentences in {} ms", what, read, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts replacing the whole index with the documents of quads given one by one ({@link Filling#add}), indexed on a
     * thread of their own: so a bulk load fills TDB2 on one core while the index fills on another.
     */
    Filling filling(String what) {
        return new Filling(what);
    }

    /** A replacement of the whole index under way; {@link #finish()} commits it, {@link #close()} before that drops it. */
    final class Filling implements AutoCloseable {
        /** Marks the end of the quads. */
        private static final Quad END = Quad.create(NodeFactory.createURI("urn:x-techkg:end"), NodeFactory.createURI("urn:x-techkg:end"),
                NodeFactory.createURI("urn:x-techkg:end"), NodeFactory.createURI("urn:x-techkg:end"));
        private final java.util.concurrent.BlockingQueue<Quad> queue = new java.util.concurrent.ArrayBlockingQueue<>(8192);
        private final String what;
        private final Thread worker;
        private final long started = System.nanoTime();
        private volatile Throwable failure;
        private volatile long indexed;
        private boolean ended;

        private Filling(String what) {
            this.what = what;
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new StoreException("Cannot build the text index of " + what + ": " + e.getMessage(), e);
            }
            worker = new Thread(this::drain, "techkg-text-index");
            worker.setDaemon(true);
            worker.start();
        }

        /** Indexes the quad if its predicate is indexed (on the filling thread; waits while that is far behind). */
        void add(Quad quad) {
            if (definition.getField(quad.getPredicate()) == null) {
                return;
            }
            put(quad);
        }

        private void put(Quad quad) {
            try {
                queue.put(quad);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Building the text index of " + what + " was interrupted");
            }
        }

        private void drain() {
            try {
                for (Quad quad = queue.take(); quad != END; quad = queue.take()) {
                    if (failure != null) {
                        continue; // failed: only empty the queue, so the loading thread never waits for nothing
                    }
                    try {
                        LuceneText.this.add(quad);
                        if (++indexed % PROGRESS_EVERY == 0) {
                            LOG.info("Building the text index of {}: {} names and sentences so far", what, indexed);
                        }
                    } catch (RuntimeException | Error e) {
                        failure = e;
                    }
                }
            } catch (InterruptedException e) {
                failure = e;
            }
        }

        /** Waits for the last quads to be indexed and commits. */
        void finish() {
            ended = true;
            put(END);
            join();
            if (failure != null) {
                index.rollback();
                throw new StoreException("Cannot build the text index of " + what + ": " + failure.getMessage(), failure);
            }
            index.commit();
            refresh();
            LOG.info("Text index of {} built: {} names and sentences in {} ms", what, indexed, (System.nanoTime() - started) / 1_000_000);
        }

        private void join() {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Building the text index of " + what + " was interrupted");
            }
        }

        /** Drops what was indexed, back to the last commit, unless {@link #finish()} ran. */
        @Override
        public void close() {
            if (!ended) {
                ended = true;
                failure = new StoreException("abandoned");
                put(END);
                join();
                index.rollback();
            }
        }
    }

    /** Replaces the documents of these graphs (an absent or empty graph: none) and commits. */
    void replaceGraphs(Map<String, Graph> graphs) {
        try {
            for (Map.Entry<String, Graph> entry : graphs.entrySet()) {
                index.getIndexWriter().deleteDocuments(new Term(TextFields.GRAPH, entry.getKey()));
                var name = NodeFactory.createURI(entry.getKey());
                entry.getValue().find().forEachRemaining(t -> add(Quad.create(name, t)));
            }
        } catch (IOException e) {
            index.rollback();
            throw new StoreException("Cannot update the text index: " + e.getMessage(), e);
        }
        index.commit();
        refresh();
    }

    private void add(Quad quad) {
        Entity entity = TextFields.entity(definition, quad);
        if (entity != null) {
            index.addEntity(entity);
        }
    }

    /** Runs a search over the last commit. */
    <T> T search(Function<IndexSearcher, T> search) {
        refresh();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new StoreException("Cannot read the text index: " + e.getMessage(), e);
        }
        try {
            return search.apply(searcher);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("Releasing a text index reader failed", e);
            }
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("Cannot read the text index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            LOG.warn("Closing the text index readers failed", e);
        }
        try {
            index.close();
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                LOG.warn("Closing the text index folder failed", e);
            }
        }
    }
}
