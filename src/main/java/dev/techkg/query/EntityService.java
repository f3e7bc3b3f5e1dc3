package dev.techkg.query;

import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;

/** Entities for the API and the viewer: search by name, one entity with its facts and evidence, its RDF. Thread-safe. */
public final class EntityService {
    private static final int MAX_LIMIT = 100;

    private final GraphStore store;
    private final Query search = StoredQueries.load("entity-search.rq");
    private final Query description = StoredQueries.load("entity-description.rq");
    private final Query facts = StoredQueries.load("entity-facts.rq");
    private final Query rdf = StoredQueries.load("entity-rdf.rq");

    public EntityService(GraphStore store) {
        this.store = store;
    }

    /** An entity in a list. */
    public record EntitySummary(String id, String iri, String label, String type, Integer articles) {}

    /** An article that supports something. */
    public record ArticleRef(String id, String iri, String title, String date, String link) {}

    /** One evidence sentence of a fact. */
    public record Evidence(String sentence, double confidence, String rule, ArticleRef article) {}

    /** All support for one fact: relation, direction ("out": entity is the subject), the other end. */
    public record RelationGroup(String relation, String direction, EntitySummary other, List<ArticleRef> articles,
                                List<Evidence> evidence) {}

    /** One entity with everything known about it. */
    public record EntityDetail(String id, String iri, String label, String type, List<String> aliases, int articles,
                               List<RelationGroup> relations) {}

    /**
     * Entities whose label or alias starts with the text, case-insensitively, most-mentioned first.
     *
     * @param type a class name (Company, GovernmentBody, Person, Place, Product) or null for all
     */
    public List<EntitySummary> search(String text, String type, int limit) {
        Query query = search.cloneQuery();
        query.setLimit(Math.max(1, Math.min(limit, MAX_LIMIT)));
        List<Map<String, String>> rows = store.query(query, null, builder -> {
            builder.substitution("q", NodeFactory.createLiteralString(text));
            if (type != null) {
                builder.substitution("wantedType", NodeFactory.createURI(TK.NAMESPACE + type));
            }
            return builder;
        }, Rows::select);
        return rows.stream().map(r -> summary(r.get("entity"), r.get("label"), r.get("type"), r.get("articles"))).toList();
    }

    /** The entity with this slug (the last part of its IRI), if the store knows it. */
    public Optional<EntityDetail> entity(String slug) {
        String iri = TK.ENTITY_BASE + slug;
        List<Map<String, String>> about = select(description, "entity", iri);
        String label = null;
        String type = null;
        TreeSet<String> aliases = new TreeSet<>();
        int articles = 0;
        for (Map<String, String> row : about) {
            label = row.getOrDefault("label", label);
            type = row.containsKey("type") ? localName(row.get("type")) : type;
            if (row.containsKey("alias")) {
                aliases.add(row.get("alias"));
            }
            if (row.containsKey("articles")) {
                articles = Integer.parseInt(row.get("articles"));
            }
        }
        if (label == null) {
            return Optional.empty();
        }
        aliases.remove(label);
        Map<String, RelationGroup> groups = new LinkedHashMap<>();
        for (Map<String, String> row : select(facts, "entity", iri)) {
            String relation = localName(row.get("relation"));
            String key = relation + " " + row.get("direction") + " " + row.get("other");
            RelationGroup group = groups.computeIfAbsent(key, k -> new RelationGroup(relation, row.get("direction"),
                    summary(row.get("other"), row.get("otherLabel"), row.get("otherType"), null), new ArrayList<>(), new ArrayList<>()));
            ArticleRef article = articleRef(row.get("article"), row.get("title"), row.get("date") != null ? row.get("date") : day(row.get("created")));
            if (group.articles().stream().noneMatch(a -> a.iri().equals(article.iri()))) {
                group.articles().add(article);
            }
            group.evidence().add(new Evidence(row.get("evidence"), Double.parseDouble(row.get("confidence")), row.get("rule"), article));
        }
        List<RelationGroup> relations = groups.values().stream().map(g -> new RelationGroup(g.relation(), g.direction(), g.other(),
                List.copyOf(g.articles()), g.evidence().stream()
                        .sorted((a, b) -> b.article().date().compareTo(a.article().date())).toList())).toList();
        return Optional.of(new EntityDetail(slug, iri, label, type, List.copyOf(aliases), articles, relations));
    }

    /** The RDF description of the entity: its triples, the triples pointing at it, and its facts' statements. */
    public Graph rdf(String slug) {
        Query query = rdf;
        return store.query(query, null, b -> b.substitution("entity", NodeFactory.createURI(TK.ENTITY_BASE + slug)), exec -> {
            Graph graph = GraphFactory.createDefaultGraph();
            exec.constructTriples().forEachRemaining(graph::add);
            return graph;
        });
    }

    private List<Map<String, String>> select(Query query, String variable, String iri) {
        return store.query(query, null, b -> b.substitution(variable, NodeFactory.createURI(iri)), Rows::select);
    }

    static EntitySummary summary(String iri, String label, String typeIri, String articles) {
        return new EntitySummary(iri.startsWith(TK.ENTITY_BASE) ? iri.substring(TK.ENTITY_BASE.length()) : iri, iri, label,
                typeIri == null ? null : localName(typeIri), articles == null ? null : Integer.valueOf(articles));
    }

    static ArticleRef articleRef(String iri, String title, String date) {
        String id = iri.startsWith(TK.ARTICLE_BASE) ? iri.substring(TK.ARTICLE_BASE.length()) : iri;
        return new ArticleRef(id, iri, title, date, "/article/" + id);
    }

    static String localName(String iri) {
        int hash = iri.lastIndexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    static String day(String dateTime) {
        return dateTime == null || dateTime.length() < 10 ? dateTime : dateTime.substring(0, 10);
    }
}
