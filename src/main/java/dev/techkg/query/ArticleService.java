package dev.techkg.query;

import dev.techkg.query.EntityService.EntitySummary;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/**
 * Articles for the API and pages: a sorted, filtered, paged list (from the {@link GraphIndex}: no store scan per
 * request), one article with its entities and facts (from the store), deletion. Thread-safe.
 */
public final class ArticleService {
    /** The orders a list can have: by ingest time, publication date, title, outlet, entities, facts. */
    public static final List<String> SORTS = List.of("added", "date", "title", "source", "entities", "facts");
    /** The most articles on one page of a list. */
    public static final int MAX_PAGE_SIZE = 200;

    private final GraphStore store;
    private final GraphIndexCache index;
    private final Query description = StoredQueries.load("article-description.rq");
    private final Query entities = StoredQueries.load("article-entities.rq");
    private final Query facts = StoredQueries.load("article-facts.rq");

    public ArticleService(GraphStore store, GraphIndexCache index) {
        this.store = store;
        this.index = index;
    }

    /**
     * What {@code dateSource} is for an article without a publication date: "date unknown". (An article stored
     * before date sources were kept has a date and a null source.)
     */
    public static final String DATE_UNKNOWN = "unknown";
    /** The {@code source} filter value and {@code sources} entry for articles of no known outlet (files, pasted text). */
    public static final String UNKNOWN_SOURCE = "unknown";

    /**
     * An article in a list: {@code host} is its outlet (the host of a source URL, null when unknown); {@code date}
     * null and {@code dateSource} {@value #DATE_UNKNOWN} when it has no publication date.
     */
    public record ArticleSummary(String id, String iri, String title, String source, String host, String date, String dateSource,
                                 String created, int entities, int facts, String link) {}

    /**
     * Which articles to list, in what order.
     *
     * @param sort       one of {@link #SORTS}
     * @param descending largest (newest, last in the alphabet) first; undated articles (by date) and those of an
     *                   unknown outlet (by source) come last either way
     * @param source     only articles from this outlet (host, "www." dropped), {@code unknown} for those without one; null for all
     * @param since      only articles published on or after this day; with it or {@code until} undated ones are left out
     * @param until      only articles published on or before this day
     */
    public record ListQuery(String sort, boolean descending, String source, LocalDate since, LocalDate until, int page, int size) {
        /** The newest ingested first, 20 a page. */
        public static final ListQuery NEWEST = new ListQuery("added", true, null, null, null, 0, 20);

        public ListQuery {
            if (!SORTS.contains(sort)) {
                throw new IllegalArgumentException("Unknown sort '" + sort + "' (one of " + String.join(", ", SORTS) + ")");
            }
        }
    }

    /**
     * One page of the list: its articles, whether more follow, how many match in all, and every outlet of the store
     * (sorted, {@code unknown} last when some article has none), for a filter to offer.
     */
    public record ArticleList(List<ArticleSummary> items, int page, int size, boolean more, int total, List<String> sources) {}

    /** A fact of an article. */
    public record Fact(EntitySummary subject, String relation, EntitySummary object, String evidence, double confidence, String rule) {}

    /** An entity an article mentions, with the other names the article uses for it. */
    public record MentionedEntity(String id, String iri, String label, String type, List<String> aliases) {}

    /** One article with what was found in it; {@code dateSource} as in {@link ArticleSummary}. */
    public record ArticleDetail(String id, String iri, String title, String source, String date, String dateSource, String created, String text,
                                List<MentionedEntity> entities, List<Fact> facts) {}

    /** The articles the query asks for, one page of them. */
    public ArticleList list(ListQuery query) {
        List<GraphIndex.ArticleEntry> all = index.index().articles();
        TreeSet<String> hosts = new TreeSet<>();
        boolean unknown = false;
        String since = query.since() == null ? null : query.since().toString();
        String until = query.until() == null ? null : query.until().toString();
        String source = query.source() == null ? null : query.source().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        List<GraphIndex.ArticleEntry> kept = new ArrayList<>();
        for (GraphIndex.ArticleEntry a : all) {
            if (a.host() == null) {
                unknown = true;
            } else {
                hosts.add(a.host());
            }
            boolean fromSource = source == null || (a.host() == null ? source.equals(UNKNOWN_SOURCE) : a.host().equals(source));
            boolean dated = (since == null && until == null) || (a.date() != null && (since == null || a.date().compareTo(since) >= 0)
                    && (until == null || a.date().compareTo(until) <= 0));
            if (fromSource && dated) {
                kept.add(a);
            }
        }
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        long from = Math.min(kept.size(), (long) Math.max(0, query.page()) * size);
        int end = (int) Math.min(kept.size(), from + size);
        // Only the first pages are read often: the least `end` articles in order, not a sort of all of them.
        List<GraphIndex.ArticleEntry> first = EntityService.first(kept, end, order(query.sort(), query.descending()));
        List<ArticleSummary> items = first.subList((int) from, end).stream().map(a -> {
            String id = IriMinter.articleIdOf(a.iri());
            return new ArticleSummary(id, a.iri(), a.title(), a.source(), a.host(), a.date(), a.date() == null ? DATE_UNKNOWN : a.dateSource(),
                    a.created(), a.entities(), a.facts(), "/article/" + id);
        }).toList();
        List<String> sources = new ArrayList<>(hosts);
        if (unknown) {
            sources.add(UNKNOWN_SOURCE);
        }
        return new ArticleList(items, Math.max(0, query.page()), size, from + size < kept.size(), kept.size(), List.copyOf(sources));
    }

    /** The order of a list: the sort key (missing values last either way), then newest ingest, then IRI. */
    private static Comparator<GraphIndex.ArticleEntry> order(String sort, boolean descending) {
        Comparator<GraphIndex.ArticleEntry> key = switch (sort) {
            case "date" -> nullsLast(GraphIndex.ArticleEntry::date, descending);
            case "title" -> Comparator.comparing(GraphIndex.ArticleEntry::title,
                    descending ? String.CASE_INSENSITIVE_ORDER.reversed() : String.CASE_INSENSITIVE_ORDER);
            case "source" -> nullsLast(GraphIndex.ArticleEntry::host, descending);
            case "entities" -> nullsLast(GraphIndex.ArticleEntry::entities, descending);
            case "facts" -> nullsLast(GraphIndex.ArticleEntry::facts, descending);
            default -> nullsLast(GraphIndex.ArticleEntry::created, descending);
        };
        return key.thenComparing(nullsLast(GraphIndex.ArticleEntry::created, true)).thenComparing(GraphIndex.ArticleEntry::iri);
    }

    private static <T extends Comparable<? super T>> Comparator<GraphIndex.ArticleEntry> nullsLast(
            Function<GraphIndex.ArticleEntry, T> key, boolean descending) {
        Comparator<T> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(descending ? natural.reversed() : natural));
    }

    /** The article with this id (the hash at the end of its IRI). */
    public Optional<ArticleDetail> article(String id) {
        String iri = IriMinter.articleIri(id);
        List<Map<String, String>> about = select(description, iri);
        if (about.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> a = about.get(0);
        List<MentionedEntity> mentioned = select(entities, iri).stream().map(r -> {
            EntitySummary e = EntityService.summary(r.get("entity"), r.get("label"), r.get("type"), null);
            List<String> aliases = r.get("aliases") == null || r.get("aliases").isEmpty() ? List.of() : List.of(r.get("aliases").split("\\|"));
            return new MentionedEntity(e.id(), e.iri(), e.label(), e.type(), aliases);
        }).toList();
        List<Fact> found = select(facts, iri).stream().map(r -> new Fact(
                EntityService.summary(r.get("subject"), r.get("subjectLabel"), null, null),
                IriMinter.localName(r.get("relation")),
                EntityService.summary(r.get("object"), r.get("objectLabel"), null, null),
                r.get("evidence"), Double.parseDouble(r.get("confidence")), r.get("rule"))).toList();
        return Optional.of(new ArticleDetail(id, iri, a.get("title"), a.get("source"), a.get("date"), dateSource(a), a.get("created"),
                a.get("text"), mentioned, found));
    }

    private static String dateSource(Map<String, String> row) {
        return row.get("date") == null ? DATE_UNKNOWN : row.get("dateSource");
    }

    /** Deletes the article's graph; false when there was none. */
    public boolean delete(String id) {
        return store.deleteGraphs(List.of(IriMinter.articleIri(id))) > 0;
    }

    /** The graphs of the stored articles the reference names (by IRI, id or source), each once; empty when none. */
    public List<String> find(ArticleRef ref) {
        java.util.LinkedHashSet<String> graphs = new java.util.LinkedHashSet<>();
        for (String iri : ref.iris()) {
            if (store.containsGraph(iri)) {
                graphs.add(iri);
            }
        }
        for (String source : ref.sources()) {
            graphs.addAll(store.graphsWithSource(source));
        }
        return List.copyOf(graphs);
    }

    /** Deletes these articles' graphs in one transaction; returns how many there were. */
    public int delete(List<String> graphs) {
        return graphs.isEmpty() ? 0 : store.deleteGraphs(graphs);
    }

    private List<Map<String, String>> select(Query query, String iri) {
        return store.query(query, null, b -> b.substitution("article", NodeFactory.createURI(iri)), Rows::select);
    }
}
