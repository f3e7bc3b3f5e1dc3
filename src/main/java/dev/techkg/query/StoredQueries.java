package dev.techkg.query;

import dev.techkg.Resources;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/** Loads the SPARQL queries the services run from {@code .rq} resources beside this class, parsed once. */
final class StoredQueries {
    private StoredQueries() {}

    static Query load(String name) {
        return QueryFactory.create(Resources.text(StoredQueries.class, name), Syntax.syntaxSPARQL_11);
    }
}
