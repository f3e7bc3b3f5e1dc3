package dev.techkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the data files shipped in the jar (rules, gazetteer, queries, shapes, page templates). */
public final class Resources {
    private Resources() {}

    /**
     * The resource as UTF-8 text.
     *
     * @param anchor the class the name is relative to (a name starting with '/' is absolute)
     * @throws TechKgException naming the resource when it is missing or cannot be read
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new TechKgException("The resource " + name + " is missing from the class path (beside "
                        + anchor.getSimpleName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TechKgException("Cannot read the resource " + name + ": " + e.getMessage(), e);
        }
    }
}
