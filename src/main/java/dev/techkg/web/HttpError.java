package dev.techkg.web;

/** An error answered with a status and a JSON body {@code {"error": ..., "detail": ...}}. */
final class HttpError extends RuntimeException {
    private final int status;
    private final String detail;

    HttpError(int status, String error, String detail) {
        super(error);
        this.status = status;
        this.detail = detail;
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
