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

/**
 * What the entity and graph APIs need to answer without scanning the store, read from it in one pass: each
 * entity's label, classes, aliases and number of mentioning articles; a sorted name index for prefix search;
 * every fact statement (subject, relation, object, article, confidence, day) by the entities at its ends; the
 * entities ranked by their number of distinct facts. Evidence sentences and article titles stay in the store.
 * Immutable, so thread-safe; {@link GraphIndexCache} replaces it when the store changes.
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

    private final Map<String, Entity> entities;
    private final NavigableMap<String, List<Entity>> names;
    private final Map<String, List<Statement>> statements;
    private final List<String> byDegree;

    private GraphIndex(Map<String, Entity> entities, NavigableMap<String, List<Entity>> names,
                       Map<String, List<Statement>> statements, List<String> byDegree) {
        this.entities = entities;
        this.names = names;
        this.statements = statements;
        this.byDegree = byDegree;
    }

    /** Reads the index from the store: five queries, each a scan of one or a few predicates. */
    public static GraphIndex read(GraphStore store) {
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        for (Map<String, String> row : select(store, "index-entities.rq")) {
            labels.merge(row.get("entity"), row.get("label"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            types.computeIfAbsent(row.get("entity"), e -> new TreeSet<>()).add(row.get("type"));
        }
        Map<String, Set<String>> aliases = new HashMap<>();
        for (Map<String, String> row : select(store, "index-aliases.rq")) {
            if (labels.containsKey(row.get("entity"))) {
                aliases.computeIfAbsent(row.get("entity"), e -> new TreeSet<>()).add(row.get("alias"));
            }
        }
        Map<String, Integer> mentions = new HashMap<>();
        for (Map<String, String> row : select(store, "index-mentions.rq")) {
            mentions.put(row.get("entity"), Integer.valueOf(row.get("articles")));
        }
        Map<String, Entity> entities = new HashMap<>();
        NavigableMap<String, List<Entity>> names = new TreeMap<>();
        labels.forEach((iri, label) -> {
            Set<String> otherNames = aliases.getOrDefault(iri, Set.of());
            List<String> aliasList = otherNames.stream().filter(a -> !a.equals(label)).toList();
            Entity entity = new Entity(iri, label, List.copyOf(types.get(iri)), aliasList, mentions.getOrDefault(iri, 0));
            entities.put(iri, entity);
            Set<String> keys = new HashSet<>();
            keys.add(normalise(label));
            otherNames.forEach(a -> keys.add(normalise(a)));
            keys.forEach(k -> names.computeIfAbsent(k, x -> new ArrayList<>(1)).add(entity));
        });

        Map<String, String> days = new HashMap<>();
        for (Map<String, String> row : select(store, "index-articles.rq")) {
            days.merge(row.get("article"), row.get("day"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Map<String, List<Statement>> statements = new HashMap<>();
        Map<String, Set<String>> facts = new HashMap<>();
        for (Map<String, String> row : select(store, "index-statements.rq")) {
            double confidence;
            try {
                confidence = Double.parseDouble(row.get("confidence"));
            } catch (NumberFormatException e) {
                continue; // not a fact TechKG wrote; the shapes reject it
            }
            // Strings repeat across statements: share one copy of each entity IRI.
            String subject = intern(entities, row.get("s"));
            String object = intern(entities, row.get("o"));
            Statement statement = new Statement(subject, row.get("p").intern(), object, row.get("article"), confidence,
                    days.get(row.get("article")));
            statements.computeIfAbsent(subject, k -> new ArrayList<>()).add(statement);
            String fact = subject + " " + statement.relation() + " " + object;
            facts.computeIfAbsent(subject, k -> new HashSet<>()).add(fact);
            if (!object.equals(subject)) {
                statements.computeIfAbsent(object, k -> new ArrayList<>()).add(statement);
                facts.computeIfAbsent(object, k -> new HashSet<>()).add(fact);
            }
        }
        statements.replaceAll((k, list) -> List.copyOf(list));
        // The best-connected first; ties by IRI, so the start page is stable. Only entities a view can show.
        List<String> byDegree = facts.keySet().stream().filter(entities::containsKey)
                .sorted(Comparator.comparing((String iri) -> -facts.get(iri).size()).thenComparing(Comparator.naturalOrder()))
                .toList();
        return new GraphIndex(Map.copyOf(entities), Collections.unmodifiableNavigableMap(names), Map.copyOf(statements), byDegree);
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

    /** Parsed per read (a millisecond against the seconds the read takes), so nothing static is shared. */
    private static List<Map<String, String>> select(GraphStore store, String queryFile) {
        return store.query(StoredQueries.load(queryFile), null, b -> b, Rows::select);
    }

    private static String intern(Map<String, Entity> entities, String iri) {
        Entity entity = entities.get(iri);
        return entity != null ? entity.iri() : iri;
    }
}
