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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What the entity and graph APIs need to answer without scanning the store, read from it in one pass: each
 * entity's label, classes, aliases and number of mentioning articles; a sorted name index for prefix search;
 * every fact statement (subject, relation, object, article, confidence, day), gathered into facts listed by the
 * entities at their ends, strongest first, as graph views walk them; the entities ranked by their number of
 * distinct facts. Evidence sentences and article titles stay in the store. It is the sum of one {@link GraphPart}
 * per named graph, so after a write only the graphs written are read again, and only the entries of the entities
 * and facts they name are rebuilt: the rest is shared with the index before (see {@link ShardedMap}). Immutable,
 * so thread-safe; {@link GraphIndexCache} replaces it when the store changes.
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

    /**
     * One fact, a (subject, relation, object), with every statement of it newest first (by day, undated last,
     * then by article), the number of distinct articles that state it and its best confidence. Both ends' fact
     * lists hold the same object, and graph views tell facts apart by identity: hence a class, as a record's
     * equals would compare the statement lists.
     */
    public static final class Fact {
        /** By subject, relation name and object, as the text "subject relation object" sorts. */
        static final Comparator<Fact> BY_KEY = Comparator.comparing(Fact::subject).thenComparing(Fact::relationName)
                .thenComparing(Fact::object);
        /** The order of graph views: most articles, best confidence, then {@link #BY_KEY}. */
        static final Comparator<Fact> STRONGEST_FIRST = Comparator.comparingInt((Fact f) -> -f.articles)
                .thenComparingDouble(f -> -f.confidence).thenComparing(BY_KEY);
        /** Newest first: by day (undated last), then by article, so one article's statements are next to each other. */
        static final Comparator<Statement> NEWEST_FIRST = Comparator.comparing(Statement::day,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Statement::article);
        /** A day that is null or shorter than yyyy-mm-dd, so within no dates. */
        static final int UNDATED = -1;
        /** A day that does not start with an ISO date of four-digit year: compared as text. */
        static final int IRREGULAR = -2;

        private final String subject;
        private final String relation;
        private final String relationName;
        private final String object;
        private final List<Statement> statements;
        private final int articles;
        private final double confidence;
        // Per statement, in the order of the list, for views filtered by date: a hub's neighbours have tens of
        // thousands of statements, and reading these arrays is quicker than following each statement and its day.
        private final int[] dayNumbers;
        private final double[] confidences;
        private final boolean[] firstOfArticle;

        private Fact(List<Statement> newestFirst) {
            Statement first = newestFirst.get(0);
            this.subject = first.subject();
            this.relation = first.relation();
            this.relationName = dev.techkg.rdf.IriMinter.localName(relation);
            this.object = first.object();
            this.statements = newestFirst;
            int distinct = 0;
            double best = 0;
            String last = null;
            dayNumbers = new int[newestFirst.size()];
            confidences = new double[newestFirst.size()];
            firstOfArticle = new boolean[newestFirst.size()];
            for (int i = 0; i < newestFirst.size(); i++) {
                Statement s = newestFirst.get(i);
                if (!s.article().equals(last)) {
                    distinct++;
                    last = s.article();
                    firstOfArticle[i] = true;
                }
                best = Math.max(best, s.confidence());
                dayNumbers[i] = dayNumber(s.day());
                confidences[i] = s.confidence();
            }
            this.articles = distinct;
            this.confidence = best;
        }

        /** The day (yyyy-mm-dd, perhaps followed by more) as the number yyyymmdd, which sorts as the text does. */
        static int dayNumber(String day) {
            if (day == null || day.length() < 10) {
                return UNDATED;
            }
            int number = 0;
            for (int i = 0; i < 10; i++) {
                char c = day.charAt(i);
                if (i == 4 || i == 7) {
                    if (c != '-') {
                        return IRREGULAR;
                    }
                } else if (c >= '0' && c <= '9') {
                    number = number * 10 + (c - '0');
                } else {
                    return IRREGULAR;
                }
            }
            return number;
        }

        /**
         * The support of the fact within the dates: the distinct articles of its statements whose day (the first ten
         * characters) lies within them, and their best confidence (0 when none); null when no statement does.
         */
        Support within(Dates dates) {
            int count = 0;
            double best = 0;
            for (int i = 0; i < dayNumbers.length; i++) {
                int day = dayNumbers[i];
                boolean inside = dates.asText() || day == IRREGULAR ? withinAsText(statements.get(i).day(), dates.since(), dates.until())
                        : day >= dates.from() && day <= dates.to();
                if (inside) {
                    // One article's statements are next to each other and share its day: count it at its first.
                    count += firstOfArticle[i] ? 1 : 0;
                    best = Math.max(best, confidences[i]);
                }
            }
            return count == 0 ? null : new Support(count, best);
        }

        /**
         * Bounds of days, inclusive: {@code since} and {@code until} as yyyy-mm-dd (null for no bound), and as numbers
         * ({@link #dayNumber}); {@code asText} when a bound is no such date, so days are compared as text.
         */
        record Dates(String since, String until, int from, int to, boolean asText) {
            static Dates between(String since, String until) {
                int from = since == null ? 0 : dayNumber(since);
                int to = until == null ? Integer.MAX_VALUE : dayNumber(until);
                return new Dates(since, until, from, to, from < 0 || to < 0);
            }
        }

        /** Whether the day's first ten characters lie within the bounds, compared as text (ISO dates sort so). */
        private static boolean withinAsText(String day, String since, String until) {
            if (day == null || day.length() < 10) {
                return false;
            }
            String date = day.substring(0, 10);
            return (since == null || date.compareTo(since) >= 0) && (until == null || date.compareTo(until) <= 0);
        }

        /** How many distinct articles support a fact, and their best confidence. */
        record Support(int articles, double confidence) {}

        /** The fact of these statements (of one subject, relation and object), or null when there are none. */
        static Fact of(List<Statement> statements) {
            if (statements.isEmpty()) {
                return null;
            }
            List<Statement> sorted = new ArrayList<>(statements);
            sorted.sort(NEWEST_FIRST);
            return new Fact(List.copyOf(sorted));
        }

        public String subject() {
            return subject;
        }

        /** The relation's IRI. */
        public String relation() {
            return relation;
        }

        /** The relation's local name, e.g. competesWith. */
        public String relationName() {
            return relationName;
        }

        public String object() {
            return object;
        }

        /** Its statements, newest first (by day, undated last, then by article). */
        public List<Statement> statements() {
            return statements;
        }

        /** The number of distinct articles stating it. */
        public int articles() {
            return articles;
        }

        /** The best confidence of its statements. */
        public double confidence() {
            return confidence;
        }

        @Override
        public String toString() {
            return "Fact[" + subject + " " + relationName + " " + object + ", " + articles + " articles]";
        }
    }

    /** A key of the name index (a label or alias, normalised) and the entities that have it. */
    private record Name(String key, List<Entity> entities) {
        static final Comparator<Name> ORDER = Comparator.comparing(Name::key);
    }

    /** An entity with facts, ranked for the start page: most distinct facts first, ties by IRI. */
    private record Ranked(String iri, int degree) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt((Ranked r) -> -r.degree).thenComparing(Ranked::iri);
    }

    private record FactKey(String subject, String relation, String object) {
        static FactKey of(Statement s) {
            return new FactKey(s.subject(), s.relation(), s.object());
        }
    }

    private final ShardedMap<String, GraphPart> parts;
    private final ShardedMap<String, Set<String>> graphsOf;
    private final ShardedMap<String, Entity> entities;
    private final SortedArray<Name> names;
    private final ShardedMap<String, List<Fact>> facts;
    private final SortedArray<Ranked> byDegree;

    private GraphIndex(Updater u) {
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
        Query quads = StoredQueries.load("index-quads.rq");
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
        store.query(StoredQueries.load("index-statement-parts.rq"), null, b -> b, exec -> {
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
     * Builds the next index from the last (or from nothing): editors of its maps, in which only the entries of
     * the entities and facts the changed graphs name are replaced; the rest is shared. Used by one thread, then
     * dropped.
     */
    private static final class Updater {
        final ShardedMap.Editor<String, GraphPart> parts;
        final ShardedMap.Editor<String, Set<String>> graphsOf;
        final ShardedMap.Editor<String, Entity> entities;
        final ShardedMap.Editor<String, List<Fact>> facts;
        SortedArray<Name> names;
        SortedArray<Ranked> byDegree;
        /** The name keys whose entity lists changed: the list before (empty when new). */
        private final Map<String, List<Entity>> namesBefore = new HashMap<>();
        /** The name keys whose entity lists changed: the list now. */
        private final Map<String, List<Entity>> namesNow = new HashMap<>();

        Updater(GraphIndex last) {
            parts = (last == null ? ShardedMap.<String, GraphPart>empty() : last.parts).edit();
            graphsOf = (last == null ? ShardedMap.<String, Set<String>>empty() : last.graphsOf).edit();
            entities = (last == null ? ShardedMap.<String, Entity>empty() : last.entities).edit();
            facts = (last == null ? ShardedMap.<String, List<Fact>>empty() : last.facts).edit();
            names = last == null ? SortedArray.empty(Name.ORDER) : last.names;
            byDegree = last == null ? SortedArray.empty(Ranked.ORDER) : last.byDegree;
        }

        /** Replaces the parts of the changed graphs with the new ones (absent or empty: the graph is gone). */
        Updater replace(Set<String> changed, Map<String, GraphPart> newParts) {
            Set<String> touchedEntities = new HashSet<>();
            Set<String> touchedNodes = new HashSet<>();
            Map<String, Set<String>> graphsChanged = new HashMap<>();
            for (String graph : changed) {
                GraphPart old = parts.remove(graph);
                if (old != null) {
                    for (String iri : entitiesIn(old)) {
                        touchedEntities.add(iri);
                        graphsChanged.computeIfAbsent(iri, k -> new HashSet<>(graphsOf.getOrDefault(k, Set.of()))).remove(graph);
                    }
                    old.statements().forEach(st -> {
                        touchedNodes.add(st.subject());
                        touchedNodes.add(st.object());
                    });
                }
            }
            Map<FactKey, List<Statement>> added = new HashMap<>();
            for (String graph : changed) {
                GraphPart part = newParts.get(graph);
                if (part == null || part.isEmpty()) {
                    continue;
                }
                parts.put(graph, part);
                for (String iri : entitiesIn(part)) {
                    touchedEntities.add(iri);
                    graphsChanged.computeIfAbsent(iri, k -> new HashSet<>(graphsOf.getOrDefault(k, Set.of()))).add(graph);
                }
                for (Statement st : part.statements()) {
                    touchedNodes.add(st.subject());
                    touchedNodes.add(st.object());
                    added.computeIfAbsent(FactKey.of(st), k -> new ArrayList<>()).add(st);
                }
            }
            graphsChanged.forEach((iri, graphs) -> {
                if (graphs.isEmpty()) {
                    graphsOf.remove(iri);
                } else {
                    graphsOf.put(iri, Set.copyOf(graphs));
                }
            });
            Map<String, Integer> degreeBefore = new HashMap<>();
            Map<String, Boolean> rankedBefore = new HashMap<>();
            Set<String> rankChanged = new HashSet<>(touchedNodes);
            rankChanged.addAll(touchedEntities);
            for (String iri : rankChanged) {
                degreeBefore.put(iri, facts.getOrDefault(iri, List.of()).size());
                rankedBefore.put(iri, entities.containsKey(iri));
            }
            for (String iri : touchedEntities) {
                entity(iri);
            }
            replaceFacts(changed, touchedNodes, added);
            // The start page's ranking: only entities a view can show, with at least one fact.
            List<Ranked> unranked = new ArrayList<>();
            List<Ranked> ranked = new ArrayList<>();
            for (String iri : rankChanged) {
                int before = degreeBefore.get(iri);
                if (before > 0 && rankedBefore.get(iri)) {
                    unranked.add(new Ranked(iri, before));
                }
                int now = facts.getOrDefault(iri, List.of()).size();
                if (now > 0 && entities.containsKey(iri)) {
                    ranked.add(new Ranked(iri, now));
                }
            }
            byDegree = byDegree.with(unranked, ranked);
            List<Name> namesGone = new ArrayList<>();
            List<Name> namesAdded = new ArrayList<>();
            namesNow.forEach((key, now) -> {
                List<Entity> before = namesBefore.get(key);
                if (!before.isEmpty()) {
                    namesGone.add(new Name(key, before));
                }
                if (!now.isEmpty()) {
                    namesAdded.add(new Name(key, List.copyOf(now)));
                }
            });
            names = names.with(namesGone, namesAdded);
            return this;
        }

        /**
         * Rebuilds the facts whose statements changed (those with a statement in a changed graph, and those the new
         * parts state), one object per fact, and the fact lists of their ends; other facts stay the same objects.
         */
        private void replaceFacts(Set<String> changed, Set<String> touchedNodes, Map<FactKey, List<Statement>> added) {
            Map<FactKey, List<Statement>> statementsOf = new HashMap<>();
            for (String node : touchedNodes) {
                for (Fact fact : facts.getOrDefault(node, List.of())) {
                    FactKey key = new FactKey(fact.subject(), fact.relation(), fact.object());
                    if (statementsOf.containsKey(key)) {
                        continue; // seen from its other end
                    }
                    boolean affected = added.containsKey(key);
                    for (int i = 0; i < fact.statements().size() && !affected; i++) {
                        affected = changed.contains(fact.statements().get(i).article());
                    }
                    if (affected) {
                        List<Statement> kept = new ArrayList<>();
                        fact.statements().forEach(st -> {
                            if (!changed.contains(st.article())) {
                                kept.add(st);
                            }
                        });
                        statementsOf.put(key, kept);
                    }
                }
            }
            added.forEach((key, statements) -> statementsOf.computeIfAbsent(key, k -> new ArrayList<>()).addAll(statements));
            Map<FactKey, Fact> rebuilt = new HashMap<>();
            Map<String, List<Fact>> rebuiltOf = new HashMap<>();
            statementsOf.forEach((key, statements) -> {
                Fact fact = Fact.of(statements);
                rebuilt.put(key, fact);
                if (fact != null) {
                    rebuiltOf.computeIfAbsent(key.subject(), k -> new ArrayList<>()).add(fact);
                    if (!key.object().equals(key.subject())) {
                        rebuiltOf.computeIfAbsent(key.object(), k -> new ArrayList<>()).add(fact);
                    }
                }
            });
            for (String node : touchedNodes) {
                List<Fact> list = new ArrayList<>();
                for (Fact fact : facts.getOrDefault(node, List.of())) {
                    if (!rebuilt.containsKey(new FactKey(fact.subject(), fact.relation(), fact.object()))) {
                        list.add(fact);
                    }
                }
                list.addAll(rebuiltOf.getOrDefault(node, List.of()));
                if (list.isEmpty()) {
                    facts.remove(node);
                } else {
                    list.sort(Fact.STRONGEST_FIRST); // nearly sorted already: the old list plus a few
                    facts.put(node, List.copyOf(list));
                }
            }
        }

        /** Recomputes one entity from the parts that name it, and its names in the name index. */
        private void entity(String iri) {
            Entity old = entities.remove(iri);
            if (old != null) {
                forNames(old, key -> names(key).removeIf(e -> e.iri().equals(iri)));
            }
            Set<String> graphs = graphsOf.getOrDefault(iri, Set.of());
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
            forNames(entity, key -> names(key).add(entity));
        }

        /** The entities of a name key as this update has them so far, to change in place. */
        private List<Entity> names(String key) {
            return namesNow.computeIfAbsent(key, k -> {
                int at = names.firstNotBefore(new Name(k, List.of()));
                List<Entity> before = at < names.size() && names.get(at).key().equals(k) ? names.get(at).entities() : List.of();
                namesBefore.put(k, before);
                return new ArrayList<>(before);
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
        for (int i = names.firstNotBefore(new Name(prefix, List.of())); i < names.size() && names.get(i).key().startsWith(prefix); i++) {
            found.addAll(names.get(i).entities());
        }
        return found;
    }

    /** The facts with the entity as subject or object (a fact about itself once), strongest first ({@link Fact#STRONGEST_FIRST}). */
    public List<Fact> facts(String iri) {
        return facts.getOrDefault(iri, List.of());
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
