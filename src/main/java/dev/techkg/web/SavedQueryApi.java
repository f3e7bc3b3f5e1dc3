package dev.techkg.web;

import dev.techkg.query.AnswerFormat;
import dev.techkg.query.IndexedQueries;
import dev.techkg.query.Parameter;
import dev.techkg.query.ParameterResolver;
import dev.techkg.query.QueryException;
import dev.techkg.query.QueryLimitException;
import dev.techkg.query.QueryTimeoutException;
import dev.techkg.query.SavedQueries;
import dev.techkg.query.SavedQueries.SavedQuery;
import dev.techkg.query.SparqlService;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** The saved queries of {@code queries/}: list them, and run one with its parameters bound. */
final class SavedQueryApi {
    private final SavedQueries queries;
    private final SparqlService sparql;
    private final IndexedQueries indexed;

    SavedQueryApi(SavedQueries queries, SparqlService sparql, IndexedQueries indexed) {
        this.queries = queries;
        this.sparql = sparql;
        this.indexed = indexed;
    }

    /** A saved query as listed. */
    record Listing(String name, String title, String description, List<ParameterListing> parameters, String link, String text) {}

    /** A documented parameter as listed: what the page's form is built from. */
    record ParameterListing(String name, String kind, String accepts, String defaultValue, String description, List<String> choices) {}

    /** GET /api/queries */
    void list(Context ctx) {
        ctx.json(queries.all().stream().map(SavedQueryApi::listing).toList());
    }

    /** GET /api/queries/{name}?var=value… — runs it; results by content negotiation (SPARQL JSON by default). */
    void run(Context ctx) {
        String name = ctx.pathParam("name");
        SavedQuery saved = queries.get(name).orElseThrow(() -> HttpError.notFound("No saved query '" + name + "'",
                "List them with GET /api/queries"));
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw HttpError.badRequest("More than one '" + parameter.getKey() + "' parameter", "Give each parameter once");
            }
            given.put(parameter.getKey(), parameter.getValue().get(0));
        }
        Map<String, Node> bindings;
        try {
            bindings = sparql.parameters().resolve(saved, given);
        } catch (QueryLimitException | QueryTimeoutException e) {
            throw e; // busy or too slow: mapped as for any query
        } catch (QueryException e) {
            throw HttpError.badRequest("Bad parameter for the saved query '" + name + "'", e.getMessage());
        }
        Query query = saved.parsed();
        MediaTypes.vary(ctx.res(), "Accept");
        AnswerFormat format = AnswerNegotiation.choose(query, ctx.header("Accept"));
        if (indexed.answers(name)) {
            // Its text scans the whole store (tens of seconds at millions of quads); the index gives the same rows.
            IndexedQueries.Answer answer;
            try {
                answer = indexed.answer(saved, bindings);
            } catch (QueryTimeoutException e) {
                throw e; // 503, as for a SPARQL query stopped at the timeout
            } catch (QueryException e) {
                throw HttpError.badRequest("Bad parameter for the saved query '" + name + "'", e.getMessage());
            }
            AnswerResponse.send(ctx, sparql, query, answer, format);
            return;
        }
        AnswerResponse.send(ctx, sparql, query, null, bindings, format);
    }

    private static Listing listing(SavedQuery q) {
        return new Listing(q.name(), q.title(), q.description(), q.parameters().stream().map(SavedQueryApi::listing).toList(),
                "/api/queries/" + q.name(), q.text());
    }

    private static ParameterListing listing(Parameter p) {
        return new ParameterListing(p.variable(), p.kind().label(), p.kind().accepts(), p.defaultValue(), p.description(),
                ParameterResolver.choices(p.kind()));
    }
}
