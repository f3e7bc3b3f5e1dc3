package dev.techkg.query;

import dev.techkg.store.GraphStore;
import java.util.ArrayList;
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
import java.util.function.Consumer;
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
    private final Map<String, Set<String>> graphsOf;
    private final Map<String, Entity> entities;
    private final NavigableMap<String, List<Entity>> names;
    private final Map<String, List<Statement>> statements;
    private final Map<String, Integer> degree;
    private final List<String> byDegree;

    private GraphIndex(Updater u) {
        this.parts = u.parts;
        this.graphsOf = u.graphsOf;
        this.entities = u.entities;
        this.names = u.names;
        this.statements = u.statements;
        this.degree = u.degree;
        this.byDegree = u.byDegree;
    }

    /** Reads the index from the whole store: one scan per predicate it needs, and one of the fact statements. */
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
        store.query(StoredQueries.load("index-statements.rq"), null, b -> b, exec -> {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node g = row.get("g");
                if (g != null && g.isURI()) {
                    builders.computeIfAbsent(g.getURI(), GraphPart.Builder::new)
                            .statement(row.get("s"), row.get("p"), row.get("o"), row.get("confidence"));
                }
            }
            return null;
        });
        Map<String, GraphPart> parts = new HashMap<>();
        builders.forEach((g, builder) -> parts.put(g, builder.build()));
        return of(parts);
    }

    /** The index of these graphs' parts. */
    static GraphIndex of(Map<String, GraphPart> parts) {
        return new Updater(null).replace(parts.keySet(), parts).build();
    }

    /**
     * This index with some graphs read again from the store (a graph now empty or missing drops out), as after a
     * write that changed only those graphs. Reads each graph once; recomputes only the entities those graphs
     * name, copying the rest of the index by reference (this index stays as it was, for readers still using it).
     */
    public GraphIndex withGraphsFrom(GraphStore store, Set<String> graphs) {
        Map<String, GraphPart> reread = new HashMap<>();
        for (String graph : graphs) {
            GraphPart.Builder builder = new GraphPart.Builder(graph);
            store.graph(graph).find().forEachRemaining(builder::add);
            reread.put(graph, builder.build());
        }
        return new Updater(this).replace(graphs, reread).build();
    }

    /**
     * Builds the next index from the last (or from nothing): shallow copies of its maps, in which only the
     * entries of the entities the changed graphs name are replaced. Used by one thread, then dropped.
     */
    private static final class Updater {
        final Map<String, GraphPart> parts;
        final Map<String, Set<String>> graphsOf;
        final Map<String, Entity> entities;
        final NavigableMap<String, List<Entity>> names;
        final Map<String, List<Statement>> statements;
        final Map<String, Integer> degree;
        List<String> byDegree;

        Updater(GraphIndex last) {
            parts = last == null ? new HashMap<>() : new HashMap<>(last.parts);
            graphsOf = last == null ? new HashMap<>() : new HashMap<>(last.graphsOf);
            entities = last == null ? new HashMap<>() : new HashMap<>(last.entities);
            names = last == null ? new TreeMap<>() : new TreeMap<>(last.names);
            statements = last == null ? new HashMap<>() : new HashMap<>(last.statements);
            degree = last == null ? new HashMap<>() : new HashMap<>(last.degree);
            byDegree = last == null ? List.of() : last.byDegree;
        }

        /** Replaces the parts of the changed graphs with the new ones (absent or empty: the graph is gone). */
        Updater replace(Set<String> changed, Map<String, GraphPart> newParts) {
            Set<String> touchedEntities = new HashSet<>();
            Set<String> touchedNodes = new HashSet<>();
            for (String graph : changed) {
                GraphPart old = parts.remove(graph);
                if (old != null) {
                    for (String iri : entitiesIn(old)) {
                        touchedEntities.add(iri);
                        Set<String> graphs = new HashSet<>(graphsOf.getOrDefault(iri, Set.of()));
                        graphs.remove(graph);
                        graphsOf.put(iri, graphs);
                    }
                    old.statements().forEach(st -> {
                        touchedNodes.add(st.subject());
                        touchedNodes.add(st.object());
                    });
                }
            }
            Map<String, List<Statement>> added = new HashMap<>();
            Map<String, Set<String>> graphsAdded = new HashMap<>();
            for (String graph : changed) {
                GraphPart part = newParts.get(graph);
                if (part == null || part.isEmpty()) {
                    continue;
                }
                parts.put(graph, part);
                for (String iri : entitiesIn(part)) {
                    touchedEntities.add(iri);
                    graphsAdded.computeIfAbsent(iri, k -> new HashSet<>()).add(graph);
                }
                for (Statement st : part.statements()) {
                    touchedNodes.add(st.subject());
                    touchedNodes.add(st.object());
                    added.computeIfAbsent(st.subject(), k -> new ArrayList<>()).add(st);
                    if (!st.object().equals(st.subject())) {
                        added.computeIfAbsent(st.object(), k -> new ArrayList<>()).add(st);
                    }
                }
            }
            graphsAdded.forEach((iri, graphs) -> {
                Set<String> all = new HashSet<>(graphsOf.getOrDefault(iri, Set.of()));
                all.addAll(graphs);
                graphsOf.put(iri, all);
            });
            for (String iri : touchedEntities) {
                entity(iri);
            }
            for (String node : touchedNodes) {
                List<Statement> kept = new ArrayList<>();
                for (Statement st : statements.getOrDefault(node, List.of())) {
                    if (!changed.contains(st.article())) {
                        kept.add(st);
                    }
                }
                kept.addAll(added.getOrDefault(node, List.of()));
                if (kept.isEmpty()) {
                    statements.remove(node);
                    degree.remove(node);
                } else {
                    statements.put(node, List.copyOf(kept));
                    Set<String> facts = new HashSet<>();
                    kept.forEach(st -> facts.add(st.subject() + " " + st.relation() + " " + st.object()));
                    degree.put(node, facts.size());
                }
            }
            if (!touchedNodes.isEmpty() || !touchedEntities.isEmpty()) {
                // The best-connected first; ties by IRI, so the start page is stable. Only entities a view can show.
                byDegree = degree.keySet().stream().filter(entities::containsKey)
                        .sorted(Comparator.comparing((String iri) -> -degree.get(iri)).thenComparing(Comparator.naturalOrder()))
                        .toList();
            }
            return this;
        }

        /** Recomputes one entity from the parts that name it, and its names in the name index. */
        private void entity(String iri) {
            Entity old = entities.remove(iri);
            if (old != null) {
                forNames(old, key -> {
                    List<Entity> list = new ArrayList<>(names.getOrDefault(key, List.of()));
                    list.removeIf(e -> e.iri().equals(iri));
                    if (list.isEmpty()) {
                        names.remove(key);
                    } else {
                        names.put(key, List.copyOf(list));
                    }
                });
            }
            Set<String> graphs = graphsOf.getOrDefault(iri, Set.of());
            if (graphs.isEmpty()) {
                graphsOf.remove(iri);
                return;
            }
            String label = null;
            Set<String> types = new TreeSet<>();
            Set<String> aliases = new TreeSet<>();
            int mentions = 0;
            for (String graph : graphs) {
                GraphPart part = parts.get(graph);
                for (String l : part.labels().getOrDefault(iri, Set.of())) {
                    label = label == null || l.compareTo(label) < 0 ? l : label;
                }
                types.addAll(part.types().getOrDefault(iri, Set.of()));
                aliases.addAll(part.aliases().getOrDefault(iri, Set.of()));
                mentions += part.mentions().contains(iri) ? 1 : 0;
            }
            if (label == null || types.isEmpty()) {
                return; // an entity has a label and a tk: class
            }
            String name = label;
            Entity entity = new Entity(iri, label, List.copyOf(types), aliases.stream().filter(a -> !a.equals(name)).toList(), mentions);
            entities.put(iri, entity);
            forNames(entity, key -> {
                List<Entity> list = new ArrayList<>(names.getOrDefault(key, List.of()));
                list.add(entity);
                names.put(key, List.copyOf(list));
            });
        }

        private static void forNames(Entity entity, Consumer<String> action) {
            Set<String> keys = new HashSet<>();
            keys.add(normalise(entity.label()));
            entity.aliases().forEach(a -> keys.add(normalise(a)));
            keys.forEach(action);
        }

        /** The entities a part says anything about other than facts: labels, classes, aliases, mentions. */
        private static Set<String> entitiesIn(GraphPart part) {
            Set<String> iris = new HashSet<>(part.labels().keySet());
            iris.addAll(part.types().keySet());
            iris.addAll(part.aliases().keySet());
            iris.addAll(part.mentions());
            return iris;
        }

        GraphIndex build() {
            return new GraphIndex(this);
        }
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
        return statements.getOrDefault(iri, List.of());
    }

    /** The {@code limit} entities with the most distinct facts, most first. */
    public List<String> bestConnected(int limit) {
        return byDegree.subList(0, Math.min(limit, byDegree.size()));
    }
}
