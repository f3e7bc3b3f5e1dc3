package dev.techkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Query results as plain rows: variable name to the node's IRI or lexical form (absent when unbound). */
final class Rows {
    private Rows() {}

    static List<Map<String, String>> select(QueryExec exec) {
        RowSet rows = exec.select();
        List<Map<String, String>> result = new ArrayList<>();
        while (rows.hasNext()) {
            Binding binding = rows.next();
            Map<String, String> row = new LinkedHashMap<>();
            binding.vars().forEachRemaining(v -> row.put(v.getVarName(), text(binding.get(v))));
            result.add(row);
        }
        return result;
    }

    static String text(Node node) {
        if (node == null) {
            return null;
        }
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
