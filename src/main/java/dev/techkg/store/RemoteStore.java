package dev.techkg.store;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A dataset on a SPARQL 1.1 server (Apache Jena Fuseki, GraphDB, Virtuoso, Neptune, Stardog …) used through
 * Jena's {@link RDFLink}: SPARQL Query, SPARQL Update and the Graph Store Protocol, at the dataset URL (as
 * Fuseki offers them) or at three {@link Endpoints} of their own.
 *
 * <p>Queries need the server to show the union of its named graphs as the default graph, as TDB2 does for
 * the embedded store; {@link #connect} checks this with one quad of the store (or, on an empty store, before
 * the first write, with a probe graph it removes again) and fails with what to configure. An article is
 * written with one Graph Store Protocol PUT, an atomic replace of its graph, so workers writing the same
 * article at once leave it stored once. What spans several requests is not atomic: the graphs an article
 * replaces are dropped after its PUT, {@link #putArticles} writes article by article, and {@link #load} and
 * {@link #restore} graph by graph. Thread-safe: every call is its own HTTP request.
 *
 * <p>The HTTP line, the union check and failure messages are in {@link RemoteConnection} and
 * {@link RemoteFailures}; export, load, backup and restore in {@link RemoteDatasetIO}.
 */
public final class RemoteStore extends TrackedStore {
    private static final Query GRAPH_HAS_TRIPLES = RemoteConnection.sparql("remote-graph-has-triples.rq");
    private static final Query GRAPH_NAMES = RemoteConnection.sparql("remote-graph-names.rq");
    private static final Query GRAPHS_WITH_SOURCE = RemoteConnection.sparql("remote-graphs-with-source.rq");

    /**
     * Basic-auth credentials for the remote store.
     *
     * @param user     the user name
     * @param password the password; never shown by {@link #toString()}
     */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    /**
     * Where the three protocols are answered. Fuseki answers all of them at the dataset URL ({@link #at});
     * other servers have one URL each (GraphDB: {@code /repositories/ID}, {@code …/statements},
     * {@code …/rdf-graphs/service}).
     *
     * @param query  the SPARQL Query endpoint; it names the store in messages
     * @param update the SPARQL Update endpoint
     * @param gsp    the Graph Store Protocol endpoint ({@code ?graph=} is added); a GET of it without
     *               parameters that answers N-Quads or TriG is taken as the whole dataset
     */
    public record Endpoints(URI query, URI update, URI gsp) {
        /** All three at the dataset URL. */
        public static Endpoints at(URI dataset) {
            return new Endpoints(dataset, dataset, dataset);
        }
    }

    // Records every write request in this store's change log (TrackedStore) once it is over, succeeded or not.
    private final RemoteConnection remote;
    private final RemoteDatasetIO io;
    private final RemoteText text = new RemoteText(this);

    private RemoteStore(Endpoints endpoints, Credentials credentials) {
        this.remote = RemoteConnection.open(endpoints, credentials, changes());
        this.io = new RemoteDatasetIO(remote);
    }

    /**
     * Connects to the dataset and checks that it answers and shows its named graphs as its default graph.
     *
     * @param dataset     the dataset URL, e.g. {@code http://127.0.0.1:3030/techkg}, answering all three protocols
     * @param credentials basic-auth credentials, or null
     * @throws StoreException with one line saying what is wrong (unreachable, no such dataset, refused login,
     *                        no union default graph) and what to do
     */
    public static RemoteStore connect(URI dataset, Credentials credentials) {
        return connect(Endpoints.at(dataset), credentials);
    }

    /** As {@link #connect(URI, Credentials)}, with an endpoint of its own for each protocol. */
    public static RemoteStore connect(Endpoints endpoints, Credentials credentials) {
        RemoteStore store = new RemoteStore(endpoints, credentials);
        try {
            store.remote.checkUnionOnData();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Override
    public boolean containsGraph(String graphIri) {
        return remote.call("read", () -> {
            try (QueryExec exec = remote.link.newQuery().query(GRAPH_HAS_TRIPLES).substitution("g", NodeFactory.createURI(graphIri)).build()) {
                return exec.ask();
            }
        });
    }

    @Override
    public List<String> graphsWithSource(String source) {
        return remote.call("read", () -> names(remote.link.newQuery().query(GRAPHS_WITH_SOURCE)
                .substitution("source", NodeFactory.createLiteralString(source))));
    }

    /**
     * Writes article by article: each article is one PUT (an atomic replace of its graph), then the graphs it
     * replaces are dropped. Should the store fail between the two, both versions stay until the next ingest of
     * that source or a {@code delete}.
     */
    @Override
    public void putArticles(List<ArticleWrite> writes) {
        remote.ensureUnion();
        for (ArticleWrite write : writes) {
            Graph graph = GraphFactory.createDefaultGraph();
            write.article().graph().find().forEachRemaining(t ->
                    graph.add(Triple.create(t.getSubject(), t.getPredicate(), StoreSupport.canonicalDecimal(t.getObject()))));
            remote.write("write", List.of(write.article().iri()), () -> remote.link.put(NodeFactory.createURI(write.article().iri()), graph));
            List<String> old = write.replacing().stream().filter(iri -> !iri.equals(write.article().iri())).toList();
            if (!old.isEmpty()) {
                drop(old);
            }
        }
    }

    @Override
    public int deleteGraphs(List<String> graphIris) {
        int existing = 0;
        for (String iri : graphIris) {
            if (containsGraph(iri)) {
                existing++;
            }
        }
        drop(graphIris);
        return existing;
    }

    /** Drops the graphs in one update request ({@code DROP SILENT GRAPH}, so a missing graph is no error). */
    private void drop(List<String> graphIris) {
        if (graphIris.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        graphIris.forEach(iri -> request.add(new UpdateDrop(NodeFactory.createURI(iri), true)));
        remote.write("write", graphIris, () -> remote.link.update(request));
    }

    /**
     * Sends the query to the dataset. A dataset description replaces the query's FROM and FROM NAMED clauses
     * (the server resolves them against its own graphs, as Fuseki does). Variables bound by {@code configure}
     * travel as a {@code VALUES} block ({@link RemoteQueryBuilder}). A timeout set by {@code configure}
     * bounds the wait for the answer; when it passes, {@link QueryCancelledException} is thrown, as a local
     * query would.
     */
    @Override
    public <T> T query(Query query, DatasetDescription description, Function<QueryExecBuilder, QueryExecBuilder> configure,
                       Function<QueryExec, T> handler) {
        Query toSend = query;
        if (description != null) {
            toSend = query.cloneQuery();
            toSend.getGraphURIs().clear();
            toSend.getNamedGraphURIs().clear();
            description.getDefaultGraphURIs().forEach(toSend::addGraphURI);
            description.getNamedGraphURIs().forEach(toSend::addNamedGraphURI);
        }
        Query sent = toSend;
        return remote.call("query", () -> {
            try (QueryExec exec = configure.apply(new RemoteQueryBuilder(remote.link.newQuery()).query(sent)).build()) {
                return handler.apply(exec);
            }
        });
    }

    @Override
    public void update(UpdateRequest update) {
        remote.write("update", null, () -> remote.link.update(update));
    }

    @Override
    public void update(UpdateRequest update, List<String> graphs) {
        remote.write("update", List.copyOf(graphs), () -> remote.link.update(update));
    }

    @Override
    public List<String> graphNames() {
        return remote.call("read", () -> names(remote.link.newQuery().query(GRAPH_NAMES)));
    }

    private static List<String> names(QueryExecBuilder builder) {
        // Internal queries bind only whole terms in triple patterns, where Jena's own substitution is exact.
        try (QueryExec exec = builder.build()) {
            List<String> names = new ArrayList<>();
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                Node g = row.get("g");
                if (g != null && g.isURI()) {
                    names.add(g.getURI());
                }
            });
            return names;
        }
    }

    @Override
    public Graph graph(String graphIri) {
        return remote.graph(graphIri);
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        io.export(out, lang);
    }

    /**
     * Parses the whole file first (a syntax error loads nothing), then adds each graph with one Graph Store
     * Protocol POST: each graph arrives whole, but a store failing half-way leaves the graphs sent so far.
     */
    @Override
    public long load(Path file, Lang lang, String graphForTriples) {
        return io.load(file, lang, graphForTriples);
    }

    /**
     * Streams every quad of the server's dataset as N-Quads: one GET of the Graph Store Protocol endpoint (Fuseki
     * answers it from one read transaction), or one query for every quad where the server has no such GET.
     */
    @Override
    public long backup(OutputStream out) {
        return io.backup(out);
    }

    /**
     * Restores graph by graph. The whole file is read through first, so a file that is cut short or does not
     * parse changes nothing; then, with {@code replace}, the dataset is dropped and each run of quads of one graph
     * is added with one request. A store failing half-way leaves the graphs added so far (run the restore again
     * with {@code replace}).
     */
    @Override
    public long restore(Path file, Lang lang, boolean replace) {
        return io.restore(file, lang, replace);
    }

    @Override
    public boolean writeGraph(String graphIri, Lang lang, OutputStream out) {
        return io.writeGraph(graphIri, lang, out);
    }

    /**
     * A SPARQL server may have other clients that write, unseen by this object: {@link #graphsChangedSince} names
     * the graphs this object's article writes and deletes changed (each request is recorded on its own), and is
     * empty after an update, load or restore.
     */
    @Override
    public boolean hasOtherWriters() {
        return true;
    }

    @Override
    public String describe() {
        return remote.describe();
    }

    /** {@inheritDoc} An index in memory: see {@link RemoteText} for how it follows the store. */
    @Override
    public <T> T searchText(Function<org.apache.lucene.search.IndexSearcher, T> search) {
        return text.search(search);
    }

    @Override
    public void close() {
        try {
            text.close();
        } finally {
            remote.close();
        }
    }
}
