package dev.techkg.web;

import dev.techkg.query.AnswerFormat;
import dev.techkg.query.SparqlService;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;

/**
 * The SPARQL 1.1 Protocol: queries by GET, by POST of a form and by POST of the query itself, with
 * default-graph-uri and named-graph-uri, content negotiation, and 4xx answers for everything the
 * protocol forbids. Updates are refused here; {@link #update} serves the separate, token-protected
 * update endpoint.
 */
final class SparqlHandler {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUERY = "application/sparql-query";
    private static final String UPDATE = "application/sparql-update";

    private final SparqlService sparql;
    private final String updateToken;
    private final ServiceDescription description;

    SparqlHandler(SparqlService sparql, String updateToken, ServiceDescription description) {
        this.sparql = sparql;
        this.updateToken = updateToken;
        this.description = description;
    }

    /** GET /sparql?query=…, or without any parameter the service description (Turtle, or another RDF type by Accept). */
    void get(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        refuseUpdate(params);
        if (params.isEmpty()) { // with a dataset but no query it is a request that forgot the query: 400 below
            MediaTypes.vary(ctx.res(), "Accept");
            String mediaType = MediaTypes.choose(ctx.header("Accept"), List.copyOf(SparqlService.GRAPH_TYPES.keySet())).orElse("text/turtle");
            RdfHandler.writeRdf(ctx, description.describe(ctx.scheme() + "://" + ctx.host() + ctx.path()), mediaType);
            return;
        }
        answer(ctx, single(params, "query"), params);
    }

    /** POST /sparql, form or direct query. */
    void post(Context ctx) {
        String type = MediaTypes.base(ctx.contentType());
        switch (type) {
            case FORM -> {
                Map<String, List<String>> params = formParams(ctx);
                refuseUpdate(params);
                Map<String, List<String>> all = new LinkedHashMap<>(params);
                ctx.queryParamMap().forEach((k, v) -> all.merge(k, v, SparqlHandler::concat));
                answer(ctx, single(params, "query"), all);
            }
            case QUERY -> {
                Map<String, List<String>> params = ctx.queryParamMap();
                refuseUpdate(params);
                answer(ctx, utf8Body(ctx), params);
            }
            case UPDATE -> throw new HttpError(400, "SPARQL Update is not accepted at /sparql",
                    "This endpoint is read-only. Updates go to /update, which exists only when the server is started with --update-token.");
            case "" -> throw new HttpError(415, "Missing Content-Type",
                    "POST a query as " + QUERY + ", or as a " + FORM + " form with a 'query' field");
            default -> throw new HttpError(415, "Unsupported Content-Type '" + type + "'",
                    "POST a query as " + QUERY + ", or as a " + FORM + " form with a 'query' field");
        }
    }

    /** POST /update with a Bearer token: form with 'update', or the update itself. */
    void update(Context ctx) {
        BearerToken.require(ctx, updateToken, "techkg-update", "Missing or wrong update token",
                "Send the server's --update-token as 'Authorization: Bearer <token>'");
        String type = MediaTypes.base(ctx.contentType());
        String text = switch (type) {
            case UPDATE -> utf8Body(ctx);
            case FORM -> single(formParams(ctx), "update");
            default -> throw new HttpError(415, "Unsupported Content-Type '" + type + "'",
                    "POST an update as " + UPDATE + ", or as a " + FORM + " form with an 'update' field");
        };
        sparql.update(SparqlService.parseUpdate(text));
        ctx.status(204);
    }

    /** CORS preflight for browser-side SPARQL clients. */
    void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }

    private void answer(Context ctx, String text, Map<String, List<String>> params) {
        Query query = sparql.parseBounded(text);
        MediaTypes.vary(ctx.res(), "Accept"); // also on errors, which a cache must not serve to another Accept either
        AnswerFormat format = AnswerNegotiation.choose(query, ctx.header("Accept"));
        List<String> defaults = params.getOrDefault("default-graph-uri", List.of());
        List<String> named = params.getOrDefault("named-graph-uri", List.of());
        DatasetDescription dataset = defaults.isEmpty() && named.isEmpty() ? null : DatasetDescription.create(defaults, named);
        AnswerResponse.send(ctx, sparql, query, dataset, Map.of(), format);
    }

    private static void refuseUpdate(Map<String, List<String>> params) {
        if (params.containsKey("update")) {
            throw new HttpError(400, "SPARQL Update is not accepted at /sparql",
                    "This endpoint is read-only. Updates go to /update, which exists only when the server is started with --update-token.");
        }
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.isEmpty() || values.get(0).isBlank()) {
            throw HttpError.badRequest("Missing '" + name + "' parameter", "Give exactly one '" + name + "' parameter");
        }
        if (values.size() > 1) {
            throw HttpError.badRequest("More than one '" + name + "' parameter", "Give exactly one '" + name + "' parameter");
        }
        return values.get(0);
    }

    /** The body as UTF-8 text; a declared charset other than UTF-8, or bytes that are not UTF-8, are refused. */
    private static String utf8Body(Context ctx) {
        String charset = MediaTypes.charset(ctx.contentType());
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw HttpError.badRequest("Unsupported charset '" + charset + "'", "Send the query text as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("The request body is not valid UTF-8", "Send the query text as UTF-8");
        }
    }

    /** Form fields, decoded as UTF-8 (the body is read once, by this method). */
    private static Map<String, List<String>> formParams(Context ctx) {
        String charset = MediaTypes.charset(ctx.contentType());
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw HttpError.badRequest("Unsupported charset '" + charset + "'", "Send form fields as UTF-8");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        String body = utf8Body(ctx);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
