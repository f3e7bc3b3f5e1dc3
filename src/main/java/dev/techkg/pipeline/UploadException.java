package dev.techkg.pipeline;

import dev.techkg.TechKgException;

/**
 * An upload refused on arrival, before any job: {@link #problem()} says what, the message gives the detail. The
 * subclasses say why: content of a kind TechKG does not read ({@link Unsupported}), or too much of it
 * ({@link TooLarge}); anything else is a bad request.
 */
public class UploadException extends TechKgException {
    private final String problem;

    public UploadException(String problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    /** What was wrong, in a few words (the detail is the message). */
    public String problem() {
        return problem;
    }

    /** A file type or content TechKG does not read. */
    public static final class Unsupported extends UploadException {
        public Unsupported(String problem, String detail) {
            super(problem, detail);
        }
    }

    /** More files or bytes than one upload may hold. */
    public static final class TooLarge extends UploadException {
        public TooLarge(String problem, String detail) {
            super(problem, detail);
        }
    }
}
