package dev.techkg.query;

import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What the entity and graph APIs need to answer without scanning the store, read from it in one pass: each
 * entity's label, classes, aliases and number of mentioning articles; a sorted name index for prefix search;
 * every fact statement (subject, relation, object, article, confidence, day) by the entities at its ends; the
 * entities ranked by their number of distinct facts. Evidence sentences and article titles stay in the store.
 * It is the sum of one {@link GraphPart} per named graph, so after a write only the graphs written are read
 * again. Immutable, so thread-safe; {@link GraphIndexCache} replaces it when the store changes.
 */
public final class GraphIndex {
    /**
     * An entity: IRI, one label (the least, should articles disagree), its tk: classes (full IRIs, sorted),
     * aliases other than the label (sorted), and the number of articles that mention it.
     */
    public record Entity(String iri, String label, List<String> types, List<String> aliases, int articles) {}

    /**
     * One reified fact statement: subject and object IRIs, the relation's IRI, its article graph, confidence,
     * and the article's day (yyyy-mm-dd: publication date, else ingest date; null when the article has neither).
     */
    public record Statement(String subject, String relation, String object, String article, double confidence, String day) {}

    private final Map<String, GraphPart> parts;
    private final Map<String, Entity> entities;
    private final NavigableMap<String, List<Entity>> names;
    private final Map<String, List<Statement>> statements;
    private final List<String> byDegree;

    private GraphIndex(Map<String, GraphPart> parts, Map<String, Entity> entities, NavigableMap<String, List<Entity>> names,
                       Map<String, List<Statement>> statements, List<String> byDegree) {
        this.parts = parts;
        this.entities = entities;
        this.names = names;
        this.statements = statements;
        this.byDegree = byDegree;
    }

    /** Reads the index from the whole store: one scan per predicate it needs. */
    public static GraphIndex read(GraphStore store) {
        Query quads = StoredQueries.load("index-quads.rq");
        Map<String, GraphPart.Builder> builders = new HashMap<>();
        for (String predicate : GraphPart.PREDICATES) {
            Node p = NodeFactory.createURI(predicate);
            store.query(quads, null, b -> b.substitution("p", p), exec -> {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node g = row.get("g");
                    if (g != null && g.isURI()) {
                        builders.computeIfAbsent(g.getURI(), GraphPart.Builder::new).add(row.get("s"), p, row.get("o"));
                    }
                }
                return null;
            });
        }
        Map<String, GraphPart> parts = new HashMap<>();
        builders.forEach((g, builder) -> parts.put(g, builder.build()));
        return of(parts);
    }

    /**
     * This index with some graphs read again from the store (a graph now empty or missing drops out), as after a
     * write that changed only those graphs. Reads each graph once; the rest is recomputed in memory.
     */
    public GraphIndex withGraphsFrom(GraphStore store, Set<String> graphs) {
        Map<String, GraphPart> updated = new HashMap<>(parts);
        for (String graph : graphs) {
            GraphPart.Builder builder = new GraphPart.Builder(graph);
            store.graph(graph).find().forEachRemaining(builder::add);
            GraphPart part = builder.build();
            if (part.isEmpty()) {
                updated.remove(graph);
            } else {
                updated.put(graph, part);
            }
        }
        return of(updated);
    }

    /** The index of these graphs' parts. */
    static GraphIndex of(Map<String, GraphPart> parts) {
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (GraphPart part : parts.values()) {
            part.labels().forEach((iri, names) -> labels.merge(iri, Collections.min(names),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
            part.types().forEach((iri, classes) -> types.computeIfAbsent(iri, e -> new TreeSet<>()).addAll(classes));
            part.aliases().forEach((iri, names) -> aliases.computeIfAbsent(iri, e -> new TreeSet<>()).addAll(names));
            part.mentions().forEach(iri -> mentions.merge(iri, 1, Integer::sum));
        }
        Map<String, Entity> entities = new HashMap<>();
        NavigableMap<String, List<Entity>> names = new TreeMap<>();
        labels.forEach((iri, label) -> {
            if (!types.containsKey(iri)) {
                return; // an entity has a label and a tk: class
            }
            Set<String> otherNames = aliases.getOrDefault(iri, Set.of());
            List<String> aliasList = otherNames.stream().filter(a -> !a.equals(label)).toList();
            Entity entity = new Entity(iri, label, List.copyOf(types.get(iri)), aliasList, mentions.getOrDefault(iri, 0));
            entities.put(iri, entity);
            Set<String> keys = new HashSet<>();
            keys.add(normalise(label));
            otherNames.forEach(a -> keys.add(normalise(a)));
            keys.forEach(k -> names.computeIfAbsent(k, x -> new ArrayList<>(1)).add(entity));
        });

        Map<String, List<Statement>> statements = new HashMap<>();
        Map<String, Set<String>> facts = new HashMap<>();
        for (GraphPart part : parts.values()) {
            for (Statement statement : part.statements()) {
                String subject = statement.subject();
                String object = statement.object();
                statements.computeIfAbsent(subject, k -> new ArrayList<>()).add(statement);
                String fact = subject + " " + statement.relation() + " " + object;
                facts.computeIfAbsent(subject, k -> new HashSet<>()).add(fact);
                if (!object.equals(subject)) {
                    statements.computeIfAbsent(object, k -> new ArrayList<>()).add(statement);
                    facts.computeIfAbsent(object, k -> new HashSet<>()).add(fact);
                }
            }
        }
        // The best-connected first; ties by IRI, so the start page is stable. Only entities a view can show.
        List<String> byDegree = facts.keySet().stream().filter(entities::containsKey)
                .sorted(Comparator.comparing((String iri) -> -facts.get(iri).size()).thenComparing(Comparator.naturalOrder()))
                .toList();
        return new GraphIndex(Map.copyOf(parts), entities, Collections.unmodifiableNavigableMap(names), statements, byDegree);
    }

    /** The key of a name in the index: names match case-insensitively, as SPARQL's LCASE does. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The entity with this IRI, or null when no label and tk: class are stored for it. */
    public Entity entity(String iri) {
        return entities.get(iri);
    }

    /** Entities with a label or alias starting with the text (case-insensitively), each once, in no order. */
    public Set<Entity> withNamePrefix(String text) {
        String prefix = normalise(text);
        Set<Entity> found = new LinkedHashSet<>();
        for (Map.Entry<String, List<Entity>> entry : names.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            found.addAll(entry.getValue());
        }
        return found;
    }

    /** The statements with the entity as subject or object (a statement about itself once). */
    public List<Statement> statements(String iri) {
        return Collections.unmodifiableList(statements.getOrDefault(iri, List.of()));
    }

    /** The {@code limit} entities with the most distinct facts, most first. */
    public List<String> bestConnected(int limit) {
        return byDegree.subList(0, Math.min(limit, byDegree.size()));
    }
}
