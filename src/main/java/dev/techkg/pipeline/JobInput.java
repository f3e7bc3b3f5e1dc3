package dev.techkg.pipeline;

import dev.techkg.article.Article;

/** One thing to ingest in a job. */
public sealed interface JobInput {
    /** A name for progress and errors: the file name, the source or the URL. */
    String name();

    /** An uploaded file, read in the job (type, size and binary content were checked on arrival). */
    record File(String name, byte[] bytes) implements JobInput {}

    /** Text given directly, already an article. */
    record Text(Article article) implements JobInput {
        @Override
        public String name() {
            return article.source();
        }
    }

    /** A URL the fetch policy accepted on arrival; fetched in the job. */
    record Url(String name) implements JobInput {}
}
