package dev.techkg;

/**
 * The one unchecked base exception of TechKG. Each pipeline stage has its own subclass; the CLI maps
 * any of them to one line on stderr and an exit code, never a stack trace.
 */
public class TechKgException extends RuntimeException {
    public TechKgException(String message) {
        super(message);
    }

    public TechKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
