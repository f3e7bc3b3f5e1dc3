package dev.techkg.index;

import dev.techkg.curation.Curation;
import dev.techkg.index.GraphIndex.Entity;
import dev.techkg.index.GraphIndex.Name;
import dev.techkg.index.GraphIndex.Ranked;
import dev.techkg.index.GraphIndex.Statement;
import dev.techkg.rdf.TK;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the next index from the last (or from nothing): editors of its maps, in which only the entries of
 * the entities and facts the changed graphs name are replaced; the rest is shared. Used by one thread, then
 * dropped.
 */
final class IndexUpdater {
    private record FactKey(String subject, String relation, String object) {
        static FactKey of(Statement s) {
            return new FactKey(s.subject(), s.relation(), s.object());
        }
    }

    final ShardedMap.Editor<String, GraphPart> parts;
    final ShardedMap.Editor<String, GraphPart> rawParts;
    final ShardedMap.Editor<String, List<Fact>> rejected;
    final Curation curation;
    final ShardedMap.Editor<String, Set<String>> graphsOf;
    final ShardedMap.Editor<String, Entity> entities;
    final ShardedMap.Editor<String, List<Fact>> facts;
    /** {@link #facts} by the day of their first report. */
    final FirstReports.Editor firstReports;
    final NameEditor names;
    final NameEditor words;
    SortedArray<Ranked> byDegree;
    /**
     * While a curation is in force, the facts and the graphs naming each entity as the store holds them (for
     * {@link StoredView}), kept as {@link #facts} and {@link #graphsOf} are; null while it changes nothing, as those
     * are the same then.
     */
    final ShardedMap.Editor<String, List<Fact>> rawFacts;
    final ShardedMap.Editor<String, Set<String>> rawGraphsOf;
    /** {@link #rawFacts} by the day of their first report; null when those are null. */
    final FirstReports.Editor rawFirstReports;

    /** An updater of the last index (null: from nothing) applying the curation (the last index's, unless from nothing). */
    IndexUpdater(GraphIndex last, Curation curation) {
        this.curation = curation;
        parts = (last == null ? ShardedMap.<String, GraphPart>empty() : last.parts).edit();
        rawParts = (last == null ? ShardedMap.<String, GraphPart>empty() : last.rawParts).edit();
        rejected = (last == null ? ShardedMap.<String, List<Fact>>empty() : last.rejected).edit();
        graphsOf = (last == null ? ShardedMap.<String, Set<String>>empty() : last.graphsOf).edit();
        entities = (last == null ? ShardedMap.<String, Entity>empty() : last.entities).edit();
        facts = (last == null ? ShardedMap.<String, List<Fact>>empty() : last.facts).edit();
        firstReports = (last == null ? FirstReports.EMPTY : last.firstReports).edit();
        names = new NameEditor(last == null ? SortedArray.empty(Name.ORDER) : last.names);
        words = new NameEditor(last == null ? SortedArray.empty(Name.ORDER) : last.words);
        byDegree = last == null ? SortedArray.empty(Ranked.ORDER) : last.byDegree;
        if (curation.changesNothing()) {
            rawFacts = null;
            rawGraphsOf = null;
            rawFirstReports = null;
        } else if (last == null) {
            rawFacts = ShardedMap.<String, List<Fact>>empty().edit();
            rawGraphsOf = ShardedMap.<String, Set<String>>empty().edit();
            rawFirstReports = FirstReports.EMPTY.edit();
        } else if (last.rawFacts == null) {
            // The last index applied no correction: its own facts and graphs are those as stored.
            rawFacts = last.facts.edit();
            rawGraphsOf = last.graphsOf.edit();
            rawFirstReports = last.firstReports.edit();
        } else {
            rawFacts = last.rawFacts.edit();
            rawGraphsOf = last.rawGraphsOf.edit();
            rawFirstReports = last.rawFirstReports.edit();
        }
    }

    /**
     * Replaces the parts of the changed graphs with the new ones as read (absent or empty: the graph is gone), the
     * curation applied; the curation graph's part, when it is among the changed, is made from the curation.
     */
    IndexUpdater replace(Set<String> changed, Map<String, GraphPart> newRawParts) {
        if (rawFacts != null) {
            replaceRaw(changed, newRawParts);
        }
        Map<String, GraphPart> newParts = new HashMap<>();
        for (String graph : changed) {
            if (graph.equals(TK.CURATION_GRAPH)) {
                newParts.put(graph, GraphPart.additions(curation));
                continue;
            }
            GraphPart raw = newRawParts.get(graph);
            if (raw == null || raw.isEmpty()) {
                rawParts.remove(graph);
            } else {
                rawParts.put(graph, raw);
                newParts.put(graph, raw.curatedBy(curation));
            }
        }
        Set<String> touchedEntities = new HashSet<>();
        Set<String> touchedNodes = new HashSet<>();
        Set<String> touchedRejected = new HashSet<>();
        Map<FactKey, List<Statement>> addedRejected = new HashMap<>();
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
                old.rejected().forEach(st -> {
                    touchedRejected.add(st.subject());
                    touchedRejected.add(st.object());
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
            for (Statement st : part.rejected()) {
                touchedRejected.add(st.subject());
                touchedRejected.add(st.object());
                addedRejected.computeIfAbsent(FactKey.of(st), k -> new ArrayList<>()).add(st);
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
        replaceFacts(facts, firstReports, changed, touchedNodes, added);
        replaceFacts(rejected, null, changed, touchedRejected, addedRejected);
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
        return this;
    }

    /** Brings the facts and graphs as stored up to date with the changed graphs' new parts as read (before {@link #rawParts} is). */
    private void replaceRaw(Set<String> changed, Map<String, GraphPart> newRawParts) {
        Set<String> touchedNodes = new HashSet<>();
        Map<FactKey, List<Statement>> added = new HashMap<>();
        Map<String, Set<String>> graphsChanged = new HashMap<>();
        for (String graph : changed) {
            GraphPart old = graph.equals(TK.CURATION_GRAPH) ? null : rawParts.get(graph);
            if (old != null) {
                old.statements().forEach(st -> {
                    touchedNodes.add(st.subject());
                    touchedNodes.add(st.object());
                });
                for (String iri : entitiesIn(old)) {
                    graphsChanged.computeIfAbsent(iri, k -> new HashSet<>(rawGraphsOf.getOrDefault(k, Set.of()))).remove(graph);
                }
            }
        }
        for (String graph : changed) {
            GraphPart part = graph.equals(TK.CURATION_GRAPH) ? null : newRawParts.get(graph);
            if (part != null && !part.isEmpty()) {
                for (Statement st : part.statements()) {
                    touchedNodes.add(st.subject());
                    touchedNodes.add(st.object());
                    added.computeIfAbsent(FactKey.of(st), k -> new ArrayList<>()).add(st);
                }
                for (String iri : entitiesIn(part)) {
                    graphsChanged.computeIfAbsent(iri, k -> new HashSet<>(rawGraphsOf.getOrDefault(k, Set.of()))).add(graph);
                }
            }
        }
        graphsChanged.forEach((iri, graphs) -> {
            if (graphs.isEmpty()) {
                rawGraphsOf.remove(iri);
            } else {
                rawGraphsOf.put(iri, Set.copyOf(graphs));
            }
        });
        replaceFacts(rawFacts, rawFirstReports, changed, touchedNodes, added);
    }

    /**
     * Rebuilds the facts whose statements changed (those with a statement in a changed graph, and those the new
     * parts state), one object per fact, and the fact lists of their ends; other facts stay the same objects. The
     * facts by first report, when given, lose the old objects and gain the new ones.
     */
    private static void replaceFacts(ShardedMap.Editor<String, List<Fact>> facts, FirstReports.Editor firstReports, Set<String> changed,
                                     Set<String> touchedNodes, Map<FactKey, List<Statement>> added) {
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
                    if (firstReports != null) {
                        firstReports.remove(fact);
                    }
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
                if (firstReports != null) {
                    firstReports.add(fact);
                }
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
            forKeys(old, List::of, key -> names.entities(key).removeIf(e -> e.iri().equals(iri)));
            forKeys(old, GraphIndex::laterWords, key -> words.entities(key).removeIf(e -> e.iri().equals(iri)));
        }
        Set<String> graphs = graphsOf.getOrDefault(iri, Set.of());
        String label = null;
        Set<String> labels = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> aliases = new TreeSet<>();
        int mentions = 0;
        for (String graph : graphs) {
            GraphPart part = parts.get(graph);
            for (String l : part.labels().getOrDefault(iri, Set.of())) {
                label = label == null || l.compareTo(label) < 0 ? l : label;
                labels.add(l);
            }
            types.addAll(part.types().getOrDefault(iri, Set.of()));
            aliases.addAll(part.aliases().getOrDefault(iri, Set.of()));
            mentions += part.mentions().contains(iri) ? 1 : 0;
        }
        if (label == null || types.isEmpty()) {
            return; // an entity has a label and a tk: class
        }
        String retyped = curation.typeOf(iri);
        if (retyped != null) {
            types.clear();
            types.add(retyped);
        }
        String name = label;
        Entity entity = new Entity(iri, label, List.copyOf(types), aliases.stream().filter(a -> !a.equals(name)).toList(), mentions,
                List.copyOf(labels));
        entities.put(iri, entity);
        forKeys(entity, List::of, key -> names.entities(key).add(entity));
        forKeys(entity, GraphIndex::laterWords, key -> words.entities(key).add(entity));
    }

    /**
     * The keys of an entity in one name index, each once: those {@code keysOf} gives for its label and each
     * alias, normalised (for {@link #names} the name itself, for {@link #words} its later words' tails).
     */
    private static void forKeys(Entity entity, Function<String, List<String>> keysOf, Consumer<String> action) {
        Set<String> keys = new HashSet<>(keysOf.apply(GraphIndex.normalise(entity.label())));
        entity.aliases().forEach(a -> keys.addAll(keysOf.apply(GraphIndex.normalise(a))));
        keys.forEach(action);
    }

    /**
     * An editor of one sorted name index: the entity lists of the keys this update changes, before and now;
     * {@link #build} applies them in one copy of the array.
     */
    static final class NameEditor {
        private final SortedArray<Name> last;
        /** The keys whose entity lists changed: the list before (empty when new). */
        private final Map<String, List<Entity>> before = new HashMap<>();
        /** The keys whose entity lists changed: the list now. */
        private final Map<String, List<Entity>> now = new HashMap<>();

        NameEditor(SortedArray<Name> last) {
            this.last = last;
        }

        /** The entities of a key as this update has them so far, to change in place. */
        List<Entity> entities(String key) {
            return now.computeIfAbsent(key, k -> {
                int at = last.firstNotBefore(new Name(k, List.of()));
                List<Entity> old = at < last.size() && last.get(at).key().equals(k) ? last.get(at).entities() : List.of();
                before.put(k, old);
                return new ArrayList<>(old);
            });
        }

        SortedArray<Name> build() {
            List<Name> gone = new ArrayList<>();
            List<Name> added = new ArrayList<>();
            now.forEach((key, list) -> {
                List<Entity> old = before.get(key);
                if (!old.isEmpty()) {
                    gone.add(new Name(key, old));
                }
                if (!list.isEmpty()) {
                    added.add(new Name(key, List.copyOf(list)));
                }
            });
            return last.with(gone, added);
        }
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
