package dev.techkg.index;

import dev.techkg.index.GraphIndex.ArticleEntry;
import dev.techkg.index.GraphIndex.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The graph index as the store holds it, no correction applied: what SPARQL over the store sees, for the saved
 * queries TechKG answers from the index ({@code dev.techkg.query.IndexedQueries}). Every fact with all its
 * statements, and each entity's labels, tk: classes and number of mentioning articles as the article graphs state
 * them (every label, not the one the entity pages show). While no correction is in force the curated index is the
 * stored one and this view reads it directly; otherwise it is built once per index from the graphs' parts as read.
 * Immutable, so thread-safe.
 */
public final class StoredView {
    /** An entity's labels and tk: classes (sorted) and the number of articles that mention it, as stored. */
    public record Names(Set<String> labels, Set<String> types, int mentions) {
        static final Names NONE = new Names(Set.of(), Set.of(), 0);
    }

    private final ShardedMap<String, List<Fact>> facts;
    private final ShardedMap<String, GraphPart> parts;
    private final ShardedMap<String, Set<String>> graphsOf;

    private StoredView(ShardedMap<String, List<Fact>> facts, ShardedMap<String, GraphPart> parts, ShardedMap<String, Set<String>> graphsOf) {
        this.facts = facts;
        this.parts = parts;
        this.graphsOf = graphsOf;
    }

    /** The view of an index whose curation changes nothing: its own maps. */
    static StoredView of(GraphIndex index) {
        return new StoredView(index.facts, index.parts, index.graphsOf);
    }

    /** The view built from the parts as read (a curation is in force, so the index's own maps differ from the store). */
    static StoredView fromRawParts(ShardedMap<String, GraphPart> rawParts) {
        Map<String, List<Statement>> byKey = new HashMap<>();
        Map<String, Set<String>> graphs = new HashMap<>();
        rawParts.forEach((graph, part) -> {
            for (Statement st : part.statements()) {
                byKey.computeIfAbsent(st.subject() + " " + st.relation() + " " + st.object(), k -> new ArrayList<>()).add(st);
            }
            for (Map<String, Set<String>> names : List.of(part.labels(), part.types(), part.aliases())) {
                names.keySet().forEach(iri -> graphs.computeIfAbsent(iri, k -> new TreeSet<>()).add(graph));
            }
            part.mentions().forEach(iri -> graphs.computeIfAbsent(iri, k -> new TreeSet<>()).add(graph));
        });
        Map<String, List<Fact>> factsOf = new HashMap<>();
        byKey.values().forEach(statements -> {
            Fact fact = Fact.of(statements);
            factsOf.computeIfAbsent(fact.subject(), k -> new ArrayList<>()).add(fact);
            if (!fact.object().equals(fact.subject())) {
                factsOf.computeIfAbsent(fact.object(), k -> new ArrayList<>()).add(fact);
            }
        });
        ShardedMap.Editor<String, List<Fact>> facts = ShardedMap.<String, List<Fact>>empty().edit();
        factsOf.forEach((iri, list) -> facts.put(iri, List.copyOf(list)));
        ShardedMap.Editor<String, Set<String>> graphsOf = ShardedMap.<String, Set<String>>empty().edit();
        graphs.forEach((iri, set) -> graphsOf.put(iri, Set.copyOf(set)));
        return new StoredView(facts.build(), rawParts, graphsOf.build());
    }

    /** Every fact once, each with all its statements (newest first), in no order. */
    public void forEachFact(Consumer<Fact> action) {
        facts.forEach((iri, list) -> {
            for (Fact fact : list) {
                if (fact.subject().equals(iri)) { // a fact is listed at both ends: taken at its subject
                    action.accept(fact);
                }
            }
        });
    }

    /** Every entity that is an end of a fact, with its facts (a fact about itself once), in no order. */
    public void forEachEntity(BiConsumer<String, List<Fact>> action) {
        facts.forEach(action);
    }

    /** The labels, tk: classes and mentioning articles of an entity, as the article graphs state them. */
    public Names names(String iri) {
        Set<String> graphs = graphsOf.get(iri);
        if (graphs == null) {
            return Names.NONE;
        }
        Set<String> labels = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        int mentions = 0;
        for (String graph : graphs) {
            GraphPart part = parts.get(graph);
            if (part != null) {
                labels.addAll(part.labels().getOrDefault(iri, Set.of()));
                types.addAll(part.types().getOrDefault(iri, Set.of()));
                mentions += part.mentions().contains(iri) ? 1 : 0;
            }
        }
        return new Names(labels, types, mentions);
    }

    /** The article a graph describes (title, source, day …), or null when it has no title or is not stored. */
    public ArticleEntry article(String graph) {
        GraphPart part = parts.get(graph);
        return part == null ? null : part.article();
    }
}
