package dev.techkg.query;

import dev.techkg.extraction.Relation;
import dev.techkg.linking.EntityType;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.store.SparqlStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Turns the values a person gives a saved query's parameters (as text, on the command line or in the web form) into
 * the terms bound to its variables, as each {@link Parameter.Kind} says, so that a value cannot silently match
 * nothing: an unknown parameter, a name no entity has, an IRI the graph does not hold, a relation or class the
 * ontology does not define, a date that is no date, is each refused with a message naming the value. Names match
 * case-insensitively, and by alias. Thread-safe.
 */
public final class ParameterResolver {
    private static final List<String> RELATIONS = Arrays.stream(Relation.values()).map(Relation::localName).toList();
    private static final List<String> CLASSES = Arrays.stream(EntityType.values()).map(EntityType::className).toList();

    private final Query exactName = lookup("SELECT ?e WHERE { ?e rdfs:label|skos:altLabel ?name } LIMIT 1");
    private final Query labelOf = lookup("SELECT ?name WHERE { ?e rdfs:label ?name } LIMIT 1");
    // The fallback for a name in another case: reads every name, so it runs only when the index lookups found none.
    private final Query anyCase = lookup("SELECT ?name WHERE { ?e rdfs:label|skos:altLabel ?name FILTER(LCASE(STR(?name)) = ?lower) } LIMIT 1");
    private final Query entityNamed = lookup("SELECT ?e WHERE { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } } LIMIT 1");
    private final Query anyTriple = lookup("SELECT ?p WHERE { ?e ?p ?o } LIMIT 1");
    private final Query article = lookup("SELECT ?e WHERE { ?e a tk:Article } LIMIT 1");

    private final SparqlStore store;
    private final QueryGate gate;
    private final long timeoutMillis;

    /**
     * @param gate where look-ups wait for a place, as queries do (the last-resort look-up reads every name); its
     *             limits' timeout bounds each look-up
     */
    ParameterResolver(SparqlStore store, QueryGate gate) {
        this.store = store;
        this.gate = gate;
        this.timeoutMillis = gate.limits().timeoutMillis();
    }

    /**
     * The terms for the given values, by variable (without '?'), in the order given.
     *
     * @param given values as text by parameter name (with or without '?')
     * @throws QueryException naming an unknown parameter (and the query's parameters), or a value that does not resolve
     */
    public Map<String, Node> resolve(SavedQueries.SavedQuery query, Map<String, String> given) {
        Map<String, Node> terms = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            String variable = name.startsWith("?") ? name.substring(1) : name;
            Parameter parameter = query.parameter(variable).orElseThrow(() -> unknown(query, variable));
            terms.put(variable, term(parameter, value));
        });
        return terms;
    }

    /** The values a parameter of this kind takes, where they are few (relations, classes); else none. */
    public static List<String> choices(Parameter.Kind kind) {
        return switch (kind) {
            case RELATION -> RELATIONS;
            case TYPE -> CLASSES;
            default -> List.of();
        };
    }

    /** The error for a parameter the query does not document, naming the closest one it does. */
    public static QueryException unknown(SavedQueries.SavedQuery query, String variable) {
        if (query.parameters().isEmpty()) {
            return new QueryException("Unknown parameter ?" + variable + ": the saved query '" + query.name() + "' takes none");
        }
        String known = query.parameters().stream().map(Parameter::signature).collect(Collectors.joining(", "));
        Optional<String> near = query.parameters().stream().map(Parameter::variable)
                .filter(v -> v.equalsIgnoreCase(variable) || distance(v.toLowerCase(Locale.ROOT), variable.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst();
        return new QueryException("Unknown parameter ?" + variable + " for the saved query '" + query.name() + "'"
                + near.map(v -> "; did you mean ?" + v + "?").orElse("") + " Its parameters: " + known);
    }

    /**
     * The term for one value.
     *
     * @throws QueryException naming the value and what the parameter takes
     */
    public Node term(Parameter parameter, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new QueryException("?" + parameter.variable() + " is empty; give " + parameter.kind().accepts()
                    + ", or leave the parameter out");
        }
        return switch (parameter.kind()) {
            case NAME -> NodeFactory.createLiteralString(storedName(parameter, unquoted(value)));
            case ENTITY -> entity(parameter, value);
            case RELATION -> ontologyTerm(parameter, value, RELATIONS, "relation");
            case TYPE -> ontologyTerm(parameter, value, CLASSES, "class");
            case DATE -> date(parameter, value);
            case ARTICLE -> article(parameter, value);
            case TEXT -> NodeFactory.createLiteralString(unquoted(value));
        };
    }

    /**
     * The name as stored that matches the given one: as given or in the usual spellings of case (index lookups),
     * else by its slug (an index lookup), else in any case (a scan of all names, the last resort).
     */
    private String storedName(Parameter parameter, String name) {
        for (String spelling : spellings(name)) {
            if (first(exactName, Map.of("name", NodeFactory.createLiteralString(spelling))).isPresent()) {
                return spelling;
            }
        }
        // Names that differ only in case or punctuation share a slug.
        Optional<Node> bySlug = first(labelOf, Map.of("e", NodeFactory.createURI(IriMinter.entityIri(IriMinter.slug(name)))));
        if (bySlug.isPresent()) {
            return bySlug.get().getLiteralLexicalForm();
        }
        return first(anyCase, Map.of("lower", NodeFactory.createLiteralString(name.toLowerCase(Locale.ROOT))))
                .map(Node::getLiteralLexicalForm)
                .orElseThrow(() -> new QueryException("No entity is named '" + name + "' (no name or alias matches, in any case), "
                        + "so ?" + parameter.variable() + " would match nothing; look names up in the explorer or with "
                        + "GET /api/entities?q=" + name.split("\\s+")[0]));
    }

    /** The name as given, then in title case, upper case, lower case and with only its first letter raised. */
    static List<String> spellings(String name) {
        StringBuilder title = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            title.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = Character.isWhitespace(c) || c == '-';
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String first = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return List.copyOf(new java.util.LinkedHashSet<>(List.of(name, title.toString(), name.toUpperCase(Locale.ROOT), lower, first)));
    }

    private Node entity(Parameter parameter, String value) {
        Node iri = iriOf(value);
        if (iri == null && value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            Node bySlug = NodeFactory.createURI(IriMinter.entityIri(value));
            if (first(labelOf, Map.of("e", bySlug)).isPresent()) {
                return bySlug;
            }
        }
        if (iri == null) {
            String name = storedName(parameter, unquoted(value));
            return first(entityNamed, Map.of("name", NodeFactory.createLiteralString(name))).orElseThrow();
        }
        if (first(anyTriple, Map.of("e", iri)).isEmpty()) {
            throw new QueryException("No entity <" + iri.getURI() + "> in the graph, so ?" + parameter.variable()
                    + " would match nothing; give " + parameter.kind().accepts());
        }
        return iri;
    }

    /** A relation or class of the ontology by local name (any case), tk: name or IRI. */
    private static Node ontologyTerm(Parameter parameter, String value, List<String> names, String what) {
        String local = IriMinter.unbracketed(value);
        if (local.startsWith(TK.NAMESPACE)) {
            local = local.substring(TK.NAMESPACE.length());
        } else if (local.startsWith(TK.PREFIX + ":")) {
            local = local.substring(TK.PREFIX.length() + 1);
        }
        String wanted = local;
        return names.stream().filter(n -> n.equalsIgnoreCase(wanted.replace(" ", ""))).findFirst()
                .map(n -> NodeFactory.createURI(IriMinter.termIri(n)))
                .orElseThrow(() -> new QueryException("'" + value + "' is no TechKG " + what + ", so ?" + parameter.variable()
                        + " would match nothing; give one of " + String.join(", ", names) + " (or tk:name, or the IRI)"));
    }

    private static Node date(Parameter parameter, String value) {
        String day = unquoted(value.replaceFirst("\\^\\^(xsd:date|<http://www\\.w3\\.org/2001/XMLSchema#date>)$", ""));
        try {
            return NodeFactory.createLiteralDT(LocalDate.parse(day).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new QueryException("'" + value + "' is no date for ?" + parameter.variable() + "; give YYYY-MM-DD, e.g. 2024-03-01");
        }
    }

    private Node article(Parameter parameter, String value) {
        Node iri = value.matches("[0-9a-f]{16}") ? NodeFactory.createURI(IriMinter.articleIri(value)) : iriOf(value);
        if (iri == null || first(article, Map.of("e", iri)).isEmpty()) {
            throw new QueryException("No article '" + value + "' in the graph, so ?" + parameter.variable() + " would match nothing; "
                    + "give " + parameter.kind().accepts() + " (list them with the saved query 'articles')");
        }
        return iri;
    }

    /** The IRI a value spells ({@code <…>}, http(s)/urn, or a preset prefix), or null for a name. */
    private static Node iriOf(String value) {
        Node term = Terms.term(value);
        return term.isURI() ? term : null;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** The first value of the query's one variable with these bindings, if any. */
    private Optional<Node> first(Query query, Map<String, Node> bindings) {
        try {
            return gate.admit(() -> store.query(query, null, builder -> {
                bindings.forEach(builder::substitution);
                return timeoutMillis > 0 ? builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS) : builder;
            }, exec -> {
                RowSet rows = exec.select();
                if (!rows.hasNext()) {
                    return Optional.<Node>empty();
                }
                Binding row = rows.next();
                return Optional.ofNullable(row.get(rows.getResultVars().get(0)));
            }));
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException("Looking up " + bindings.values() + " took longer than the limit of "
                    + timeoutMillis / 1000.0 + " s; give the name as stored, a slug or an IRI", e);
        }
    }

    private static Query lookup(String text) {
        return QueryFactory.create(SparqlService.PRESET_PREFIXES.getNsPrefixMap().entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining()) + text, Syntax.syntaxSPARQL_11);
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                row[j] = Math.min(Math.min(row[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
