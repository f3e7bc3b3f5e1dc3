package dev.techkg.index;

import dev.techkg.index.GraphIndex.ArticleEntry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The graph index as the store holds it, no correction applied: what SPARQL over the store sees, for the saved
 * queries TechKG answers from the index ({@code dev.techkg.query.IndexedQueries}). Every fact with all its
 * statements, and each entity's labels, tk: classes and number of mentioning articles as the article graphs state
 * them (every label, not the one the entity pages show). While no correction is in force the curated index is the
 * stored one and this view reads it; otherwise it reads the facts and graphs as stored that the index keeps beside
 * the curated ones. Immutable, so thread-safe.
 */
public final class StoredView {
    /** An entity's labels and tk: classes (sorted) and the number of articles that mention it, as stored. */
    public record Names(List<String> labels, List<String> types, int mentions) {
        static final Names NONE = new Names(List.of(), List.of(), 0);
    }

    private final ShardedMap<String, List<Fact>> facts;
    private final FirstReports firstReports;
    private final ShardedMap<String, GraphPart> parts;
    private final ShardedMap<String, Set<String>> graphsOf;
    /** The index's entities when they are as stored (no correction in force), else null. */
    private final ShardedMap<String, GraphIndex.Entity> entities;

    StoredView(ShardedMap<String, List<Fact>> facts, FirstReports firstReports, ShardedMap<String, GraphPart> parts,
               ShardedMap<String, Set<String>> graphsOf, ShardedMap<String, GraphIndex.Entity> entities) {
        this.facts = facts;
        this.firstReports = firstReports;
        this.parts = parts;
        this.graphsOf = graphsOf;
        this.entities = entities;
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

    /**
     * Each fact first reported within the days ({@link Fact#firstReported()} compared as text, bounds inclusive,
     * null for none), by day: a range lookup in the facts the index keeps by first report.
     */
    public void forEachFirstReportedBetween(String since, String until, Consumer<Fact> action) {
        firstReports.forEachBetween(since, until, action);
    }

    /** The facts of an entity as either end (a fact about itself once), none when it is the end of none. */
    public List<Fact> factsOf(String iri) {
        return facts.getOrDefault(iri, List.of());
    }

    /** Every entity that is an end of a fact, with its facts (a fact about itself once), in no order. */
    public void forEachEntity(BiConsumer<String, List<Fact>> action) {
        facts.forEach(action);
    }

    /** The labels, tk: classes and mentioning articles of an entity, as the article graphs state them. */
    public Names names(String iri) {
        GraphIndex.Entity entity = entities == null ? null : entities.get(iri);
        if (entity != null) {
            // Kept up to date at each write: a hub is named by tens of thousands of graphs, too many to walk per answer.
            return new Names(entity.labels(), entity.types(), entity.articles());
        }
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
        return new Names(List.copyOf(labels), List.copyOf(types), mentions);
    }

    /** The article a graph describes (title, source, day …), or null when it has no title or is not stored. */
    public ArticleEntry article(String graph) {
        GraphPart part = parts.get(graph);
        return part == null ? null : part.article();
    }
}
