package dev.techkg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Plain values as the literals TechKG writes: confidences as canonical decimals, dates, and instants to the
 * second in UTC. Stateless.
 */
public final class Literals {
    private Literals() {}

    /** A confidence as a canonical xsd:decimal lexical form with at most two decimals ("0.85", "1.0"). */
    public static String decimal(double confidence) {
        BigDecimal value = BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() <= 0 ? value.setScale(1).toPlainString() : value.toPlainString();
    }

    /** A confidence as an xsd:decimal literal in the form of {@link #decimal(double)}. */
    public static Node confidence(double confidence) {
        return NodeFactory.createLiteralDT(decimal(confidence), XSDDatatype.XSDdecimal);
    }

    /** A date as an xsd:date literal ("2025-03-01"). */
    public static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    /** An instant as an xsd:dateTime literal in UTC, to the second ("2025-03-01T12:00:00Z"). */
    public static Node dateTime(Instant instant) {
        String timestamp = DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        return NodeFactory.createLiteralDT(timestamp, XSDDatatype.XSDdateTime);
    }
}
