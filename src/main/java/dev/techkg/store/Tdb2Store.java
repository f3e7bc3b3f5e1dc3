package dev.techkg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: TDB2 in a local folder, created on first use, with Jena's text index ({@link FullText}) in its
 * subfolder {@value #TEXT_INDEX}. Every write goes through Jena's {@code DatasetGraphText}, which indexes the quads it
 * adds and deletes in the same transaction (the index commits after TDB2); reads go to TDB2 directly. A store without
 * the index (made before it existed, or the folder deleted) has it built when opened.
 */
public final class Tdb2Store extends TrackedStore {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    /** The text index's folder inside the store's folder. */
    public static final String TEXT_INDEX = "text-index";

    private final Path folder;
    private final LuceneText text;
    // Replaced only when a failed bulk load into the empty store leaves TDB2's in-memory indexes detached (see load).
    private volatile Dataset dataset;
    private volatile DatasetGraph dsg;
    /** The same dataset, its writes indexed: every write goes through it. */
    private volatile DatasetGraph writable;

    private Tdb2Store(Path folder, Dataset dataset, LuceneText text) {
        this.folder = folder;
        this.text = text;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        this.writable = TextDatasetFactory.create(dsg, text.jenaIndex(), false);
    }

    /**
     * Opens (or creates) the TDB2 store in the folder.
     *
     * @throws StoreException when the folder cannot be created or is in use by another process
     */
    public static Tdb2Store open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new StoreException("Cannot create the store folder " + folder + ": " + e.getMessage(), e);
        }
        Dataset dataset;
        try {
            dataset = connect(folder);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the TDB2 store in " + folder + ": " + e.getMessage()
                    + " (is another TechKG process using it? Stop it, or pass another --store)", e);
        }
        LuceneText text;
        try {
            text = LuceneText.onDisk(folder.resolve(TEXT_INDEX));
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset.asDatasetGraph());
            throw e;
        }
        Tdb2Store store = new Tdb2Store(folder, dataset, text);
        if (!text.existed() && !Txn.calculateRead(store.dsg, store.dsg::isEmpty)) {
            LOG.info("{} has no text index yet: building it", store.describe());
            store.rebuildText();
        }
        return store;
    }

    /** Reads every indexed literal of the store into a new text index (committed TDB2 data, so no write may run). */
    private void rebuildText() {
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> quads = TextFields.predicates().stream()
                    .flatMap(p -> org.apache.jena.atlas.iterator.Iter.asStream(dsg.find(Node.ANY, Node.ANY, p, Node.ANY)))
                    .iterator();
            text.rebuild(quads, describe(), () -> false);
        });
    }

    @Override
    public <T> T searchText(Function<IndexSearcher, T> search) {
        return text.search(search);
    }

    private static Dataset connect(Path folder) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(folder.toString()));
        // Every query sees all article graphs as one default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    @Override
    public boolean containsGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty());
    }

    @Override
    public List<String> graphsWithSource(String source) {
        Node literal = NodeFactory.createLiteralString(source);
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), literal);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (quad.getGraph().isURI() && quad.getSubject().equals(quad.getGraph())
                        && !names.contains(quad.getGraph().getURI())) {
                    names.add(quad.getGraph().getURI());
                }
            }
            return names;
        });
    }

    @Override
    public void putArticles(List<ArticleWrite> writes) {
        List<String> graphs = new ArrayList<>();
        writes.forEach(w -> {
            graphs.add(w.article().iri());
            graphs.addAll(w.replacing());
        });
        writing(graphs, () -> Txn.executeWrite(writable, () -> {
            for (ArticleWrite write : writes) {
                Node name = NodeFactory.createURI(write.article().iri());
                for (String old : write.replacing()) {
                    clearGraph(NodeFactory.createURI(old));
                }
                clearGraph(name);
                write.article().graph().find().forEachRemaining(t ->
                        writable.add(name, t.getSubject(), t.getPredicate(), StoreSupport.canonicalDecimal(t.getObject())));
            }
        }));
    }

    /** TDB2 locks its folder: only this process writes it, always through this object. */
    @Override
    public boolean hasOtherWriters() {
        return false;
    }

    @Override
    public int deleteGraphs(List<String> graphIris) {
        return writing(graphIris, () -> Txn.calculateWrite(writable, () -> {
            int deleted = 0;
            for (String iri : graphIris) {
                Node name = NodeFactory.createURI(iri);
                if (clearGraph(name) > 0) {
                    deleted++;
                }
            }
            return deleted;
        }));
    }

    /**
     * Deletes every quad of the graph and its text documents (inside the caller's write transaction, which commits or
     * aborts both); returns how many quads there were. Directly, not quad by quad as {@code DatasetGraphText} would.
     */
    private long clearGraph(Node name) {
        long count = StoreSupport.count(dsg.find(name, Node.ANY, Node.ANY, Node.ANY));
        if (count > 0) {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            deleteText(new Term(TextFields.GRAPH, name.getURI()));
        }
        return count;
    }

    /** Deletes the text documents with this term (all of them for null), in the write transaction under way. */
    private void deleteText(Term term) {
        try {
            if (term == null) {
                text.jenaIndex().getIndexWriter().deleteAll();
            } else {
                text.jenaIndex().getIndexWriter().deleteDocuments(term);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot update the text index of " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T query(Query query, DatasetDescription dataset, Function<QueryExecBuilder, QueryExecBuilder> configure,
                       Function<QueryExec, T> handler) {
        DatasetDescription description = dataset != null ? dataset
                : query.hasDatasetDescription() ? query.getDatasetDescription() : null;
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder builder;
            if (description == null) {
                // The builder's own context, as Fuseki's: a fresh copy per query of ARQ's global settings (TDB2's
                // stage generator, the function registries) with the dataset's (the union default graph). Giving it
                // the dataset's context instead replaced the global settings rather than adding to them.
                builder = QueryExec.dataset(dsg).query(query);
            } else {
                // The described graphs of this store only: FROM is never dereferenced on the web.
                Query withoutFrom = query.cloneQuery();
                withoutFrom.getGraphURIs().clear();
                withoutFrom.getNamedGraphURIs().clear();
                builder = QueryExec.dataset(DynamicDatasets.dynamicDataset(description, dsg, false)).query(withoutFrom);
            }
            try (QueryExec exec = configure.apply(builder).build()) {
                return handler.apply(exec);
            }
        });
    }

    @Override
    public void update(UpdateRequest update) {
        writing(null, () -> Txn.executeWrite(writable, () -> UpdateExec.dataset(writable).update(update).execute()));
    }

    @Override
    public void update(UpdateRequest update, List<String> graphs) {
        writing(List.copyOf(graphs), () -> Txn.executeWrite(writable, () -> UpdateExec.dataset(writable).update(update).execute()));
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        Txn.executeRead(dsg, () -> {
            if (RDFLanguages.isQuads(lang)) {
                RDFDataMgr.write(out, dsg, StoreSupport.exportFormat(lang));
            } else {
                RDFDataMgr.write(out, dsg.getUnionGraph(), StoreSupport.exportFormat(lang));
            }
        });
    }

    @Override
    public boolean writeGraph(String graphIri, Lang lang, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            Graph graph = graphIri == null ? dsg.getUnionGraph() : dsg.getGraph(NodeFactory.createURI(graphIri));
            // The store's own prefix table is not touched: that would need a write transaction.
            return StoreSupport.writeGraph(out, graph, graphIri != null, lang);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Into an empty store this uses TDB2's sequential bulk loader (primary indexes while parsing, then each
     * secondary index in one pass), in one write transaction like any other load; into a store that holds data,
     * an ordinary write transaction. While the bulk loader runs, the store must not be read by other threads:
     * it detaches the secondary indexes of the empty store until the end. Loading is a command-line operation on
     * a store no server holds, so that is the case in TechKG.
     */
    @Override
    public long load(Path file, Lang lang, String graphForTriples) {
        return writing(null, () -> loadParsed(file, lang, graphForTriples));
    }

    private long loadParsed(Path file, Lang lang, String graphForTriples) {
        Node target = NodeFactory.createURI(graphForTriples);
        Consumer<StreamRDF> parse = sink -> RDFParser.source(file).lang(lang).parse(sink);
        try {
            if (Txn.calculateRead(dsg, dsg::isEmpty)) {
                return bulkLoad(target, parse);
            }
            return writeParsed(target, () -> {}, parse);
        } catch (RiotException e) {
            throw StoreSupport.loadFailure(file, e);
        }
    }

    /**
     * Loads into the empty store with TDB2's sequential loader, with the same mapping as {@link #writeParsed}.
     * On failure the loader aborts its transaction (nothing is stored) but leaves the secondary indexes detached
     * in memory, so the store is opened afresh from its committed state on disk.
     */
    private long bulkLoad(Node graphForTriples, Consumer<StreamRDF> parse) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> LOG.debug(String.format(format, args)));
        long[] count = {0};
        // The bulk loader writes TDB2 directly, past DatasetGraphText: the quads go to the text index on the side, on a
        // thread of its own (the sequential loader keeps one core busy), committed after TDB2.
        try (LuceneText.Filling texts = text.filling(describe())) {
            StreamRDF sink = StoreSupport.canonicalQuads(new org.apache.jena.riot.system.StreamRDFWrapper(loader.stream()) {
                @Override
                public void quad(Quad quad) {
                    super.quad(quad);
                    texts.add(quad);
                }
            }, graphForTriples, count);
            loader.startBulk();
            try {
                parse.accept(sink);
            } catch (RuntimeException | Error e) {
                try {
                    loader.finishException(e instanceof Exception exception ? exception : new RuntimeException(e));
                } finally {
                    reopen();
                }
                throw e;
            }
            loader.finishBulk();
            try {
                texts.finish();
            } catch (StoreException e) {
                LOG.warn("Indexing the loaded text failed ({}); reading it from the store instead", e.getMessage());
                rebuildText();
            }
        }
        return count[0];
    }

    private void reopen() {
        TDBInternal.expel(dsg);
        Dataset fresh = connect(folder);
        dataset = fresh;
        dsg = fresh.asDatasetGraph();
        writable = TextDatasetFactory.create(dsg, text.jenaIndex(), false);
    }

    @Override
    public long backup(OutputStream out) {
        return Txn.calculateRead(dsg, () -> StoreSupport.writeNQuads(out, sink -> dsg.find().forEachRemaining(sink::quad)));
    }

    @Override
    public long restore(Path file, Lang lang, boolean replace) {
        return writing(null, () -> restoreParsed(file, lang, replace));
    }

    private long restoreParsed(Path file, Lang lang, boolean replace) {
        return StoreSupport.restoring(file, lang, parse -> writeParsed(Quad.defaultGraphIRI, () -> {
            if (replace) {
                dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                deleteText(null);
            } else if (!dsg.isEmpty()) {
                throw new StoreException("Cannot restore " + file + " into " + describe()
                        + ": the store is not empty; nothing was restored");
            }
        }, parse));
    }

    /**
     * Parses into the store in one write transaction, after {@code first} has run in it: quads into their
     * graphs, triples (and quads of the default graph) into {@code graphForTriples}, decimals canonicalised.
     *
     * @return the number of quads and triples parsed
     */
    private long writeParsed(Node graphForTriples, Runnable first, Consumer<StreamRDF> parse) {
        long[] count = {0};
        Txn.executeWrite(writable, () -> {
            first.run();
            parse.accept(StoreSupport.canonicalQuads(StreamRDFLib.dataset(writable), graphForTriples, count));
        });
        return count[0];
    }

    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    @Override
    public Graph graph(String graphIri) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Override
    public String describe() {
        return "TDB2 store " + folder;
    }

    @Override
    public void close() {
        // Release the folder's files and lock so another store (or process) can open it.
        try {
            TDBInternal.expel(dsg);
        } finally {
            text.close();
        }
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> StoreSupport.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }
}
