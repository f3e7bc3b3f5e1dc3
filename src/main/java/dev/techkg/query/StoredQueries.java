package dev.techkg.query;

import dev.techkg.TechKgException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/** Loads the SPARQL queries the services run from {@code .rq} resources beside this class, parsed once. */
final class StoredQueries {
    private StoredQueries() {}

    static Query load(String name) {
        try (InputStream in = StoredQueries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new TechKgException("The query resource " + name + " is missing from the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxSPARQL_11);
        } catch (IOException e) {
            throw new TechKgException("Cannot read the query resource " + name + ": " + e.getMessage(), e);
        }
    }
}
