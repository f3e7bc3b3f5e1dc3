package dev.techkg.article;

import dev.techkg.TechKgException;

/** An article could not be read or decoded; the message names the source and the reason. */
public class ArticleException extends TechKgException {
    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
