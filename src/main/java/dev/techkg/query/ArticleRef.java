package dev.techkg.query;

import dev.techkg.TechKgException;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.rdf.IriMinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person may name an article by, to delete it: its IRI (bare or {@code <…>}), its id (the 16 hex characters
 * at the end of the IRI, as in {@code /article/…} links), or its source in any spelling. The one place these
 * spellings are worked out, for {@code techkg delete} and {@code DELETE /api/articles/…} alike.
 *
 * <p>A source is stored as it was given at ingest: a path as typed ({@code src/a.txt}, {@code ./src/a.txt} or
 * absolute), the {@code SOURCE:} URL of a file that has that header, or a URL. So a path is tried in each of its
 * spellings against the working folder, and (where files may be read, on the command line) a file that exists is
 * also found by its {@code SOURCE:} header and by its text. Immutable.
 *
 * @param given   the text as given
 * @param iris    article IRIs it may name
 * @param sources stored sources it may be
 */
public record ArticleRef(String given, List<String> iris, List<String> sources) {
    private static final String ID = "[0-9a-f]{16}";

    public ArticleRef {
        iris = List.copyOf(iris);
        sources = List.copyOf(sources);
    }

    /**
     * The spellings of an article reference.
     *
     * @param workingDir the folder relative paths are read against (absolute)
     * @param files      reads a named file to find its {@code SOURCE:} header and text, or null to read no files (the
     *                   server: a client does not get to make it read its disk)
     * @throws TechKgException when the text is blank
     */
    public static ArticleRef of(String text, Path workingDir, ArticleReader files) {
        if (text == null || text.isBlank()) {
            throw new TechKgException("An empty article reference: give an article IRI, its id or its source");
        }
        String given = text.strip();
        Set<String> iris = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        String bare = IriMinter.unbracketed(given);
        if (IriMinter.isArticleIri(bare)) {
            iris.add(bare);
        } else if (bare.matches(ID)) {
            iris.add(IriMinter.articleIri(bare));
        }
        sources.add(given);
        Path path = path(given, workingDir);
        if (path != null) {
            Path absolute = workingDir.resolve(path).normalize();
            sources.add(absolute.toString());
            if (absolute.startsWith(workingDir)) {
                String relative = workingDir.relativize(absolute).toString();
                if (!relative.isEmpty()) {
                    sources.add(relative);
                    sources.add("." + java.io.File.separator + relative);
                }
            }
            if (files != null && Files.isRegularFile(absolute)) {
                try {
                    Article article = files.read(absolute);
                    sources.add(article.source()); // the SOURCE: header's URL, where the file has one
                    iris.add(new IriMinter().article(article.text()));
                } catch (TechKgException e) {
                    // Not an article file (or not readable): it can still be named by its path.
                }
            }
        }
        return new ArticleRef(given, new ArrayList<>(iris), new ArrayList<>(sources));
    }

    /** The text as a file path ({@code file:} URLs too), or null when it is a URL or cannot be a path. */
    private static Path path(String text, Path workingDir) {
        try {
            if (text.regionMatches(true, 0, "file:", 0, 5)) {
                return Path.of(java.net.URI.create(text));
            }
            if (text.matches("(?i)[a-z][a-z0-9+.-]+:.*")) { // a URL or an uploaded source (upload:…), as stored
                return null;
            }
            return Path.of(text);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return null;
        }
    }
}
