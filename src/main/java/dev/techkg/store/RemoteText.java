package dev.techkg.store;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.lucene.search.IndexSearcher;

/**
 * The text index of a remote store: Jena's text index in memory, read from the store by the first search and brought
 * up to date before each search from the graphs written through this process since ({@link ChangeTracking}): so a
 * search after a write sees it. A write that may have changed any graph (an update, a load, a restore) and, since
 * others may write the store too, an index older than {@link #OTHER_WRITERS_TTL} make it read the store again.
 * Thread-safe: searches that find it stale wait for the one that brings it up to date.
 */
final class RemoteText implements AutoCloseable {
    /** How long changes made by others may take to show in search (a full read of the store follows). */
    static final Duration OTHER_WRITERS_TTL = Duration.ofSeconds(60);
    /** Past this many graphs changed, one full read is quicker than reading each. */
    private static final int MAX_GRAPHS_TO_REREAD = 200;
    private static final Query TEXT_QUADS = RemoteConnection.sparql("remote-text-quads.rq");

    private final TrackedStore store;
    private final LuceneText text = LuceneText.inMemory();
    private boolean read;
    private long version;
    private long readAtNanos;

    RemoteText(TrackedStore store) {
        this.store = store;
    }

    <T> T search(Function<IndexSearcher, T> search) {
        bringUpToDate();
        return text.search(search);
    }

    private synchronized void bringUpToDate() {
        // The version is read before the store: a write that ends meanwhile bumps it again.
        long now = store.dataVersion();
        long started = System.nanoTime();
        if (read && now == version && started - readAtNanos < OTHER_WRITERS_TTL.toNanos()) {
            return;
        }
        Optional<Set<String>> changed = read ? store.graphsChangedSince(version) : Optional.empty();
        if (changed.isPresent() && changed.get().size() <= MAX_GRAPHS_TO_REREAD && started - readAtNanos < OTHER_WRITERS_TTL.toNanos()) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            for (String graph : changed.get()) {
                graphs.put(graph, store.graph(graph));
            }
            text.replaceGraphs(graphs);
        } else {
            store.query(TEXT_QUADS, null, b -> b, exec -> {
                RowSet rows = exec.select();
                Iterator<Quad> quads = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public Quad next() {
                        Binding row = rows.next();
                        return Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"));
                    }
                };
                text.rebuild(quads, store.describe(), () -> false);
                return null;
            });
            readAtNanos = started;
        }
        version = now;
        read = true;
    }

    @Override
    public void close() {
        text.close();
    }
}
