package dev.techkg.article;

/**
 * An article of a kind TechKG does not read: a file type other than {@link ArticleReader#SUPPORTED}, or binary
 * content where text was expected. The message names the source and what was found.
 */
public class UnsupportedContentException extends ArticleException {
    public UnsupportedContentException(String message) {
        super(message);
    }
}
