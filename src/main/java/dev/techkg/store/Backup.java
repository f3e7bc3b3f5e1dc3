package dev.techkg.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The backup format: every quad of the store as gzip-compressed N-Quads, taken in one read transaction
 * ({@link DatasetTransfer#backup}), so a backup is a consistent snapshot even while writers commit. The server
 * sends the same bytes at {@code GET /api/backup} that {@code techkg backup} writes to a file; {@code techkg
 * restore} reads them back with {@link DatasetTransfer#restore}.
 */
public final class Backup {
    /** The media type of a backup: gzip data (the N-Quads inside are not a content encoding of the answer). */
    public static final String MEDIA_TYPE = "application/gzip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private Backup() {}

    /** The file name of a backup taken at this local time: {@code techkg-YYYYMMDD-HHMMSS.nq.gz}. */
    public static String fileName(LocalDateTime time) {
        return "techkg-" + STAMP.format(time) + ".nq.gz";
    }

    /**
     * Writes the whole store to {@code out} as gzip-compressed N-Quads, streaming from one read transaction.
     * Finishes the gzip stream and flushes, but does not close {@code out}.
     *
     * @return the number of quads written
     * @throws IOException when {@code out} fails
     */
    public static long write(DatasetTransfer store, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        long quads = store.backup(gzip);
        gzip.finish();
        gzip.flush();
        return quads;
    }

    /**
     * Reads a backup file through to its end, as {@link DatasetTransfer#restore} would, without storing anything:
     * a file that is cut short, not gzip, or not N-Quads is refused.
     *
     * @return the number of quads it holds
     * @throws StoreException naming the file and the line when it is not a complete backup
     */
    public static long verify(Path file) {
        long[] quads = {0};
        StrictInput in = null;
        try (StrictInput opened = StrictInput.open(file)) {
            in = opened;
            RDFParser.source(opened).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            quads[0]++;
                        }

                        @Override
                        public void triple(Triple triple) {
                            quads[0]++;
                        }
                    });
            return quads[0];
        } catch (RiotException e) {
            throw new StoreException(file + " is not a valid backup: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new StoreException(readFailure(file, in, e.getCause()));
        } catch (IOException e) {
            throw new StoreException(readFailure(file, in, e));
        }
    }

    /** Why a backup file could not be read, with the line where reading stopped when known. */
    static String readFailure(Path file, StrictInput in, IOException e) {
        String reason = e instanceof ZipException || e instanceof EOFException
                ? "it is cut short or not valid gzip (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"
                : e.getMessage();
        return "Cannot read " + file + (in == null ? "" : " at line " + in.line()) + ": " + reason;
    }
}
