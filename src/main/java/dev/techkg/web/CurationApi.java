package dev.techkg.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techkg.curation.Correction;
import dev.techkg.query.CurationService;
import dev.techkg.query.ReviewQueue;
import dev.techkg.rdf.IriMinter;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrections: {@code POST /api/curation} (one correction as JSON; 201 with its id), {@code GET /api/curation} (the
 * log, newest first), {@code DELETE /api/curation/{id}} (undo) and {@code GET /api/review} (the review queue's open
 * flags; one is dismissed with {@code {"kind":"dismiss","flag":ID}}). Writes are guarded as uploads are, in
 * {@link WebServer}; a correction is attributed to the API token holder when the server has a token, else to the
 * local user.
 */
final class CurationApi {
    /** Who a correction is attributed to on a server with an API token: whoever holds it. */
    static final String TOKEN_HOLDER = "API token holder";
    private final CurationService curation;
    private final String by;
    private final ObjectMapper json = new ObjectMapper();

    CurationApi(CurationService curation, boolean tokenRequired) {
        this.curation = curation;
        this.by = tokenRequired ? TOKEN_HOLDER : CurationService.LOCAL_USER;
    }

    /** POST /api/curation with {"kind": …, …}; "alias" with "action": "add" (default) or "remove". */
    void create(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw HttpError.badRequest("The body is not valid JSON", e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw HttpError.badRequest("The body must be a JSON object",
                    "e.g. {\"kind\":\"reject\",\"subject\":\"jensen-huang\",\"relation\":\"leads\",\"object\":\"nvidia\",\"note\":\"…\"}");
        }
        String kind = text(body, "kind");
        if ("alias".equals(kind)) {
            String action = text(body, "action");
            if (action != null && !action.equals("add") && !action.equals("remove")) {
                throw HttpError.badRequest("Unknown alias action '" + action + "'", "\"action\" is add (the default) or remove");
            }
            kind = "alias-" + (action == null ? "add" : action);
        }
        Correction c = curation.submit(new CurationService.Request(kind, text(body, "subject"), text(body, "relation"), text(body, "object"),
                text(body, "article"), text(body, "from"), text(body, "into"), text(body, "entity"), text(body, "type"), text(body, "alias"),
                "dismiss".equals(kind) ? text(body, "flag") : text(body, "id"), text(body, "note")), by);
        ctx.status(201).header("Location", "/api/curation/" + c.id()).json(view(c, true, null));
    }

    /** GET /api/curation */
    void list(Context ctx) {
        List<Map<String, Object>> items = curation.log().stream().map(e -> view(e.correction(), e.active(), e.undoneBy())).toList();
        ctx.json(Map.of("corrections", items));
    }

    /**
     * GET /api/review?kind=&offset=0&limit=100: the open flags of the review queue (of one kind), a page of them;
     * {@code total} counts the matching ones, {@code kinds} all open ones by kind.
     */
    void flags(Context ctx) {
        int offset = ArticleApi.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = ArticleApi.intParam(ctx, "limit", 100, 1, 1000);
        String kind = ctx.queryParam("kind");
        List<ReviewQueue.Flag> open = curation.flags();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        open.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        if (kind != null && !kind.isBlank() && !ReviewQueue.KINDS.contains(kind.strip())) {
            throw HttpError.badRequest("Unknown flag kind '" + kind.strip() + "'", "one of " + String.join(", ", ReviewQueue.KINDS));
        }
        List<ReviewQueue.Flag> matching = kind == null || kind.isBlank() ? open : open.stream().filter(f -> f.kind().equals(kind.strip())).toList();
        List<Map<String, Object>> items = matching.stream().skip(offset).limit(limit).map(CurationApi::view).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("flags", items);
        answer.put("total", matching.size());
        answer.put("offset", offset);
        answer.put("kinds", kinds);
        ctx.json(answer);
    }

    /** A flag as the API shows it: fields it has only. */
    static Map<String, Object> view(ReviewQueue.Flag f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", f.id());
        v.put("kind", f.kind());
        v.put("summary", f.summary());
        put(v, "from", f.from());
        put(v, "into", f.into());
        v.put("evidence", f.evidence().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "subject", e.subject());
            put(m, "relation", e.relation());
            put(m, "object", e.object());
            put(m, "entity", e.entity());
            put(m, "label", e.label());
            put(m, "type", e.type());
            put(m, "articles", e.articles());
            put(m, "sentence", e.sentence());
            put(m, "article", e.article());
            put(m, "title", e.title());
            put(m, "date", e.date());
            return m;
        }).toList());
        return v;
    }

    /** DELETE /api/curation/{id}?note= : undo; 200 with the undo's record. */
    void undo(Context ctx) {
        Correction c = curation.undo(ctx.pathParam("id"), by, ctx.queryParam("note"));
        ctx.status(200).json(view(c, true, null));
    }

    /** A correction as the API shows it: entities as slugs, relations and types by name, fields it has only. */
    static Map<String, Object> view(Correction c, boolean active, String undoneBy) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("kind", c.kind().label());
        put(v, "subject", slug(c.subject()));
        put(v, "relation", c.relation() == null ? null : IriMinter.localName(c.relation()));
        put(v, "object", slug(c.object()));
        put(v, "article", c.article() == null ? null : IriMinter.articleIdOf(c.article()));
        put(v, "from", slug(c.from()));
        put(v, "into", slug(c.into()));
        put(v, "entity", slug(c.entity()));
        put(v, "type", c.type() == null ? null : IriMinter.localName(c.type()));
        put(v, "previousType", c.previousType() == null ? null : IriMinter.localName(c.previousType()));
        put(v, "alias", c.alias());
        put(v, "undoes", c.undoes());
        put(v, "flag", c.flag());
        put(v, "note", c.note());
        v.put("by", c.by());
        v.put("at", c.at());
        v.put("active", active);
        put(v, "undoneBy", undoneBy);
        v.put("iri", c.iri());
        return v;
    }

    private static String slug(String iri) {
        return iri == null ? null : IriMinter.slugOf(iri);
    }

    private static void put(Map<String, Object> v, String key, Object value) {
        if (value != null) {
            v.put(key, value);
        }
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
