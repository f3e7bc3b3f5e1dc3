package dev.techkg.query;

import dev.techkg.index.GraphIndexCache;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import dev.techkg.store.StoreUnavailableException;
import dev.techkg.store.Tdb2Store;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph index is read before any request needs it ({@link GraphIndexCache#warmUp()}); a request that comes
 * while that read runs waits for the whole index rather than answering from part of it, and a failed read is
 * reported and tried again by the next request. Over a real TDB2 store, whose queries the test can hold up.
 */
class GraphIndexWarmUpTest {
    @TempDir
    Path temp;
    private Tdb2Store tdb2;
    private GatedStore store;

    @BeforeEach
    void open() {
        tdb2 = Tdb2Store.open(temp.resolve("store"));
        tdb2.putArticle(IndexFreshnessContractTest.article(TK.ARTICLE_BASE + "a1", "2025-03-01", "alibaba-group", "Alibaba Group",
                "competesWith", "tencent", "Tencent", "Alibaba's rival Tencent followed."), List.of());
        tdb2.putArticle(IndexFreshnessContractTest.article(TK.ARTICLE_BASE + "a2", "2025-04-01", "alibaba-group", "Alibaba Group",
                "partnersWith", "baidu", "Baidu", "Alibaba partnered with Baidu."), List.of());
        store = new GatedStore(tdb2);
    }

    @AfterEach
    void close() {
        store.release.countDown();
        tdb2.close();
    }

    @Test
    void a_request_during_the_warm_up_waits_for_the_whole_index() throws Exception {
        GraphIndexCache index = GraphIndexCache.over(store);
        EntityService entities = new EntityService(store, index);
        assertEquals(GraphIndexCache.State.NOT_READ, index.state());

        Thread warmUp = new Thread(index::warmUp);
        warmUp.start();
        assertTrue(store.entered.await(30, TimeUnit.SECONDS), "the warm-up reads the store");
        assertEquals(GraphIndexCache.State.READING, index.state());
        CompletableFuture<List<String>> search = CompletableFuture.supplyAsync(() ->
                entities.search("a", null, 10).stream().map(EntityService.EntitySummary::id).toList());
        Thread.sleep(200);
        assertFalse(search.isDone(), "no answer from an index half read");

        store.release.countDown();
        assertEquals(List.of("alibaba-group"), search.get(30, TimeUnit.SECONDS));
        warmUp.join();
        assertEquals(GraphIndexCache.State.READY, index.state());
        assertEquals(1, store.fullReads(), "the request used the warm-up's read, not one of its own");
        assertEquals(2, entities.entity("alibaba-group").orElseThrow().relations().size());
    }

    @Test
    void a_failed_warm_up_is_reported_and_the_next_request_reads_again() {
        store.failNext = true;
        store.release.countDown();
        GraphIndexCache index = GraphIndexCache.over(store);
        index.warmUp();
        assertEquals(GraphIndexCache.State.NOT_READ, index.state());
        assertTrue(index.failure().orElseThrow().contains("store down for the test"), index.failure().toString());

        EntityService entities = new EntityService(store, index);
        assertEquals(List.of("baidu"), entities.search("bai", null, 10).stream().map(EntityService.EntitySummary::id).toList());
        assertEquals(GraphIndexCache.State.READY, index.state());
        assertEquals(Optional.empty(), index.failure());
    }

    @Test
    void a_request_before_the_warm_up_reads_the_index_itself_and_the_warm_up_then_reads_nothing() {
        store.release.countDown();
        GraphIndexCache index = GraphIndexCache.over(store);
        assertEquals(List.of("tencent"), new EntityService(store, index).search("ten", null, 10).stream()
                .map(EntityService.EntitySummary::id).toList());
        int reads = store.queries;
        index.warmUp();
        assertEquals(reads, store.queries);
    }

    @Test
    void closing_stops_a_read_that_runs_and_no_read_starts_after() throws Exception {
        GraphIndexCache index = GraphIndexCache.over(store);
        Thread warmUp = new Thread(index::warmUp);
        warmUp.start();
        assertTrue(store.entered.await(30, TimeUnit.SECONDS));
        index.close();
        store.release.countDown();
        warmUp.join();
        assertEquals(GraphIndexCache.State.NOT_READ, index.state());
        assertTrue(index.failure().orElseThrow().contains("stopped"), index.failure().toString());
        assertEquals(1, store.queries, "the query under way ends, no other starts");
        assertThrows(QueryException.class, () -> new EntityService(store, index).search("ali", null, 10));
    }

    /** The store, with queries that wait until {@link #release} opens, and that can fail once. */
    private static final class GatedStore implements GraphStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final GraphStore store;
        volatile boolean failNext;
        volatile int queries;
        private volatile int statementQueries;

        GatedStore(GraphStore store) {
            this.store = store;
        }

        /** How many full reads of the index ran: each reads the fact statements in one query. */
        int fullReads() {
            return statementQueries;
        }

        @Override
        public <T> T query(Query query, DatasetDescription dataset, Function<QueryExecBuilder, QueryExecBuilder> configure,
                           Function<QueryExec, T> handler) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failNext) {
                failNext = false;
                throw new StoreUnavailableException("store down for the test", null);
            }
            queries++;
            if (query.toString().contains("confidence")) {
                statementQueries++;
            }
            return store.query(query, dataset, configure, handler);
        }

        @Override
        public boolean containsGraph(String graphIri) {
            return store.containsGraph(graphIri);
        }

        @Override
        public List<String> graphsWithSource(String source) {
            return store.graphsWithSource(source);
        }

        @Override
        public void putArticle(dev.techkg.rdf.ArticleGraph article, List<String> replacing) {
            store.putArticle(article, replacing);
        }

        @Override
        public void putArticles(List<ArticleWrite> writes) {
            store.putArticles(writes);
        }

        @Override
        public int deleteGraphs(List<String> graphIris) {
            return store.deleteGraphs(graphIris);
        }

        @Override
        public void update(UpdateRequest update) {
            store.update(update);
        }

        @Override
        public void export(OutputStream out, Lang lang) {
            store.export(out, lang);
        }

        @Override
        public long load(Path file, Lang lang, String graphForTriples) {
            return store.load(file, lang, graphForTriples);
        }

        @Override
        public long backup(OutputStream out) {
            return store.backup(out);
        }

        @Override
        public long restore(Path file, Lang lang, boolean replace) {
            return store.restore(file, lang, replace);
        }

        @Override
        public boolean writeGraph(String graphIri, Lang lang, OutputStream out) {
            return store.writeGraph(graphIri, lang, out);
        }

        @Override
        public List<String> graphNames() {
            return store.graphNames();
        }

        @Override
        public Graph graph(String graphIri) {
            return store.graph(graphIri);
        }

        @Override
        public long dataVersion() {
            return store.dataVersion();
        }

        @Override
        public Optional<Set<String>> graphsChangedSince(long version) {
            return store.graphsChangedSince(version);
        }

        @Override
        public boolean hasOtherWriters() {
            return store.hasOtherWriters();
        }

        @Override
        public <T> T searchText(java.util.function.Function<org.apache.lucene.search.IndexSearcher, T> search) {
            return store.searchText(search);
        }

        @Override
        public String describe() {
            return "gated " + store.describe();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
