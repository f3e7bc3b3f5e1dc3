package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.AccessPolicy;
import dev.techkg.app.FeedSettings;
import dev.techkg.app.ServerSettings;
import dev.techkg.app.Wiring;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.query.QueryLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the HTTP server over the store: SPARQL endpoint at /sparql, article upload and the JSON API "
                + "under /api, Linked Data at /id/… and /article/…. Runs until stopped (Ctrl-C)."})
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", paramLabel = "PORT", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = ServerSettings.DEFAULT_HOST;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Stop a SPARQL query after this long (default: ${DEFAULT-VALUE}).")
    long queryTimeout = ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS;

    @Option(names = "--max-rows", paramLabel = "N", description = "The most rows (or triples) one query answer holds (default: ${DEFAULT-VALUE}).")
    long maxRows = ServerSettings.DEFAULT_MAX_ROWS;

    @Option(names = "--update-token", paramLabel = "TOKEN",
            description = "Enables POST /update for SPARQL Update, for requests carrying 'Authorization: Bearer TOKEN'.")
    String updateToken;

    @Option(names = "--allow-private-urls", description = "Let uploads by URL fetch from private and loopback addresses (intranet use).")
    boolean allowPrivateUrls;

    @Option(names = "--workers", paramLabel = "N", description = "Ingest jobs running at once (default: ${DEFAULT-VALUE}).")
    int workers = ServerSettings.DEFAULT_WORKERS;

    @Option(names = "--api-token", paramLabel = "TOKEN",
            description = "Write requests (upload, delete) must carry 'Authorization: Bearer TOKEN'. Required with a --bind "
                    + "address other than loopback, unless --read-only.")
    String apiToken;

    @Option(names = "--read-only", description = "Refuse every write request (upload, delete, update).")
    boolean readOnly;

    @Option(names = "--quiet", description = "No access log (by default one line per request on stderr: method, path, status, time).")
    boolean quiet;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", arity = "1..*",
            description = "Let SPARQL SERVICE call endpoints whose URL starts with one of these prefixes (default: none; "
                    + "SERVICE is refused). Calls follow the URL fetcher's address rules and the query's time limit.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--max-queries", paramLabel = "N", description = "SPARQL queries running at once (default: 4, or one per "
            + "128 MB of a smaller heap); up to 4 × N more wait, others get 503 with Retry-After.")
    Integer maxQueries;

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

    @Option(names = "--feed", paramLabel = "URL", arity = "1..*",
            description = "An RSS or Atom feed to poll (repeatable): new items are ingested as uploads, under the URL fetcher's "
                    + "address rules; each feed's state is at /api/feeds.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feed-interval", paramLabel = "TIME",
            description = "Time between polls of the feeds: 90s, 30m, 1h (default: 30m). Each poll is a conditional GET.")
    String feedInterval = "30m";

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

    /** What a newcomer needs on start: where the pages and the API are, and how to stop. */
    static String banner(String store, String base, boolean readOnly, boolean update, boolean quiet) {
        StringBuilder text = new StringBuilder("TechKG is serving ").append(store).append(" at ").append(base).append("/\n")
                .append("  Pages:  ").append(base).append("/ (explorer)   ").append(base).append("/search   ").append(base).append("/articles   ")
                .append(base).append("/query (SPARQL)");
        if (!readOnly) {
            text.append("   ").append(base).append("/upload (add articles)");
        }
        text.append("\n  API:    ").append(base).append("/sparql (SPARQL 1.1 Protocol; GET without a query: service description)\n")
                .append("          ").append(base).append("/api/articles, /api/entities, /api/search, /api/facts, /api/graph, /api/queries, /api/jobs,\n")
                .append("          ").append(base).append("/api/feeds, /api/backup, /health\n")
                .append("          ").append(base).append("/id/… and /article/… (Linked Data), /rdf?graph=… (Graph Store Protocol)");
        if (update && !readOnly) {
            text.append(", /update (SPARQL Update)");
        }
        text.append("\n").append(quiet ? "Ctrl-C to stop." : "One line per request follows (--quiet for none). Ctrl-C to stop.");
        return text.toString();
    }

    @Override
    Path spool() {
        return spool;
    }

    /** The options, checked before the store is opened; set by {@link #checkOptions()}. */
    private ServerSettings settings;
    private AccessPolicy access;
    private QueryLimits limits;
    private JobLimits jobLimits;
    private FeedSettings feedSettings;

    /**
     * Queries running at once when --max-queries is not given: 4, or one per 128 MB of a smaller heap. Four sorts of a
     * cross product fill 256 MB faster than the memory guard can stop them, and the pauses of a full heap stall every
     * request, /health too.
     */
    static int defaultMaxQueries(long maxHeapBytes) {
        return (int) Math.max(1, Math.min(4, maxHeapBytes / (128L << 20)));
    }

    @Override
    void checkOptions() {
        try {
            settings = new ServerSettings(bind, port, queryTimeout, maxRows, readOnly ? null : updateToken, allowPrivateUrls, workers,
                    apiToken, readOnly).validated();
            access = new AccessPolicy(hosts, corsOrigins);
            if (maxQueries == null) {
                maxQueries = defaultMaxQueries(Runtime.getRuntime().maxMemory());
            }
            ServerSettings.atLeastOne("--max-queries", maxQueries);
            ServerSettings.atLeastOne("--article-time-limit", articleTimeLimit);
            feedSettings = new FeedSettings(feeds, FeedSettings.parseInterval(feedInterval)).validated();
            if (readOnly && !feeds.isEmpty()) {
                throw new IllegalArgumentException("--feed ingests the feeds' items, which a --read-only server cannot: drop one of them");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        limits = QueryLimits.defaults(queryTimeout * 1000, maxRows).withConcurrency(maxQueries, 4 * maxQueries)
                .allowingServices(allowService);
        jobLimits = JobLimits.defaults().withArticleTimeLimit(Duration.ofSeconds(articleTimeLimit));
    }

    @Override
    int run(Wiring wiring) throws InterruptedException {
        checkHeap(Runtime.getRuntime().maxMemory(), readOnly, context.err());
        java.io.PrintStream err = context.err();
        int actual = wiring.startServer(settings, access, jobLimits, limits, quiet ? line -> { } : err::println, feedSettings);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.println(banner(wiring.store().describe(), "http://" + host + ":" + actual, readOnly, updateToken != null, quiet));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wiring.close();
            stopped.countDown();
        }, "techkg-shutdown"));
        stopped.await();
        return 0;
    }
}
