package dev.techkg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;

/**
 * The store's role for moving whole datasets and graphs in and out as RDF files: export, load, backup,
 * restore, and writing one graph. Thread-safe.
 */
public interface DatasetTransfer {

    /** Writes every named graph (quad formats) or their union (triple formats) in the given language. */
    void export(OutputStream out, Lang lang);

    /**
     * Loads an RDF file as-is: quads into their graphs, and, for triple formats, triples into
     * {@code graphForTriples}.
     *
     * @return the number of quads loaded
     */
    long load(Path file, Lang lang, String graphForTriples);

    /**
     * Writes every quad of the store (every named graph, and the default graph should it hold any) as N-Quads,
     * streaming from one read transaction: the output is a consistent snapshot even while writers commit, and
     * the dataset is never held in memory. Does not close {@code out}. See {@link Backup} for the file format.
     *
     * @return the number of quads written
     */
    long backup(OutputStream out);

    /**
     * Restores a backup: N-Quads or TriG, gzip-compressed or not, loaded as-is (quads into their graphs,
     * triples into the default graph) in one write transaction. On any error nothing changes.
     *
     * @param replace whether to drop everything in the store first, in the same transaction; when false, a
     *                store that holds any quad is refused
     * @return the number of quads loaded
     * @throws StoreException when the store is not empty and {@code replace} is false, or when the file cannot
     *                        be read or does not parse (the message names the file and the line)
     */
    long restore(Path file, Lang lang, boolean replace);

    /**
     * Writes one named graph, or with a null name the union of all, in a triple or quad language, streaming
     * inside a read transaction.
     *
     * @return false (and nothing written) when the named graph does not exist
     */
    boolean writeGraph(String graphIri, Lang lang, OutputStream out);
}
