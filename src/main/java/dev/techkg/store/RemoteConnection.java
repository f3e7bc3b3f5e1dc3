package dev.techkg.store;

import dev.techkg.Resources;
import dev.techkg.store.RemoteStore.Credentials;
import dev.techkg.store.RemoteStore.Endpoints;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * The line to a SPARQL server that {@link RemoteStore} and {@link RemoteDatasetIO} share: Jena's {@link RDFLink}
 * and the HTTP client behind it, every exchange run through {@link RemoteFailures}, every write request recorded
 * in the store's {@link ChangeLog}, and the check that the server shows its named graphs as its default graph.
 * Thread-safe: every call is its own HTTP request.
 */
final class RemoteConnection implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Query ANY_NAMED_QUAD = sparql("remote-any-named-quad.rq");
    private static final Query IN_DEFAULT_GRAPH = sparql("remote-in-default-graph.rq");

    /** A query from the {@code .rq} resources of this package, parsed once. */
    static Query sparql(String name) {
        return QueryFactory.create(Resources.text(RemoteConnection.class, name), Syntax.syntaxSPARQL_11);
    }

    final URI dataset;
    final Endpoints endpoints;
    final HttpClient http;
    final RDFLink link;
    private final RemoteFailures failures;
    private final ChangeLog changes;
    private volatile boolean unionVerified;

    private RemoteConnection(Endpoints endpoints, HttpClient http, ChangeLog changes) {
        this.dataset = endpoints.query();
        this.endpoints = endpoints;
        this.http = http;
        this.link = RDFLinkHTTP.newBuilder().httpClient(http).queryEndpoint(endpoints.query().toString())
                .updateEndpoint(endpoints.update().toString()).gspEndpoint(endpoints.gsp().toString())
                .quadsFormat(RDFFormat.NQUADS).triplesFormat(RDFFormat.NTRIPLES).build();
        this.failures = new RemoteFailures(endpoints, CONNECT_TIMEOUT);
        this.changes = changes;
    }

    /**
     * A connection to the endpoints; nothing is sent yet.
     *
     * @param credentials basic-auth credentials, or null
     * @param changes     where write requests are recorded
     */
    static RemoteConnection open(Endpoints endpoints, Credentials credentials, ChangeLog changes) {
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
        return new RemoteConnection(endpoints, client.build(), changes);
    }

    /**
     * Runs one exchange with the server; what goes wrong on the way becomes one line ({@link RemoteFailures}).
     *
     * @param action what was being done, for the message: read, write, query, update
     */
    <T> T call(String action, Supplier<T> exchange) {
        return failures.call(action, exchange);
    }

    /**
     * Sends one write request, as {@link #call} does, and records it in the change log once it is over, whether it
     * succeeded or not (a failed request may still have changed something).
     *
     * @param graphs the graphs it changes at most, or null when it may change any (an update, a load)
     */
    void write(String action, List<String> graphs, Runnable request) {
        changes.recording(graphs, () -> call(action, () -> {
            request.run();
            return null;
        }));
    }

    /** Checks the union default graph with one quad of the store; an empty store is checked at the first write. */
    void checkUnionOnData() {
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
        requireUnion(Triple.create(row.get("s"), row.get("p"), row.get("o")));
        unionVerified = true;
    }

    /** Before the first write to a store that was empty at connect time: a probe graph, removed again. */
    void ensureUnion() {
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
            write("write", List.of(probe.getURI()), () -> link.put(probe, graph));
            try {
                requireUnion(triple);
            } finally {
                write("write", List.of(probe.getURI()), () -> link.update(new UpdateRequest(new UpdateDrop(probe, true))));
            }
            unionVerified = true;
        }
    }

    /** The one union check: a triple of a named graph must show in the default graph, else the store is refused. */
    private void requireUnion(Triple inNamedGraph) {
        boolean visible = call("read", () -> {
            try (QueryExec exec = link.newQuery().query(IN_DEFAULT_GRAPH).substitution("s", inNamedGraph.getSubject())
                    .substitution("p", inNamedGraph.getPredicate()).substitution("o", inNamedGraph.getObject()).build()) {
                return exec.ask();
            }
        });
        if (!visible) {
            throw new StoreException("The SPARQL store at " + dataset + " does not show its named graphs as its default graph, which "
                    + "TechKG's queries need: for Fuseki with TDB2 add 'tdb2:unionDefaultGraph true' to the dataset in its configuration; "
                    + "for Stardog set query.all.graphs=true; GraphDB, Virtuoso and Neptune do this by default (see README, Remote stores)");
        }
    }

    /** A copy of one named graph, by a Graph Store Protocol GET; empty when there is no such graph. */
    Graph graph(String graphIri) {
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

    /** Where the store is, for messages. */
    String describe() {
        return "SPARQL store " + dataset;
    }

    @Override
    public void close() {
        link.close();
    }
}
