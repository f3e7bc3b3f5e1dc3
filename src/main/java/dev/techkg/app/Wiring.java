package dev.techkg.app;

import dev.techkg.article.ArticleReader;
import dev.techkg.article.FeedReader;
import dev.techkg.pipeline.WebSources;
import dev.techkg.evaluation.Evaluator;
import dev.techkg.extraction.DependencyRules;
import dev.techkg.extraction.Relation;
import dev.techkg.extraction.RuleBasedExtractor;
import dev.techkg.extraction.RuleFile;
import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.ArticleProcessor;
import dev.techkg.pipeline.IngestService;
import dev.techkg.validation.ShaclValidator;
import dev.techkg.pipeline.GraphMapper;
import dev.techkg.rdf.IriMinter;
import dev.techkg.store.GraphStore;
import dev.techkg.store.RemoteStore;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.techkg.article.UrlFetcher;
import dev.techkg.pipeline.FeedPoller;
import dev.techkg.pipeline.JobLimits;
import dev.techkg.pipeline.JobService;
import dev.techkg.pipeline.StoredArticle;
import dev.techkg.pipeline.UploadService;
import dev.techkg.query.ArticleService;
import dev.techkg.query.CurationService;
import dev.techkg.query.AutoMerge;
import dev.techkg.query.ReviewQueue;
import dev.techkg.curation.CurationLog;
import dev.techkg.query.EntityService;
import dev.techkg.query.ExportService;
import dev.techkg.query.GraphService;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.query.IndexedQueries;
import dev.techkg.query.SavedQueries;
import dev.techkg.query.SearchService;
import dev.techkg.query.QueryGate;
import dev.techkg.query.QueryLimits;
import dev.techkg.query.ServicePolicy;
import dev.techkg.query.SparqlService;
import dev.techkg.web.WebServer;

/**
 * Builds TechKG's services. The text analyzer (CoreNLP models: seconds to load, hundreds of MB) and the
 * extraction rules are built on first use only, so commands that do not analyse text start fast. One
 * Wiring per process (or per test JVM, sharing one analyzer).
 */
public final class Wiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);
    /** The class names entity searches may ask for: every {@link EntityType}. */
    private static final List<String> ENTITY_TYPES = Arrays.stream(EntityType.values()).map(EntityType::className).toList();
    /** The relation names the entity and graph APIs accept: every {@link Relation}. */
    private static final List<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::localName).toList();

    private final Config config;
    private final Supplier<TextAnalyzer> analyzer;
    private final IriMinter minter = new IriMinter();
    private final GraphMapper mapper = new GraphMapper(minter);
    private final ArticleReader reader = new ArticleReader();
    private final Lazy<ArticleProcessor> processor;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private GraphStore store;

    /** Wiring that loads CoreNLP's English models when first needed. */
    public static Wiring create(Config config) {
        return new Wiring(config, CoreNlpAnalyzer::loadEnglish);
    }

    /** Wiring over an analyzer someone else built (tests share one per JVM). */
    public static Wiring withAnalyzer(Config config, TextAnalyzer analyzer) {
        return new Wiring(config, () -> analyzer);
    }

    /** Wiring that asks the factory for the analyzer when, and only when, text is first analysed. */
    public static Wiring withAnalyzerFactory(Config config, Supplier<TextAnalyzer> factory) {
        return new Wiring(config, factory);
    }

    private Wiring(Config config, Supplier<TextAnalyzer> analyzerFactory) {
        this.config = config;
        this.analyzer = Lazy.of(analyzerFactory);
        this.processor = Lazy.of(() -> {
            Gazetteer gazetteer = Gazetteer.loadDefault();
            TextAnalyzer textAnalyzer = analyzer.get();
            return new ArticleProcessor(textAnalyzer, EntityLinker.create(gazetteer),
                    extractor(textAnalyzer, gazetteer), mapper, Clock.systemUTC());
        });
    }

    /**
     * Token rules and, when the analyzer can also parse (CoreNLP's can), the dependency layer. An analyzer that
     * only tags (a test double) gets the token rules alone.
     */
    private static RuleBasedExtractor extractor(TextAnalyzer analyzer, Gazetteer gazetteer) {
        if (analyzer instanceof SentenceParser parser) {
            // The parser's model loads with the others, not inside the first article's extraction.
            parser.prepare();
            return RuleBasedExtractor.create(RuleFile.loadDefault(), DependencyRules.loadDefault(), parser, gazetteer);
        }
        return RuleBasedExtractor.create(RuleFile.loadDefault(), gazetteer);
    }

    /** The store, opened on first use. */
    public synchronized GraphStore store() {
        if (store == null) {
            if (config.store() instanceof StoreLocation.Remote remote) {
                store = RemoteStore.connect(remote.endpoints(), remote.credentials());
            } else {
                store = Tdb2Store.open(((StoreLocation.Folder) config.store()).path());
            }
        }
        return store;
    }

    /** Articles of the store: find by IRI, id or source, delete (a list would read its own graph index first). */
    public ArticleService articleService() {
        return new ArticleService(store(), GraphIndexCache.over(store()));
    }

    /** Corrections to the store's graph, checked against a graph index of its own (the command line's). */
    public CurationService curationService() {
        GraphIndexCache index = GraphIndexCache.over(store());
        return new CurationService(index, new CurationLog(store()), Clock.systemUTC(), new ReviewQueue(store(), index));
    }

    /** Full-text search over the store, with a graph index of its own (the command line's). */
    public SearchService searchService() {
        GraphIndexCache index = GraphIndexCache.over(store());
        return new SearchService(store(), index, new EntityService(store(), index));
    }

    /** The command line's automatic merges (after an ingest), over a graph index of its own. */
    public AutoMerge autoMerge() {
        GraphIndexCache index = GraphIndexCache.over(store());
        return new AutoMerge(index, new CurationService(index, new CurationLog(store()), Clock.systemUTC(), new ReviewQueue(store(), index)));
    }

    /** The reader of article files (plain text and HTML). */
    public ArticleReader articleReader() {
        return reader;
    }

    /** Pages and feeds for the command-line ingest, fetched under the URL fetcher's address rules. */
    public WebSources webSources(boolean allowPrivateUrls) {
        return new WebSources(UrlFetcher.standard(allowPrivateUrls, reader), new FeedReader());
    }

    /** The ingest service over the store. */
    public IngestService ingestService() {
        return new IngestService(reader, processor, mapper, store());
    }

    /**
     * SPARQL queries over the store within these limits (the command line's: {@link QueryLimits#commandLine}), SERVICE
     * calls to the endpoints they allow going through the article fetcher's address rules (public addresses only).
     */
    public SparqlService sparqlService(QueryLimits limits) {
        QueryGate gate = QueryGate.open(limits);
        closeables.add(gate);
        return new SparqlService(store(), servicePolicy(limits.allowedServices(), UrlFetcher.standard(false, reader)), gate);
    }

    private static ServicePolicy servicePolicy(List<String> allowed, UrlFetcher fetcher) {
        if (allowed.isEmpty()) {
            return ServicePolicy.none();
        }
        try {
            return ServicePolicy.allowing(allowed, fetcher::allowedAddresses);
        } catch (IllegalArgumentException e) {
            throw new dev.techkg.TechKgException(e.getMessage());
        }
    }

    /** SHACL validation of the store against the shapes of {@code ontology/shapes.ttl}. */
    public ShaclValidator validator() {
        return ShaclValidator.loadDefault(store());
    }

    /**
     * The HTTP server over the store and the pipeline, not yet started. The NLP models start loading in the
     * background at once, so queries are answered right away and the first upload waits less.
     */
    public synchronized WebServer webServer(ServerSettings settings) {
        return webServer(settings, AccessPolicy.defaults(), JobLimits.defaults(),
                QueryLimits.defaults(settings.queryTimeoutSeconds() * 1000, settings.maxRows()));
    }

    /**
     * As above, with the host names and read origins it answers, the bounds of its upload jobs, and its query limits
     * (they replace the settings' timeout and row cap).
     */
    public synchronized WebServer webServer(ServerSettings settings, AccessPolicy access, JobLimits jobLimits, QueryLimits limits) {
        return webServer(settings, access, jobLimits, limits, line -> { });
    }

    /** As above, giving a line for each request answered to the access log. */
    public synchronized WebServer webServer(ServerSettings settings, AccessPolicy access, JobLimits jobLimits, QueryLimits limits,
                                            java.util.function.Consumer<String> accessLog) {
        return webServer(settings, access, jobLimits, limits, accessLog, FeedSettings.none(), null);
    }

    /**
     * As above, polling the feeds once {@link FeedPoller#start() started} ({@link #startServer} does), with this fetcher
     * (null: the system's DNS and HTTP client under the settings' address rules; tests give a stub resolver).
     */
    public synchronized WebServer webServer(ServerSettings settings, AccessPolicy access, JobLimits jobLimits, QueryLimits limits,
                                            java.util.function.Consumer<String> accessLog, FeedSettings feedSettings, UrlFetcher urlFetcher) {
        GraphStore graphStore = store();
        UrlFetcher fetcher = urlFetcher != null ? urlFetcher : UrlFetcher.standard(settings.allowPrivateUrls(), reader);
        // One index of names, counts and facts, shared by the entity and graph APIs.
        GraphIndexCache index = GraphIndexCache.over(graphStore);
        CurationService curation = new CurationService(index, new CurationLog(graphStore), Clock.systemUTC(), new ReviewQueue(graphStore, index));
        JobService jobs = jobService(settings, jobLimits, fetcher, new AutoMerge(index, curation));
        FeedPoller feeds = new FeedPoller(feedSettings.urls(), feedSettings.interval(), fetcher, new FeedReader(), graphStore, jobs,
                Clock.systemUTC());
        closeables.add(0, feeds); // before the jobs it queues into
        QueryGate gate = QueryGate.open(limits);
        closeables.add(gate);
        SparqlService sparql = new SparqlService(graphStore, servicePolicy(limits.allowedServices(), fetcher), gate);
        EntityService entities = new EntityService(graphStore, index);
        WebServer server = WebServer.assemble(settings, access, new WebServer.Parts(new ExportService(graphStore), sparql,
                entities, new ArticleService(graphStore, index), new GraphService(index),
                SavedQueries.loadDefault(), new IndexedQueries(index, graphStore, limits.timeoutMillis(), System::nanoTime), new UploadService(reader, fetcher, jobs), jobs, feeds,
                new ServerHealth(graphStore, processor::isReady, index), ENTITY_TYPES, RELATIONS, curation,
                new SearchService(graphStore, index, entities)), accessLog);
        closeables.add(0, server);
        readInBackground(index, curation);
        if (!settings.readOnly()) { // a read-only server never analyses text: no models to load
            loadModelsInBackground();
        }
        return server;
    }

    /**
     * Builds the HTTP server as {@link #webServer(ServerSettings, AccessPolicy, JobLimits, QueryLimits, java.util.function.Consumer)} does and starts
     * it; {@link #close()} stops it.
     *
     * @return the port it listens on (the one picked, for port 0)
     */
    public synchronized int startServer(ServerSettings settings, AccessPolicy access, JobLimits jobLimits, QueryLimits limits,
                                        java.util.function.Consumer<String> accessLog) {
        return startServer(settings, access, jobLimits, limits, accessLog, FeedSettings.none());
    }

    /** As above, then polls the feeds in the background (the first poll at once). */
    public synchronized int startServer(ServerSettings settings, AccessPolicy access, JobLimits jobLimits, QueryLimits limits,
                                        java.util.function.Consumer<String> accessLog, FeedSettings feeds) {
        WebServer server = webServer(settings, access, jobLimits, limits, accessLog, feeds, null);
        int port;
        try {
            port = server.start();
        } catch (RuntimeException e) {
            throw new dev.techkg.TechKgException("Cannot start the server on " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage() + " (is the port in use? pick another with --port)", e);
        }
        server.feeds().start();
        return port;
    }

    /** The upload jobs, resuming those a writing server left in the spool (a read-only server writes nothing). */
    private JobService jobService(ServerSettings settings, JobLimits limits, UrlFetcher fetcher, AutoMerge merges) {
        IngestService ingest = ingestService();
        // After each article: the entities it names whose names differ from others' only by spacing are merged.
        JobService jobs = new JobService((article, replace, progress) -> {
            StoredArticle stored = ingest.ingestArticle(article, replace, progress);
            merges.run();
            return stored;
        }, reader, fetcher, settings.workers(), limits, spoolFolder());
        closeables.add(jobs);
        if (!settings.readOnly()) {
            jobs.resume();
        }
        return jobs;
    }

    /**
     * Reads the graph index in the background now, not in the first user's request (seconds at a million quads).
     * On close the index stops reading, and the store is closed only after the read ended (a minute at most).
     */
    private void readInBackground(GraphIndexCache index, CurationService curation) {
        Thread reader = daemon("techkg-index-reader", () -> {
            index.warmUp();
            try {
                curation.warmUpReview(); // then the review queue, which reads every article's text once
            } catch (RuntimeException e) {
                LOG.warn("Computing the review queue in the background failed; /api/review will try again", e);
            }
        });
        closeables.add(1, () -> {
            index.close();
            reader.join(Duration.ofMinutes(1).toMillis());
        });
    }

    /** Loads the NLP models in the background, so the first upload waits less; a failure is reported by uploads. */
    private void loadModelsInBackground() {
        daemon("techkg-model-loader", () -> {
            try {
                processor.get();
            } catch (RuntimeException e) {
                LOG.warn("Loading the NLP models failed; uploads will report it", e);
            }
        });
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Where accepted uploads wait until ingested (see {@link Config#spoolFolder()}). */
    public Path spoolFolder() {
        return config.spoolFolder();
    }

    /** The evaluator: ingests a gold folder's articles into a temporary store and scores them. */
    public Evaluator evaluator(Path temporaryStore) {
        return new Evaluator(() -> Tdb2Store.open(temporaryStore), store -> new IngestService(reader, processor, mapper, store));
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", closeable, e);
            }
        }
        closeables.clear();
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
