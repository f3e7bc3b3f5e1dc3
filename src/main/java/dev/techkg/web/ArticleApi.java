package dev.techkg.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.UrlFetcher;
import dev.techkg.pipeline.JobInput;
import dev.techkg.pipeline.JobService;
import dev.techkg.pipeline.JobService.ItemResult;
import dev.techkg.pipeline.JobService.JobSnapshot;
import dev.techkg.query.ArticleService;
import dev.techkg.rdf.IriMinter;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;


/** Articles: upload (files, text or a URL) as background jobs, job status, list, one article, delete. */
final class ArticleApi {
    /** The most files one upload may carry. */
    static final int MAX_FILES = 50;
    /** When a client refused as busy may try again. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final ArticleReader reader;
    private final UrlFetcher fetcher;
    private final JobService jobs;
    private final ArticleService articles;
    private final ObjectMapper json = new ObjectMapper();

    ArticleApi(ArticleReader reader, UrlFetcher fetcher, JobService jobs, ArticleService articles) {
        this.reader = reader;
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.articles = articles;
    }

    /** A job with, for each finished article, what was found in it. */
    record JobView(String id, String state, String created, String started, String finished, int total, int done,
                   List<ItemView> items) {}

    /** One input of a job. */
    record ItemView(String name, String state, String outcome, String article, String link, int entities, int relations,
                    ArticleService.ArticleDetail result, String error) {}

    /** POST /api/articles */
    void upload(Context ctx) {
        String type = MediaTypes.base(ctx.contentType());
        List<JobInput> inputs = switch (type) {
            case "multipart/form-data" -> files(ctx);
            case "application/json" -> jsonInput(ctx);
            case "" -> throw new HttpError(415, "Missing Content-Type",
                    "Upload files as multipart/form-data (field 'file'), or send JSON {\"text\": …} or {\"url\": …}");
            default -> throw new HttpError(415, "Unsupported Content-Type '" + type + "'",
                    "Upload files as multipart/form-data (field 'file'), or send JSON {\"text\": …} or {\"url\": …}");
        };
        JobSnapshot job;
        try {
            job = jobs.submit(inputs, replace(ctx));
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
     */
    private boolean replace(Context ctx) {
        String param = ctx.queryParam("replace");
        if (param != null && !param.isBlank()) {
            return switch (param.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw HttpError.badRequest("'replace' must be true or false", "Got '" + param + "'");
            };
        }
        if (MediaTypes.base(ctx.contentType()).equals("application/json")) {
            try {
                return json.readTree(ctx.bodyAsBytes()).path("replace").asBoolean(false); // read (and checked) before
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private List<JobInput> files(Context ctx) {
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
        if (uploaded.isEmpty()) {
            throw HttpError.badRequest("No file in the upload", "Send the files in multipart form fields named 'file'");
        }
        if (uploaded.size() > MAX_FILES) {
            throw new HttpError(413, "Too many files: " + uploaded.size(), "At most " + MAX_FILES + " files per upload");
        }
        List<JobInput> inputs = new ArrayList<>();
        for (UploadedFile file : uploaded) {
            String name = file.filename() == null || file.filename().isBlank() ? "unnamed" : file.filename();
            if (file.size() > ArticleReader.MAX_FILE_BYTES) {
                throw new HttpError(413, name + " is too large: " + file.size() + " bytes",
                        "At most " + ArticleReader.MAX_FILE_BYTES + " bytes per file");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw HttpError.badRequest("Cannot read the upload of " + name, e.getMessage());
            }
            try {
                reader.precheck(name, bytes);
            } catch (TechKgException e) {
                int status = e.getMessage().contains("Unsupported file type") || e.getMessage().contains("binary") ? 415 : 400;
                throw new HttpError(status, "Cannot ingest " + name, e.getMessage());
            }
            inputs.add(new JobInput.File(name, bytes));
        }
        return inputs;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private List<JobInput> jsonInput(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw HttpError.badRequest("The body is not valid JSON", e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw HttpError.badRequest("The body must be a JSON object", "Send {\"text\": …, \"title\": …, \"source\": …, \"date\": …} or {\"url\": …}");
        }
        if (body.hasNonNull("url")) {
            String url = body.get("url").asText();
            try {
                return List.of(new JobInput.Url(fetcher.check(url).toString()));
            } catch (TechKgException e) {
                throw HttpError.badRequest("Cannot fetch this URL", e.getMessage());
            }
        }
        String text = body.hasNonNull("text") ? body.get("text").asText() : "";
        if (text.isBlank()) {
            throw HttpError.badRequest("Empty article", "Give the article's body in \"text\" (or a \"url\" to fetch)");
        }
        if (text.length() > ArticleReader.MAX_FILE_BYTES) {
            throw new HttpError(413, "The text is too long", "At most " + ArticleReader.MAX_FILE_BYTES + " characters");
        }
        String title = body.hasNonNull("title") ? body.get("title").asText() : "";
        String source = body.hasNonNull("source") ? body.get("source").asText() : "";
        LocalDate date = null;
        if (body.hasNonNull("date") && !body.get("date").asText().isBlank()) {
            try {
                date = LocalDate.parse(body.get("date").asText().strip().substring(0, Math.min(10, body.get("date").asText().strip().length())));
            } catch (DateTimeParseException e) {
                throw HttpError.badRequest("Bad date '" + body.get("date").asText() + "'", "Give the date as YYYY-MM-DD");
            }
        }
        String effectiveSource = source.isBlank() ? "api:text/" + IriMinter.bodyHash(text) : source;
        Article article;
        try {
            article = reader.fromText(text, effectiveSource, title, date);
        } catch (TechKgException e) {
            throw HttpError.badRequest("Empty article", e.getMessage());
        }
        return List.of(new JobInput.Text(article));
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
        return new ArticleService.ArticleDetail(a.id(), a.iri(), a.title(), a.source(), a.date(), a.created(), null, a.entities(), a.facts());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** GET /api/articles?page=&size= */
    void list(Context ctx) {
        int page = intParam(ctx, "page", 0, 0, Integer.MAX_VALUE);
        int size = intParam(ctx, "size", 20, 1, 200);
        ctx.json(articles.list(page, size));
    }

    /** GET /api/articles/{id} */
    void get(Context ctx) {
        String id = articleId(ctx);
        ctx.json(articles.article(id).orElseThrow(() -> HttpError.notFound("No article " + id, "List articles with GET /api/articles")));
    }

    /** DELETE /api/articles/{id} */
    void delete(Context ctx) {
        String id = articleId(ctx);
        if (!articles.delete(id)) {
            throw HttpError.notFound("No article " + id, "List articles with GET /api/articles");
        }
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
