package dev.techkg.web;

import dev.techkg.query.CurationService;
import dev.techkg.query.EntityService;
import dev.techkg.query.GraphService;
import dev.techkg.query.GraphService.GraphView;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Entities and graph views for the web viewer. */
final class EntityApi {
    private final EntityService entities;
    private final CurationService curation;
    private final GraphService graphs;
    private final SortedSet<String> types;
    private final SortedSet<String> relations;

    /**
     * @param types     the class names a search may ask for ({@code EntityType} class names in production)
     * @param relations the relation names a page or view may ask for ({@code Relation} local names in production)
     */
    EntityApi(EntityService entities, GraphService graphs, Collection<String> types, Collection<String> relations, CurationService curation) {
        this.entities = entities;
        this.curation = curation;
        this.graphs = graphs;
        this.types = new TreeSet<>(types);
        this.relations = new TreeSet<>(relations);
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
            throw HttpError.badRequest("Missing 'q'", "Give a name or part of one, e.g. /api/entities?q=alib");
        }
        String type = ctx.queryParam("type");
        if (type != null && !type.isBlank() && !types.contains(type)) {
            throw HttpError.badRequest("Unknown type '" + type + "'", "One of " + String.join(", ", types));
        }
        int limit = ArticleApi.intParam(ctx, "limit", 10, 1, 100);
        ctx.json(entities.search(q.strip(), type == null || type.isBlank() ? null : type, limit));
    }

    /** GET /api/entities/{slug}?offset=&limit=&relation=&other=&asOf= (the rest page through its relation groups) */
    void entity(Context ctx) {
        String slug = slug(ctx.pathParam("slug"));
        var merged = curation.mergedInto(slug);
        if (merged.isPresent()) {
            // Merged into another entity: its address stays, and leads there (308 keeps the method).
            String query = ctx.queryString();
            ctx.redirect("/api/entities/" + merged.get() + (query == null ? "" : "?" + query), io.javalin.http.HttpStatus.PERMANENT_REDIRECT);
            return;
        }
        String relation = ctx.queryParam("relation");
        if (relation != null && !relation.isBlank()) {
            known(relation.strip());
        }
        String other = ctx.queryParam("other");
        EntityService.Page page = new EntityService.Page(ArticleApi.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                ArticleApi.intParam(ctx, "limit", EntityService.DEFAULT_RELATIONS, 1, EntityService.MAX_RELATIONS),
                relation == null || relation.isBlank() ? null : relation.strip(), other == null || other.isBlank() ? null : slug(other.strip()),
                asOf(ctx));
        ctx.json(entities.entity(slug, page).orElseThrow(() -> HttpError.notFound("No entity '" + slug + "'",
                "Search entities with GET /api/entities?q=…")));
    }

    /** GET /api/facts?subject=&relation=&object=&asOf= (ends as slugs or entity IRIs, the relation as name or IRI) */
    void fact(Context ctx) {
        String subject = entityIri(ctx, "subject");
        String object = entityIri(ctx, "object");
        String relation = required(ctx, "relation");
        String name = relation.startsWith(TK.NAMESPACE) ? relation.substring(TK.NAMESPACE.length()) : relation;
        known(name);
        String asOf = asOf(ctx);
        ctx.json(entities.fact(subject, TK.NAMESPACE + name, object, asOf).orElseThrow(() -> HttpError.notFound(
                "No article states " + IriMinter.slugOf(subject) + " " + name + " " + IriMinter.slugOf(object)
                        + (asOf == null ? "" : " on or before " + asOf),
                "See the entity's facts with GET /api/entities/" + IriMinter.slugOf(subject))));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("Missing '" + name + "'", "Give subject, relation and object, e.g. /api/facts?subject=microsoft&relation=investsIn&object=openai");
        }
        return value.strip();
    }

    /** An entity given as its slug or its full IRI. */
    private static String entityIri(Context ctx, String name) {
        String value = required(ctx, name);
        return IriMinter.entityIri(slug(value.startsWith(TK.ENTITY_BASE) ? value.substring(TK.ENTITY_BASE.length()) : value));
    }

    /** The asOf day (yyyy-mm-dd) or null. */
    private static String asOf(Context ctx) {
        LocalDate day = QueryParams.day(ctx, "asOf");
        return day == null ? null : day.toString();
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
                    confidence(ctx.queryParam("minConfidence")), QueryParams.day(ctx, "since"), QueryParams.day(ctx, "until")));
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

    /** The relations of a comma-separated list, each one this API knows. */
    Set<String> relations(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> asked = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        asked.forEach(this::known);
        return asked;
    }

    private void known(String relation) {
        if (!relations.contains(relation)) {
            throw HttpError.badRequest("Unknown relation '" + relation + "'", "Relations: " + String.join(", ", relations));
        }
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
}
