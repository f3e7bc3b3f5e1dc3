package dev.techkg.web;

import dev.techkg.query.AnswerFormat;
import dev.techkg.query.SparqlService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;

/**
 * The format of a query answer for an Accept header, falling back as Fuseki does instead of answering 406: SPARQL
 * clients send Accept headers made for another query form (rdflib's {@code SPARQLStore} asks for
 * {@code application/sparql-results+json} whatever the query), and a 406 breaks them.
 *
 * <p>Fuseki 5.6 ({@code org.apache.jena.fuseki.servlets.Responses} and {@code DEF}): SELECT and ASK offer the
 * SPARQL results types and {@code text/plain} (a text table), and fall back to SPARQL results XML
 * ({@code DEF.acceptResultSetXML}); CONSTRUCT and DESCRIBE offer the RDF types, {@code text/plain} among them as
 * N-Triples ({@code WebContent.contentTypeNTriplesAlt}), and fall back to Turtle ({@code DEF.acceptTurtle}).
 * One difference: a graph query whose client asks only for SPARQL results (JSON or XML) gets RDF/XML, not Turtle,
 * as that is the one RDF format such clients read (rdflib 6 reads a graph answer only as RDF/XML), and one asking
 * for plain {@code application/json} gets JSON-LD, which is JSON. Stateless.
 */
final class AnswerNegotiation {
    private static final String TEXT = "text/plain";
    private static final String RESULTS_XML = "application/sparql-results+xml";

    private AnswerNegotiation() {}

    /** The answer format for the query and the Accept header (null or blank: the query form's default). */
    static AnswerFormat choose(Query query, String accept) {
        Map<String, Lang> offers = SparqlService.offers(query);
        boolean rows = query.isSelectType() || query.isAskType();
        List<String> all = new java.util.ArrayList<>(offers.keySet());
        all.add(TEXT); // last: it never wins a tie (such as "*/*") over the standard types
        Optional<String> chosen = MediaTypes.choose(accept, all);
        if (chosen.isPresent()) {
            return format(chosen.get(), offers, rows);
        }
        if (rows) {
            return format(RESULTS_XML, offers, true);
        }
        if (MediaTypes.choose(accept, List.of("application/sparql-results+json", RESULTS_XML)).isPresent()) {
            return format("application/rdf+xml", offers, false);
        }
        if (MediaTypes.choose(accept, List.of("application/json")).isPresent()) {
            return format("application/ld+json", offers, false);
        }
        return format("text/turtle", offers, false);
    }

    private static AnswerFormat format(String mediaType, Map<String, Lang> offers, boolean rows) {
        if (!mediaType.equals(TEXT)) {
            return AnswerFormat.of(mediaType, offers.get(mediaType));
        }
        return rows ? AnswerFormat.textTable(AnswerFormat.of(TEXT, Lang.NTRIPLES)) : AnswerFormat.of(TEXT, Lang.NTRIPLES);
    }
}
