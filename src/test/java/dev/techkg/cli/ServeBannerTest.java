package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What serve prints when it is up: where a newcomer finds the pages and the API. */
class ServeBannerTest {
    @Test
    void the_banner_lists_the_pages_and_the_api() {
        String banner = ServeCommand.banner("TDB2 store data/store", "http://127.0.0.1:7070", false, false, false);
        for (String expected : List.of("TechKG is serving TDB2 store data/store at http://127.0.0.1:7070/",
                "http://127.0.0.1:7070/ (explorer)", "http://127.0.0.1:7070/search", "http://127.0.0.1:7070/articles", "http://127.0.0.1:7070/query (SPARQL)", "http://127.0.0.1:7070/upload (add articles)",
                "http://127.0.0.1:7070/sparql", "service description", "/api/articles", "/api/entities", "/api/search", "/api/facts", "/api/graph", "/api/queries", "/api/jobs", "/api/feeds",
                "/api/backup", "/health", "/id/…", "/article/…", "/rdf?graph=", "--quiet", "Ctrl-C")) {
            assertTrue(banner.contains(expected), "missing '" + expected + "' in:\n" + banner);
        }
        assertFalse(banner.contains("/update"), "no /update without --update-token");
    }

    @Test
    void a_read_only_server_does_not_offer_the_upload_page_and_a_quiet_one_promises_no_log() {
        String banner = ServeCommand.banner("TDB2 store s", "http://[::1]:7070", true, true, true);
        assertFalse(banner.contains("/upload"), banner);
        assertFalse(banner.contains("/update"), "a read-only server has no /update: " + banner);
        assertFalse(banner.contains("One line per request"), banner);
        assertTrue(banner.contains("http://[::1]:7070/query (SPARQL)"), banner);
    }
}
