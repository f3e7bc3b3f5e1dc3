package dev.techkg.linking;

/**
 * A stretch of tokens [begin, end) of one sentence that names something, before it is typed and linked.
 *
 * @param entry the gazetteer entry it names, or null when it is not (or not wholly) a gazetteer name
 * @param kind  where it was found: CoreNLP's label (PERSON, ORGANIZATION, LOCATION, MISC) or one of the
 *              constants below; null for a gazetteer name
 */
record Span(int begin, int end, GazetteerEntry entry, String kind) {
    /** A product name found by its shape or the words around it ("the Tomahawk chip", "its V4", "HBM4"). */
    static final String PRODUCT = "PRODUCT_CONTEXT";
    /** A company name closed by a legal form ("X Y Holdings LLC"). */
    static final String LEGAL_NAME = "LEGAL_NAME";
    /** A proper noun CoreNLP left untagged that the words around it call a company ("the chip startup Zentrix"). */
    static final String CUED_COMPANY = "CUED_COMPANY";
    /** A government named by a nationality adjective ("the Dutch government"); entry is the country. */
    static final String NATIONAL_GOVERNMENT = "NATIONAL_GOVERNMENT";

    int length() {
        return end - begin;
    }

    boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    Span withEnd(int newEnd, GazetteerEntry newEntry, String newKind) {
        return new Span(begin, newEnd, newEntry, newKind);
    }
}
