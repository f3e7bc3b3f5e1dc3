package dev.techkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header parsing never fails on odd input: an unreadable Accept counts as absent. */
class MediaTypesTest {
    private static final List<String> OFFERS = List.of("application/sparql-results+json", "text/csv");

    @Test
    void an_accept_header_of_only_separators_counts_as_absent() {
        for (String accept : List.of(";", ";;", ",", " ; , ;", ";q=0.5", "/;", "text/;")) {
            assertEquals(Optional.of("application/sparql-results+json"), MediaTypes.choose(accept, OFFERS), accept);
        }
    }

    @Test
    void q_values_still_decide_among_readable_ranges() {
        assertEquals(Optional.of("text/csv"), MediaTypes.choose("application/json;q=0.1, text/csv;q=0.9, ;", OFFERS));
        assertEquals(Optional.empty(), MediaTypes.choose("image/png", OFFERS));
    }

    @Test
    void content_type_and_accept_encoding_of_only_separators_are_read_without_error() {
        assertEquals("", MediaTypes.base(";"));
        assertEquals("", MediaTypes.base(";;charset=utf-8"));
        assertFalse(MediaTypes.acceptsGzip(";"));
        assertFalse(MediaTypes.acceptsGzip(",;,"));
    }
}
