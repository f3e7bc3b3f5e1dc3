package dev.techkg.query;

import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * Graph views for the viewer: the neighbourhood of an entity up to two hops, or the best-connected
 * entities, as nodes and edges. An edge is one (subject, relation, object) with its weight (the number
 * of articles that support it) and its best confidence. Thread-safe.
 */
public final class GraphService {
    /** The most nodes one view holds, so a hub does not flood the viewer. */
    public static final int MAX_NODES = 300;

    private final GraphStore store;
    private final Query hop = StoredQueries.load("graph-hop.rq");
    private final Query top = StoredQueries.load("graph-top.rq");
    private final Query nodes = StoredQueries.load("graph-nodes.rq");

    public GraphService(GraphStore store) {
        this.store = store;
    }

    /** A node: entity slug, label, class name and number of articles mentioning it. */
    public record GraphNode(String id, String label, String type, int articles) {}

    /** An edge: one fact with its support. */
    public record GraphEdge(String id, String source, String target, String relation, int weight, double confidence) {}

    /** Nodes and edges. */
    public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges) {}

    /** What to keep of a neighbourhood. */
    public record Filter(Set<String> relations, double minConfidence, LocalDate since, LocalDate until) {
        /** Everything. */
        public static final Filter NONE = new Filter(Set.of(), 0, null, null);
    }

    /** The entity and its neighbours up to {@code depth} (1 or 2) hops, or an empty view when unknown. */
    public GraphView neighbourhood(String slug, int depth, Filter filter) {
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> frontier = Set.of(TK.ENTITY_BASE + slug);
        seen.addAll(frontier);
        for (int d = 0; d < Math.max(1, Math.min(depth, 2)) && !frontier.isEmpty(); d++) {
            Set<String> next = new LinkedHashSet<>();
            for (Map<String, String> row : hopRows(frontier)) {
                String relation = EntityService.localName(row.get("p"));
                double confidence = Double.parseDouble(row.get("confidence"));
                if (!filter.relations().isEmpty() && !filter.relations().contains(relation)) {
                    continue;
                }
                if (!withinDates(row.get("day"), filter)) {
                    continue;
                }
                String key = row.get("s") + " " + relation + " " + row.get("o");
                edges.computeIfAbsent(key, k -> new EdgeBuilder(row.get("s"), relation, row.get("o"))).add(row.get("article"), confidence);
                for (String end : List.of(row.get("s"), row.get("o"))) {
                    if (!seen.contains(end) && seen.size() < MAX_NODES) {
                        seen.add(end);
                        next.add(end);
                    }
                }
            }
            frontier = next;
        }
        List<EdgeBuilder> kept = edges.values().stream()
                .filter(e -> e.confidence >= filter.minConfidence() && seen.contains(e.subject) && seen.contains(e.object)).toList();
        Set<String> used = new LinkedHashSet<>();
        used.add(TK.ENTITY_BASE + slug);
        kept.forEach(e -> {
            used.add(e.subject);
            used.add(e.object);
        });
        return view(used, kept);
    }

    /** The {@code limit} best-connected entities and the facts between them. */
    public GraphView top(int limit) {
        Query query = top.cloneQuery();
        query.setLimit(Math.max(1, Math.min(limit, MAX_NODES)));
        List<Map<String, String>> rows = store.query(query, null, b -> b, Rows::select);
        Set<String> chosen = new LinkedHashSet<>();
        rows.forEach(r -> chosen.add(r.get("node")));
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        for (Map<String, String> row : hopRows(chosen)) {
            if (chosen.contains(row.get("s")) && chosen.contains(row.get("o"))) {
                String relation = EntityService.localName(row.get("p"));
                edges.computeIfAbsent(row.get("s") + " " + relation + " " + row.get("o"),
                        k -> new EdgeBuilder(row.get("s"), relation, row.get("o")))
                        .add(row.get("article"), Double.parseDouble(row.get("confidence")));
            }
        }
        return view(chosen, List.copyOf(edges.values()));
    }

    private List<Map<String, String>> hopRows(Collection<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Query query = hop.cloneQuery();
        query.setValuesDataBlock(List.of(Var.alloc("node")), bindings("node", iris));
        return store.query(query, null, b -> b, Rows::select);
    }

    private GraphView view(Set<String> iris, List<EdgeBuilder> edges) {
        Map<String, GraphNode> byIri = new HashMap<>();
        if (!iris.isEmpty()) {
            Query query = nodes.cloneQuery();
            query.setValuesDataBlock(List.of(Var.alloc("node")), bindings("node", iris));
            for (Map<String, String> row : store.query(query, null, b -> b, Rows::select)) {
                // An entity typed differently in two articles (a country as place and as government) shows its first type.
                byIri.putIfAbsent(row.get("node"), new GraphNode(slug(row.get("node")), row.get("label"),
                        EntityService.localName(row.get("type")), Integer.parseInt(row.get("articles"))));
            }
        }
        List<GraphNode> nodeList = iris.stream().map(byIri::get).filter(n -> n != null).toList();
        Set<String> present = new HashSet<>();
        nodeList.forEach(n -> present.add(TK.ENTITY_BASE + n.id()));
        List<GraphEdge> edgeList = new ArrayList<>();
        for (EdgeBuilder e : edges) {
            if (present.contains(e.subject) && present.contains(e.object)) {
                edgeList.add(new GraphEdge(slug(e.subject) + "|" + e.relation + "|" + slug(e.object), slug(e.subject),
                        slug(e.object), e.relation, e.articles.size(), e.confidence));
            }
        }
        return new GraphView(nodeList, edgeList);
    }

    private static List<Binding> bindings(String variable, Collection<String> iris) {
        Var var = Var.alloc(variable);
        return iris.stream().map(iri -> BindingFactory.binding(var, NodeFactory.createURI(iri))).toList();
    }

    private static boolean withinDates(String day, Filter filter) {
        if (filter.since() == null && filter.until() == null) {
            return true;
        }
        if (day == null || day.length() < 10) {
            return false;
        }
        LocalDate date = LocalDate.parse(day.substring(0, 10));
        return (filter.since() == null || !date.isBefore(filter.since())) && (filter.until() == null || !date.isAfter(filter.until()));
    }

    private static String slug(String iri) {
        return iri.startsWith(TK.ENTITY_BASE) ? iri.substring(TK.ENTITY_BASE.length()) : iri;
    }

    /** Collects the support of one edge. */
    private static final class EdgeBuilder {
        final String subject;
        final String relation;
        final String object;
        final Set<String> articles = new HashSet<>();
        double confidence;

        EdgeBuilder(String subject, String relation, String object) {
            this.subject = subject;
            this.relation = relation;
            this.object = object;
        }

        EdgeBuilder add(String article, double c) {
            articles.add(article);
            confidence = Math.max(confidence, c);
            return this;
        }
    }
}
