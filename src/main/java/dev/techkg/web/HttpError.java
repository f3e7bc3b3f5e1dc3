package dev.techkg.web;

/**
 * An error answered with a status and a JSON body {@code {"error": ..., "detail": ...}}, or for a browser an HTML page
 * with the error and, instead of the detail (often written for API clients), what a person can do, when given.
 */
final class HttpError extends RuntimeException {
    private final int status;
    private final String detail;
    private final String forPeople;

    HttpError(int status, String error, String detail) {
        this(status, error, detail, null);
    }

    private HttpError(int status, String error, String detail, String forPeople) {
        super(error);
        this.status = status;
        this.detail = detail;
        this.forPeople = forPeople;
    }

    /** The same error, telling a person on the HTML page what to do (plain text) instead of the detail. */
    HttpError forPeople(String text) {
        return new HttpError(status, getMessage(), detail, text);
    }

    /** What the HTML page says below the error: the text for people, else the detail. */
    String pageText() {
        return forPeople != null ? forPeople : detail;
    }

    int status() {
        return status;
    }

    String detail() {
        return detail;
    }

    static HttpError badRequest(String error, String detail) {
        return new HttpError(400, error, detail);
    }

    static HttpError notFound(String error, String detail) {
        return new HttpError(404, error, detail);
    }
}
