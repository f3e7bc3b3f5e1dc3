package dev.techkg.store;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.update.UpdateRequest;

/**
 * The store's role for reading: SPARQL queries over the union of all named graphs, SPARQL Update, and the
 * named graphs themselves. Thread-safe.
 */
public interface SparqlStore {

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

    /**
     * Runs a SPARQL Update that changes only the named graphs given, in one write transaction: caches then read
     * only those graphs again ({@link ChangeTracking#graphsChangedSince}), where after {@link #update(UpdateRequest)}
     * they read everything. The caller vouches for the graphs; by default this is a plain update.
     */
    default void update(UpdateRequest update, List<String> graphs) {
        update(update);
    }

    /** The names of all graphs. */
    List<String> graphNames();

    /** The triples of one named graph, copied out of the store. */
    Graph graph(String graphIri);
}
