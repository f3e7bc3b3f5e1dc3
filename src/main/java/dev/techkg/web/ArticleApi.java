package dev.techkg.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.article.ArticleReader;
import dev.techkg.pipeline.JobService;
import dev.techkg.pipeline.JobService.ItemResult;
import dev.techkg.pipeline.JobService.JobSnapshot;
import dev.techkg.pipeline.Upload;
import dev.techkg.pipeline.UploadService;
import dev.techkg.query.ArticleRef;
import dev.techkg.query.ArticleService;
import dev.techkg.rdf.IriMinter;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;


/** Articles: upload (files, text or a URL) as background jobs, job status, list, one article, delete. */
final class ArticleApi {
    /** When a client refused as busy may try again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final UploadService uploads;
    private final JobService jobs;
    private final ArticleService articles;
    private final ObjectMapper json = new ObjectMapper();
    private final java.nio.file.Path workingDir;

    /** @param workingDir the folder relative source paths are read against (the server's, as at ingest) */
    ArticleApi(UploadService uploads, JobService jobs, ArticleService articles, java.nio.file.Path workingDir) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.articles = articles;
        this.workingDir = workingDir;
    }

    /** A job with, for each finished article, what was found in it. */
    record JobView(String id, String state, String created, String started, String finished, int total, int done,
                   List<ItemView> items) {}

    /** One input of a job. */
    record ItemView(String name, String state, String outcome, String article, String link, int entities, int relations,
                    ArticleService.ArticleDetail result, String error) {}

    /** POST /api/articles: the upload is checked by the upload service (refusals are mapped in {@link WebServer}). */
    void upload(Context ctx) {
        String type = MediaTypes.base(ctx.contentType());
        Upload upload = switch (type) {
            case "multipart/form-data" -> new Upload.Files(files(ctx), replace(ctx, null));
            case "application/json" -> jsonUpload(ctx);
            case "" -> throw new HttpError(415, "Missing Content-Type",
                    "Upload files as multipart/form-data (field 'file'), or send JSON {\"text\": …} or {\"url\": …}");
            default -> throw new HttpError(415, "Unsupported Content-Type '" + type + "'",
                    "Upload files as multipart/form-data (field 'file'), or send JSON {\"text\": …} or {\"url\": …}");
        };
        JobSnapshot job;
        try {
            job = uploads.submit(upload);
        } catch (JobService.BusyException e) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            throw new HttpError(503, "Busy", e.getMessage());
        } catch (JobService.TooLargeException e) {
            throw new HttpError(413, "The upload is too large", e.getMessage());
        }
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(view(job));
    }

    /**
     * Whether the upload may replace earlier uploads of the same source: {@code ?replace=true}, or
     * {@code "replace": true} in a JSON body. Uploads never replace articles ingested otherwise: their sources
     * are namespaced by the job service.
     *
     * @param body the JSON body, or null for another kind of upload
     */
    private static boolean replace(Context ctx, JsonNode body) {
        String param = ctx.queryParam("replace");
        if (param != null && !param.isBlank()) {
            return switch (param.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw HttpError.badRequest("'replace' must be true or false", "Got '" + param + "'");
            };
        }
        return body != null && body.path("replace").asBoolean(false);
    }

    /** The files of a multipart upload, read; what they hold is checked by the upload service. */
    private static List<Upload.File> files(Context ctx) {
        List<UploadedFile> uploaded;
        try {
            uploaded = ctx.uploadedFiles("file");
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            if (e instanceof HttpError error) {
                throw error;
            }
            // Jetty closes the connection after a body it could not parse; say so, or a client that reuses the
            // connection for its next request gets no answer at all.
            ctx.header("Connection", "close");
            String reason = String.valueOf(rootMessage(e));
            if (reason.contains("size exceeded")) {
                throw new HttpError(413, "The upload is too large", "At most " + ArticleReader.MAX_FILE_BYTES
                        + " bytes per file and 60 MB per request (" + reason + ")");
            }
            throw HttpError.badRequest("Malformed multipart upload", reason);
        }
        List<Upload.File> files = new ArrayList<>();
        for (UploadedFile file : uploaded) {
            try (InputStream in = file.content()) {
                files.add(new Upload.File(file.filename(), in.readAllBytes()));
            } catch (IOException e) {
                throw HttpError.badRequest("Cannot read the upload of " + file.filename(), e.getMessage());
            }
        }
        return files;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A JSON body: {@code {"url": …}} or {@code {"text": …, "title": …, "source": …, "date": …}}. */
    private Upload jsonUpload(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw HttpError.badRequest("The body is not valid JSON", e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw HttpError.badRequest("The body must be a JSON object", "Send {\"text\": …, \"title\": …, \"source\": …, \"date\": …} or {\"url\": …}");
        }
        boolean replace = replace(ctx, body);
        if (body.hasNonNull("url")) {
            return new Upload.Url(body.get("url").asText(), replace);
        }
        return new Upload.Text(text(body, "text"), text(body, "title"), text(body, "source"), text(body, "date"), replace);
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    /** GET /api/jobs?limit=10: the most recent jobs, newest first, as {@code /api/jobs/{id}} shows each. */
    void jobs(Context ctx) {
        int limit = intParam(ctx, "limit", 10, 1, 100);
        ctx.json(jobs.recent(limit).stream().map(this::view).toList());
    }

    /** GET /api/jobs/{id} */
    void job(Context ctx) {
        String id = ctx.pathParam("id");
        JobSnapshot job = jobs.get(id).orElseThrow(() -> HttpError.notFound("No job " + id, "A finished job can be read for an hour (the last 1 000 jobs), while the server runs"));
        ctx.json(view(job));
    }

    private JobView view(JobSnapshot job) {
        List<ItemView> items = new ArrayList<>();
        for (ItemResult item : job.items()) {
            String id = item.articleIri() == null ? null : IriMinter.articleIdOf(item.articleIri());
            ArticleService.ArticleDetail result = id != null && item.state() == JobService.State.DONE
                    ? articles.article(id).map(ArticleApi::withoutText).orElse(null) : null;
            items.add(new ItemView(item.name(), lower(item.state()), item.outcome(), item.articleIri(),
                    id == null ? null : "/article/" + id, item.entities(), item.relations(), result, item.error()));
        }
        return new JobView(job.id(), lower(job.state()), job.created(), job.started(), job.finished(), job.total(), job.done(), items);
    }

    private static ArticleService.ArticleDetail withoutText(ArticleService.ArticleDetail a) {
        return new ArticleService.ArticleDetail(a.id(), a.iri(), a.title(), a.source(), a.date(), a.dateSource(), a.created(), null,
                a.entities(), a.facts());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** GET /api/articles?page=&size= */
    void list(Context ctx) {
        ctx.json(articles.list(listQuery(ctx)));
    }

    /** The list asked for by {@code sort}, {@code order}, {@code source}, {@code since}, {@code until}, {@code page}, {@code size}. */
    ArticleService.ArticleList list(ArticleService.ListQuery query) {
        return articles.list(query);
    }

    /**
     * The list query of a request: {@code sort} one of {@link ArticleService#SORTS} (default added), {@code order}
     * asc or desc (default desc, but asc for title and source), {@code source} a host or "unknown", {@code since}
     * and {@code until} days, {@code page} from 0, {@code size} 1 to {@value ArticleService#MAX_PAGE_SIZE} (default 20).
     */
    static ArticleService.ListQuery listQuery(Context ctx) {
        String sort = text(ctx, "sort", "added");
        if (!ArticleService.SORTS.contains(sort)) {
            throw HttpError.badRequest("Unknown sort '" + sort + "'", "One of " + String.join(", ", ArticleService.SORTS));
        }
        String order = text(ctx, "order", sort.equals("title") || sort.equals("source") ? "asc" : "desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw HttpError.badRequest("'order' must be asc or desc", "Got '" + order + "'");
        }
        String source = ctx.queryParam("source");
        return new ArticleService.ListQuery(sort, order.equals("desc"), source == null || source.isBlank() ? null : source.strip(),
                QueryParams.day(ctx, "since"), QueryParams.day(ctx, "until"), intParam(ctx, "page", 0, 0, 1_000_000),
                intParam(ctx, "size", 20, 1, ArticleService.MAX_PAGE_SIZE));
    }

    private static String text(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** GET /api/articles/{id} */
    void get(Context ctx) {
        String id = articleId(ctx);
        ctx.json(articles.article(id).orElseThrow(() -> HttpError.notFound("No article " + id, "List articles with GET /api/articles")));
    }

    /**
     * DELETE /api/articles/{ref}: the article's id, its IRI or its source in any spelling ({@link ArticleRef}),
     * URL-encoded; every article with that source goes. Paths are read against the server's working folder; the
     * server reads no file a client names.
     */
    void delete(Context ctx) {
        String given = ctx.pathParam("id");
        List<String> graphs = articles.find(ArticleRef.of(given, workingDir, null));
        if (graphs.isEmpty()) {
            throw HttpError.notFound("No article with IRI, id or source '" + given + "'", "List articles with GET /api/articles");
        }
        articles.delete(graphs);
        ctx.status(204);
    }

    private static String articleId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw HttpError.badRequest("Bad article id '" + id + "'", "An article id is the 16 hex characters at the end of its IRI");
        }
        return id;
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw HttpError.badRequest("'" + name + "' must be between " + min + " and " + max, "Got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("'" + name + "' must be a whole number", "Got '" + value + "'");
        }
    }

}
