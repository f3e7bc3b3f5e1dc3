package dev.techkg.pipeline;

import dev.techkg.article.Article;
import java.util.function.Function;

/** How a {@link JobService} stores one article: {@link IngestService#ingestArticle(Article, boolean, Runnable)}. */
@FunctionalInterface
public interface ArticleIngest {
    /**
     * Processes and stores one article unless its text is stored already.
     *
     * @param replace     whether it may replace a stored article of the same source; when false such an
     *                    article makes it fail with an {@link dev.techkg.article.ArticleException}
     * @param beforeWrite run once the article is processed, just before the store write; it may throw to
     *                    abandon the article (nothing is written then)
     */
    StoredArticle ingest(Article article, boolean replace, Runnable beforeWrite);

    /** An ingest that always may replace and has nothing to process before its write (for tests). */
    static ArticleIngest of(Function<Article, StoredArticle> ingest) {
        return (article, replace, beforeWrite) -> {
            beforeWrite.run();
            return ingest.apply(article);
        };
    }
}
