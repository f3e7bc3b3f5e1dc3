/**
 * Sources of articles and their clean text: plain text files (with optional SOURCE/TITLE/DATE header lines) and HTML
 * pages, whose main content, headline and publication date are extracted with jsoup and Readability4J; pages fetched
 * by URL under the address rules of {@link dev.techkg.article.UrlFetcher}; RSS and Atom feeds, read by
 * {@link dev.techkg.article.FeedReader} (Rome, used only here) from the bytes the fetcher fetched. A publication date
 * is kept only when the article states one (header, page metadata, URL path, dateline, feed item;
 * {@link dev.techkg.article.DateSource} says which), never the day of reading. jsoup is used only here. The output is
 * the immutable {@link dev.techkg.article.Article}; a file type or content it does not read is an
 * {@link dev.techkg.article.UnsupportedContentException}.
 */
package dev.techkg.article;
