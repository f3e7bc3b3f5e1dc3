package dev.techkg.web;

import dev.techkg.query.ExportService;
import dev.techkg.store.Backup;
import io.javalin.http.Context;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/backup}: the whole store as gzip-compressed N-Quads, streamed from one read transaction,
 * so the download is a consistent snapshot while uploads go on. It is a read: it needs no token. Should
 * the store fail half-way, the answer is not valid gzip, which {@code techkg backup --server} detects.
 */
final class BackupApi {
    private static final Logger LOG = LoggerFactory.getLogger(BackupApi.class);

    private final ExportService export;

    BackupApi(ExportService export) {
        this.export = export;
    }

    /** GET /api/backup */
    void download(Context ctx) throws IOException {
        ctx.contentType(Backup.MEDIA_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + Backup.fileName(LocalDateTime.now()) + "\"");
        ctx.header("Cache-Control", "no-store");
        ResponseStream response = new ResponseStream(ctx.outputStream());
        try {
            export.backup(response);
        } catch (IOException | RuntimeException e) {
            if (response.failure == null) {
                throw e;
            }
            // The client went away (or the connection broke): nothing to answer, and no fault of the server.
            LOG.info("Backup download to {} stopped: {}", ctx.ip(), response.failure.toString());
        }
    }

    /** The response body, remembering whether writing to the client failed. */
    private static final class ResponseStream extends FilterOutputStream {
        private IOException failure;

        ResponseStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }
}
