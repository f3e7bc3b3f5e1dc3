package dev.techkg.query;

/** A query ran longer than the time it was given and was stopped. */
public class QueryTimeoutException extends QueryException {
    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
