package dev.techkg.store;

import dev.techkg.rdf.ArticleGraph;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * A quad store holding one named graph per article. Queries see the union of all named graphs as their
 * default graph. Implementations are thread-safe: many readers, one writer at a time.
 *
 * <p>Two implementations: {@link Tdb2Store}, embedded, where every method is one transaction; and
 * {@link RemoteStore}, a SPARQL server over HTTP, where every article is still written atomically but
 * operations that span several requests ({@link #putArticles}, replacing, {@link #load}, {@link #restore})
 * are not; each method's documentation there says how.
 */
public interface GraphStore extends AutoCloseable {

    /** Whether a graph with this name exists. */
    boolean containsGraph(String graphIri);

    /** The article graphs whose article has this {@code dcterms:source}. */
    List<String> graphsWithSource(String source);

    /**
     * Atomically stores an article graph, dropping the graphs it replaces (an earlier version of the same
     * source) in the same transaction.
     */
    void putArticle(ArticleGraph article, List<String> replacing);

    /** One article graph to store, with the graphs it replaces. */
    record ArticleWrite(ArticleGraph article, List<String> replacing) {}

    /**
     * Stores several articles in one transaction (one commit, one sync to disk): all or none of them, in the
     * embedded store; one article at a time in a remote store. Each replaces its own earlier versions, as
     * {@link #putArticle} does.
     */
    void putArticles(List<ArticleWrite> writes);

    /** Drops the named graphs; returns how many existed. */
    int deleteGraphs(List<String> graphIris);

    /**
     * Runs a query in a read transaction. Without a dataset description (and without FROM clauses in the
     * query) the default graph is the union of all named graphs; with one, the dataset is exactly the
     * described graphs (an unknown graph is empty). A description given here replaces the query's FROM
     * clauses, as the SPARQL Protocol's default-graph-uri and named-graph-uri do. FROM never reads anything
     * but the store's own graphs.
     *
     * @param dataset   the graphs to query, or null
     * @param configure sets substitutions or a timeout on the builder before it is built; may be identity
     * @param handler   consumes the execution (results are only valid inside it)
     */
    <T> T query(Query query, DatasetDescription dataset, Function<QueryExecBuilder, QueryExecBuilder> configure,
                Function<QueryExec, T> handler);

    /** Runs a SPARQL Update in one write transaction. */
    void update(UpdateRequest update);

    /** Writes every named graph (quad formats) or their union (triple formats) in the given language. */
    void export(OutputStream out, Lang lang);

    /**
     * Loads an RDF file as-is: quads into their graphs, and, for triple formats, triples into
     * {@code graphForTriples}.
     *
     * @return the number of quads loaded
     */
    long load(Path file, Lang lang, String graphForTriples);

    /**
     * Writes every quad of the store (every named graph, and the default graph should it hold any) as N-Quads,
     * streaming from one read transaction: the output is a consistent snapshot even while writers commit, and
     * the dataset is never held in memory. Does not close {@code out}. See {@link Backup} for the file format.
     *
     * @return the number of quads written
     */
    long backup(OutputStream out);

    /**
     * Restores a backup: N-Quads or TriG, gzip-compressed or not, loaded as-is (quads into their graphs,
     * triples into the default graph) in one write transaction. On any error nothing changes.
     *
     * @param replace whether to drop everything in the store first, in the same transaction; when false, a
     *                store that holds any quad is refused
     * @return the number of quads loaded
     * @throws StoreException when the store is not empty and {@code replace} is false, or when the file cannot
     *                        be read or does not parse (the message names the file and the line)
     */
    long restore(Path file, Lang lang, boolean replace);

    /**
     * Writes one named graph, or with a null name the union of all, in a triple or quad language, streaming
     * inside a read transaction.
     *
     * @return false (and nothing written) when the named graph does not exist
     */
    boolean writeGraph(String graphIri, Lang lang, OutputStream out);

    /** The names of all graphs. */
    List<String> graphNames();

    /** The triples of one named graph, copied out of the store. */
    org.apache.jena.graph.Graph graph(String graphIri);

    /**
     * A number that changes after every write made through this object (ingest, delete, update, load, restore)
     * is over, so caches of what the store holds can tell when to refresh without reading the store. Cheap and
     * thread-safe. A cache that read the version before reading the store never misses a write that was over by
     * then.
     */
    long dataVersion();

    /**
     * The named graphs that writes through this object changed after the data version {@code version}, so a cache
     * can read only those again; empty when that is not known (an update, load or restore may have changed any
     * graph, or the version is too old to be remembered).
     */
    Optional<Set<String>> graphsChangedSince(long version);

    /**
     * Whether others (another process, another machine) may change the data without {@link #dataVersion()}
     * changing: then caches must also expire by time.
     */
    boolean hasOtherWriters();

    /** Where the store is, for messages. */
    String describe();

    @Override
    void close();
}
