package dev.techkg.query;

import dev.techkg.index.Fact;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.rdf.TK;
import dev.techkg.rdf.IriMinter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Graph views for the viewer: the neighbourhood of an entity up to two hops, or the best-connected
 * entities, as nodes and edges. An edge is one (subject, relation, object) with its weight (the number
 * of articles that support it) and its best confidence. Answered from the {@link GraphIndex}, which keeps each
 * entity's facts strongest first, each with its statements and their articles' days, so no view scans the
 * store, and a view stops at the first fact past its edge limit. Thread-safe.
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

    /**
     * What to keep of a neighbourhood. {@code since} and {@code until} bound the publication day of the supporting
     * articles; with either set, undated articles support nothing (nothing says when they were published).
     */
    public record Filter(Set<String> relations, double minConfidence, LocalDate since, LocalDate until) {
        /** Everything. */
        public static final Filter NONE = new Filter(Set.of(), 0, null, null);
    }

    /**
     * The entity and its neighbours up to {@code depth} (1 or 2) hops, or an empty view when unknown. Past
     * {@link #MAX_NODES} nodes, the neighbours reached through the best-supported facts are kept.
     *
     * <p>Hop by hop, the facts of the frontier that pass the relation and date filters are taken strongest first
     * (most articles, best confidence, then by subject, relation and object); each adds its ends to the view
     * while there is room for nodes. The edges are those facts, in that order, whose ends are both in the view and
     * whose best confidence reaches the minimum, up to {@link #MAX_EDGES}.
     */
    public GraphView neighbourhood(String slug, int depth, Filter filter) {
        GraphIndex graph = index.index();
        // A merged entity's view is the one of the entity it was merged into.
        String center = graph.curation().canonical(IriMinter.entityIri(slug));
        Set<String> seen = new HashSet<>();
        seen.add(center);
        List<Edge> edges = new ArrayList<>();
        boolean truncated = false;
        List<String> frontier = List.of(center);
        Set<String> relations = new HashSet<>();
        filter.relations().forEach(r -> relations.add(IriMinter.termIri(r)));
        boolean dated = filter.since() != null || filter.until() != null;
        Fact.Dates dates = Fact.Dates.between(filter.since() == null ? null : filter.since().toString(),
                filter.until() == null ? null : filter.until().toString());
        hops:
        for (int d = 0; d < Math.max(1, Math.min(depth, 2)) && !frontier.isEmpty(); d++) {
            boolean full = seen.size() >= MAX_NODES;
            boolean firstHop = d == 0;
            List<Edge> found = new ArrayList<>();
            for (String node : frontier) {
                for (Fact fact : graph.facts(node)) {
                    String other = fact.subject().equals(node) ? fact.object() : fact.subject();
                    if (!firstHop) {
                        // The second hop takes each fact once, without a set of facts: the center's were taken in the
                        // first hop, and one between two nodes of the frontier (the view's nodes but the center) is
                        // taken from the lesser IRI.
                        if (other.equals(center) || (seen.contains(other) && other.compareTo(node) < 0)) {
                            continue;
                        }
                    }
                    if (full && !seen.contains(other)) {
                        continue; // no room for its other end: the edge could not be shown
                    }
                    if (relations.isEmpty() || relations.contains(fact.relation())) {
                        Edge edge = dated ? Edge.within(fact, dates) : new Edge(fact, fact.articles(), fact.confidence());
                        if (edge != null) {
                            found.add(edge);
                        }
                    }
                }
            }
            // One node's facts are kept strongest first; only with dates, or from several nodes, is there anything to order.
            PriorityQueue<Edge> queue = !dated && frontier.size() == 1 ? null : new PriorityQueue<>(found);
            Iterator<Edge> inOrder = queue == null ? found.iterator() : null;
            List<String> next = new ArrayList<>();
            while (seen.size() < MAX_NODES && (queue == null ? inOrder.hasNext() : !queue.isEmpty())) {
                Edge edge = queue == null ? inOrder.next() : queue.poll();
                for (String end : List.of(edge.fact.subject(), edge.fact.object())) {
                    if (!seen.contains(end)) {
                        if (seen.size() < MAX_NODES) {
                            seen.add(end);
                            next.add(end);
                        } else {
                            truncated = true;
                        }
                    }
                }
                if (edge.confidence >= filter.minConfidence() && seen.contains(edge.fact.subject()) && seen.contains(edge.fact.object())) {
                    edges.add(edge);
                    if (edges.size() > MAX_EDGES) {
                        break hops; // one edge too many: the view is truncated, and later facts come after the cut
                    }
                }
            }
            // No room for nodes left: the other facts add no node, and are edges when both ends are in already. Those
            // few are ordered, not the thousands a hub's neighbours have.
            List<Edge> rest = new ArrayList<>();
            for (Iterator<Edge> it = queue == null ? inOrder : queue.iterator(); it.hasNext(); ) {
                Edge edge = it.next();
                if (!seen.contains(edge.fact.subject()) || !seen.contains(edge.fact.object())) {
                    truncated = true;
                } else if (edge.confidence >= filter.minConfidence()) {
                    rest.add(edge);
                }
            }
            rest.sort(null);
            for (Edge edge : rest) {
                edges.add(edge);
                if (edges.size() > MAX_EDGES) {
                    break hops;
                }
            }
            frontier = next;
        }
        List<Edge> kept = edges.subList(0, Math.min(edges.size(), MAX_EDGES));
        Set<String> used = new LinkedHashSet<>();
        used.add(center);
        kept.forEach(e -> {
            used.add(e.fact.subject());
            used.add(e.fact.object());
        });
        return view(graph, used, kept, truncated || kept.size() < edges.size());
    }

    /** The {@code limit} best-connected entities (most distinct facts) and the facts between them. */
    public GraphView top(int limit) {
        GraphIndex graph = index.index();
        Set<String> chosen = new LinkedHashSet<>(graph.bestConnected(Math.max(1, Math.min(limit, MAX_NODES))));
        Set<Fact> found = new HashSet<>();
        List<Edge> edges = new ArrayList<>();
        for (String node : chosen) {
            for (Fact fact : graph.facts(node)) {
                if (chosen.contains(fact.subject().equals(node) ? fact.object() : fact.subject()) && found.add(fact)) {
                    edges.add(new Edge(fact, fact.articles(), fact.confidence()));
                }
            }
        }
        // The best-supported facts when there are too many; ties by subject, relation and object.
        edges.sort(null);
        return view(graph, chosen, edges.subList(0, Math.min(edges.size(), MAX_EDGES)), edges.size() > MAX_EDGES);
    }

    private static GraphView view(GraphIndex graph, Set<String> iris, List<Edge> edges, boolean truncated) {
        List<GraphNode> nodeList = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (String iri : iris) {
            GraphIndex.Entity entity = graph.entity(iri);
            if (entity != null) {
                // An entity typed differently in two articles (a country as place and as government) shows one type.
                nodeList.add(new GraphNode(slug(iri), entity.label(), IriMinter.localName(entity.types().get(0)), entity.articles()));
                present.add(iri);
            }
        }
        List<GraphEdge> edgeList = new ArrayList<>();
        for (Edge e : edges) {
            Fact fact = e.fact;
            if (present.contains(fact.subject()) && present.contains(fact.object())) {
                edgeList.add(new GraphEdge(slug(fact.subject()) + "|" + fact.relationName() + "|" + slug(fact.object()), slug(fact.subject()),
                        slug(fact.object()), fact.relationName(), e.weight, e.confidence));
            }
        }
        return new GraphView(nodeList, edgeList, truncated);
    }

    private static String slug(String iri) {
        return IriMinter.slugOf(iri);
    }

    /**
     * A fact as a view shows it: its weight (distinct articles) and best confidence, counting only the statements
     * within the view's dates. Ordered strongest first: most articles, best confidence, then by subject, relation
     * name and object.
     */
    private record Edge(Fact fact, int weight, double confidence) implements Comparable<Edge> {
        /** The fact with only its statements within the dates, or null when none is. */
        static Edge within(Fact fact, Fact.Dates dates) {
            Fact.Support support = fact.within(dates);
            return support == null ? null : new Edge(fact, support.articles(), support.confidence());
        }

        @Override
        public int compareTo(Edge o) {
            if (weight != o.weight) {
                return weight > o.weight ? -1 : 1;
            }
            int c = Double.compare(o.confidence, confidence);
            return c != 0 ? c : Fact.BY_KEY.compare(fact, o.fact);
        }
    }

}
