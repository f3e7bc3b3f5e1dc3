package dev.techkg.store;

import dev.techkg.rdf.Vocab;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * The {@link DatasetTransfer} role of {@link RemoteStore}: export, load, backup, restore and writing a graph,
 * over its {@link RemoteConnection}. What spans several requests is not atomic: {@link #load} and
 * {@link #restore} send graph by graph (each method says what a failure half-way leaves). Thread-safe.
 */
final class RemoteDatasetIO implements DatasetTransfer {
    private static final Query ANY_QUAD = RemoteConnection.sparql("remote-any-quad.rq");
    private static final Query UNION = RemoteConnection.sparql("remote-union.rq");
    private static final Query ALL_QUADS = RemoteConnection.sparql("remote-all-quads.rq");

    private final RemoteConnection remote;

    RemoteDatasetIO(RemoteConnection remote) {
        this.remote = remote;
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        if (lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, StoreSupport.exportFormat(lang));
            writer.start();
            Vocab.prefixes().getNsPrefixMap().forEach(writer::prefix);
            streamDataset(writer);
            writer.finish();
        } else if (RDFLanguages.isQuads(lang)) {
            DatasetGraph copy = DatasetGraphFactory.create();
            streamDataset(StreamRDFLib.dataset(copy));
            copy.prefixes().putAll(Vocab.prefixes().getNsPrefixMap());
            RDFDataMgr.write(out, copy, lang);
        } else {
            Graph union = union();
            union.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
            RDFDataMgr.write(out, union, StoreSupport.exportFormat(lang));
        }
    }

    /** The union of all named graphs, which the server shows as its default graph. */
    private Graph union() {
        return remote.call("read", () -> {
            try (QueryExec exec = remote.link.newQuery().query(UNION).build()) {
                Graph graph = GraphFactory.createDefaultGraph();
                exec.constructTriples().forEachRemaining(graph::add);
                return graph;
            }
        });
    }

    /** Parses the whole file into one graph per name first, then sends each with one Graph Store Protocol POST. */
    @Override
    public long load(Path file, Lang lang, String graphForTriples) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        long[] count = {0};
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(
                    StoreSupport.canonicalQuads(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            graphs.computeIfAbsent(quad.getGraph(), n -> GraphFactory.createDefaultGraph()).add(quad.asTriple());
                        }
                    }, NodeFactory.createURI(graphForTriples), count));
        } catch (RiotException e) {
            throw StoreSupport.loadFailure(file, e);
        }
        remote.ensureUnion();
        graphs.forEach((name, graph) -> remote.write("write", null, () -> remote.link.load(name, graph)));
        return count[0];
    }

    /** Streams every quad of the server's dataset as N-Quads (see {@link #streamDataset}). */
    @Override
    public long backup(OutputStream out) {
        return StoreSupport.writeNQuads(out, this::streamDataset);
    }

    /**
     * Sends every quad of the dataset to the sink: one GET of the Graph Store Protocol endpoint asking for
     * N-Quads (Fuseki answers it from one read transaction, streaming). A server that does not answer that
     * with quads is asked one streaming query for every quad of every named graph instead.
     */
    private void streamDataset(StreamRDF sink) {
        HttpRequest request = HttpRequest.newBuilder(remote.endpoints.gsp())
                .header("Accept", WebContent.contentTypeNQuads + ", " + WebContent.contentTypeTriG + ";q=0.9").GET().build();
        boolean streamed = remote.call("read", () -> {
            HttpResponse<InputStream> response;
            try {
                response = remote.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while reading " + remote.dataset);
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
            remote.call("read", () -> {
                try (QueryExec exec = remote.link.newQuery().query(ALL_QUADS).build()) {
                    exec.select().forEachRemaining(row ->
                            sink.quad(Quad.create(row.get("g"), row.get("s"), row.get("p"), row.get("o"))));
                }
                return null;
            });
        }
    }

    /**
     * Reads the file through once (a broken file changes nothing), checks or drops ({@code DROP ALL}) what the
     * store holds, then reads it again sending each run of quads of one graph with one Graph Store Protocol POST.
     */
    @Override
    public long restore(Path file, Lang lang, boolean replace) {
        StoreSupport.restoring(file, lang, parse -> {
            parse.accept(new StreamRDFBase());
            return 0L;
        });
        if (!replace && remote.call("read", () -> {
            try (QueryExec exec = remote.link.newQuery().query(ANY_QUAD).build()) {
                return exec.ask();
            }
        })) {
            throw new StoreException("Cannot restore " + file + " into " + remote.describe() + ": the store is not empty; nothing was restored");
        }
        remote.ensureUnion();
        if (replace) {
            remote.write("update", null, () -> remote.link.update(new UpdateRequest(new UpdateDrop(Target.ALL, true))));
        }
        GraphRuns runs = new GraphRuns();
        long quads = StoreSupport.restoring(file, lang, parse -> {
            long[] count = {0};
            parse.accept(StoreSupport.canonicalQuads(runs, Quad.defaultGraphIRI, count));
            return count[0];
        });
        runs.flush();
        return quads;
    }

    /** Sends each run of quads of one graph (the default graph too) with one Graph Store Protocol POST. */
    private final class GraphRuns extends StreamRDFBase {
        private Node current;
        private Graph buffer = GraphFactory.createDefaultGraph();

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(current)) {
                flush();
                current = quad.getGraph();
            }
            buffer.add(quad.asTriple());
        }

        void flush() {
            if (current != null && !buffer.isEmpty()) {
                Node name = current;
                Graph graph = buffer;
                remote.write("write", null, () -> {
                    if (Quad.isDefaultGraph(name)) {
                        remote.link.load(graph);
                    } else {
                        remote.link.load(name, graph);
                    }
                });
            }
            buffer = GraphFactory.createDefaultGraph();
        }
    }

    @Override
    public boolean writeGraph(String graphIri, Lang lang, OutputStream out) {
        return StoreSupport.writeGraph(out, graphIri == null ? union() : remote.graph(graphIri), graphIri != null, lang);
    }
}
