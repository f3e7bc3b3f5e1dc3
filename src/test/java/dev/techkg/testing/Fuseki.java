package dev.techkg.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A real Apache Jena Fuseki server for tests, on a free port of 127.0.0.1 only, serving one in-memory TDB2
 * dataset at {@code /ds} (query, update and Graph Store Protocol at the dataset URL). Configured as the README
 * asks of a remote store: the union of the named graphs is the default graph, and queries stop on the server
 * after 10 s.
 */
public final class Fuseki implements AutoCloseable {
    private final FusekiServer server;
    private final DatasetGraph dataset;

    private Fuseki(FusekiServer server, DatasetGraph dataset) {
        this.server = server;
        this.dataset = dataset;
    }

    /** Fuseki as TechKG needs it: union default graph on. */
    public static Fuseki start() {
        return start(true, null, null);
    }

    /** Fuseki whose default graph is only its own (unnamed) graph, as Fuseki's default configuration is. */
    public static Fuseki startWithoutUnionDefaultGraph() {
        return start(false, null, null);
    }

    /** Fuseki that asks for HTTP basic authentication of this one user. */
    public static Fuseki startWithLogin(Path folder, String user, String password) throws java.io.IOException {
        Path passwords = Files.writeString(folder.resolve("passwd"), user + ": " + password + "\n");
        return start(true, passwords, user);
    }

    private static Fuseki start(boolean union, Path passwords, String user) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        if (union) {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        dataset.getContext().set(ARQ.queryTimeout, "10000");
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(0).add("/ds", dataset);
        if (passwords != null) {
            builder.passwordFile(passwords.toString()).serverAuthPolicy(Auth.policyAllowSpecific(user));
        }
        return new Fuseki(builder.build().start(), dataset);
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:41234/ds}. */
    public String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds";
    }

    /** The dataset Fuseki serves, for checks behind the server's back. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
    }
}
