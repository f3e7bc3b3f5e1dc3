/**
 * Sources of articles and their clean text: plain text files (with optional SOURCE/TITLE/DATE header
 * lines) and HTML pages, whose main content, headline and publication date are extracted with jsoup and
 * Readability4J. jsoup is used only here. The output is the immutable {@link dev.techkg.article.Article}.
 */
package dev.techkg.article;
