/**
 * The pipeline composed of the stages: {@link dev.techkg.pipeline.ArticleProcessor} runs one article
 * through analysis, linking, extraction and RDF mapping ({@link dev.techkg.pipeline.GraphMapper}: the article,
 * its entities and its facts with their evidence as standard reification, in the terms of {@code rdf/});
 * {@link dev.techkg.pipeline.IngestService} reads files, pages and feed items ({@link dev.techkg.pipeline.WebSources}
 * turns a URL into them), skips unchanged articles, runs articles in parallel over the one shared processor, stores
 * each as its named graph and reports counts, timings and per-file failures.
 * Uploads arrive as an {@link dev.techkg.pipeline.Upload}, are checked by {@link dev.techkg.pipeline.UploadService}
 * (refusals are typed {@link dev.techkg.pipeline.UploadException}s) and run as background jobs
 * ({@link dev.techkg.pipeline.JobService}); the server's news feeds are polled by {@link dev.techkg.pipeline.FeedPoller},
 * which queues their new items as jobs too.
 */
package dev.techkg.pipeline;
