package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.query.SparqlService;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are expanded in the templates only, in one pass: text from articles is never expanded. */
class PageTemplatesTest {
    private final PageTemplates templates = PageTemplates.load();

    @Test
    void placeholders_inside_the_title_and_body_stay_as_written() {
        String page = templates.render("{{body}} {{yasgui}} {{nav-upload}}", "", null,
                "<p>An article that quotes {{title}}, {{head}}, {{cytoscape}} and {{body}}.</p>");
        assertTrue(page.contains("<title>{{body}} {{yasgui}} {{nav-upload}} · TechKG</title>"), page);
        assertTrue(page.contains("<p>An article that quotes {{title}}, {{head}}, {{cytoscape}} and {{body}}.</p>"), page);
        assertEquals(1, page.split("An article that quotes", -1).length - 1, "the body appears once");
        assertFalse(page.contains("/webjars/"), "no asset path was put into user text");
    }

    @Test
    void the_pages_own_placeholders_are_all_expanded() {
        for (String page : new String[] {templates.page("explorer", "Explorer", "explorer", null),
                templates.page("query", "SPARQL", "query", "<link rel=\"stylesheet\" href=\"{{yasgui-css}}\">"),
                templates.page("upload", "Upload", "upload", null)}) {
            assertFalse(page.contains("{{"), page);
        }
    }

    @Test
    void the_sparql_page_offers_every_preset_prefix_and_only_those() {
        String page = templates.page("query", "SPARQL", "query", null);
        String prefixes = page.substring(page.indexOf("data-prefixes=\"") + 15, page.indexOf("\"", page.indexOf("data-prefixes=\"") + 15));
        assertEquals(SparqlService.PRESET_PREFIXES.numPrefixes(), prefixes.strip().lines().count(), prefixes);
        SparqlService.PRESET_PREFIXES.getNsPrefixMap().forEach((prefix, namespace) ->
                assertTrue(prefixes.contains("PREFIX " + prefix + ": &lt;" + namespace + "&gt;\n"), prefixes));
    }

    @Test
    void one_pass_does_not_expand_a_value_that_looks_like_a_placeholder() {
        assertEquals("a {{b}} c", PageTemplates.expand("a {{x}} c", Map.of("{{x}}", "{{b}}", "{{b}}", "B")));
        assertEquals("a {{unknown}}", PageTemplates.expand("a {{unknown}}", Map.of()));
    }
}
