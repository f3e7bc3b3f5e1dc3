package dev.techkg.store;

/**
 * A remote store cannot be reached or answered with a server error: the request may succeed later. The
 * web server answers 503 for it, not 500.
 */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
