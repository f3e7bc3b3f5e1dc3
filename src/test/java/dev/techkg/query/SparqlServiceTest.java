package dev.techkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.techkg.store.GraphStore;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** How the SPARQL engine side reports a query that the engine stopped at its time limit. */
class SparqlServiceTest {
    private static final String JSON = "application/sparql-results+json";
    private final Query query = SparqlService.parse("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s");

    @Test
    void an_engine_failure_once_the_time_limit_has_passed_is_reported_as_the_timeout() {
        // As Jena 5.6.0 fails when it stops a query that holds a hash join not yet started (apache/jena#3516): a
        // NullPointerException from closing that join in place of QueryCancelledException. Seen on 7 M quads.
        NullPointerException engine = new NullPointerException(
                "Cannot invoke \"org.apache.jena.sparql.engine.join.MultiHashProbeTable.clear()\" because \"this.hashTable\" is null");
        SparqlService service = new SparqlService(storeWhoseQueriesFail(150, engine), 100, 1000);

        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> service.execute(query, null, Map.of(), JSON, answer -> java.io.OutputStream.nullOutputStream()));

        assertEquals("The query ran longer than the limit of 0.1 s and was stopped; narrow it down or add a LIMIT", e.getMessage());
        assertSame(engine, e.getCause());
    }

    @Test
    void an_engine_failure_within_the_time_limit_is_passed_on_as_it_is() {
        IllegalStateException engine = new IllegalStateException("broken");
        SparqlService service = new SparqlService(storeWhoseQueriesFail(0, engine), 60_000, 1000);

        assertSame(engine, assertThrows(IllegalStateException.class, () -> service.execute(query, null, Map.of(), JSON, answer -> java.io.OutputStream.nullOutputStream())));
    }

    @Test
    void without_a_time_limit_an_engine_failure_is_passed_on_as_it_is() {
        IllegalStateException engine = new IllegalStateException("broken");
        SparqlService service = new SparqlService(storeWhoseQueriesFail(20, engine), 0, 1000);

        assertInstanceOf(IllegalStateException.class, assertThrows(RuntimeException.class, () -> service.execute(query, null, Map.of(), JSON, answer -> java.io.OutputStream.nullOutputStream())));
    }

    /** A store whose queries fail with the given exception after running this long; it does nothing else. */
    private static GraphStore storeWhoseQueriesFail(long afterMillis, RuntimeException failure) {
        return (GraphStore) Proxy.newProxyInstance(GraphStore.class.getClassLoader(), new Class<?>[] {GraphStore.class}, (proxy, method, args) -> {
            if (!method.getName().equals("query")) {
                throw new UnsupportedOperationException(method.getName());
            }
            Thread.sleep(afterMillis);
            throw failure;
        });
    }
}
