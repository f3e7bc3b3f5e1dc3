package dev.techkg.pipeline;

import dev.techkg.article.Article;
import java.util.function.Function;

/** How a {@link JobService} stores one article: {@link IngestService#ingestArticle(Article, boolean, Progress)}. */
@FunctionalInterface
public interface ArticleIngest {
    /** Told, on the ingesting thread, where one article is. */
    interface Progress {
        /** Processing starts now (the models are loaded, no other worker has the same text or source). */
        void processing();

        /** The article is processed and about to be written; may throw to abandon it (nothing is written then). */
        void writing();

        /** For callers that need neither. */
        Progress NONE = new Progress() {
            @Override
            public void processing() {}

            @Override
            public void writing() {}
        };
    }

    /**
     * Processes and stores one article unless its text is stored already.
     *
     * @param replace  whether it may replace a stored article of the same source; when false such an
     *                 article makes it fail with an {@link dev.techkg.article.ArticleException}
     * @param progress told when processing starts and just before the store write
     */
    StoredArticle ingest(Article article, boolean replace, Progress progress);

    /** An ingest that always may replace and reports no processing, only its write (for tests). */
    static ArticleIngest of(Function<Article, StoredArticle> ingest) {
        return (article, replace, progress) -> {
            progress.writing();
            return ingest.apply(article);
        };
    }
}
