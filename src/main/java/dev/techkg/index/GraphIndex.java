package dev.techkg.index;

import dev.techkg.Resources;
import dev.techkg.query.QueryException;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What the entity and graph APIs need to answer without scanning the store, read from it in one pass: each
 * entity's label, classes, aliases and number of mentioning articles; a sorted name index for prefix search;
 * every fact statement (subject, relation, object, article, confidence, day), gathered into facts listed by the
 * entities at their ends, strongest first, as graph views walk them; the entities ranked by their number of
 * distinct facts. Evidence sentences and article titles stay in the store. It is the sum of one {@link GraphPart}
 * per named graph, so after a write only the graphs written are read again, and only the entries of the entities
 * and facts they name are rebuilt (by an {@link IndexUpdater}): the rest is shared with the index before (see
 * {@link ShardedMap}). Immutable, so thread-safe; {@link GraphIndexCache} replaces it when the store changes.
 */
public final class GraphIndex {
    /**
     * An entity: IRI, one label (the least, should articles disagree), its tk: classes (full IRIs, sorted),
     * aliases other than the label (sorted), and the number of articles that mention it.
     */
    public record Entity(String iri, String label, List<String> types, List<String> aliases, int articles) {}

    /**
     * One reified fact statement: subject and object IRIs, the relation's IRI, its article graph, confidence,
     * the article's publication day (yyyy-mm-dd; null when none was found, never the day of ingest), the outlet
     * it came from (the host of its source URL; null when unknown) and its copy key (near-copies share it; the
     * article IRI when the article has none).
     */
    public record Statement(String subject, String relation, String object, String article, double confidence, String day,
                            String host, String copyKey) {}

    /**
     * An article for the article list: its IRI, title, source as stored, outlet (host of a source URL, null when
     * unknown), publication day (null when undated), where that was found (null when undated or not recorded),
     * ingest time, and its numbers of mentioned entities and of distinct facts.
     */
    public record ArticleEntry(String iri, String title, String source, String host, String date, String dateSource, String created,
                               int entities, int facts) {}

    /** A key of the name index (a label or alias, normalised) and the entities that have it. */
    record Name(String key, List<Entity> entities) {
        static final Comparator<Name> ORDER = Comparator.comparing(Name::key);
    }

    /** An entity with facts, ranked for the start page: most distinct facts first, ties by IRI. */
    record Ranked(String iri, int degree) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt((Ranked r) -> -r.degree).thenComparing(Ranked::iri);
    }

    final ShardedMap<String, GraphPart> parts;
    final ShardedMap<String, Set<String>> graphsOf;
    final ShardedMap<String, Entity> entities;
    final SortedArray<Name> names;
    final ShardedMap<String, List<Fact>> facts;
    final SortedArray<Ranked> byDegree;

    GraphIndex(IndexUpdater u) {
        this.parts = u.parts.build();
        this.graphsOf = u.graphsOf.build();
        this.entities = u.entities.build();
        this.names = u.names;
        this.facts = u.facts.build();
        this.byDegree = u.byDegree;
    }

    /**
     * Reads the index from the whole store: one scan per predicate it needs, the statements' four in one query.
     *
     * @param stopped asked before each query and every few thousand rows; when true, the read ends with a
     *                {@link QueryException} (the store is closing)
     */
    public static GraphIndex read(GraphStore store, BooleanSupplier stopped) {
        Query quads = load("index-quads.rq");
        Map<String, GraphPart.Builder> builders = new HashMap<>();
        for (String predicate : GraphPart.PREDICATES) {
            Node p = NodeFactory.createURI(predicate);
            checkNotStopped(stopped, 0);
            store.query(quads, null, b -> b.substitution("p", p), exec -> {
                RowSet rows = exec.select();
                for (long n = 1; rows.hasNext(); n++) {
                    Binding row = rows.next();
                    Node g = row.get("g");
                    if (g != null && g.isURI()) {
                        builders.computeIfAbsent(g.getURI(), GraphPart.Builder::new).add(row.get("s"), p, row.get("o"));
                    }
                    checkNotStopped(stopped, n);
                }
                return null;
            });
        }
        checkNotStopped(stopped, 0);
        store.query(load("index-statement-parts.rq"), null, b -> b, exec -> {
            RowSet rows = exec.select();
            for (long n = 1; rows.hasNext(); n++) {
                Binding row = rows.next();
                Node g = row.get("g");
                if (g != null && g.isURI()) {
                    builders.computeIfAbsent(g.getURI(), GraphPart.Builder::new).add(row.get("s"), row.get("p"), row.get("o"));
                }
                checkNotStopped(stopped, n);
            }
            return null;
        });
        Map<String, GraphPart> parts = new HashMap<>();
        builders.forEach((g, builder) -> parts.put(g, builder.build()));
        return of(parts);
    }

    /** Asks at row 0 and every 4096th row (asking is cheap, but there are a million rows). */
    private static void checkNotStopped(BooleanSupplier stopped, long row) {
        if ((row & 0xFFF) == 0 && stopped.getAsBoolean()) {
            throw new QueryException("The read of the graph index was stopped: the store is closing");
        }
    }

    /** The index of these graphs' parts. */
    static GraphIndex of(Map<String, GraphPart> parts) {
        return new IndexUpdater(null).replace(parts.keySet(), parts).build();
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
        return new IndexUpdater(this).replace(graphs, reread).build();
    }

    /** A query of the index's, from a {@code .rq} resource beside this class. */
    private static Query load(String name) {
        return QueryFactory.create(Resources.text(GraphIndex.class, name), Syntax.syntaxSPARQL_11);
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
        for (int i = names.firstNotBefore(new Name(prefix, List.of())); i < names.size() && names.get(i).key().startsWith(prefix); i++) {
            found.addAll(names.get(i).entities());
        }
        return found;
    }

    /** The facts with the entity as subject or object (a fact about itself once), strongest first ({@link Fact#STRONGEST_FIRST}). */
    public List<Fact> facts(String iri) {
        return facts.getOrDefault(iri, List.of());
    }

    /** Every article in the index, in no order (a list is sorted and filtered per request: one pass over them). */
    public List<ArticleEntry> articles() {
        List<ArticleEntry> all = new ArrayList<>(parts.size());
        parts.forEach((graph, part) -> {
            if (part.article() != null) {
                all.add(part.article());
            }
        });
        return all;
    }

    /** The {@code limit} entities with the most distinct facts, most first (ties by IRI). */
    public List<String> bestConnected(int limit) {
        List<String> iris = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, byDegree.size()); i++) {
            iris.add(byDegree.get(i).iri());
        }
        return iris;
    }
}
