package dev.techkg.web;

import dev.techkg.store.Backup;
import dev.techkg.store.GraphStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * {@code GET /api/backup}: the whole store as gzip-compressed N-Quads, streamed from one read transaction,
 * so the download is a consistent snapshot while uploads go on. It is a read: it needs no token. Should
 * the store fail half-way, the answer is not valid gzip, which {@code techkg backup --server} detects.
 */
final class BackupApi {
    private final GraphStore store;

    BackupApi(GraphStore store) {
        this.store = store;
    }

    /** GET /api/backup */
    void download(Context ctx) throws IOException {
        ctx.contentType(Backup.MEDIA_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"" + Backup.fileName(LocalDateTime.now()) + "\"");
        ctx.header("Cache-Control", "no-store");
        Backup.write(store, ctx.outputStream());
    }
}
