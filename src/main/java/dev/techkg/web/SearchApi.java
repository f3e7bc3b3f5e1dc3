package dev.techkg.web;

import dev.techkg.query.SearchService;
import io.javalin.http.Context;

/** Full-text search for the search box: names, facts and articles in one answer. */
final class SearchApi {
    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    /** GET /api/search?q=&limit= */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw HttpError.badRequest("Missing 'q'", "Give words to look for, e.g. /api/search?q=Irish+regulator");
        }
        if (q.strip().length() > SearchService.MAX_QUERY_LENGTH) {
            throw HttpError.badRequest("Search text too long", "'q' has " + q.strip().length() + " characters; give at most "
                    + SearchService.MAX_QUERY_LENGTH);
        }
        int limit = ArticleApi.intParam(ctx, "limit", SearchService.DEFAULT_LIMIT, 1, SearchService.MAX_LIMIT);
        ctx.json(search.search(q, limit));
    }
}
