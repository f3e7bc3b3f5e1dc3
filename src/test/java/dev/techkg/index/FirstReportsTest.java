package dev.techkg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.TK;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts the index keeps by first report are, after any writes and deletes, those a pass over every fact finds
 * within a period; and a fact moves to a later day when its oldest report goes.
 */
class FirstReportsTest {
    private static final List<String> COMPANIES = List.of("arm", "asml", "baidu", "cisco", "dell", "intel", "lenovo", "nokia");
    private static final List<String> RELATIONS = List.of("partnersWith", "competesWith", "investsIn");
    private static final List<String[]> PERIODS = List.of(new String[] {null, null}, new String[] {"2024-03-01", "2024-03-31"},
            new String[] {"2024-02-10", null}, new String[] {null, "2024-02-15"}, new String[] {"2024-03-05", "2024-03-05"},
            new String[] {"2025-01-01", "2024-01-01"});

    @TempDir
    Path temp;

    @Test
    void a_fact_is_found_on_the_day_of_its_oldest_dated_report_and_moves_when_that_report_goes() {
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            put(store, "late", "2024-03-20", List.of("arm partnersWith nokia"));
            put(store, "early", "2024-02-05", List.of("arm partnersWith nokia"));
            put(store, "undated", null, List.of("arm partnersWith nokia", "dell investsIn intel"));
            GraphIndex index = GraphIndex.read(store, () -> false);
            assertEquals(List.of("2024-02-05 arm partnersWith nokia"), firstReported(index.storedView(), "2024-02-01", "2024-02-29"));
            assertEquals(List.of(), firstReported(index.storedView(), "2024-03-01", "2024-03-31"),
                    "a fact is listed on its first day only; one stated by undated articles only, on none");

            store.deleteGraphs(List.of(TK.ARTICLE_BASE + "early"));
            index = index.withGraphsFrom(store, Set.of(TK.ARTICLE_BASE + "early"));
            assertEquals(List.of(), firstReported(index.storedView(), "2024-02-01", "2024-02-29"));
            assertEquals(List.of("2024-03-20 arm partnersWith nokia"), firstReported(index.storedView(), "2024-03-01", "2024-03-31"));
        }
    }

    @Test
    void facts_by_first_report_after_writes_and_deletes_are_those_a_pass_over_every_fact_finds() {
        Random random = new Random(7);
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            GraphIndex index = GraphIndex.read(store, () -> false);
            List<String> stored = new ArrayList<>();
            for (int round = 0; round < 12; round++) {
                Set<String> changed = new HashSet<>();
                for (int k = 0; k < 4; k++) {
                    String id = "r" + round + "-" + k;
                    // Days within two months, some shared, some articles undated.
                    String day = random.nextInt(6) == 0 ? null : String.format("2024-%02d-%02d", 2 + random.nextInt(2), 1 + random.nextInt(9));
                    List<String> facts = new ArrayList<>();
                    for (int f = 0; f < 1 + random.nextInt(4); f++) {
                        facts.add(COMPANIES.get(random.nextInt(COMPANIES.size())) + " " + RELATIONS.get(random.nextInt(RELATIONS.size())) + " "
                                + COMPANIES.get(random.nextInt(COMPANIES.size())));
                    }
                    put(store, id, day, facts);
                    stored.add(id);
                    changed.add(TK.ARTICLE_BASE + id);
                }
                if (round % 3 == 2) {
                    // Deleting articles moves their facts' first reports later, or takes the facts out.
                    List<String> gone = new ArrayList<>();
                    for (int k = 0; k < 3; k++) {
                        gone.add(TK.ARTICLE_BASE + stored.remove(random.nextInt(stored.size())));
                    }
                    store.deleteGraphs(gone);
                    changed.addAll(gone);
                }
                index = index.withGraphsFrom(store, changed);
                GraphIndex fromScratch = GraphIndex.read(store, () -> false);
                for (String[] period : PERIODS) {
                    List<String> expected = everyFactWithin(index.storedView(), period[0], period[1]);
                    assertEquals(expected, firstReported(index.storedView(), period[0], period[1]), "round " + round + " " + java.util.Arrays.toString(period));
                    assertEquals(expected, firstReported(fromScratch.storedView(), period[0], period[1]), "from scratch, round " + round);
                }
            }
            assertTrue(firstReported(index.storedView(), null, null).size() > 20, "the data should give facts");
        }
    }

    /** The facts first reported within the days, by the index's range lookup, as "day subject relation object", sorted. */
    static List<String> firstReported(StoredView view, String since, String until) {
        List<String> found = new ArrayList<>();
        view.forEachFirstReportedBetween(since, until, fact -> found.add(line(fact)));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).substring(0, 10).compareTo(found.get(i).substring(0, 10)) <= 0, "by day: " + found);
        }
        found.sort(null);
        return found;
    }

    /** The same by a pass over every fact, each day its oldest dated statement's. */
    private static List<String> everyFactWithin(StoredView view, String since, String until) {
        List<String> found = new ArrayList<>();
        view.forEachFact(fact -> {
            String first = null;
            for (GraphIndex.Statement st : fact.statements()) {
                first = st.day() != null && (first == null || st.day().compareTo(first) < 0) ? st.day() : first;
            }
            if (first != null && (since == null || first.compareTo(since) >= 0) && (until == null || first.compareTo(until) <= 0)) {
                found.add(line(fact));
            }
        });
        found.sort(null);
        return found;
    }

    private static String line(Fact fact) {
        return fact.firstReported() + " " + fact.subject().substring(TK.ENTITY_BASE.length()) + " " + fact.relationName() + " "
                + fact.object().substring(TK.ENTITY_BASE.length());
    }

    /** Stores an article graph stating the facts ("subject relation object" by slug), dated when the day is given. */
    private static void put(Tdb2Store store, String id, String day, List<String> facts) {
        String iri = TK.ARTICLE_BASE + id;
        StringBuilder turtle = new StringBuilder("""
                @prefix tk: <https://w3id.org/techkg/ontology#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix schema: <https://schema.org/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <ART> a tk:Article ; dcterms:title "Article ID" ; dcterms:source "https://example.com/ID" .
                """.replace("ID", id));
        if (day != null) {
            turtle.append("<ART> dcterms:date \"").append(day).append("\"^^xsd:date .\n");
        }
        for (String fact : facts) {
            String[] f = fact.split(" ");
            String s = "<" + TK.ENTITY_BASE + f[0] + ">";
            String o = "<" + TK.ENTITY_BASE + f[2] + ">";
            turtle.append(s).append(" a tk:Company ; rdfs:label \"").append(f[0]).append("\" .\n")
                    .append(o).append(" a tk:Company ; rdfs:label \"").append(f[2]).append("\" .\n")
                    .append("<ART> schema:mentions ").append(s).append(", ").append(o).append(" .\n")
                    .append("[] a rdf:Statement ; rdf:subject ").append(s).append(" ; rdf:predicate tk:").append(f[1])
                    .append(" ; rdf:object ").append(o).append(" ; tk:confidence 0.7 .\n");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.toString().replace("<ART>", "<" + iri + ">"), Lang.TURTLE).parse(graph);
        store.putArticle(new ArticleGraph(iri, "https://example.com/" + id, graph, 2, facts.size()), List.of());
    }
}
