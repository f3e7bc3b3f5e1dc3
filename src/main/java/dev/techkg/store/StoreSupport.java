package dev.techkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import dev.techkg.rdf.Vocab;

/**
 * What the embedded and the remote store share: canonical decimals, quad counting, reading a backup with its
 * failures in one message, and the output formats. Stateless.
 */
final class StoreSupport {
    private StoreSupport() {}

    /**
     * TDB2 5.6.0 stores an xsd:decimal in a non-canonical form ("0.80", "1") apart from its canonical
     * value but returns it canonicalised, so such a quad can never be deleted again (apache/jena#3404).
     * Decimals are therefore stored in canonical form, in both stores; the value is unchanged.
     */
    static Node canonicalDecimal(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(node.getLiteralDatatypeURI())) {
            return node;
        }
        try {
            BigDecimal value = new BigDecimal(node.getLiteralLexicalForm().strip()).stripTrailingZeros();
            String lexical = value.scale() <= 0 ? value.setScale(0).toPlainString() + ".0" : value.toPlainString();
            return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return node; // an ill-typed literal is stored as given
        }
    }

    /** The number of quads (or anything) the iterator still has; consumes it. */
    static long count(Iterator<?> quads) {
        long count = 0;
        while (quads.hasNext()) {
            quads.next();
            count++;
        }
        return count;
    }

    /**
     * Wraps a sink so that triples arrive as quads of the default graph and {@code count[0]} counts every quad
     * that passes.
     */
    static StreamRDF counting(StreamRDF destination, long[] count) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }

            @Override
            public void quad(Quad quad) {
                count[0]++;
                super.quad(quad);
            }
        };
    }

    /**
     * Wraps a sink so that triples (and quads of the default graph) go into {@code graphForTriples} as quads,
     * decimals are canonicalised, and {@code count[0]} counts what passes.
     */
    static StreamRDF canonicalQuads(StreamRDF destination, Node graphForTriples, long[] count) {
        return counting(new StreamRDFWrapper(destination) {
            @Override
            public void quad(Quad quad) {
                Node graph = quad.isDefaultGraph() ? graphForTriples : quad.getGraph();
                super.quad(Quad.create(graph, quad.getSubject(), quad.getPredicate(), canonicalDecimal(quad.getObject())));
            }
        }, count);
    }

    /**
     * Writes the quads a source sends as N-Quads, streaming. Does not close {@code out}.
     *
     * @param quads sends every quad to write into the sink it is given
     * @return the number of quads written
     */
    static long writeNQuads(OutputStream out, Consumer<StreamRDF> quads) {
        long[] count = {0};
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        quads.accept(counting(writer, count));
        writer.finish();
        return count[0];
    }

    /**
     * Reads a backup file for a restore: opens it ({@link StrictInput}: gzip or not, a read error is an error)
     * and lets {@code restore} parse it, once, into the sink it chooses. Whatever goes wrong reading or parsing
     * the file becomes one StoreException naming the file and the line, saying that nothing was restored.
     *
     * @param restore given what parses the file into a sink; returns the number of quads restored
     */
    static long restoring(Path file, Lang lang, Function<Consumer<StreamRDF>, Long> restore) {
        StrictInput in = null;
        try (StrictInput opened = StrictInput.open(file)) {
            in = opened;
            return restore.apply(sink -> RDFParser.source(opened).lang(lang).base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink));
        } catch (RiotException e) {
            throw new StoreException("Cannot restore " + file + ": " + e.getMessage() + " (nothing was restored; the store is as it was)", e);
        } catch (UncheckedIOException e) {
            throw new StoreException(Backup.readFailure(file, in, e.getCause()) + " (nothing was restored; the store is as it was)", e);
        } catch (IOException e) {
            throw new StoreException(Backup.readFailure(file, in, e) + " (nothing was restored; the store is as it was)", e);
        }
    }

    /** A load whose file does not parse: nothing of it is stored. */
    static StoreException loadFailure(Path file, RiotException e) {
        return new StoreException("Cannot load " + file + ": " + e.getMessage() + " (nothing was loaded from it)", e);
    }

    /** The format an export in this language is written in: TriG and Turtle in blocks, others as Jena's default. */
    static RDFFormat exportFormat(Lang lang) {
        return lang.equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS : lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS
                : lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_BLOCKS : RDFWriterRegistry.defaultSerialization(lang);
    }

    /**
     * Writes a graph with TechKG's prefixes, as triples or, in a quad language, as the default graph of a
     * dataset. The graph's own prefix mapping is not touched.
     *
     * @param named whether the graph is one named graph (rather than the union), which is not written when empty
     * @return false (and nothing written) for an empty named graph
     */
    static boolean writeGraph(OutputStream out, Graph graph, boolean named, Lang lang) {
        if (named && graph.isEmpty()) {
            return false;
        }
        PrefixMapping prefixes = Vocab.prefixes();
        Graph withPrefixes = new WrappedGraph(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return prefixes;
            }
        };
        if (RDFLanguages.isQuads(lang)) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(withPrefixes), lang);
        } else {
            RDFDataMgr.write(out, withPrefixes, lang);
        }
        return true;
    }
}
