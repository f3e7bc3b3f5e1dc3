package dev.techkg.index;

import dev.techkg.Resources;
import dev.techkg.curation.Curation;
import dev.techkg.curation.CurationLog;
import dev.techkg.rdf.TK;
import dev.techkg.query.QueryException;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * What the entity and graph APIs need to answer without scanning the store, read from it in one pass: each
 * entity's label, classes, aliases and number of mentioning articles; sorted name indexes for search (whole
 * names, and the tails of names from each later word on);
 * every fact statement (subject, relation, object, article, confidence, day), gathered into facts listed by the
 * entities at their ends, strongest first, as graph views walk them; the entities ranked by their number of
 * distinct facts; each article's entry (title, date, outlet …) for the article list and the entity pages; the facts
 * by the day of their first report. Evidence sentences stay in the store. It is the sum of one {@link GraphPart}
 * per named graph, so after a write only the graphs written are read again, and only the entries of the entities
 * and facts they name are rebuilt (by an {@link IndexUpdater}): the rest is shared with the index before (see
 * {@link ShardedMap}). Immutable, so thread-safe; {@link GraphIndexCache} replaces it when the store changes.
 */
public final class GraphIndex {
    /**
     * An entity: IRI, one label (the least, should articles disagree), its tk: classes (full IRIs, sorted),
     * aliases other than the label (sorted), the number of articles that mention it, and every label articles give
     * it (sorted; the saved queries list a fact once per label, as SPARQL does).
     */
    public record Entity(String iri, String label, List<String> types, List<String> aliases, int articles, List<String> labels) {}

    /**
     * One reified fact statement: subject and object IRIs, the relation's IRI, its article graph, confidence,
     * the article's publication day (yyyy-mm-dd; null when none was found, never the day of ingest), the outlet
     * it came from (the host of its source URL; null when unknown) and its copy key (near-copies share it; the
     * article IRI when the article has none). {@code statedSubject} and {@code statedObject} are the ends as the
     * article has them, which differ from {@code subject} and {@code object} when a merge made them another entity
     * (evidence is looked up by them).
     */
    public record Statement(String subject, String relation, String object, String article, double confidence, String day,
                            String host, String copyKey, String statedSubject, String statedObject) {
        /** A statement as an article makes it: stated ends the same as the ends. */
        public Statement(String subject, String relation, String object, String article, double confidence, String day, String host,
                         String copyKey) {
            this(subject, relation, object, article, confidence, day, host, copyKey, subject, object);
        }

        /** This statement with other ends, as the curated view has them, keeping the stated ones. */
        Statement withEnds(String newSubject, String newObject) {
            return new Statement(newSubject, relation, newObject, article, confidence, day, host, copyKey, statedSubject, statedObject);
        }
    }

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

    /** The graphs' parts as the curation has them (the same objects as the raw ones where it changes nothing). */
    final ShardedMap<String, GraphPart> parts;
    /** The graphs' parts as read from the store, to apply another curation to. */
    final ShardedMap<String, GraphPart> rawParts;
    final Curation curation;
    /** Rejected facts by the entities at their ends, as {@link #facts} (statements rejected in one article only, too). */
    final ShardedMap<String, List<Fact>> rejected;
    final ShardedMap<String, Set<String>> graphsOf;
    final ShardedMap<String, Entity> entities;
    final SortedArray<Name> names;
    final SortedArray<Name> words;
    final ShardedMap<String, List<Fact>> facts;
    /** {@link #facts} by the day of their first report, for the facts first reported in a period. */
    final FirstReports firstReports;
    final SortedArray<Ranked> byDegree;
    /** The facts as stored, while a curation is in force (else null: {@link #facts} are those). */
    final ShardedMap<String, List<Fact>> rawFacts;
    /** The graphs naming each entity as stored, while a curation is in force (else null: {@link #graphsOf} are those). */
    final ShardedMap<String, Set<String>> rawGraphsOf;
    /** {@link #rawFacts} by the day of their first report, while a curation is in force (else null). */
    final FirstReports rawFirstReports;

    GraphIndex(IndexUpdater u) {
        this.parts = u.parts.build();
        this.rawParts = u.rawParts.build();
        this.curation = u.curation;
        this.rejected = u.rejected.build();
        this.graphsOf = u.graphsOf.build();
        this.entities = u.entities.build();
        this.names = u.names.build();
        this.words = u.words.build();
        this.facts = u.facts.build();
        this.firstReports = u.firstReports.build();
        this.byDegree = u.byDegree;
        this.rawFacts = u.rawFacts == null ? null : u.rawFacts.build();
        this.rawGraphsOf = u.rawGraphsOf == null ? null : u.rawGraphsOf.build();
        this.rawFirstReports = u.rawFirstReports == null ? null : u.rawFirstReports.build();
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
                    if (g != null && g.isURI() && !g.getURI().equals(TK.CURATION_GRAPH)) {
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
                if (g != null && g.isURI() && !g.getURI().equals(TK.CURATION_GRAPH)) {
                    builders.computeIfAbsent(g.getURI(), GraphPart.Builder::new).add(row.get("s"), row.get("p"), row.get("o"));
                }
                checkNotStopped(stopped, n);
            }
            return null;
        });
        Map<String, GraphPart> parts = new HashMap<>();
        builders.forEach((g, builder) -> parts.put(g, builder.build()));
        checkNotStopped(stopped, 0);
        return of(parts, Curation.of(new CurationLog(store).read()));
    }

    /** Asks at row 0 and every 4096th row (asking is cheap, but there are a million rows). */
    private static void checkNotStopped(BooleanSupplier stopped, long row) {
        if ((row & 0xFFF) == 0 && stopped.getAsBoolean()) {
            throw new QueryException("The read of the graph index was stopped: the store is closing");
        }
    }

    /** The index of these graphs' parts, with the curation applied. */
    static GraphIndex of(Map<String, GraphPart> parts, Curation curation) {
        Set<String> graphs = new HashSet<>(parts.keySet());
        graphs.add(TK.CURATION_GRAPH); // its part: the facts and names people added
        return new IndexUpdater(null, curation).replace(graphs, parts).build();
    }

    /**
     * This index with some graphs read again from the store (a graph now empty or missing drops out), as after a
     * write that changed only those graphs. Reads each graph once; recomputes only the entities those graphs
     * name, copying the rest of the index by reference (this index stays as it was, for readers still using it).
     */
    public GraphIndex withGraphsFrom(GraphStore store, Set<String> graphs) {
        Map<String, GraphPart> reread = new HashMap<>();
        if (graphs.contains(TK.CURATION_GRAPH)) {
            // Corrections change what other graphs show: those that name the entities of the corrections made or
            // undone since are curated again, from their parts as read (no store read but the curation graph's).
            Curation next = Curation.of(new CurationLog(store).read());
            Set<String> affected = graphsAffected(curation, next);
            for (String graph : graphs) {
                if (!graph.equals(TK.CURATION_GRAPH)) {
                    GraphPart.Builder builder = new GraphPart.Builder(graph);
                    store.graph(graph).find().forEachRemaining(builder::add);
                    reread.put(graph, builder.build());
                }
            }
            affected.addAll(graphs);
            Set<String> changed = new HashSet<>();
            for (String graph : affected) {
                GraphPart raw = rawParts.get(graph);
                if (reread.containsKey(graph) || graph.equals(TK.CURATION_GRAPH)) {
                    changed.add(graph);
                } else if (raw != null && !raw.curatedBy(next).equals(parts.get(graph))) {
                    // Only graphs whose curated part changes: a merge into a hub changes the merged entity's graphs, not the hub's.
                    reread.put(graph, raw);
                    changed.add(graph);
                }
            }
            if (changed.size() > Math.max(200, parts.size() / 8)) {
                Map<String, GraphPart> all = new HashMap<>();
                rawParts.forEach(all::put);
                reread.forEach((graph, part) -> {
                    if (part.isEmpty()) {
                        all.remove(graph);
                    } else {
                        all.put(graph, part);
                    }
                });
                return of(all, next); // most graphs change: one build is quicker than an update of each
            }
            return new IndexUpdater(this, next).replace(changed, reread).build();
        }
        for (String graph : graphs) {
            GraphPart.Builder builder = new GraphPart.Builder(graph);
            store.graph(graph).find().forEachRemaining(builder::add);
            reread.put(graph, builder.build());
        }
        return new IndexUpdater(this, curation).replace(graphs, reread).build();
    }

    /**
     * The graphs whose curated parts may differ between two curations: those naming (in this index) an entity of a
     * correction in force in one of them only, or an entity whose merges lead elsewhere in the other.
     */
    private Set<String> graphsAffected(Curation before, Curation after) {
        Set<String> iris = new HashSet<>();
        Set<String> activeBefore = new HashSet<>();
        Set<String> activeAfter = new HashSet<>();
        before.log().forEach(c -> {
            if (before.isActive(c.id())) {
                activeBefore.add(c.id());
            }
        });
        after.log().forEach(c -> {
            if (after.isActive(c.id())) {
                activeAfter.add(c.id());
            }
        });
        for (dev.techkg.curation.Correction c : after.log()) {
            if (activeBefore.contains(c.id()) != activeAfter.contains(c.id())) {
                for (String iri : new String[] {c.subject(), c.object(), c.from(), c.into(), c.entity()}) {
                    if (iri != null) {
                        iris.add(iri);
                    }
                }
            }
        }
        Set<String> merged = new HashSet<>(before.merges().keySet());
        merged.addAll(after.merges().keySet());
        for (String iri : merged) {
            if (!before.canonical(iri).equals(after.canonical(iri))) {
                iris.add(iri);
            }
        }
        Set<String> graphs = new HashSet<>();
        for (String raw : iris) {
            for (String iri : new HashSet<>(List.of(raw, before.canonical(raw), after.canonical(raw)))) {
                graphs.addAll(graphsOf.getOrDefault(iri, Set.of()));
                for (Fact fact : facts(iri)) {
                    fact.statements().forEach(st -> graphs.add(st.article()));
                }
                for (Fact fact : rejectedFacts(iri)) {
                    fact.statements().forEach(st -> graphs.add(st.article()));
                }
            }
        }
        graphs.remove(TK.CURATION_GRAPH);
        graphs.add(TK.CURATION_GRAPH); // its part is made from the curation: always again
        return graphs;
    }

    /** A query of the index's, from a {@code .rq} resource beside this class. */
    private static Query load(String name) {
        return QueryFactory.create(Resources.text(GraphIndex.class, name), Syntax.syntaxSPARQL_11);
    }

    /** The key of a name in the index: names match case-insensitively, as SPARQL's LCASE does. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The index as the store holds it, no correction applied, as SPARQL over the store sees it: the index itself
     * while no correction is in force; otherwise the facts and graphs as stored that each update keeps beside the
     * curated ones (only those of the graphs it changed are rebuilt).
     */
    public StoredView storedView() {
        return rawFacts == null ? new StoredView(facts, firstReports, parts, graphsOf, entities)
                : new StoredView(rawFacts, rawFirstReports, rawParts, rawGraphsOf, null);
    }

    /** The corrections this index applies. */
    public Curation curation() {
        return curation;
    }

    /**
     * The rejected facts with the entity at one end, each with only its rejected statements (those of an article a
     * rejection is limited to, or all), strongest first.
     */
    public List<Fact> rejectedFacts(String iri) {
        return rejected.getOrDefault(iri, List.of());
    }

    /** The article entry of a graph, or null when it describes none. */
    public ArticleEntry article(String graph) {
        GraphPart part = parts.get(graph);
        return part == null ? null : part.article();
    }

    /** The entities the graph's article mentions, as the curated view has them (merged ones as the entity kept). */
    public Set<String> mentions(String graph) {
        GraphPart part = parts.get(graph);
        return part == null ? Set.of() : part.mentions();
    }

    /** Calls the action with every entity of the curated view, in no order. */
    public void forEachEntity(Consumer<Entity> action) {
        entities.forEach((iri, entity) -> action.accept(entity));
    }

    /** The entity with this IRI, or null when no label and tk: class are stored for it. */
    public Entity entity(String iri) {
        return entities.get(iri);
    }

    /** How a name matched a search, best first. */
    public enum Match { EXACT, PREFIX, WORD, SUBSTRING }

    /** Substring matching starts at this many characters: shorter ones are found inside nearly every name. */
    public static final int SUBSTRING_MIN = 3;

    /**
     * Entities with a label or alias matching the text, case-insensitively, each once with its best match:
     * {@link Match#EXACT} the whole name, {@link Match#PREFIX} its start, {@link Match#WORD} the start of a later
     * word ("cloud" in "Alibaba Cloud", "cloud comp" in "Alibaba Cloud Computing"), {@link Match#SUBSTRING}
     * anywhere (texts of {@link #SUBSTRING_MIN}+ characters). The first three are range reads of sorted indexes;
     * the substring pass scans every name. Each kind is looked for only while fewer than {@code enough} accepted
     * entities are found: those could not be outranked by a worse kind of match anyway.
     *
     * @param accept which entities count towards {@code enough} (others are returned too)
     */
    public Map<Entity, Match> search(String text, Predicate<Entity> accept, int enough) {
        String key = normalise(text);
        Map<Entity, Match> found = new LinkedHashMap<>();
        int[] accepted = {0};
        Consumer<Name> add = (name) -> {
            Match match = name.key().equals(key) ? Match.EXACT : Match.PREFIX;
            for (Entity e : name.entities()) {
                Match before = found.get(e);
                if (before == null || match.compareTo(before) < 0) {
                    if (before == null && accept.test(e)) {
                        accepted[0]++;
                    }
                    found.put(e, match);
                }
            }
        };
        startingWith(names, key, add);
        if (accepted[0] < enough) {
            startingWith(words, key, name -> name.entities().forEach(e -> {
                if (!found.containsKey(e)) {
                    found.put(e, Match.WORD);
                    accepted[0] += accept.test(e) ? 1 : 0;
                }
            }));
        }
        if (accepted[0] < enough && key.length() >= SUBSTRING_MIN) {
            for (Name name : names) {
                if (name.key().contains(key)) {
                    name.entities().forEach(e -> found.putIfAbsent(e, Match.SUBSTRING));
                }
            }
        }
        return found;
    }

    /** Each name of the index whose key starts with the prefix, in key order. */
    private static void startingWith(SortedArray<Name> index, String prefix, Consumer<Name> action) {
        for (int i = index.firstNotBefore(new Name(prefix, List.of())); i < index.size() && index.get(i).key().startsWith(prefix); i++) {
            action.accept(index.get(i));
        }
    }

    /**
     * The tails of a normalised name that start at its second, third … word ("samsung galaxy s25" → "galaxy s25",
     * "s25"); a word starts at a letter or digit after any other character ("o3-mini" → "mini").
     */
    static List<String> laterWords(String key) {
        List<String> tails = new ArrayList<>();
        for (int i = 1; i < key.length(); i++) {
            if (Character.isLetterOrDigit(key.charAt(i)) && !Character.isLetterOrDigit(key.charAt(i - 1))) {
                tails.add(key.substring(i));
            }
        }
        return tails;
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
