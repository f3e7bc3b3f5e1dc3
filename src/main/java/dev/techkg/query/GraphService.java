package dev.techkg.query;

import dev.techkg.rdf.TK;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Graph views for the viewer: the neighbourhood of an entity up to two hops, or the best-connected
 * entities, as nodes and edges. An edge is one (subject, relation, object) with its weight (the number
 * of articles that support it) and its best confidence. Answered from the {@link GraphIndex}, which holds
 * every fact statement with its article's day, so no view scans the store. Thread-safe.
 */
public final class GraphService {
    /** The most nodes one view holds, so a hub does not flood the viewer. */
    public static final int MAX_NODES = 300;
    /** The most edges one view holds: between a hub's neighbours there are thousands, too many to draw or send. */
    public static final int MAX_EDGES = 600;

    private final GraphIndexCache index;

    public GraphService(GraphIndexCache index) {
        this.index = index;
    }

    /** A node: entity slug, label, class name and number of articles mentioning it. */
    public record GraphNode(String id, String label, String type, int articles) {}

    /** An edge: one fact with its support. */
    public record GraphEdge(String id, String source, String target, String relation, int weight, double confidence) {}

    /** Nodes and edges; {@code truncated} when nodes or edges were left out for {@link #MAX_NODES} or {@link #MAX_EDGES}. */
    public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {}

    /** What to keep of a neighbourhood. */
    public record Filter(Set<String> relations, double minConfidence, LocalDate since, LocalDate until) {
        /** Everything. */
        public static final Filter NONE = new Filter(Set.of(), 0, null, null);
    }

    /**
     * The entity and its neighbours up to {@code depth} (1 or 2) hops, or an empty view when unknown. Past
     * {@link #MAX_NODES} nodes, the neighbours reached through the best-supported facts are kept.
     */
    public GraphView neighbourhood(String slug, int depth, Filter filter) {
        GraphIndex graph = index.index();
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean truncated = false;
        List<String> frontier = List.of(TK.ENTITY_BASE + slug);
        seen.addAll(frontier);
        // Hub neighbourhoods pass over many thousand statements: compare whole IRIs and ISO dates as text, no parsing.
        Set<String> relations = new HashSet<>();
        filter.relations().forEach(r -> relations.add(TK.NAMESPACE + r));
        String since = filter.since() == null ? null : filter.since().toString();
        String until = filter.until() == null ? null : filter.until().toString();
        for (int d = 0; d < Math.max(1, Math.min(depth, 2)) && !frontier.isEmpty(); d++) {
            Map<EdgeKey, EdgeBuilder> found = new LinkedHashMap<>();
            for (String node : frontier) {
                for (GraphIndex.Statement s : graph.statements(node)) {
                    if (seen.size() >= MAX_NODES && !(seen.contains(s.subject()) && seen.contains(s.object()))) {
                        continue; // no room for its other end: the edge could not be shown
                    }
                    if ((relations.isEmpty() || relations.contains(s.relation())) && withinDates(s.day(), since, until)) {
                        found.computeIfAbsent(new EdgeKey(s.subject(), s.relation(), s.object()),
                                k -> new EdgeBuilder(s.subject(), EntityService.localName(s.relation()), s.object()))
                                .add(s.article(), s.confidence());
                    }
                }
            }
            List<EdgeBuilder> strongestFirst = new ArrayList<>(found.values());
            // Ties by subject, relation and object: the same store gives the same view, however the index was built.
            strongestFirst.sort(Comparator.comparing((EdgeBuilder e) -> -e.articles.size()).thenComparing(e -> -e.confidence)
                    .thenComparing(EdgeBuilder::key));
            List<String> next = new ArrayList<>();
            for (EdgeBuilder edge : strongestFirst) {
                edges.putIfAbsent(edge.subject + " " + edge.relation + " " + edge.object, edge);
                for (String end : List.of(edge.subject, edge.object)) {
                    if (!seen.contains(end)) {
                        if (seen.size() < MAX_NODES) {
                            seen.add(end);
                            next.add(end);
                        } else {
                            truncated = true;
                        }
                    }
                }
            }
            frontier = next;
        }
        // Strongest first within each hop, so the cap keeps the center's own facts.
        List<EdgeBuilder> all = edges.values().stream()
                .filter(e -> e.confidence >= filter.minConfidence() && seen.contains(e.subject) && seen.contains(e.object)).toList();
        List<EdgeBuilder> kept = all.subList(0, Math.min(all.size(), MAX_EDGES));
        Set<String> used = new LinkedHashSet<>();
        used.add(TK.ENTITY_BASE + slug);
        kept.forEach(e -> {
            used.add(e.subject);
            used.add(e.object);
        });
        return view(graph, used, kept, truncated || kept.size() < all.size());
    }

    /** The {@code limit} best-connected entities (most distinct facts) and the facts between them. */
    public GraphView top(int limit) {
        GraphIndex graph = index.index();
        Set<String> chosen = new LinkedHashSet<>(graph.bestConnected(Math.max(1, Math.min(limit, MAX_NODES))));
        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        for (String node : chosen) {
            for (GraphIndex.Statement s : graph.statements(node)) {
                if (chosen.contains(s.subject()) && chosen.contains(s.object())) {
                    edges.computeIfAbsent(s.subject() + " " + s.relation() + " " + s.object(),
                            k -> new EdgeBuilder(s.subject(), EntityService.localName(s.relation()), s.object()))
                            .add(s.article(), s.confidence());
                }
            }
        }
        // The best-supported facts when there are too many; ties by subject, relation and object.
        List<EdgeBuilder> sorted = new ArrayList<>(edges.values());
        sorted.sort(Comparator.comparing((EdgeBuilder e) -> -e.articles.size()).thenComparing(e -> -e.confidence)
                .thenComparing(EdgeBuilder::key));
        return view(graph, chosen, sorted.subList(0, Math.min(sorted.size(), MAX_EDGES)), sorted.size() > MAX_EDGES);
    }

    private static GraphView view(GraphIndex graph, Set<String> iris, List<EdgeBuilder> edges, boolean truncated) {
        List<GraphNode> nodeList = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (String iri : iris) {
            GraphIndex.Entity entity = graph.entity(iri);
            if (entity != null) {
                // An entity typed differently in two articles (a country as place and as government) shows one type.
                nodeList.add(new GraphNode(slug(iri), entity.label(), EntityService.localName(entity.types().get(0)), entity.articles()));
                present.add(iri);
            }
        }
        List<GraphEdge> edgeList = new ArrayList<>();
        for (EdgeBuilder e : edges) {
            if (present.contains(e.subject) && present.contains(e.object)) {
                edgeList.add(new GraphEdge(slug(e.subject) + "|" + e.relation + "|" + slug(e.object), slug(e.subject),
                        slug(e.object), e.relation, e.articles.size(), e.confidence));
            }
        }
        return new GraphView(nodeList, edgeList, truncated);
    }

    /** Whether the day (yyyy-mm-dd…) is within the bounds (yyyy-mm-dd, null for none); ISO dates compare as text. */
    private static boolean withinDates(String day, String since, String until) {
        if (since == null && until == null) {
            return true;
        }
        if (day == null || day.length() < 10) {
            return false;
        }
        String date = day.length() == 10 ? day : day.substring(0, 10);
        return (since == null || date.compareTo(since) >= 0) && (until == null || date.compareTo(until) <= 0);
    }

    /** One fact, as a map key. */
    private record EdgeKey(String subject, String relation, String object) {}

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

        String key() {
            return subject + " " + relation + " " + object;
        }

        EdgeBuilder add(String article, double c) {
            articles.add(article);
            confidence = Math.max(confidence, c);
            return this;
        }
    }
}
