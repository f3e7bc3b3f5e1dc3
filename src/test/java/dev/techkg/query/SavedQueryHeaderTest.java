package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.query.SavedQueries.SavedQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header of a saved query, read once for the web form, the CLI help and the API. */
class SavedQueryHeaderTest {
    private static final String BODY = "SELECT ?x WHERE { ?x ?rel ?name . FILTER(?since < NOW()) }\n";

    @Test
    void param_lines_give_variable_kind_default_and_a_description_that_may_continue() {
        SavedQuery q = SavedQueries.of("sample", """
                # title: A sample
                # description: What it answers,
                #   on two lines.
                # param: ?name (name, default "Big Corp") Whose facts,
                #   by name or alias.
                # param: ?rel (relation) One relation only.
                # param: ?since (date, default 2024-01-01) From this day.
                """ + BODY);
        assertEquals("A sample", q.title());
        assertEquals("What it answers, on two lines.", q.description());
        assertEquals(List.of(new Parameter("name", Parameter.Kind.NAME, "Big Corp", "Whose facts, by name or alias."),
                new Parameter("rel", Parameter.Kind.RELATION, null, "One relation only."),
                new Parameter("since", Parameter.Kind.DATE, "2024-01-01", "From this day.")), q.parameters());
    }

    @Test
    void a_header_that_cannot_be_read_fails_naming_the_query_and_what_is_wrong() {
        QueryException kind = assertThrows(QueryException.class, () -> SavedQueries.of("sample", "# param: ?name (person) Who.\n" + BODY));
        assertTrue(kind.getMessage().contains("'sample'") && kind.getMessage().contains("Unknown parameter kind 'person'"), kind.getMessage());
        QueryException unused = assertThrows(QueryException.class, () -> SavedQueries.of("sample", "# param: ?nmae (name) Who.\n" + BODY));
        assertTrue(unused.getMessage().contains("?nmae that the query does not use"), unused.getMessage());
        QueryException shape = assertThrows(QueryException.class, () -> SavedQueries.of("sample", "# param: name, a name\n" + BODY));
        assertTrue(shape.getMessage().contains("# param: ?variable (kind, default value) what it does"), shape.getMessage());
    }

    @Test
    void every_shipped_query_documents_parameters_that_it_uses() {
        List<SavedQuery> all = SavedQueries.loadDefault().all();
        assertTrue(all.size() >= 10, "queries: " + all.size());
        for (SavedQuery q : all) {
            assertTrue(!q.description().isBlank(), q.name());
            q.parameters().forEach(p -> assertTrue(q.variables().contains(p.variable()) && !p.description().isBlank(), q.name() + " " + p));
        }
        SavedQuery facts = SavedQueries.loadDefault().get("entity-facts").orElseThrow();
        assertEquals(Parameter.Kind.NAME, facts.parameter("name").orElseThrow().kind());
        assertNull(facts.parameter("wanted").orElse(null), "a variable the query sets itself is no parameter");
    }
}
