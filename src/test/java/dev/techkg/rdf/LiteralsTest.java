package dev.techkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void confidences_are_written_as_canonical_decimals() {
        assertEquals("0.8", Literals.decimal(0.8));
        assertEquals("0.85", Literals.decimal(0.849999));
        assertEquals("1.0", Literals.decimal(1.0));
        assertEquals("0.0", Literals.decimal(0.0));
        assertEquals(NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal), Literals.confidence(0.849999));
    }

    @Test
    void dates_are_xsd_dates_and_instants_are_utc_date_times_to_the_second() {
        assertEquals(NodeFactory.createLiteralDT("2025-03-01", XSDDatatype.XSDdate), Literals.date(LocalDate.of(2025, 3, 1)));
        assertEquals(NodeFactory.createLiteralDT("2025-03-01T12:00:05Z", XSDDatatype.XSDdateTime),
                Literals.dateTime(Instant.parse("2025-03-01T12:00:05.987Z")));
    }
}
