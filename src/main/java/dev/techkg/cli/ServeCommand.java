package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.web.AccessPolicy;
import dev.techkg.web.ServerSettings;
import dev.techkg.web.WebServer;
import dev.techkg.query.QueryLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the HTTP server over the store: SPARQL endpoint at /sparql, article upload and the JSON API "
                + "under /api, Linked Data at /id/… and /article/…. Runs until stopped (Ctrl-C)."})
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", paramLabel = "PORT", description = "The port (default: 7070; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Stop a SPARQL query after this long (default: 30).")
    long queryTimeout = 30;

    @Option(names = "--max-rows", paramLabel = "N", description = "The most rows (or triples) one query answer holds (default: 100000).")
    long maxRows = 100_000;

    @Option(names = "--update-token", paramLabel = "TOKEN",
            description = "Enables POST /update for SPARQL Update, for requests carrying 'Authorization: Bearer TOKEN'.")
    String updateToken;

    @Option(names = "--allow-private-urls", description = "Let uploads by URL fetch from private and loopback addresses (intranet use).")
    boolean allowPrivateUrls;

    @Option(names = "--workers", paramLabel = "N", description = "Ingest jobs running at once (default: 2).")
    int workers = 2;

    @Option(names = "--api-token", paramLabel = "TOKEN",
            description = "Write requests (upload, delete) must carry 'Authorization: Bearer TOKEN'. Required with a --bind "
                    + "address other than loopback, unless --read-only.")
    String apiToken;

    @Option(names = "--read-only", description = "Refuse every write request (upload, delete, update).")
    boolean readOnly;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", arity = "1..*",
            description = "Let SPARQL SERVICE call endpoints whose URL starts with one of these prefixes (default: none; "
                    + "SERVICE is refused). Calls follow the URL fetcher's address rules and the query's time limit.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--max-queries", paramLabel = "N", description = "SPARQL queries running at once (default: 4); "
            + "up to 4 × N more wait, others get 503 with Retry-After.")
    int maxQueries = 4;

    @Option(names = "--spool", paramLabel = "DIR",
            description = "Where accepted uploads wait until stored (default: <store>-spool beside a store folder; "
                    + "$TECHKG_HOME/remote-spool, else ./data/remote-spool, for a remote store).")
    Path spool;

    @Option(names = "--host", paramLabel = "NAME", split = ",",
            description = "A host name browsers may reach the server by, besides localhost, IP addresses and the --bind "
                    + "address (repeatable). Requests naming any other host get 421 (protection from DNS rebinding).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "A site (scheme://host[:port]) whose pages may read /sparql and /rdf (repeatable); '*' lets every "
                    + "site read them (a public read-only endpoint). Default: only this server's own pages.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--article-time-limit", paramLabel = "SECONDS",
            description = "Stop processing an uploaded article after this long; it fails and is not tried again (default: 60).")
    long articleTimeLimit = JobLimits.ARTICLE_TIME_LIMIT.toSeconds();

    /** The least heap the server starts with: queries, the graph index of a small store, Jetty. */
    static final long MIN_HEAP = 192L << 20;
    /** The heap a server that takes uploads should have: the NLP models (about 0.5 GB live) and the graph index. */
    static final long UPLOAD_HEAP = 1536L << 20;

    /** Refuses a heap too small to serve, and warns when uploads will not fit. */
    static void checkHeap(long maxHeap, boolean readOnly, java.io.PrintStream err) {
        if (maxHeap < MIN_HEAP) {
            throw new TechKgException("The Java heap is " + (maxHeap >> 20) + " MB; serve needs at least 256 MB (run java -Xmx256m -jar "
                    + "techkg.jar serve --read-only, or -Xmx2g with uploads)");
        }
        if (!readOnly && maxHeap < UPLOAD_HEAP) {
            err.println("techkg: warning: the Java heap is " + (maxHeap >> 20) + " MB; uploads load the NLP models and need about 2 GB "
                    + "(java -Xmx2g -jar techkg.jar serve), or serve with --read-only");
        }
    }

    @Override
    Path spool() {
        return spool;
    }

    @Override
    int run(Wiring wiring) throws InterruptedException {
        if (queryTimeout < 1 || maxRows < 1 || workers < 1 || maxQueries < 1 || port < 0 || port > 65535) {
            throw new TechKgException("--query-timeout, --max-rows, --max-queries and --workers must be at least 1, and --port between 0 and 65535");
        }
        checkHeap(Runtime.getRuntime().maxMemory(), readOnly, context.err());
        if (updateToken != null && updateToken.length() < 16) {
            throw new TechKgException("--update-token must be at least 16 characters long");
        }
        ServerSettings settings;
        AccessPolicy access;
        try {
            settings = new ServerSettings(bind, port, queryTimeout, maxRows, readOnly ? null : updateToken, allowPrivateUrls, workers,
                    apiToken, readOnly).validated();
            access = new AccessPolicy(hosts, corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new TechKgException(e.getMessage());
        }
        if (articleTimeLimit < 1) {
            throw new TechKgException("--article-time-limit must be at least 1 second");
        }
        QueryLimits limits = QueryLimits.defaults(queryTimeout * 1000, maxRows).withConcurrency(maxQueries, 4 * maxQueries)
                .allowingServices(allowService);
        WebServer server = wiring.webServer(settings, access, JobLimits.defaults().withArticleTimeLimit(Duration.ofSeconds(articleTimeLimit)),
                limits);
        int actual;
        try {
            actual = server.start();
        } catch (RuntimeException e) {
            throw new TechKgException("Cannot start the server on " + bind + ":" + port + ": " + e.getMessage()
                    + " (is the port in use? pick another with --port)", e);
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        context.err().println("TechKG is serving " + wiring.store().describe() + " at http://" + host + ":" + actual + "/ (Ctrl-C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wiring.close();
            stopped.countDown();
        }, "techkg-shutdown"));
        stopped.await();
        return 0;
    }
}
