package dev.techkg.web;

import dev.techkg.TechKgException;
import dev.techkg.app.AccessPolicy;
import dev.techkg.app.ServerSettings;
import dev.techkg.article.ArticleException;
import dev.techkg.article.ArticleReader;
import dev.techkg.pipeline.FeedPoller;
import dev.techkg.pipeline.JobService;
import dev.techkg.pipeline.UploadException;
import dev.techkg.pipeline.UploadService;
import dev.techkg.curation.CurationException;
import dev.techkg.query.ArticleService;
import dev.techkg.query.CurationService;
import dev.techkg.query.EntityService;
import dev.techkg.query.ExportService;
import dev.techkg.query.GraphService;
import dev.techkg.query.QueryException;
import dev.techkg.query.SearchService;
import dev.techkg.query.QueryLimitException;
import dev.techkg.query.QueryTimeoutException;
import dev.techkg.query.IndexedQueries;
import dev.techkg.query.SavedQueries;
import dev.techkg.query.SparqlService;
import dev.techkg.store.StoreUnavailableException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The TechKG HTTP server: every route is listed here, and every error is mapped here (JSON, or a page for a browser). */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Scripts and styles from this server only; inline styles allowed for the libraries' own layout code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final Pages pages;
    private final FeedPoller feeds;

    /** What /health reports besides "ok". */
    public interface Health {
        /** The store, for people. */
        String store();

        /** Whether the NLP models are loaded (uploads wait for them; queries never do). */
        boolean modelsLoaded();

        /**
         * The graph index of the entity and graph APIs, for people: "ready", "reading" (those requests wait for it),
         * or "not read" with the reason.
         */
        String index();
    }

    /** The handlers, built by {@link #assemble}. */
    record Handlers(SparqlHandler sparql, RdfHandler rdf, ArticleApi articles, EntityApi entities, SavedQueryApi queries,
                    BackupApi backup, CurationApi curation, Pages pages, Health health, FeedPoller feeds, SearchApi search) {}

    WebServer(ServerSettings settings, AccessPolicy access, Handlers h, Consumer<String> accessLog) {
        this.pages = h.pages();
        this.feeds = h.feeds();
        HostGuard hosts = new HostGuard(settings.host(), access.hosts());
        OriginGuard origins = new OriginGuard(access);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // One line per request once it is answered; the path without its query (that may be a long SPARQL text).
            config.requestLogger.http((ctx, millis) -> accessLog.accept(String.format(java.util.Locale.ROOT, "%s %s %d %.0f ms",
                    HeadAsGet.method(ctx.req()), ctx.path(), ctx.status().getCode(), millis)));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 60L * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(ArticleReader.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(60, SizeUnit.MB);
            // A query answer that fails after its first bytes went out is aborted once the handler is done.
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new HeadAsGet()), "/*", EnumSet.of(DispatcherType.REQUEST));
                for (String path : new String[] {"/sparql", "/api/queries/*", "/rdf"}) {
                    handler.addFilter(new FilterHolder(AnswerResponse.ABORT_FILTER), path, EnumSet.of(DispatcherType.REQUEST));
                }
            });
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/techkg/web/static";
                files.location = Location.CLASSPATH;
            });

            // Pages only run the site's own scripts; data never becomes markup (see the page scripts). Set before the
            // handler, as streamed answers (SPARQL results, backups) send their headers with their first bytes.
            config.routes.before(ctx -> {
                hosts.check(ctx); // first: a rebound name gets nothing, not even a page
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
            });

            // Writes: from this server's own pages or non-browser clients only; refused on a read-only server, and
            // with an API token only for requests that carry it.
            for (String path : new String[] {"/api/articles", "/api/articles/*", "/api/curation", "/api/curation/*", "/update"}) {
                config.routes.before(path, origins::checkWrite);
                config.routes.before(path, ctx -> guardWrites(ctx, settings));
            }

            // The list of recent jobs names what others uploaded, the feeds what the server follows (intranet addresses,
            // perhaps): with an API token, for its holders only.
            for (String path : new String[] {"/api/jobs", "/api/feeds"}) {
                config.routes.before(path, ctx -> {
                    if (settings.apiToken() != null) {
                        BearerToken.require(ctx, settings.apiToken(), "techkg", "Missing or wrong API token",
                                "The list of recent uploads and feeds needs 'Authorization: Bearer <the server's --api-token>'");
                    }
                });
            }

            // The query endpoints are shared by CORS with the origins of --cors-origin (default: none but its own).
            config.routes.before("/sparql", origins::shareReads);
            config.routes.before("/rdf", origins::shareReads);

            // SPARQL 1.1 Protocol and Graph Store Protocol (read)
            config.routes.get("/sparql", h.sparql()::get);
            config.routes.post("/sparql", h.sparql()::post);
            config.routes.options("/sparql", h.sparql()::preflight);
            config.routes.get("/rdf", h.rdf()::graphStore);
            config.routes.options("/rdf", h.sparql()::preflight);
            if (settings.updateToken() != null) {
                config.routes.post("/update", h.sparql()::update);
            }

            // Linked Data for the IRIs the store mints
            config.routes.get("/id/{slug}", h.rdf()::entity);
            config.routes.get("/article/{id}", h.rdf()::article);

            // Articles and ingest jobs
            config.routes.post("/api/articles", h.articles()::upload);
            config.routes.get("/api/articles", h.articles()::list);
            config.routes.get("/api/articles/{id}", h.articles()::get);
            config.routes.delete("/api/articles/{id}", h.articles()::delete);
            config.routes.get("/api/jobs", h.articles()::jobs);
            config.routes.get("/api/jobs/{id}", h.articles()::job);
            config.routes.get("/api/feeds", ctx -> ctx.json(h.feeds().status()));

            // Entities, graph views and saved queries for the viewer
            config.routes.get("/api/entities", h.entities()::search);
            config.routes.get("/api/entities/{slug}", h.entities()::entity);
            config.routes.get("/api/graph", h.entities()::graph);
            config.routes.get("/api/facts", h.entities()::fact);
            config.routes.get("/api/search", h.search()::search);
            config.routes.get("/api/queries", h.queries()::list);
            config.routes.get("/api/queries/{name}", h.queries()::run);

            // Corrections: the log, a new one, an undo
            config.routes.get("/api/curation", h.curation()::list);
            config.routes.post("/api/curation", h.curation()::create);
            config.routes.delete("/api/curation/{id}", h.curation()::undo);
            config.routes.get("/api/review", h.curation()::flags);

            // Backup of the whole store (a read)
            config.routes.get("/api/backup", h.backup()::download);

            // Web pages
            config.routes.get("/", h.rdf()::explorer);
            config.routes.get("/query", ctx -> html(ctx, h.pages().query()));
            config.routes.get("/upload", ctx -> html(ctx, h.pages().upload()));
            config.routes.get("/review", ctx -> html(ctx, h.pages().review()));
            config.routes.get("/search", ctx -> html(ctx, h.pages().search()));
            config.routes.get("/articles", ctx -> {
                ArticleService.ListQuery query = ArticleApi.listQuery(ctx);
                html(ctx, h.pages().articles(h.articles().list(query), query));
            });
            config.routes.get("/health", ctx -> health(ctx, h.health()));

            config.routes.exception(HttpError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.detail(), e.pageText()));
            config.routes.exception(QueryTimeoutException.class, (e, ctx) -> error(ctx, 503, "Query timeout", e.getMessage()));
            config.routes.exception(QueryException.class, (e, ctx) -> error(ctx, 400, "Bad query", e.getMessage()));
            config.routes.exception(QueryLimitException.class, (e, ctx) -> queryLimit(ctx, e));
            config.routes.exception(JobService.BusyException.class, (e, ctx) -> {
                ctx.header("Retry-After", Integer.toString(QueryLimitException.RETRY_AFTER_SECONDS));
                error(ctx, 503, "Busy", e.getMessage());
            });
            config.routes.exception(UploadException.class, (e, ctx) -> error(ctx, status(e), e.problem(), e.getMessage()));
            config.routes.exception(CurationException.class, (e, ctx) -> error(ctx, switch (e.problem()) {
                case BAD_REQUEST -> 400;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
            }, e.title(), e.detail()));
            config.routes.exception(ArticleException.class, (e, ctx) -> error(ctx, 400, "Bad article", e.getMessage()));
            config.routes.exception(StoreUnavailableException.class, (e, ctx) -> error(ctx, 503, "Store unavailable", e.getMessage()));
            config.routes.exception(TechKgException.class, (e, ctx) -> {
                // The message may name files and folders of this machine: it goes to the log only.
                LOG.warn("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Internal error", "The server log has the details");
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), ctx.method() + " " + ctx.path()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Internal error", "The server log has the details");
            });
            // An Error a request caused (the heap or the stack ran out in code that did not catch it): that request fails
            // with JSON, its memory is free again, and the server goes on.
            config.router.javaLangErrorHandler(WebServer::javaLangError);
            config.routes.error(404, ctx -> defaultError(ctx, "Not found", "No such resource: " + ctx.path()));
            config.routes.error(405, ctx -> defaultError(ctx, "Method not allowed", ctx.method() + " is not supported on " + ctx.path()));
            config.routes.error(413, ctx -> defaultError(ctx, "Request too large", "Files up to 10 MB, requests up to 60 MB"));
        });
    }

    private static void guardWrites(Context ctx, ServerSettings settings) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (settings.readOnly()) {
            throw new HttpError(403, "This server is read-only", "It was started with --read-only; uploads, deletes and corrections are refused");
        }
        if (settings.apiToken() != null && !ctx.path().equals("/update")) {
            BearerToken.require(ctx, settings.apiToken(), "techkg", "Missing or wrong API token",
                    "Write requests need 'Authorization: Bearer <the server's --api-token>'");
        }
    }

    private static int status(UploadException e) {
        if (e instanceof UploadException.Unsupported) {
            return 415;
        }
        return e instanceof UploadException.TooLarge ? 413 : 400;
    }

    private void queryLimit(Context ctx, QueryLimitException e) {
        switch (e.kind()) {
            case TEXT_TOO_LONG -> error(ctx, 413, "Query too large", e.getMessage());
            case TOO_COMPLEX -> error(ctx, 400, "Query too complex", e.getMessage());
            case SERVICE_REFUSED -> error(ctx, 400, "SERVICE not allowed", e.getMessage());
            case LOW_MEMORY, BUSY -> {
                ctx.header("Retry-After", Integer.toString(QueryLimitException.RETRY_AFTER_SECONDS));
                error(ctx, 503, e.kind() == QueryLimitException.Kind.BUSY ? "Busy" : "Low memory", e.getMessage());
            }
        }
    }

    private static void javaLangError(jakarta.servlet.http.HttpServletResponse response, Error error) {
        LOG.warn("A request failed with {}", error.toString());
        if (response.isCommitted()) {
            return;
        }
        boolean stack = error instanceof StackOverflowError;
        response.resetBuffer();
        response.setStatus(stack ? 400 : 503);
        response.setContentType("application/json; charset=utf-8");
        if (!stack) {
            response.setHeader("Retry-After", Integer.toString(QueryLimitException.RETRY_AFTER_SECONDS));
        }
        String body = stack
                ? "{\"error\":\"Request too complex\",\"detail\":\"The request is nested too deeply for this server\"}"
                : "{\"error\":\"Low memory\",\"detail\":\"The server ran out of memory for this request; try again later\"}";
        try {
            response.getOutputStream().write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | RuntimeException e) {
            // the client is gone
        }
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void health(Context ctx, Health health) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "ok");
        status.put("store", health.store());
        status.put("models", health.modelsLoaded() ? "loaded" : "not loaded (the first upload loads them)");
        status.put("index", health.index());
        ctx.json(status);
    }

    private void error(Context ctx, int status, String error, String detail) {
        error(ctx, status, error, detail, detail);
    }

    /** JSON for API clients; an HTML page with the error and {@code pageText} for a browser (it prefers text/html to JSON). */
    private void error(Context ctx, int status, String error, String detail, String pageText) {
        MediaTypes.vary(ctx.res(), "Accept");
        boolean page = ctx.method().name().equals("GET")
                && MediaTypes.choose(ctx.header("Accept"), List.of("application/json", "text/html")).orElse("").equals("text/html");
        if (page) {
            ctx.status(status).contentType("text/html; charset=utf-8").result(pages.error(status, error, pageText));
        } else {
            ctx.status(status).json(new ApiError(error, detail == null ? "" : detail));
        }
    }

    /** For errors Javalin raises itself: answer JSON unless a handler already wrote the body. */
    private void defaultError(Context ctx, String error, String detail) {
        String written = ctx.result();
        if (written == null || written.isEmpty()) {
            error(ctx, ctx.status().getCode(), error, detail);
        }
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** The news feeds it polls ({@code serve --feed}); {@link FeedPoller#start()} starts them. */
    public FeedPoller feeds() {
        return feeds;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Builds the server's handlers over the services, answering the host names and sharing reads with the origins of
     * the access policy; not yet started.
     *
     * @throws IllegalArgumentException when the settings are not valid ({@link ServerSettings#validated()})
     */
    public static WebServer assemble(ServerSettings settings, AccessPolicy access, Parts parts) {
        return assemble(settings, access, parts, line -> { });
    }

    /** As above, with a line for each request answered (method, path, status, milliseconds) given to the access log. */
    public static WebServer assemble(ServerSettings settings, AccessPolicy access, Parts parts, Consumer<String> accessLog) {
        settings.validated();
        SparqlHandler sparql = new SparqlHandler(parts.sparql(), settings.updateToken(),
                new ServiceDescription(!parts.sparql().limits().allowedServices().isEmpty()));
        Pages pages = new Pages(PageTemplates.load());
        RdfHandler rdf = new RdfHandler(parts.entities(), parts.articles(), parts.export(), parts.sparql(), pages, parts.curation());
        ArticleApi articles = new ArticleApi(parts.uploads(), parts.jobs(), parts.articles(), java.nio.file.Path.of("").toAbsolutePath());
        EntityApi entities = new EntityApi(parts.entities(), parts.graphs(), parts.entityTypes(), parts.relations(), parts.curation());
        SavedQueryApi queries = new SavedQueryApi(parts.savedQueries(), parts.sparql(), parts.indexedQueries());
        BackupApi backup = new BackupApi(parts.export());
        CurationApi curation = new CurationApi(parts.curation(), settings.apiToken() != null);
        return new WebServer(settings, access, new Handlers(sparql, rdf, articles, entities, queries, backup, curation, pages, parts.health(),
                parts.feeds(), new SearchApi(parts.search())), accessLog);
    }

    /**
     * The services the server stands on, and the names its API accepts.
     *
     * @param entityTypes the class names entity searches may ask for
     * @param relations   the relation names entity pages and graph views may ask for
     */
    public record Parts(ExportService export, SparqlService sparql, EntityService entities, ArticleService articles,
                        GraphService graphs, SavedQueries savedQueries, IndexedQueries indexedQueries, UploadService uploads, JobService jobs,
                        FeedPoller feeds, Health health, Collection<String> entityTypes, Collection<String> relations,
                        CurationService curation, SearchService search) {}
}
