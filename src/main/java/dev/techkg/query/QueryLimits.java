package dev.techkg.query;

import java.util.List;

/**
 * How much one SPARQL query may take, and how many run at once. Parsed once from the command line; immutable.
 *
 * @param timeoutMillis   stop a query after this long, parsing included (0: never)
 * @param maxRows         the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE, {@code /rdf}) one answer holds
 *                        ({@link Long#MAX_VALUE}: no cap)
 * @param maxQueryChars   the longest query text accepted; parsing costs about 2 µs a character, so this also
 *                        bounds the parse time (256 K characters: under 0.5 s)
 * @param maxStringChars  the longest string an expression of the query may build (REPLACE, CONCAT, GROUP_CONCAT,
 *                        ENCODE_FOR_URI, UCASE, LCASE, fn: functions); a query that builds a longer one is stopped
 * @param maxRunning      queries running at once
 * @param maxWaiting      queries waiting for one of those places; a query beyond them is refused as busy
 * @param maxWaitMillis   how long a query waits for a place before it is refused as busy
 * @param memoryFraction  the share of the heap that may stay in use after a garbage collection while queries run;
 *                        above it (or with less than 96 MB free, on a small heap) the running queries are stopped
 *                        (1: never)
 * @param allowedServices URL prefixes that SPARQL {@code SERVICE} may call (empty: SERVICE is refused)
 */
public record QueryLimits(long timeoutMillis, long maxRows, int maxQueryChars, int maxStringChars, int maxRunning,
                          int maxWaiting, long maxWaitMillis, double memoryFraction, List<String> allowedServices) {
    /** 256 K characters of query text. */
    public static final int DEFAULT_MAX_QUERY_CHARS = 256 * 1024;
    /** 4 M characters (8 MB) per string built by an expression. */
    public static final int DEFAULT_MAX_STRING_CHARS = 4 * 1024 * 1024;

    public QueryLimits {
        allowedServices = List.copyOf(allowedServices);
        if (timeoutMillis < 0 || maxRows < 1 || maxQueryChars < 1 || maxStringChars < 1 || maxRunning < 1 || maxWaiting < 0
                || maxWaitMillis < 0 || !(memoryFraction > 0 && memoryFraction <= 1)) {
            throw new IllegalArgumentException("Query limits out of range: " + this);
        }
    }

    /**
     * The server's defaults with this timeout and row cap: 256 K characters of query, 4 M characters per string,
     * 4 queries running and 16 waiting (10 s at most), running queries stopped when 85 % of the heap stays in use,
     * no SERVICE.
     */
    public static QueryLimits defaults(long timeoutMillis, long maxRows) {
        return new QueryLimits(timeoutMillis, maxRows, DEFAULT_MAX_QUERY_CHARS, DEFAULT_MAX_STRING_CHARS, 4, 16, 10_000, 0.85,
                List.of());
    }

    /**
     * The limits of {@code techkg query}, one query run by the person who asked for it: this timeout, SERVICE to these
     * URL prefixes, 4 M characters per string; no cap on rows or query text, no line, no memory guard.
     */
    public static QueryLimits commandLine(long timeoutMillis, List<String> allowedServices) {
        return new QueryLimits(timeoutMillis, Long.MAX_VALUE, Integer.MAX_VALUE, DEFAULT_MAX_STRING_CHARS, 1, 0, 0, 1.0,
                allowedServices);
    }

    /** These limits with SERVICE allowed to URLs starting with one of the prefixes. */
    public QueryLimits allowingServices(List<String> prefixes) {
        return new QueryLimits(timeoutMillis, maxRows, maxQueryChars, maxStringChars, maxRunning, maxWaiting, maxWaitMillis,
                memoryFraction, prefixes);
    }

    /** These limits with this many queries running at once and waiting. */
    public QueryLimits withConcurrency(int running, int waiting) {
        return new QueryLimits(timeoutMillis, maxRows, maxQueryChars, maxStringChars, running, waiting, maxWaitMillis,
                memoryFraction, allowedServices);
    }
}
