package dev.techkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * How {@link SparqlService} writes an answer: its media type, and the writer for the query's form. Chosen before
 * the query runs: by media type for the SPARQL Protocol ({@link #of}), by name on the command line
 * ({@link ResultFormat#writerFor}). A format serves SELECT and ASK, or CONSTRUCT and DESCRIBE, or both; the writers
 * of forms it does not serve fail. Immutable.
 */
public sealed interface AnswerFormat permits AnswerFormat.Standard, AnswerFormat.TextTable, AnswerFormat.WholeGraph {
    /** The media type of the answer. */
    String mediaType();

    /** Writes a SELECT query's rows, reading them to the end. */
    default void writeRows(OutputStream out, Query query, RowSet rows) {
        throw new IllegalStateException(this + " writes no rows");
    }

    /** Writes an ASK query's answer. */
    default void writeBoolean(OutputStream out, boolean answer) {
        throw new IllegalStateException(this + " writes no boolean");
    }

    /** Writes a CONSTRUCT or DESCRIBE query's triples, with the graph's prefixes (the query's). */
    default void writeGraph(OutputStream out, Graph graph) {
        throw new IllegalStateException(this + " writes no graph");
    }

    /**
     * A format of the SPARQL Protocol, by Jena's writers.
     *
     * @param lang a results language for SELECT and ASK, an RDF language for CONSTRUCT and DESCRIBE
     */
    static AnswerFormat of(String mediaType, Lang lang) {
        return new Standard(mediaType, lang);
    }

    /**
     * A format for people at a terminal: SELECT rows as a text table, IRIs shortened by the query's prefixes; ASK as
     * {@code yes} or {@code no}; graphs as {@code graphs} writes them.
     */
    static AnswerFormat textTable(AnswerFormat graphs) {
        return new TextTable(graphs);
    }

    /** A format for CONSTRUCT and DESCRIBE answers written whole, in this RDF format (pretty Turtle, JSON-LD 1.1…). */
    static AnswerFormat rdf(String mediaType, RDFFormat format) {
        return new WholeGraph(mediaType, format);
    }

    /** SPARQL results (JSON, XML, CSV, TSV) or RDF; graphs in the streaming form of the language where it has one. */
    record Standard(String mediaType, Lang lang) implements AnswerFormat {
        @Override
        public void writeRows(OutputStream out, Query query, RowSet rows) {
            ResultsWriter.create().lang(lang).build().write(out, rows);
        }

        @Override
        public void writeBoolean(OutputStream out, boolean answer) {
            ResultsWriter.create().lang(lang).build().write(out, answer);
        }

        @Override
        public void writeGraph(OutputStream out, Graph graph) {
            if (StreamRDFWriter.registered(lang)) {
                // Written as it is read, in the streaming form of the language (Turtle and TriG in blocks): no second copy.
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, lang);
                writer.start();
                graph.getPrefixMapping().getNsPrefixMap().forEach(writer::prefix);
                graph.find().forEachRemaining(writer::triple);
                writer.finish();
            } else if (RDFLanguages.isQuads(lang)) {
                RDFWriter.source(DatasetGraphFactory.wrap(graph)).lang(lang).output(out);
            } else {
                RDFWriter.source(graph).lang(lang).output(out);
            }
        }
    }

    /** Rows as a text table, a boolean as yes or no, graphs as another format writes them. */
    record TextTable(AnswerFormat graphs) implements AnswerFormat {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void writeRows(OutputStream out, Query query, RowSet rows) {
            ResultSetFormatter.out(out, ResultSet.adapt(rows), query.getPrefixMapping());
        }

        @Override
        public void writeBoolean(OutputStream out, boolean answer) {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            print.println(answer ? "yes" : "no");
        }

        @Override
        public void writeGraph(OutputStream out, Graph graph) {
            graphs.writeGraph(out, graph);
        }
    }

    /** A graph written whole by Jena's writer of an RDF format. */
    record WholeGraph(String mediaType, RDFFormat format) implements AnswerFormat {
        @Override
        public void writeGraph(OutputStream out, Graph graph) {
            RDFWriter.source(graph).format(format).output(out);
        }
    }
}
