package dev.techkg.web;

import dev.techkg.query.EntityService;
import dev.techkg.query.GraphService;
import dev.techkg.query.GraphService.GraphView;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Entities and graph views for the web viewer. */
final class EntityApi {
    private static final Set<String> TYPES = Set.of("Company", "GovernmentBody", "Person", "Place", "Product");
    private static final Set<String> RELATIONS = Set.of("competesWith", "partnersWith", "regulates", "investsIn", "acquires",
            "subsidiaryOf", "supplies", "foundedBy", "leads", "headquarteredIn", "develops");

    private final EntityService entities;
    private final GraphService graphs;

    EntityApi(EntityService entities, GraphService graphs) {
        this.entities = entities;
        this.graphs = graphs;
    }

    /**
     * Cytoscape.js elements: {@code {"nodes": [{"data": …}], "edges": [{"data": …}], "truncated": false}}, truncated
     * when the view left nodes or edges out for its size limits.
     */
    record Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated) {}

    /** GET /api/entities?q=&type=&limit= */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw HttpError.badRequest("Missing 'q'", "Give the start of a name, e.g. /api/entities?q=alib");
        }
        String type = ctx.queryParam("type");
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw HttpError.badRequest("Unknown type '" + type + "'", "One of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        int limit = ArticleApi.intParam(ctx, "limit", 10, 1, 100);
        ctx.json(entities.search(q.strip(), type == null || type.isBlank() ? null : type, limit));
    }

    /** GET /api/entities/{slug}?offset=&limit=&relation=&other= (the last four page through its relation groups) */
    void entity(Context ctx) {
        String slug = slug(ctx.pathParam("slug"));
        String relation = ctx.queryParam("relation");
        if (relation != null && !relation.isBlank() && !RELATIONS.contains(relation.strip())) {
            throw HttpError.badRequest("Unknown relation '" + relation + "'", "Relations: " + String.join(", ", RELATIONS.stream().sorted().toList()));
        }
        String other = ctx.queryParam("other");
        EntityService.Page page = new EntityService.Page(ArticleApi.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                ArticleApi.intParam(ctx, "limit", EntityService.DEFAULT_RELATIONS, 1, EntityService.MAX_RELATIONS),
                relation == null || relation.isBlank() ? null : relation.strip(), other == null || other.isBlank() ? null : slug(other.strip()));
        ctx.json(entities.entity(slug, page).orElseThrow(() -> HttpError.notFound("No entity '" + slug + "'",
                "Search entities with GET /api/entities?q=…")));
    }

    /** GET /api/graph?center=&depth=&relations=&minConfidence=&since=&until=, or ?limit=N */
    void graph(Context ctx) {
        String center = ctx.queryParam("center");
        GraphView view;
        if (center == null || center.isBlank()) {
            view = graphs.top(ArticleApi.intParam(ctx, "limit", 30, 1, GraphService.MAX_NODES));
        } else {
            int depth = ArticleApi.intParam(ctx, "depth", 1, 1, 2);
            view = graphs.neighbourhood(slug(center), depth, new GraphService.Filter(relations(ctx.queryParam("relations")),
                    confidence(ctx.queryParam("minConfidence")), date(ctx, "since"), date(ctx, "until")));
            if (view.nodes().isEmpty()) {
                throw HttpError.notFound("No entity '" + center + "'", "Search entities with GET /api/entities?q=…");
            }
        }
        ctx.json(new Elements(
                view.nodes().stream().map(n -> Map.<String, Object>of("data", n)).toList(),
                view.edges().stream().map(e -> Map.<String, Object>of("data", e)).toList(), view.truncated()));
    }

    private static String slug(String value) {
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw HttpError.badRequest("Bad entity id '" + value + "'", "An entity id is the slug at the end of its IRI, e.g. alibaba-group");
        }
        return value;
    }

    private static Set<String> relations(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> relations = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String relation : relations) {
            if (!RELATIONS.contains(relation)) {
                throw HttpError.badRequest("Unknown relation '" + relation + "'", "Relations: " + String.join(", ", RELATIONS.stream().sorted().toList()));
            }
        }
        return relations;
    }

    private static double confidence(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            double c = Double.parseDouble(value);
            if (!(c >= 0 && c <= 1)) { // NaN too: it compares false with everything, so it would keep every edge
                throw HttpError.badRequest("'minConfidence' must be a number between 0 and 1", "Got '" + value + "'");
            }
            return c;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("'minConfidence' must be a number", "Got '" + value + "'");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("'" + name + "' must be a date like 2025-01-31", "Got '" + value + "'");
        }
    }
}
