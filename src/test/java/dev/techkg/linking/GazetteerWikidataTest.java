package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.TechKgException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GazetteerWikidataTest {
    private static Gazetteer parse(String rows) throws Exception {
        return Gazetteer.parse(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void the_sixth_column_is_the_wikidata_id_and_may_be_left_empty() throws Exception {
        Gazetteer gazetteer = parse("canonical\ttype\taliases\tstands_for\towner\twikidata\n"
                + "Lumenfold Systems\tCompany\tLumenfold\t\t\tQ4242\n"
                + "Brightkelp\tCompany\t\t\t\t\n"
                + "Ostrava Widgets\tCompany\n");
        assertEquals("Q4242", gazetteer.byCanonical("Lumenfold Systems").orElseThrow().wikidata());
        assertEquals("", gazetteer.byCanonical("Brightkelp").orElseThrow().wikidata());
        assertEquals("", gazetteer.byCanonical("Ostrava Widgets").orElseThrow().wikidata());
    }

    @Test
    void a_malformed_wikidata_id_fails_naming_the_line_and_the_value() {
        TechKgException e = assertThrows(TechKgException.class,
                () -> parse("Lumenfold Systems\tCompany\t\t\t\thttps://www.wikidata.org/wiki/Q4242\n"));
        assertTrue(e.getMessage().contains("test.tsv line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'https://www.wikidata.org/wiki/Q4242'"), e.getMessage());
    }

    @Test
    void the_shipped_gazetteer_links_microsoft_to_its_wikidata_item() {
        assertEquals("Q2283", Gazetteer.loadDefault().byCanonical("Microsoft").orElseThrow().wikidata());
    }
}
