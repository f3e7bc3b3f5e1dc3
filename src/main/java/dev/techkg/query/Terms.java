package dev.techkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Values given as text for a query's variables ({@code techkg query --bind}, a saved query's parameters), turned into
 * the RDF terms that are bound by substitution, never pasted into the query's text.
 */
public final class Terms {
    private Terms() {}

    /**
     * Values given as text for variables (a name with or without its '?'), as terms ({@link #term}), in their order.
     *
     * @throws QueryException naming a value that is no valid IRI
     */
    public static Map<String, Node> of(Map<String, String> values) {
        Map<String, Node> terms = new LinkedHashMap<>();
        values.forEach((name, value) -> terms.put(name.startsWith("?") ? name.substring(1) : name, term(value)));
        return terms;
    }

    /**
     * Turns a value given as text (on the command line, as a saved query's parameter) into an RDF term: {@code <iri>},
     * an absolute http(s) IRI, a prefixed name with a preset prefix ({@code id:alibaba-group}), or else a plain
     * string (quotes optional).
     */
    public static Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return iri(v.substring(1, v.length() - 1));
        }
        if (v.matches("(?i)https?://\\S+|urn:\\S+")) {
            return iri(v);
        }
        int colon = v.indexOf(':');
        if (colon > 0 && !v.contains(" ") && SparqlService.PRESET_PREFIXES.getNsPrefixURI(v.substring(0, colon)) != null) {
            return iri(SparqlService.PRESET_PREFIXES.expandPrefix(v));
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * An IRI term, refused when it holds a character that SPARQL does not allow between {@code <} and {@code >}
     * (spaces, {@code <>"{}|^`\\}, controls): such a value could not be written into a query's text as one term.
     *
     * @throws QueryException naming the value
     */
    public static Node iri(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new QueryException("Not a valid IRI: '" + value + "' (it holds " + (c <= ' ' ? "a space or control character"
                        : "'" + c + "'") + ", which an IRI may not; percent-encode it)");
            }
        }
        return NodeFactory.createURI(value);
    }
}
