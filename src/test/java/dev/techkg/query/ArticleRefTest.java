package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.techkg.TechKgException;
import dev.techkg.article.ArticleReader;
import dev.techkg.rdf.IriMinter;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding stored articles by what a person names them by, on a real TDB2 store whose articles were stored with
 * their sources spelt as ingest and upload store them.
 */
class ArticleRefTest {
    private static final String RELATIVE = IriMinter.articleIri("00000000000000a1");
    private static final String DOTTED = IriMinter.articleIri("00000000000000a2");
    private static final String HEADER = IriMinter.articleIri("00000000000000a3");
    private static final String UPLOADED = IriMinter.articleIri("00000000000000a4");

    @TempDir
    Path temp;
    Path work;
    Tdb2Store store;
    ArticleService articles;

    @BeforeEach
    void setUp() throws Exception {
        work = Files.createDirectories(temp.resolve("work")).toRealPath();
        store = Tdb2Store.open(temp.resolve("store"));
        String trig = article(RELATIVE, "news/chips.txt") + article(DOTTED, "./news/solar.txt")
                + article(HEADER, "https://news.example.org/panels") + article(UPLOADED, "upload:memo.txt");
        store.load(Files.writeString(temp.resolve("articles.trig"), trig), Lang.TRIG, "urn:example:unused");
        articles = new ArticleService(store, dev.techkg.index.GraphIndexCache.over(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String article(String iri, String source) {
        return "<" + iri + "> { <" + iri + "> a <https://w3id.org/techkg/ontology#Article> ; <http://purl.org/dc/terms/source> \""
                + source + "\" . }\n";
    }

    private List<String> find(String text) {
        return articles.find(ArticleRef.of(text, work, new ArticleReader()));
    }

    @Test
    void a_path_is_found_however_it_is_spelt() {
        assertEquals(List.of(RELATIVE), find("news/chips.txt"));
        assertEquals(List.of(RELATIVE), find("./news/chips.txt"));
        assertEquals(List.of(RELATIVE), find(work.resolve("news/chips.txt").toString()));
        assertEquals(List.of(RELATIVE), find(work.resolve("news/../news/chips.txt").toString()));
        assertEquals(List.of(RELATIVE), find(work.resolve("news/chips.txt").toUri().toString()));
        assertEquals(List.of(DOTTED), find("news/solar.txt"), "stored as ./news/solar.txt");
        assertEquals(List.of(DOTTED), find(work.resolve("news/solar.txt").toString()));
    }

    @Test
    void an_article_is_found_by_its_iri_bare_or_bracketed_and_by_its_short_id() {
        assertEquals(List.of(RELATIVE), find(RELATIVE));
        assertEquals(List.of(RELATIVE), find("<" + RELATIVE + ">"));
        assertEquals(List.of(RELATIVE), find("00000000000000a1"));
        assertEquals(List.of(), find("00000000000000ff"), "an id of no stored article");
    }

    @Test
    void a_file_with_a_source_header_is_found_by_its_path_and_urls_and_uploads_as_stored() throws Exception {
        Files.createDirectories(work.resolve("drafts"));
        Files.writeString(work.resolve("drafts/panels.txt"), "SOURCE: https://news.example.org/panels\n\n"
                + "Brightline Solar opened a panel plant in Ohio.\n");
        assertEquals(List.of(HEADER), find("drafts/panels.txt"));
        assertEquals(List.of(HEADER), find("https://news.example.org/panels"));
        assertEquals(List.of(UPLOADED), find("upload:memo.txt"));
        assertEquals(List.of(), find("memo.txt"), "an upload's name alone is not its source");
    }

    @Test
    void the_server_reads_no_file_a_client_names() throws Exception {
        Files.writeString(work.resolve("panels.txt"), "SOURCE: https://news.example.org/panels\n\nBrightline Solar opened a plant.\n");
        assertEquals(List.of(), articles.find(ArticleRef.of("panels.txt", work, null)));
    }

    @Test
    void a_blank_reference_is_refused_with_what_to_give() {
        TechKgException e = assertThrows(TechKgException.class, () -> ArticleRef.of(" ", work, null));
        assertEquals("An empty article reference: give an article IRI, its id or its source", e.getMessage());
    }

    @Test
    void deleting_what_was_found_removes_exactly_those_articles() {
        assertEquals(1, articles.delete(find("./news/chips.txt")));
        assertEquals(List.of(), find("news/chips.txt"));
        assertEquals(List.of(DOTTED), find("news/solar.txt"));
    }
}
