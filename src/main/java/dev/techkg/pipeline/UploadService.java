package dev.techkg.pipeline;

import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.article.UnsupportedContentException;
import dev.techkg.article.UrlFetcher;
import dev.techkg.rdf.IriMinter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an {@link Upload} on arrival and submits it as one background job: file types, sizes and binary content,
 * the URL against the fetch policy, a text with its title, source and date. Thread-safe.
 */
public final class UploadService {
    private final ArticleReader reader;
    private final UrlFetcher fetcher;
    private final JobService jobs;

    public UploadService(ArticleReader reader, UrlFetcher fetcher, JobService jobs) {
        this.reader = reader;
        this.fetcher = fetcher;
        this.jobs = jobs;
    }

    /**
     * The upload as a job, queued.
     *
     * @throws UploadException            when the upload is refused (nothing queued)
     * @throws JobService.BusyException     when too many jobs or bytes are waiting already
     * @throws JobService.TooLargeException when the job alone holds more bytes than may wait at once
     */
    public JobService.JobSnapshot submit(Upload upload) {
        List<JobInput> inputs;
        if (upload instanceof Upload.Files files) {
            inputs = files(files.files());
        } else if (upload instanceof Upload.Text text) {
            inputs = List.of(text(text));
        } else {
            inputs = List.of(url(((Upload.Url) upload).url()));
        }
        return jobs.submit(inputs, upload.replace());
    }

    private List<JobInput> files(List<Upload.File> files) {
        if (files.isEmpty()) {
            throw new UploadException("No file in the upload", "Send the files in multipart form fields named 'file'");
        }
        if (files.size() > Upload.MAX_FILES) {
            throw new UploadException.TooLarge("Too many files: " + files.size(), "At most " + Upload.MAX_FILES + " files per upload");
        }
        List<JobInput> inputs = new ArrayList<>();
        for (Upload.File file : files) {
            String name = file.name() == null || file.name().isBlank() ? "unnamed" : file.name();
            if (file.bytes().length > ArticleReader.MAX_FILE_BYTES) {
                throw new UploadException.TooLarge(name + " is too large: " + file.bytes().length + " bytes",
                        "At most " + ArticleReader.MAX_FILE_BYTES + " bytes per file");
            }
            try {
                reader.precheck(name, file.bytes());
            } catch (UnsupportedContentException e) {
                throw new UploadException.Unsupported("Cannot ingest " + name, e.getMessage());
            } catch (TechKgException e) {
                throw new UploadException("Cannot ingest " + name, e.getMessage());
            }
            inputs.add(new JobInput.File(name, file.bytes()));
        }
        return inputs;
    }

    private JobInput url(String url) {
        try {
            return new JobInput.Url(fetcher.check(url).toString());
        } catch (TechKgException e) {
            throw new UploadException("Cannot fetch this URL", e.getMessage());
        }
    }

    private JobInput text(Upload.Text upload) {
        String text = upload.text() == null ? "" : upload.text();
        if (text.isBlank()) {
            throw new UploadException("Empty article", "Give the article's body in \"text\" (or a \"url\" to fetch)");
        }
        if (text.length() > ArticleReader.MAX_FILE_BYTES) {
            throw new UploadException.TooLarge("The text is too long", "At most " + ArticleReader.MAX_FILE_BYTES + " characters");
        }
        String source = upload.source() == null || upload.source().isBlank() ? "api:text/" + IriMinter.bodyHash(text) : upload.source();
        Article article;
        try {
            article = reader.fromText(text, source, upload.title() == null ? "" : upload.title(), date(upload.date()));
        } catch (TechKgException e) {
            throw new UploadException("Empty article", e.getMessage());
        }
        return new JobInput.Text(article);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.strip();
        try {
            return LocalDate.parse(day.substring(0, Math.min(10, day.length())));
        } catch (DateTimeParseException e) {
            throw new UploadException("Bad date '" + value + "'", "Give the date as YYYY-MM-DD");
        }
    }
}
