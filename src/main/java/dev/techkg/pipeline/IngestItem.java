package dev.techkg.pipeline;

import dev.techkg.article.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * One thing a command-line ingest reads: a file, a page fetched by URL, or a feed item.
 *
 * @param name       the name progress and errors give it: the path or the URL
 * @param knownAs    sources under which it counts as stored already, so that it is skipped without being read (a feed
 *                   item's link); empty when it must be read to tell (a file or a page given by the user, whose text may
 *                   have changed)
 * @param reader     reads it as an article, on an ingest thread
 */
public record IngestItem(String name, List<String> knownAs, Reader reader) {
    /** Reads an item; fails with a {@link dev.techkg.TechKgException} naming it and the reason. */
    @FunctionalInterface
    public interface Reader {
        Article read();
    }

    public IngestItem {
        knownAs = List.copyOf(knownAs);
    }

    /** An article file, read with the reader. */
    public static IngestItem file(Path file, dev.techkg.article.ArticleReader reader) {
        return new IngestItem(file.toString(), List.of(), () -> reader.read(file));
    }

    /** An item that fails with this reason when read (a URL that could not be fetched), reported like any other failure. */
    public static IngestItem failing(String name, RuntimeException reason) {
        return new IngestItem(name, List.of(), () -> {
            throw reason;
        });
    }
}
