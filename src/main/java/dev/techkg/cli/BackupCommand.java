package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.StoreLocation;
import dev.techkg.app.Wiring;
import dev.techkg.store.Backup;
import dev.techkg.store.GraphStore;
import dev.techkg.store.StoreException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole store (every article graph) as gzip-compressed N-Quads, a consistent snapshot. "
                + "With --server it downloads the backup from a running TechKG server (which holds the store); otherwise "
                + "it opens the store itself. The file appears under its name only when complete."})
final class BackupCommand extends StoreCommand {
    private static final String PATH = "api/backup";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The backup file (default: techkg-YYYYMMDD-HHMMSS.nq.gz in the current folder).")
    Path output;

    @Option(names = "--server", paramLabel = "URL",
            description = "A running TechKG server to download from, e.g. http://localhost:7070 (GET URL/api/backup).")
    String server;

    /** The backup endpoint of {@link #server}, or null; set by {@link #checkOptions()}. */
    private URI source;

    @Override
    void checkOptions() {
        try {
            source = server == null ? null : backupUri(server);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int run(Wiring wiring) throws IOException, InterruptedException {
        Path target = output != null ? output : Path.of(Backup.fileName(LocalDateTime.now()));
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new TechKgException("No such folder for the backup file: " + folder);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long started = System.nanoTime();
        long quads;
        try {
            if (source == null) {
                GraphStore store = open(wiring, config.store() instanceof StoreLocation.Folder);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    quads = Backup.write(store, out);
                }
            } else {
                download(source, partial);
                try {
                    quads = Backup.verify(partial);
                } catch (StoreException e) {
                    throw new TechKgException("The download from " + source + " is not a complete backup (" + e.getMessage()
                            + "); no backup written", e);
                }
            }
            // Rename at the end so a failed backup never leaves a truncated file under the asked name.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        context.err().println(String.format(Locale.ROOT, "Backed up %d quads to %s (%s) in %.1f s%s", quads, target,
                size(Files.size(target)), seconds, source == null ? "" : " from " + source));
        return 0;
    }

    /** The store, opened here; a store held by a running server is backed up through the server. */
    private static GraphStore open(Wiring wiring, boolean folder) {
        try {
            return wiring.store();
        } catch (StoreException e) {
            if (!folder) {
                throw e; // a remote store is not held by a server: the hint below does not apply
            }
            throw new TechKgException(e.getMessage() + "; to back up the store of a running server, use --server URL", e);
        }
    }

    /**
     * The backup endpoint under the server's base URL; only http(s) URLs with a host.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static URI backupUri(String base) {
        URI uri;
        try {
            uri = new URI(base.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--server is not a URL: '" + base + "' (" + e.getReason() + "); give e.g. http://localhost:7070");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--server must be the http(s) address of a TechKG server, e.g. http://localhost:7070, was '" + base + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/" + PATH)) {
            return uri;
        }
        return uri.resolve(path.endsWith("/") ? PATH : path + "/" + PATH);
    }

    /** Downloads the backup into {@code file}; redirects are not followed, so only the given server is asked. */
    private static void download(URI uri, Path file) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", Backup.MEDIA_TYPE).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new TechKgException("Cannot connect to " + uri + " (is `techkg serve` running there?); no backup written");
        } catch (IOException e) {
            throw new TechKgException("The download from " + uri + " failed: " + message(e) + "; no backup written");
        }
        try (InputStream body = response.body()) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8).strip();
                throw new TechKgException("The server at " + uri + " answered " + response.statusCode()
                        + (text.isEmpty() ? "" : ": " + text) + "; no backup written");
            }
            if (!type.toLowerCase(Locale.ROOT).startsWith(Backup.MEDIA_TYPE)) {
                throw new TechKgException("The server at " + uri + " did not send a backup (Content-Type '" + type
                        + "', expected " + Backup.MEDIA_TYPE + "); no backup written");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                body.transferTo(out);
            } catch (IOException e) {
                throw new TechKgException("The download from " + uri + " broke off: " + message(e) + "; no backup written");
            }
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A byte count for people: 1.2 MB. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
