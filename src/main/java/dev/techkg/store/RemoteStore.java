package dev.techkg.store;

import dev.techkg.Resources;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.Vocab;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.Target;
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
 */
public final class RemoteStore implements GraphStore {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Query ANY_NAMED_QUAD = load("remote-any-named-quad.rq");
    private static final Query IN_DEFAULT_GRAPH = load("remote-in-default-graph.rq");
    private static final Query GRAPH_HAS_TRIPLES = load("remote-graph-has-triples.rq");
    private static final Query ANY_QUAD = load("remote-any-quad.rq");
    private static final Query GRAPH_NAMES = load("remote-graph-names.rq");
    private static final Query GRAPHS_WITH_SOURCE = load("remote-graphs-with-source.rq");
    private static final Query UNION = load("remote-union.rq");
    private static final Query ALL_QUADS = load("remote-all-quads.rq");

    /** A query from the {@code .rq} resources beside this class, parsed once. */
    private static Query load(String name) {
        return QueryFactory.create(Resources.text(RemoteStore.class, name), Syntax.syntaxSPARQL_11);
    }

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

    private final URI dataset;
    private final Endpoints endpoints;
    private final HttpClient http;
    private final RDFLink link;
    private volatile boolean unionVerified;
    // Records every write request through this object once it is over, whether it succeeded or not, with the graphs it
    // changed when they are known (article writes and deletes).
    private final ChangeLog changes = new ChangeLog();

    private RemoteStore(Endpoints endpoints, HttpClient http) {
        this.dataset = endpoints.query();
        this.endpoints = endpoints;
        this.http = http;
        this.link = RDFLinkHTTP.newBuilder().httpClient(http).queryEndpoint(endpoints.query().toString())
                .updateEndpoint(endpoints.update().toString()).gspEndpoint(endpoints.gsp().toString())
                .quadsFormat(RDFFormat.NQUADS).triplesFormat(RDFFormat.NTRIPLES).build();
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
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (credentials != null) {
            client.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(credentials.user(), credentials.password().toCharArray());
                }
            });
        }
        RemoteStore store = new RemoteStore(endpoints, client.build());
        try {
            store.checkUnionOnData();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Checks the union default graph with one quad of the store; an empty store is checked at the first write. */
    private void checkUnionOnData() {
        List<Binding> sample = call("read", () -> {
            try (QueryExec exec = link.newQuery().query(ANY_NAMED_QUAD).build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
        if (sample.isEmpty()) {
            return;
        }
        Binding row = sample.get(0);
        boolean visible = call("read", () -> {
            try (QueryExec exec = link.newQuery().query(IN_DEFAULT_GRAPH).substitution(row).build()) {
                return exec.ask();
            }
        });
        if (!visible) {
            throw new StoreException(noUnionMessage());
        }
        unionVerified = true;
    }

    /** Before the first write to a store that was empty at connect time: a probe graph, removed again. */
    private void ensureUnion() {
        if (unionVerified) {
            return;
        }
        synchronized (this) {
            if (unionVerified) {
                return;
            }
            Node probe = NodeFactory.createURI("urn:techkg:union-probe:" + UUID.randomUUID());
            Triple triple = Triple.create(probe, NodeFactory.createURI("urn:techkg:probe"), NodeFactory.createLiteralString("probe"));
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(triple);
            write(List.of(probe.getURI()), () -> link.put(probe, graph));
            boolean visible;
            try {
                visible = call("read", () -> {
                    try (QueryExec exec = link.newQuery().query(IN_DEFAULT_GRAPH).substitution("s", triple.getSubject())
                            .substitution("p", triple.getPredicate()).substitution("o", triple.getObject()).build()) {
                        return exec.ask();
                    }
                });
            } finally {
                write(List.of(probe.getURI()), () -> link.update(new UpdateRequest(new UpdateDrop(probe, true))));
            }
            if (!visible) {
                throw new StoreException(noUnionMessage());
            }
            unionVerified = true;
        }
    }

    private String noUnionMessage() {
        return "The SPARQL store at " + dataset + " does not show its named graphs as its default graph, which TechKG's "
                + "queries need: for Fuseki with TDB2 add 'tdb2:unionDefaultGraph true' to the dataset in its configuration; "
                + "for Stardog set query.all.graphs=true; GraphDB, Virtuoso and Neptune do this by default (see README, Remote stores)";
    }

    @Override
    public boolean containsGraph(String graphIri) {
        return call("read", () -> {
            try (QueryExec exec = link.newQuery().query(GRAPH_HAS_TRIPLES).substitution("g", NodeFactory.createURI(graphIri)).build()) {
                return exec.ask();
            }
        });
    }

    @Override
    public List<String> graphsWithSource(String source) {
        return call("read", () -> names(link.newQuery().query(GRAPHS_WITH_SOURCE)
                .substitution("source", NodeFactory.createLiteralString(source))));
    }

    @Override
    public void putArticle(ArticleGraph article, List<String> replacing) {
        putArticles(List.of(new ArticleWrite(article, replacing)));
    }

    /**
     * Writes article by article: each article is one PUT (an atomic replace of its graph), then the graphs it
     * replaces are dropped. Should the store fail between the two, both versions stay until the next ingest of
     * that source or a {@code delete}.
     */
    @Override
    public void putArticles(List<ArticleWrite> writes) {
        ensureUnion();
        for (ArticleWrite write : writes) {
            Graph graph = GraphFactory.createDefaultGraph();
            write.article().graph().find().forEachRemaining(t ->
                    graph.add(Triple.create(t.getSubject(), t.getPredicate(), Tdb2Store.canonicalDecimal(t.getObject()))));
            write(List.of(write.article().iri()), () -> link.put(NodeFactory.createURI(write.article().iri()), graph));
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
        write(graphIris, () -> link.update(request));
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
        return call("query", () -> {
            try (QueryExec exec = configure.apply(new RemoteQueryBuilder(link.newQuery()).query(sent)).build()) {
                return handler.apply(exec);
            }
        });
    }

    @Override
    public void update(UpdateRequest update) {
        write("update", null, () -> link.update(update));
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        if (RDFLanguages.isQuads(lang)) {
            RDFFormat format = lang.equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS : lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : null;
            if (format != null) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                writer.start();
                Vocab.prefixes().getNsPrefixMap().forEach(writer::prefix);
                streamDataset(writer);
                writer.finish();
            } else {
                DatasetGraph copy = DatasetGraphFactory.create();
                streamDataset(StreamRDFLib.dataset(copy));
                copy.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
                RDFDataMgr.write(out, copy, lang);
            }
        } else {
            Graph union = union();
            union.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
            RDFDataMgr.write(out, union, lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_BLOCKS : RDFWriterRegistry.defaultSerialization(lang));
        }
    }

    /** The union of all named graphs, which the server shows as its default graph. */
    private Graph union() {
        return call("read", () -> {
            try (QueryExec exec = link.newQuery().query(UNION).build()) {
                Graph graph = GraphFactory.createDefaultGraph();
                exec.constructTriples().forEachRemaining(graph::add);
                return graph;
            }
        });
    }

    /**
     * Parses the whole file first (a syntax error loads nothing), then adds each graph with one Graph Store
     * Protocol POST: each graph arrives whole, but a store failing half-way leaves the graphs sent so far.
     */
    @Override
    public long load(Path file, Lang lang, String graphForTriples) {
        Node triplesGraph = NodeFactory.createURI(graphForTriples);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        long[] count = {0};
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    Node name = quad.isDefaultGraph() ? triplesGraph : quad.getGraph();
                    graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph())
                            .add(Triple.create(quad.getSubject(), quad.getPredicate(), Tdb2Store.canonicalDecimal(quad.getObject())));
                    count[0]++;
                }

                @Override
                public void triple(Triple triple) {
                    quad(Quad.create(Quad.defaultGraphIRI, triple));
                }
            });
        } catch (RiotException e) {
            throw new StoreException("Cannot load " + file + ": " + e.getMessage() + " (nothing was loaded from it)", e);
        }
        ensureUnion();
        graphs.forEach((name, graph) -> write(null, () -> link.load(name, graph)));
        return count[0];
    }

    /** Streams every quad of the server's dataset as N-Quads (see {@link #streamDataset}). */
    @Override
    public long backup(OutputStream out) {
        long[] count = {0};
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        streamDataset(new org.apache.jena.riot.system.StreamRDFWrapper(writer) {
            @Override
            public void quad(Quad quad) {
                count[0]++;
                super.quad(quad);
            }

            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        });
        writer.finish();
        return count[0];
    }

    /**
     * Sends every quad of the dataset to the sink: one GET of the Graph Store Protocol endpoint asking for
     * N-Quads (Fuseki answers it from one read transaction, streaming). A server that does not answer that
     * with quads is asked one streaming query for every quad of every named graph instead.
     */
    private void streamDataset(StreamRDF sink) {
        HttpRequest request = HttpRequest.newBuilder(endpoints.gsp())
                .header("Accept", WebContent.contentTypeNQuads + ", " + WebContent.contentTypeTriG + ";q=0.9").GET().build();
        boolean streamed = call("read", () -> {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while reading " + dataset);
            }
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                Lang lang = RDFLanguages.contentTypeToLang(response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
                if (status == 401 || status == 403 || status >= 500 || (status == 200 && lang == null)) {
                    throw new HttpException(status, null, new String(body.readNBytes(500), StandardCharsets.UTF_8));
                }
                if (status != 200 || !RDFLanguages.isQuads(lang)) {
                    return false; // no dataset GET here (or only the default graph): use a query
                }
                RDFParser.source(body).lang(lang).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        sink.quad(quad);
                    }

                    @Override
                    public void triple(Triple triple) {
                        sink.triple(triple);
                    }
                });
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!streamed) {
            call("read", () -> {
                try (QueryExec exec = link.newQuery().query(ALL_QUADS).build()) {
                    exec.select().forEachRemaining(row ->
                            sink.quad(Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"))));
                }
                return null;
            });
        }
    }

    /**
     * Restores graph by graph. The whole file is read through first, so a file that is cut short or does not
     * parse changes nothing; then, with {@code replace}, the dataset is dropped ({@code DROP ALL}) and each run
     * of quads of one graph is added with one Graph Store Protocol POST. A store failing half-way leaves the
     * graphs added so far (run the restore again with {@code replace}).
     */
    @Override
    public long restore(Path file, Lang lang, boolean replace) {
        readThrough(file, lang, new StreamRDFBase());
        if (!replace && call("read", () -> {
            try (QueryExec exec = link.newQuery().query(ANY_QUAD).build()) {
                return exec.ask();
            }
        })) {
            throw new StoreException("Cannot restore " + file + " into " + describe() + ": the store is not empty; nothing was restored");
        }
        ensureUnion();
        if (replace) {
            update(new UpdateRequest(new UpdateDrop(Target.ALL, true)));
        }
        long[] count = {0};
        Node[] current = {null};
        Graph[] buffer = {GraphFactory.createDefaultGraph()};
        Runnable flush = () -> {
            if (current[0] != null && !buffer[0].isEmpty()) {
                Node name = current[0];
                Graph graph = buffer[0];
                write(null, () -> {
                    if (Quad.isDefaultGraph(name)) {
                        link.load(graph);
                    } else {
                        link.load(name, graph);
                    }
                });
            }
            buffer[0] = GraphFactory.createDefaultGraph();
        };
        readThrough(file, lang, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                Node graph = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
                if (!graph.equals(current[0])) {
                    flush.run();
                    current[0] = graph;
                }
                buffer[0].add(Triple.create(quad.getSubject(), quad.getPredicate(), Tdb2Store.canonicalDecimal(quad.getObject())));
                count[0]++;
            }

            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        });
        flush.run();
        return count[0];
    }

    /** Parses a backup file through to its end into the sink; a broken file is a StoreException naming file and line. */
    private static void readThrough(Path file, Lang lang, StreamRDF sink) {
        StrictInput in = null;
        try (StrictInput opened = StrictInput.open(file)) {
            in = opened;
            RDFParser.source(opened).lang(lang).base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
        } catch (RiotException e) {
            throw new StoreException("Cannot restore " + file + ": " + e.getMessage() + " (nothing was restored; the store is as it was)", e);
        } catch (UncheckedIOException e) {
            throw new StoreException(Backup.readFailure(file, in, e.getCause()) + " (nothing was restored; the store is as it was)", e);
        } catch (IOException e) {
            throw new StoreException(Backup.readFailure(file, in, e) + " (nothing was restored; the store is as it was)", e);
        }
    }

    @Override
    public boolean writeGraph(String graphIri, Lang lang, OutputStream out) {
        Graph graph = graphIri == null ? union() : graph(graphIri);
        if (graphIri != null && graph.isEmpty()) {
            return false;
        }
        PrefixMapping prefixes = Vocab.prefixes();
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), lang);
        } else {
            RDFDataMgr.write(out, graph, lang);
        }
        return true;
    }

    @Override
    public List<String> graphNames() {
        return call("read", () -> names(link.newQuery().query(GRAPH_NAMES)));
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
        return call("read", () -> {
            try {
                Graph copy = GraphFactory.createDefaultGraph();
                link.get(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
                return copy;
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) {
                    return GraphFactory.createDefaultGraph(); // the Graph Store Protocol's answer for no such graph
                }
                throw e;
            }
        });
    }

    @Override
    public String describe() {
        return "SPARQL store " + dataset;
    }

    @Override
    public void close() {
        link.close();
    }

    /**
     * Runs one exchange with the server, turning what went wrong on the way into one line: the server cannot be
     * reached, has no such dataset, refuses the login, or answered with an error. A timeout of a query becomes
     * {@link QueryCancelledException}, as for the embedded store. Other exceptions pass unchanged.
     *
     * @param action what was being done, for the message: read, write, query, update
     */
    private <T> T call(String action, Supplier<T> exchange) {
        return exchange(action, exchange);
    }

    /** One write request that changes (at most) these graphs, or any graph when null; see {@link #write(String, List, Runnable)}. */
    private void write(List<String> graphs, Runnable request) {
        write("write", graphs, request);
    }

    /**
     * Sends one write request, as {@link #call} does, and records it in the change log once it is over, whether it
     * succeeded or not (a failed request may still have changed something).
     *
     * @param graphs the graphs it changes at most, or null when it may change any (an update, a load)
     */
    private void write(String action, List<String> graphs, Runnable request) {
        changes.recording(graphs, () -> call(action, () -> {
            request.run();
            return null;
        }));
    }

    @Override
    public long dataVersion() {
        return changes.version();
    }

    /**
     * The graphs this object's article writes and deletes changed (each request is recorded on its own); empty after an
     * update, load or restore. Writes by other clients of the server are not seen here: see {@link #hasOtherWriters()}.
     */
    @Override
    public Optional<Set<String>> graphsChangedSince(long version) {
        return changes.changedSince(version);
    }

    /** A SPARQL server may have other clients that write, unseen by this object. */
    @Override
    public boolean hasOtherWriters() {
        return true;
    }

    private <T> T exchange(String action, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw failure(action, e.getStatusCode(), e.getCause() instanceof HttpException http ? http.getResponse() : e.getResponseMessage(), e);
        } catch (HttpException e) {
            throw failure(action, e.getStatusCode(), e.getResponse(), e);
        } catch (UncheckedIOException e) {
            throw failure(action, -1, null, e);
        }
    }

    private RuntimeException failure(String action, int status, String body, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException) {
                return new StoreUnavailableException("The SPARQL store at " + dataset + " did not accept a connection within "
                        + CONNECT_TIMEOUT.toSeconds() + " s (is the address in --store right, and the server up?)", e);
            }
            if (cause instanceof HttpTimeoutException) {
                return new QueryCancelledException();
            }
            if (cause instanceof ConnectException) {
                return new StoreUnavailableException("Cannot connect to the SPARQL store at " + dataset
                        + ": connection refused (is the server running, and the host and port in --store right?)", e);
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new StoreUnavailableException("Cannot connect to the SPARQL store at " + dataset
                        + ": unknown host '" + dataset.getHost() + "' (check --store)", e);
            }
        }
        if (status == 401 || status == 403) {
            return new StoreException("The SPARQL store at " + dataset + " refused the " + action + " (HTTP " + status
                    + (status == 401 ? " Unauthorized" : " Forbidden") + "): set $TECHKG_STORE_USER and $TECHKG_STORE_PASSWORD "
                    + "to an account that may " + action + " this dataset", e);
        }
        if (status == 404 && endpoints.equals(Endpoints.at(dataset))) {
            return new StoreException("No SPARQL dataset at " + dataset + " (HTTP 404): check the dataset name in --store"
                    + " (a Fuseki dataset is http://HOST:3030/NAME)", e);
        }
        if (status == 404) {
            return new StoreException("An endpoint of the SPARQL store answered HTTP 404 to a " + action + ": check --store (" + endpoints.query()
                    + "), $TECHKG_STORE_UPDATE_URL (" + endpoints.update() + ") and $TECHKG_STORE_GSP_URL (" + endpoints.gsp() + ")", e);
        }
        if (status > 0 && status < 500) {
            String detail = firstLine(body);
            return new StoreException("The SPARQL store at " + dataset + " refused a " + action + " (HTTP " + status + ")"
                    + (detail.isEmpty() ? "" : ": " + detail), e);
        }
        if (status > 0) {
            String detail = firstLine(body);
            return new StoreUnavailableException("The SPARQL store at " + dataset + " answered HTTP " + status + " to a " + action
                    + (detail.isEmpty() ? "" : ": " + detail), e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        return new StoreUnavailableException("The " + action + " at the SPARQL store " + dataset + " failed: " + reason, e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
