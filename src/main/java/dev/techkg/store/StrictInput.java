package dev.techkg.store;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A file opened for an RDF parser: gzip-compressed content (recognised by its magic bytes, whatever the
 * name) is decompressed, the lines read so far are counted for messages, and a read error is thrown as an
 * {@link UncheckedIOException}.
 *
 * <p>The last point matters: Jena 5.6's parsers take an {@code IOException} while reading (such as the
 * {@code EOFException} of a truncated gzip stream) as the end of the input, so a cut-off backup would
 * otherwise load as a shorter dataset without any error. Not thread-safe.
 */
final class StrictInput extends FilterInputStream {
    private static final int GZIP_MAGIC = 0x8b1f;
    private long newlines;

    private StrictInput(InputStream in) {
        super(in);
    }

    /**
     * Opens the file, decompressing it when it starts with the gzip magic bytes.
     *
     * @throws IOException when the file cannot be opened, or starts like gzip but has no valid gzip header
     */
    static StrictInput open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            raw.mark(2);
            int magic = raw.read() | (raw.read() << 8);
            raw.reset();
            return new StrictInput(magic == GZIP_MAGIC ? new GZIPInputStream(raw, 1 << 16) : raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The line being read: one more than the line ends read so far. */
    long line() {
        return newlines + 1;
    }

    @Override
    public int read() {
        try {
            int b = super.read();
            if (b == '\n') {
                newlines++;
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
