package dev.techkg.query;

import dev.techkg.index.Fact;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.index.Timeline;
import dev.techkg.rdf.TK;
import dev.techkg.rdf.IriMinter;
import dev.techkg.linking.EntityType;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Entities for the API and the viewer: search by name, one entity with its facts and evidence, its RDF. Names,
 * classes, counts, facts and article titles come from the {@link GraphIndex} (kept in step with the store);
 * evidence sentences from the store, only for what one page shows. Thread-safe.
 */
public final class EntityService {
    private static final int MAX_LIMIT = 100;
    /** Relation groups on one entity page unless asked otherwise: a hub has thousands. */
    public static final int DEFAULT_RELATIONS = 50;
    /** The most relation groups one page may ask for. */
    public static final int MAX_RELATIONS = 500;
    /** Newest supporting articles listed per relation group; {@code totalArticles} counts them all. */
    public static final int ARTICLES_PER_RELATION = 5;
    /** Newest evidence sentences per relation group; {@code totalEvidence} counts them all. */
    public static final int EVIDENCE_PER_RELATION = 3;
    /** Articles and evidence sentences listed when a page asks for one fact (a relation and its other end). */
    public static final int SUPPORT_OF_ONE_FACT = 100;
    /** The classes a search finds: those of every {@link EntityType}. */
    private static final Set<String> SEARCHED_TYPES = Arrays.stream(EntityType.values())
            .map(type -> IriMinter.termIri(type.className())).collect(Collectors.toUnmodifiableSet());

    private final GraphStore store;
    private final GraphIndexCache index;
    private final StatementEvidence statementEvidence;
    private final Query rdf = StoredQueries.load("entity-rdf.rq");

    public EntityService(GraphStore store, GraphIndexCache index) {
        this.store = store;
        this.statementEvidence = new StatementEvidence(store);
        this.index = index;
    }

    /** An entity in a list. */
    public record EntitySummary(String id, String iri, String label, String type, Integer articles) {}

    /** An article that supports something. */
    public record ArticleRef(String id, String iri, String title, String date, String link) {}

    /** One evidence sentence of a fact. */
    public record Evidence(String sentence, double confidence, String rule, ArticleRef article) {}

    /**
     * The support for one fact: relation, direction ("out": entity is the subject), the other end, the newest
     * {@link #ARTICLES_PER_RELATION} supporting articles and {@link #EVIDENCE_PER_RELATION} evidence sentences
     * ({@link #SUPPORT_OF_ONE_FACT} of each when the page asks for one fact),
     * and how many there are in all.
     */
    public record RelationGroup(String relation, String direction, EntitySummary other, List<ArticleRef> articles,
                                List<Evidence> evidence, int totalArticles, int totalEvidence, String firstReported, String lastReported,
                                int articleCount, int sourceCount, int undatedCount, int unknownSourceCount, Confirmed confirmed) {}

    /** A person's confirmation of a fact: the correction's id, who and when; null on a group nobody confirmed. */
    public record Confirmed(String correction, String by, String at) {}

    /**
     * One entity with the relation groups of one page ({@code relations}, sorted by relation, direction and the
     * other end's label) and how many groups there are in all ({@code totalRelations}).
     */
    public record EntityDetail(String id, String iri, String label, String type, List<String> aliases, int articles,
                               List<RelationGroup> relations, int totalRelations, List<RejectedFact> rejected) {}

    /**
     * A fact of the entity that a correction rejected, hidden from the curated view: its relation, direction and other
     * end, the rejection (id, note, who, when; {@code article} set when it is about one article only), how many
     * articles state it and how many of those were ingested after the rejection.
     */
    public record RejectedFact(String relation, String direction, EntitySummary other, String correction, String note, String by,
                               String at, String article, int articles, int laterArticles) {}

    /**
     * Which relation groups of an entity to show.
     *
     * @param offset   groups to skip, in the page order
     * @param limit    groups to show at most
     * @param relation only this relation (local name, e.g. competesWith), or null for all
     * @param other    only facts with this entity (slug) at the other end, or null for all
     * @param asOf     only what articles published on or before this day (yyyy-mm-dd) reported, undated ones left
     *                 out; null for all
     */
    public record Page(int offset, int limit, String relation, String other, String asOf) {
        /** The first {@link #DEFAULT_RELATIONS} groups of every relation. */
        public static final Page FIRST = new Page(0, DEFAULT_RELATIONS, null, null, null);

        /** Every group, not as of a day. */
        public Page(int offset, int limit, String relation, String other) {
            this(offset, limit, relation, other, null);
        }
    }

    /**
     * Entities whose label or alias matches the text, case-insensitively: the whole name first, then its start,
     * then the start of a later word ("cloud" finds "Alibaba Cloud"), then anywhere inside it (3+ characters);
     * within each, most-mentioned first. Only entities that some article mentions.
     *
     * @param type a class name (Company, GovernmentBody, Person, Place, Product) or null for all
     */
    public List<EntitySummary> search(String text, String type, int limit) {
        String wanted = type == null ? null : IriMinter.termIri(type);
        int shown = Math.max(1, Math.min(limit, MAX_LIMIT));
        Predicate<GraphIndex.Entity> accept = e -> e.articles() > 0
                && e.types().stream().anyMatch(t -> SEARCHED_TYPES.contains(t) && (wanted == null || wanted.equals(t)));
        record Row(EntitySummary summary, GraphIndex.Match match) {}
        List<Row> rows = new ArrayList<>();
        index.index().search(text, accept, shown).forEach((entity, match) -> {
            // One row per class, as before: a country can be a Place and a GovernmentBody.
            for (String t : entity.types()) {
                if (entity.articles() > 0 && SEARCHED_TYPES.contains(t) && (wanted == null || wanted.equals(t))) {
                    rows.add(new Row(new EntitySummary(IriMinter.slugOf(entity.iri()), entity.iri(), entity.label(),
                            IriMinter.localName(t), entity.articles()), match));
                }
            }
        });
        rows.sort(Comparator.comparing(Row::match).thenComparing(r -> -r.summary().articles())
                .thenComparing(r -> r.summary().label()).thenComparing(r -> r.summary().iri()).thenComparing(r -> r.summary().type()));
        return rows.stream().limit(shown).map(Row::summary).toList();
    }

    /** The entity with this slug (the last part of its IRI) and its first relation groups, if the store knows it. */
    public Optional<EntityDetail> entity(String slug) {
        return entity(slug, Page.FIRST);
    }

    /** The entity with this slug (the last part of its IRI) and one page of its relation groups, if the store knows it. */
    public Optional<EntityDetail> entity(String slug, Page page) {
        GraphIndex graph = index.index();
        String iri = IriMinter.entityIri(slug);
        GraphIndex.Entity entity = graph.entity(iri);
        if (entity == null) {
            return Optional.empty();
        }
        List<Group> groups = groups(graph, iri, page);
        int end = (int) Math.min(groups.size(), (long) page.offset() + Math.max(0, Math.min(page.limit(), MAX_RELATIONS)));
        List<Group> shown = first(groups, end, Group.PAGE_ORDER).subList(Math.min(page.offset(), end), end)
                .stream().map(Group::withArticles).toList();
        boolean oneFact = page.relation() != null && page.other() != null;
        int articlesShown = oneFact ? SUPPORT_OF_ONE_FACT : ARTICLES_PER_RELATION;
        int evidenceShown = oneFact ? SUPPORT_OF_ONE_FACT : EVIDENCE_PER_RELATION;
        Map<String, String> titleOf = titles(graph, shown, articlesShown);
        Map<String, List<Map<String, String>>> evidenceRows = evidence(shown, evidenceShown);
        List<RelationGroup> relations = new ArrayList<>();
        for (Group group : shown) {
            List<ArticleRef> articles = group.articles().stream().limit(articlesShown)
                    .map(s -> ref(graph, s, titleOf)).toList();
            List<Evidence> sentences = new ArrayList<>();
            Set<String> fetched = new HashSet<>();
            for (GraphIndex.Statement s : group.newestStatements()) {
                if (sentences.size() >= evidenceShown) {
                    break;
                }
                if (s.article().equals(TK.CURATION_GRAPH)) {
                    // A fact a person added: its note is its evidence, the review page its source.
                    dev.techkg.curation.Correction added = addition(graph, s);
                    if (added != null) {
                        sentences.add(new Evidence(added.note(), s.confidence(), "curation", ref(graph, s, titleOf)));
                    }
                    continue;
                }
                if (fetched.add(StatementEvidence.key(s))) {
                    for (Map<String, String> row : evidenceRows.getOrDefault(StatementEvidence.key(s), List.of())) {
                        if (sentences.size() < evidenceShown) {
                            sentences.add(new Evidence(row.get("evidence"), Double.parseDouble(row.get("confidence")), row.get("rule"),
                                    articleRef(s.article(), titleOf.get(s.article()), s.day())));
                        }
                    }
                }
            }
            Timeline timeline = group.fact().timeline(page.asOf());
            relations.add(new RelationGroup(IriMinter.localName(group.relation()), group.direction(), summary(group.other()), articles,
                    List.copyOf(sentences), group.articles().size(), group.newestStatements().size(), timeline.firstReported(),
                    timeline.lastReported(), timeline.articleCount(), timeline.sourceCount(), timeline.undatedCount(),
                    timeline.unknownSourceCount(), confirmed(graph, group.fact())));
        }
        return Optional.of(new EntityDetail(slug, iri, entity.label(), IriMinter.localName(entity.types().get(0)), entity.aliases(),
                entity.articles(), List.copyOf(relations), groups.size(), rejected(graph, iri)));
    }

    private static Confirmed confirmed(GraphIndex graph, Fact fact) {
        dev.techkg.curation.Correction c = graph.curation().confirmation(
                dev.techkg.curation.Curation.FactKey.of(fact.subject(), fact.relation(), fact.object()));
        return c == null ? null : new Confirmed(c.id(), c.by(), c.at());
    }

    /** The addition a statement of the curation graph stands for (its copy key is the correction's IRI), or null. */
    private static dev.techkg.curation.Correction addition(GraphIndex graph, GraphIndex.Statement s) {
        String key = s.copyKey();
        return key != null && key.startsWith(TK.CORRECTION_BASE) ? graph.curation().find(key.substring(TK.CORRECTION_BASE.length())) : null;
    }

    /** The article of a statement; for a fact a person added, the correction, linked to the review page. */
    private static ArticleRef ref(GraphIndex graph, GraphIndex.Statement s, Map<String, String> titleOf) {
        if (s.article().equals(TK.CURATION_GRAPH)) {
            dev.techkg.curation.Correction added = addition(graph, s);
            return new ArticleRef(added == null ? null : added.id(), s.copyKey(), "Added by " + (added == null ? "a person" : added.by()),
                    s.day(), "/review");
        }
        return articleRef(s.article(), titleOf.get(s.article()), s.day());
    }

    /** The entity's rejected facts, with the rejection and how many articles (later ones too) state each. */
    private static List<RejectedFact> rejected(GraphIndex graph, String iri) {
        List<RejectedFact> out = new ArrayList<>();
        for (Fact fact : graph.rejectedFacts(iri)) {
            String otherIri = fact.subject().equals(iri) ? fact.object() : fact.subject();
            GraphIndex.Entity other = graph.entity(otherIri);
            if (other == null) {
                continue;
            }
            GraphIndex.Statement first = fact.statements().get(0);
            dev.techkg.curation.Correction c = graph.curation().rejection(
                    dev.techkg.curation.Curation.FactKey.of(fact.subject(), fact.relation(), fact.object()), first.article());
            if (c == null) {
                continue;
            }
            // Ingest times are kept to the second: an article ingested in the second of the rejection counts as later.
            java.time.Instant at = dev.techkg.curation.Curation.instant(c.at()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Set<String> articles = new HashSet<>();
            Set<String> later = new HashSet<>();
            for (GraphIndex.Statement s : fact.statements()) {
                articles.add(s.article());
                GraphIndex.ArticleEntry entry = graph.article(s.article());
                if (entry != null && entry.created() != null && !dev.techkg.curation.Curation.instant(entry.created()).isBefore(at)) {
                    later.add(s.article());
                }
            }
            out.add(new RejectedFact(IriMinter.localName(fact.relation()), fact.subject().equals(iri) ? "out" : "in", summary(other), c.id(),
                    c.note(), c.by(), c.at(), c.article() == null ? null : IriMinter.articleIdOf(c.article()), articles.size(), later.size()));
        }
        return out;
    }

    /** One report of a fact: the article standing for it, its outlet, and the near-copies it stands for. */
    public record ReportRef(ArticleRef article, String source, List<ArticleRef> copies) {}

    /**
     * One fact's timeline (see {@link Timeline}): when it was first and last reported, by how many reports and
     * outlets, and the reports oldest first (undated last), at most {@link #SUPPORT_OF_ONE_FACT}.
     */
    public record FactTimeline(EntitySummary subject, String relation, EntitySummary object, String asOf, String firstReported,
                               String lastReported, int articleCount, int sourceCount, int undatedCount, int unknownSourceCount,
                               List<ReportRef> reports) {}

    /**
     * The timeline of the fact (subject, relation, object), by entity and relation IRIs; a symmetric relation in
     * either direction. Empty when no article (published on or before {@code asOf}, when given) states it.
     */
    public Optional<FactTimeline> fact(String subjectIri, String relationIri, String objectIri, String asOf) {
        GraphIndex graph = index.index();
        GraphIndex.Entity subject = graph.entity(subjectIri);
        GraphIndex.Entity object = graph.entity(objectIri);
        if (subject == null || object == null) {
            return Optional.empty();
        }
        List<GraphIndex.Statement> statements = new ArrayList<>();
        for (Fact fact : graph.facts(subjectIri)) {
            boolean forward = fact.subject().equals(subjectIri) && fact.object().equals(objectIri);
            boolean backward = TK.isSymmetric(relationIri) && fact.subject().equals(objectIri) && fact.object().equals(subjectIri);
            if (fact.relation().equals(relationIri) && (forward || backward)) {
                statements.addAll(fact.statements());
            }
        }
        Timeline timeline = Timeline.of(statements, asOf);
        if (timeline.reports().isEmpty()) {
            return Optional.empty();
        }
        List<Timeline.Report> shown = timeline.reports().subList(0, Math.min(SUPPORT_OF_ONE_FACT, timeline.reports().size()));
        Set<String> articles = new LinkedHashSet<>();
        shown.forEach(r -> articles.addAll(r.copies()));
        Map<String, String> titleOf = titles(graph, articles);
        Map<String, String> dayOf = new HashMap<>();
        statements.forEach(s -> dayOf.putIfAbsent(s.article(), s.day()));
        List<ReportRef> reports = shown.stream().map(r -> new ReportRef(articleRef(r.article(), titleOf.get(r.article()), r.day()), r.host(),
                r.copies().stream().skip(1).map(c -> articleRef(c, titleOf.get(c), dayOf.get(c))).toList())).toList();
        return Optional.of(new FactTimeline(summary(subject), IriMinter.localName(relationIri), summary(object), asOf, timeline.firstReported(),
                timeline.lastReported(), timeline.articleCount(), timeline.sourceCount(), timeline.undatedCount(),
                timeline.unknownSourceCount(), reports));
    }

    /**
     * One fact seen from the entity: relation IRI, direction ("out": the entity is the subject), the other end, and
     * the fact's statements newest first; and, once {@link #withArticles} listed them (null before), its distinct
     * articles newest first. A fact about the entity itself is two groups, out and in.
     */
    private record Group(Fact fact, String relation, String direction, GraphIndex.Entity other, List<GraphIndex.Statement> newestStatements,
                         List<GraphIndex.Statement> articles) {
        /** The order of a page: by relation, direction and the other end's label (then IRI). */
        static final Comparator<Group> PAGE_ORDER = Comparator.comparing(Group::relation).thenComparing(Group::direction)
                .thenComparing(g -> g.other().label()).thenComparing(g -> g.other().iri());

        /** The group with its distinct articles (the first statement of each): only for the groups a page shows. */
        Group withArticles() {
            Set<String> seen = new HashSet<>();
            return new Group(fact, relation, direction, other, newestStatements, newestStatements.stream().filter(s -> seen.add(s.article())).toList());
        }
    }

    private static List<Group> groups(GraphIndex graph, String iri, Page page) {
        // The index keeps each fact with its statements newest first: a group is a fact, no grouping of statements here.
        String relationIri = page.relation() == null ? null : IriMinter.termIri(page.relation());
        String otherIri = page.other() == null ? null : IriMinter.entityIri(page.other());
        List<Group> groups = new ArrayList<>();
        for (Fact fact : graph.facts(iri)) {
            if (relationIri != null && !fact.relation().equals(relationIri)) {
                continue;
            }
            List<GraphIndex.Statement> statements = page.asOf() == null ? fact.statements() : fact.reportedBy(page.asOf());
            if (statements.isEmpty()) {
                continue; // not reported by then
            }
            if (fact.subject().equals(iri) && (otherIri == null || fact.object().equals(otherIri))) {
                group(graph, groups, fact, statements, "out", fact.object());
            }
            if (fact.object().equals(iri) && (otherIri == null || fact.subject().equals(otherIri))) {
                group(graph, groups, fact, statements, "in", fact.subject());
            }
        }
        return groups;
    }

    /**
     * The first {@code n} items in the order, sorted: a hub has thousands of relation groups, and a page shows the
     * first 50, so keeping the least {@code n} in a heap costs less than sorting them all.
     */
    static <T> List<T> first(List<T> items, int n, Comparator<? super T> order) {
        if (n >= items.size() / 4) {
            List<T> sorted = new ArrayList<>(items);
            sorted.sort(order);
            return sorted.subList(0, n);
        }
        PriorityQueue<T> greatestFirst = new PriorityQueue<>(n + 1, order.reversed());
        for (T item : items) {
            if (greatestFirst.size() < n) {
                greatestFirst.add(item);
            } else if (n > 0 && order.compare(item, greatestFirst.peek()) < 0) {
                greatestFirst.poll();
                greatestFirst.add(item);
            }
        }
        List<T> least = new ArrayList<>(greatestFirst);
        least.sort(order);
        return least;
    }

    private static void group(GraphIndex graph, List<Group> groups, Fact fact, List<GraphIndex.Statement> statements, String direction,
                              String otherIri) {
        GraphIndex.Entity other = graph.entity(otherIri);
        if (other != null) { // the other end has no label and class: nothing to show for it
            groups.add(new Group(fact, fact.relation(), direction, other, statements, null));
        }
    }

    private static Map<String, String> titles(GraphIndex graph, List<Group> groups, int perGroup) {
        Set<String> articles = new LinkedHashSet<>();
        groups.forEach(g -> g.articles().stream().limit(perGroup).forEach(s -> articles.add(s.article())));
        return titles(graph, articles);
    }

    /** The titles of the articles that have one, from the index (which keeps each article's): no store query per page. */
    private static Map<String, String> titles(GraphIndex graph, Set<String> articles) {
        Map<String, String> titleOf = new HashMap<>();
        for (String article : articles) {
            GraphIndex.ArticleEntry entry = graph.article(article);
            if (entry != null) {
                titleOf.put(article, entry.title());
            }
        }
        return titleOf;
    }

    /** The evidence rows of the newest statements of each group, by {@link StatementEvidence#key}. */
    private Map<String, List<Map<String, String>>> evidence(List<Group> groups, int perGroup) {
        List<GraphIndex.Statement> newest = new ArrayList<>();
        for (Group group : groups) {
            group.newestStatements().stream().limit(perGroup).forEach(newest::add);
        }
        return statementEvidence.of(newest);
    }

    /**
     * The query with the rows as a VALUES block at the start of its pattern, not after it: the pattern is then
     * evaluated once per row with the row's values bound (index lookups), where a VALUES block after the
     * pattern would be joined with all of the pattern's matches.
     */
    static Query valuesFirst(Query query, List<Var> vars, List<Binding> rows) {
        Query copy = query.cloneQuery();
        ElementData data = new ElementData(vars, rows);
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        group.addElement(copy.getQueryPattern());
        copy.setQueryPattern(group);
        return copy;
    }

    private static EntitySummary summary(GraphIndex.Entity entity) {
        return new EntitySummary(IriMinter.slugOf(entity.iri()), entity.iri(), entity.label(), IriMinter.localName(entity.types().get(0)), null);
    }

    /** The RDF description of the entity: its triples, the triples pointing at it, and its facts' statements. */
    public Graph rdf(String slug) {
        Query query = rdf;
        return store.query(query, null, b -> b.substitution("entity", NodeFactory.createURI(IriMinter.entityIri(slug))), exec -> {
            Graph graph = GraphFactory.createDefaultGraph();
            exec.constructTriples().forEachRemaining(graph::add);
            return graph;
        });
    }

    static EntitySummary summary(String iri, String label, String typeIri, String articles) {
        return new EntitySummary(IriMinter.slugOf(iri), iri, label,
                typeIri == null ? null : IriMinter.localName(typeIri), articles == null ? null : Integer.valueOf(articles));
    }

    static ArticleRef articleRef(String iri, String title, String date) {
        String id = IriMinter.articleIdOf(iri);
        return new ArticleRef(id, iri, title, date, "/article/" + id);
    }
}
