package dev.techkg.web;

import dev.techkg.query.SavedQueries;
import dev.techkg.query.SavedQueries.SavedQuery;
import dev.techkg.query.SparqlService;
import dev.techkg.query.Terms;
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

    SavedQueryApi(SavedQueries queries, SparqlService sparql) {
        this.queries = queries;
        this.sparql = sparql;
    }

    /** A saved query as listed. */
    record Listing(String name, String title, String description, String parameters, List<String> variables, String link, String text) {}

    /** GET /api/queries */
    void list(Context ctx) {
        ctx.json(queries.all().stream().map(SavedQueryApi::listing).toList());
    }

    /** GET /api/queries/{name}?var=value… — runs it; results by content negotiation (SPARQL JSON by default). */
    void run(Context ctx) {
        String name = ctx.pathParam("name");
        SavedQuery saved = queries.get(name).orElseThrow(() -> HttpError.notFound("No saved query '" + name + "'",
                "List them with GET /api/queries"));
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            if (!saved.variables().contains(parameter.getKey())) {
                throw HttpError.badRequest("Unknown parameter '" + parameter.getKey() + "' for " + name,
                        "Its variables: " + String.join(", ", saved.variables()));
            }
            bindings.put(parameter.getKey(), Terms.term(parameter.getValue().get(0)));
        }
        Query query = saved.parsed();
        MediaTypes.vary(ctx.res(), "Accept");
        AnswerResponse.send(ctx, sparql, query, null, bindings, AnswerNegotiation.choose(query, ctx.header("Accept")));
    }

    private static Listing listing(SavedQuery q) {
        return new Listing(q.name(), q.title(), q.description(), q.parameters(), q.variables(), "/api/queries/" + q.name(), q.text());
    }
}
