package dev.techkg.query;

import dev.techkg.rdf.IriMinter;
import dev.techkg.store.Backup;
import dev.techkg.store.GraphStore;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.riot.Lang;

/**
 * Graphs of the store written out whole, for the Graph Store Protocol, Linked Data and backups: one article's
 * named graph in an RDF syntax, or every graph as a gzip N-Quads backup from one read transaction. Thread-safe.
 */
public final class ExportService {
    private final GraphStore store;

    public ExportService(GraphStore store) {
        this.store = store;
    }

    /** Whether the store holds a named graph with this IRI. */
    public boolean containsGraph(String graphIri) {
        return store.containsGraph(graphIri);
    }

    /**
     * Writes the named graph of the article with this id (the hash at the end of its IRI).
     *
     * @return false, with nothing written, when the store has no such article
     */
    public boolean writeArticle(String id, Lang lang, OutputStream out) {
        return store.writeGraph(IriMinter.articleIri(id), lang, out);
    }

    /**
     * Writes every named graph as gzip N-Quads (see {@link Backup#write}).
     *
     * @return the quads written
     * @throws IOException when writing to {@code out} fails
     */
    public long backup(OutputStream out) throws IOException {
        return Backup.write(store, out);
    }
}
