package dev.techkg.query;

import dev.techkg.query.EntityService.EntitySummary;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** Articles for the API: a newest-first list, one article with its entities and facts, deletion. Thread-safe. */
public final class ArticleService {
    private final GraphStore store;
    private final Query list = StoredQueries.load("article-list.rq");
    private final Query description = StoredQueries.load("article-description.rq");
    private final Query entities = StoredQueries.load("article-entities.rq");
    private final Query facts = StoredQueries.load("article-facts.rq");

    public ArticleService(GraphStore store) {
        this.store = store;
    }

    /**
     * What {@code dateSource} is for an article without a publication date: "date unknown". (An article stored
     * before date sources were kept has a date and a null source.)
     */
    public static final String DATE_UNKNOWN = "unknown";

    /** An article in a list; {@code date} null and {@code dateSource} {@value #DATE_UNKNOWN} when it has no publication date. */
    public record ArticleSummary(String id, String iri, String title, String source, String date, String dateSource, String created,
                                 int entities, int facts, String link) {}

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, boolean more) {}

    /** A fact of an article. */
    public record Fact(EntitySummary subject, String relation, EntitySummary object, String evidence, double confidence, String rule) {}

    /** An entity an article mentions, with the other names the article uses for it. */
    public record MentionedEntity(String id, String iri, String label, String type, List<String> aliases) {}

    /** One article with what was found in it; {@code dateSource} as in {@link ArticleSummary}. */
    public record ArticleDetail(String id, String iri, String title, String source, String date, String dateSource, String created, String text,
                                List<MentionedEntity> entities, List<Fact> facts) {}

    /**
     * Articles, most recently ingested first.
     *
     * @param page from 0
     * @param size at most 200
     */
    public Page<ArticleSummary> list(int page, int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        Query query = list.cloneQuery();
        query.setOffset((long) Math.max(0, page) * pageSize);
        query.setLimit(pageSize + 1L);
        List<Map<String, String>> rows = store.query(query, null, b -> b, Rows::select);
        List<ArticleSummary> items = rows.stream().limit(pageSize).map(r -> {
            String id = IriMinter.articleIdOf(r.get("article"));
            return new ArticleSummary(id, r.get("article"), r.get("title"), r.get("source"), r.get("date"), dateSource(r), r.get("created"),
                    Integer.parseInt(r.get("entities")), Integer.parseInt(r.get("facts")), "/article/" + id);
        }).toList();
        return new Page<>(items, Math.max(0, page), pageSize, rows.size() > pageSize);
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
