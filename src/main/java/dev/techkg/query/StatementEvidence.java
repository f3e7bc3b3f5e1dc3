package dev.techkg.query;

import dev.techkg.index.GraphIndex;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Reads the evidence rows of statements the graph index knows (the index keeps no sentences): one query, the
 * statements as a VALUES block first ({@link EntityService#valuesFirst}). Used by the entity API and the review queue.
 * Immutable and thread-safe.
 */
final class StatementEvidence {
    private static final List<Var> VARS = List.of(Var.alloc("article"), Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));

    private final GraphStore store;
    private final Query evidence = StoredQueries.load("entity-evidence.rq");

    StatementEvidence(GraphStore store) {
        this.store = store;
    }

    /** The key of a statement's rows: article, stated ends and relation. */
    static String key(GraphIndex.Statement s) {
        return key(s.article(), s.statedSubject(), s.relation(), s.statedObject());
    }

    private static String key(String article, String subject, String relation, String object) {
        return article + " " + subject + " " + relation + " " + object;
    }

    /** The evidence rows (article, s, p, o, evidence, confidence …) of these statements by {@link #key}, by sentence. */
    Map<String, List<Map<String, String>>> of(Collection<GraphIndex.Statement> statements) {
        Map<String, Binding> wanted = new LinkedHashMap<>();
        for (GraphIndex.Statement s : statements) {
            wanted.computeIfAbsent(key(s), k -> {
                BindingBuilder row = Binding.builder();
                row.add(VARS.get(0), NodeFactory.createURI(s.article()));
                // The ends as the article has them (a merge may have made them another entity since).
                row.add(VARS.get(1), NodeFactory.createURI(s.statedSubject()));
                row.add(VARS.get(2), NodeFactory.createURI(s.relation()));
                row.add(VARS.get(3), NodeFactory.createURI(s.statedObject()));
                return row.build();
            });
        }
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        if (wanted.isEmpty()) {
            return rows;
        }
        Query query = EntityService.valuesFirst(evidence, VARS, List.copyOf(wanted.values()));
        for (Map<String, String> row : store.query(query, null, b -> b, Rows::select)) {
            rows.computeIfAbsent(key(row.get("article"), row.get("s"), row.get("p"), row.get("o")), k -> new ArrayList<>()).add(row);
        }
        // Stable order within one article: by sentence.
        rows.values().forEach(list -> list.sort(Comparator.comparing(r -> r.get("evidence"))));
        return rows;
    }
}
