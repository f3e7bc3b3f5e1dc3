package dev.techkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.query.SparqlService;
import dev.techkg.rdf.ArticleGraph;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link GraphStore} promises, run against each implementation by a short subclass that says how
 * to get a fresh, empty store.
 */
abstract class GraphStoreContractTest {
    static final String A1 = "https://w3id.org/techkg/article/00000000000000a1";
    static final String A2 = "https://w3id.org/techkg/article/00000000000000a2";
    static final String B = "https://w3id.org/techkg/article/00000000000000b0";

    @TempDir
    Path temp;

    /** A fresh, empty store; the subclass closes what it opened after each test. */
    abstract GraphStore newStore() throws Exception;

    static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    static ArticleGraph article(String iri, String source, String body) {
        return new ArticleGraph(iri, source, turtle("<" + iri + "> <http://purl.org/dc/terms/source> \"" + source + "\" .\n" + body), 0, 0);
    }

    static long count(GraphStore store, String query) {
        return count(store, query, null);
    }

    static long count(GraphStore store, String query, DatasetDescription dataset) {
        return store.query(SparqlService.parse(query, SparqlService.PRESET_PREFIXES), dataset, b -> b,
                exec -> ((Number) exec.select().next().get("n").getLiteralValue()).longValue());
    }

    static DatasetGraph exportNQuads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(dataset);
        return dataset;
    }

    @Test
    void every_write_moves_the_data_version_and_reads_do_not() throws Exception {
        GraphStore store = newStore();
        long before = store.dataVersion();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> <urn:example:b> ."), List.of());
        long afterPut = store.dataVersion();
        assertTrue(afterPut != before, "put");
        count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(afterPut, store.dataVersion(), "a query is no write");
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + B + "> { <urn:example:b> <urn:example:p> 2 } }"));
        long afterUpdate = store.dataVersion();
        assertTrue(afterUpdate != afterPut, "update");
        store.deleteGraphs(List.of(B));
        assertTrue(store.dataVersion() != afterUpdate, "delete");
    }

    @Test
    void article_writes_and_deletes_name_the_graphs_they_changed_and_an_update_does_not() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> <urn:example:b> ."), List.of());
        long afterFirst = store.dataVersion();
        store.putArticle(article(A2, "a.txt", "<urn:example:a> <urn:example:p> <urn:example:c> ."), List.of(A1));
        assertEquals(Optional.of(Set.of(A1, A2)), store.graphsChangedSince(afterFirst), "the article and the one it replaced");
        long afterReplace = store.dataVersion();
        store.deleteGraphs(List.of(A2));
        assertEquals(Optional.of(Set.of(A2)), store.graphsChangedSince(afterReplace));
        assertEquals(Optional.of(Set.of()), store.graphsChangedSince(store.dataVersion()));
        long beforeUpdate = store.dataVersion();
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + B + "> { <urn:example:b> <urn:example:p> 2 } }"));
        assertEquals(Optional.empty(), store.graphsChangedSince(beforeUpdate), "an update may change any graph");
    }

    @Test
    void queries_see_the_union_of_all_article_graphs_as_the_default_graph() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> <urn:example:b> ."), List.of());
        store.putArticle(article(B, "b.txt", "<urn:example:b> <urn:example:p> <urn:example:c> ."), List.of());
        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { <urn:example:a> <urn:example:p>/<urn:example:p> <urn:example:c> }"));
        assertEquals(2, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(Set.of(A1, B), Set.copyOf(store.graphNames()));
    }

    @Test
    void a_dataset_description_limits_a_query_to_the_described_graphs() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1 ."), List.of());
        store.putArticle(article(B, "b.txt", "<urn:example:b> <urn:example:p> 2 ."), List.of());
        String triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:example:p> ?o }";
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(2, count(store, triples));
        assertEquals(1, count(store, triples, DatasetDescription.create(List.of(A1), List.of())));
        assertEquals(0, count(store, triples, DatasetDescription.create(List.of(), List.of(B))), "FROM NAMED alone: an empty default graph");
        assertEquals(1, count(store, graphs, DatasetDescription.create(List.of(), List.of(B))));
        assertEquals(0, count(store, triples, DatasetDescription.create(List.of("urn:example:unknown"), List.of())));
    }

    @Test
    void storing_an_article_replaces_its_graph_and_drops_the_graphs_it_replaces() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "news.txt", "<urn:example:a> <urn:example:p> \"first\" ."), List.of());
        assertTrue(store.containsGraph(A1));
        assertFalse(store.containsGraph(A2));
        assertEquals(List.of(A1), store.graphsWithSource("news.txt"));
        assertEquals(List.of(), store.graphsWithSource("other.txt"));

        ArticleGraph second = article(A2, "news.txt", "<urn:example:a> <urn:example:p> \"second\" .");
        store.putArticle(second, store.graphsWithSource("news.txt"));
        assertEquals(List.of(A2), store.graphsWithSource("news.txt"));
        assertFalse(store.containsGraph(A1));
        assertTrue(IsoMatcher.isomorphic(second.graph(), store.graph(A2)));

        // The same article again: still one copy of each triple, blank nodes included.
        ArticleGraph withStatement = article(A2, "news.txt", "[] a <urn:example:Statement> ; <urn:example:evidence> \"e\" .");
        store.putArticle(withStatement, List.of());
        store.putArticle(withStatement, List.of());
        assertTrue(IsoMatcher.isomorphic(withStatement.graph(), store.graph(A2)));
        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <urn:example:Statement> }"));
    }

    @Test
    void workers_writing_the_same_article_at_once_leave_one_copy_of_it() throws Exception {
        GraphStore store = newStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int version = i;
                writes.add(pool.submit(() -> store.putArticles(List.of(new GraphStore.ArticleWrite(article(A1, "same.txt",
                        "[] a <urn:example:Statement> ; <urn:example:by> " + version + " ."), List.of())))));
            }
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(A1), store.graphNames());
        assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <urn:example:Statement> }"));
        assertEquals(3, store.graph(A1).size());
    }

    @Test
    void deleting_a_graph_removes_every_quad_even_decimals_loaded_in_a_non_canonical_form() throws Exception {
        Path file = Files.writeString(temp.resolve("d.trig"), "<urn:example:g> { <urn:example:s> <urn:example:p> "
                + "\"0.80\"^^<http://www.w3.org/2001/XMLSchema#decimal> , \"1\"^^<http://www.w3.org/2001/XMLSchema#decimal> , 0.9 . }");
        GraphStore store = newStore();
        assertEquals(3, store.load(file, Lang.TRIG, "urn:example:unused"));
        assertEquals(3, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(1, store.deleteGraphs(List.of("urn:example:g", "urn:example:never-there")));
        assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(store.graphNames().isEmpty());
    }

    @Test
    void a_file_with_a_syntax_error_loads_nothing() throws Exception {
        Path file = Files.writeString(temp.resolve("bad.trig"), "<urn:example:g> { <urn:example:s> <urn:example:p> 1 . }\n"
                + "<urn:example:h> { <urn:example:s> <urn:example:p> . }");
        GraphStore store = newStore();
        StoreException e = assertThrows(StoreException.class, () -> store.load(file, Lang.TRIG, "urn:example:unused"));
        assertTrue(e.getMessage().contains("nothing was loaded"), e.getMessage());
        assertTrue(store.graphNames().isEmpty());
    }

    @Test
    void triples_load_into_the_given_graph_and_export_as_graphs_or_their_union() throws Exception {
        Path file = Files.writeString(temp.resolve("t.ttl"), "<urn:example:s> <urn:example:p> <urn:example:o> .");
        GraphStore store = newStore();
        assertEquals(1, store.load(file, Lang.TURTLE, "urn:example:triples"));
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:example:other> { <urn:example:s> <urn:example:p> <urn:example:o> } }"));
        assertEquals(List.of("urn:example:triples", "urn:example:other").stream().sorted().toList(),
                new TreeSet<>(store.graphNames()).stream().toList());

        ByteArrayOutputStream union = new ByteArrayOutputStream();
        store.export(union, Lang.NTRIPLES);
        assertEquals(1, union.toString(StandardCharsets.UTF_8).strip().lines().count(), "the union holds each triple once");
        assertEquals(2, exportNQuads(store).stream().count());

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        assertTrue(store.writeGraph("urn:example:triples", Lang.TURTLE, one));
        assertTrue(one.toString(StandardCharsets.UTF_8).contains("urn:example:o"));
        assertFalse(store.writeGraph("urn:example:none", Lang.TURTLE, new ByteArrayOutputStream()));
        assertEquals(0, store.graph("urn:example:none").size());
    }

    @Test
    void a_backup_restores_the_same_named_graphs_and_a_broken_backup_restores_nothing() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1.5 . [] <urn:example:q> \"blank\" ."), List.of());
        store.putArticle(article(B, "b.txt", "<urn:example:b> <urn:example:p> \"two\"@en ."), List.of());
        Path file = temp.resolve("backup.nq.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            assertEquals(5, Backup.write(store, out));
        }
        DatasetGraph original = exportNQuads(store);
        assertEquals(5, Backup.verify(file));

        StoreException refused = assertThrows(StoreException.class, () -> store.restore(file, Lang.NQUADS, false));
        assertTrue(refused.getMessage().contains("the store is not empty"), refused.getMessage());

        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(temp.resolve("cut.nq.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        StoreException broken = assertThrows(StoreException.class, () -> store.restore(cut, Lang.NQUADS, true));
        assertTrue(broken.getMessage().contains("nothing was restored"), broken.getMessage());
        assertTrue(IsoMatcher.isomorphic(original, exportNQuads(store)), "a broken backup changes nothing");

        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:example:later> { <urn:example:x> <urn:example:y> 1 } }"));
        assertEquals(5, store.restore(file, Lang.NQUADS, true));
        assertTrue(IsoMatcher.isomorphic(original, exportNQuads(store)), "replace drops what came after the backup");
    }

    @Test
    void a_query_running_past_its_timeout_is_cancelled() throws Exception {
        GraphStore store = newStore();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append("<urn:example:n").append(i).append("> <urn:example:q> ").append(i).append(" .\n");
        }
        store.putArticle(article(A1, "bulk.txt", body.toString()), List.of());
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long started = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> store.query(SparqlService.parse(slow, SparqlService.PRESET_PREFIXES), null,
                b -> b.timeout(300, TimeUnit.MILLISECONDS), exec -> exec.select().next()));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(8), "stopped near the timeout");
        assertEquals(301, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "the next query is answered");
    }

    @Test
    void bound_variables_reach_filters_and_grouped_sub_selects_as_they_do_in_a_local_query() throws Exception {
        GraphStore store = newStore();
        store.putArticle(article(A1, "a.txt", "<urn:example:a> <urn:example:p> 1 , 2 . <urn:example:b> <urn:example:p> 3 ."), List.of());
        String optional = "SELECT ?s ?n WHERE { { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <urn:example:p> ?o } GROUP BY ?s } "
                + "FILTER(!BOUND(?only) || ?s = ?only) } ORDER BY ?s";
        assertEquals(List.of("urn:example:a 2", "urn:example:b 1"), rows(store, optional, Map.of()));
        assertEquals(List.of("urn:example:a 2"), rows(store, optional, Map.of("only", NodeFactory.createURI("urn:example:a"))));
        String projected = "SELECT ?s ?n WHERE { ?s a ?t . { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s <urn:example:p> ?o } GROUP BY ?s } }";
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:example:types> { <urn:example:a> a <urn:example:T> . "
                + "<urn:example:b> a <urn:example:T> } }"));
        assertEquals(List.of("urn:example:b 1"), rows(store, projected, Map.of("s", NodeFactory.createURI("urn:example:b"))));
    }

    private static List<String> rows(GraphStore store, String query, Map<String, Node> bindings) {
        return store.query(SparqlService.parse(query, SparqlService.PRESET_PREFIXES), null, b -> {
            bindings.forEach(b::substitution);
            return b;
        }, exec -> {
            List<String> rows = new ArrayList<>();
            exec.select().forEachRemaining(row -> rows.add(row.get("s").getURI() + " " + row.get("n").getLiteralLexicalForm()));
            return rows;
        });
    }
}
