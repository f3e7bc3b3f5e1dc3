package dev.techkg.curation;

import dev.techkg.TechKgException;

/** A correction that cannot be made: a bad value, something it names that is not there, or one that clashes. */
public final class CurationException extends TechKgException {
    /** What went wrong, for the HTTP status (400, 404, 409). */
    public enum Problem { BAD_REQUEST, NOT_FOUND, CONFLICT }

    private final Problem problem;
    private final String detail;

    public CurationException(Problem problem, String message, String detail) {
        super(message + (detail == null ? "" : " (" + detail + ")"));
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The first part of the message alone, without what to do. */
    public String title() {
        String m = getMessage();
        return detail == null ? m : m.substring(0, m.length() - detail.length() - 3);
    }

    /** What to do about it. */
    public String detail() {
        return detail == null ? "" : detail;
    }

    static CurationException bad(String message, String detail) {
        return new CurationException(Problem.BAD_REQUEST, message, detail);
    }
}
