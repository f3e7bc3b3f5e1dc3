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

    /**
     * A URL the fetch policy accepted on arrival; fetched in the job.
     *
     * @param feedTitle the item's title in the feed it came from, taken when the page has none; null otherwise
     * @param feedDate  the item's date in the feed it came from, taken when the page states none; null otherwise
     */
    record Url(String name, String feedTitle, java.time.LocalDate feedDate) implements JobInput {
        /** A URL to fetch that no feed listed. */
        public Url(String name) {
            this(name, null, null);
        }
    }
}
