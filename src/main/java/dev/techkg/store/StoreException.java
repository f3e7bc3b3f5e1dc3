package dev.techkg.store;

import dev.techkg.TechKgException;

/** The store cannot be opened, read or written; the message says which store and why. */
public class StoreException extends TechKgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
