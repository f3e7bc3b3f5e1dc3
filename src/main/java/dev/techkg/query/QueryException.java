package dev.techkg.query;

import dev.techkg.TechKgException;

/** A query that does not parse, cannot be written in the asked format, or failed while running. */
public class QueryException extends TechKgException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
