package dev.techkg.query;

/** A query stopped or refused by one of the server's bounds ({@link QueryLimits}); the kind says which. */
public class QueryLimitException extends QueryException {
    /** Which bound; the web layer maps each to a status, the CLI to an exit code. */
    public enum Kind {
        /** The query text is longer than allowed. */
        TEXT_TOO_LONG,
        /** The query itself asks for too much: nested too deeply, or a string grown past the limit. */
        TOO_COMPLEX,
        /** A SERVICE call that the server does not make. */
        SERVICE_REFUSED,
        /** The server ran low on memory while the query ran; trying again later may succeed. */
        LOW_MEMORY,
        /** Every place for a query is taken; trying again later may succeed. */
        BUSY
    }

    /** Seconds a client should wait before trying again a query refused as busy. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final Kind kind;

    public QueryLimitException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public QueryLimitException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Which bound stopped the query. */
    public Kind kind() {
        return kind;
    }
}
