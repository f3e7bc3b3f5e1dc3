package dev.techkg.extraction;

import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Mends a described name after a verb. "ServiceNow plans to acquire the artificial intelligence company Moveworks": the
 * parser may read the description and the name as two objects, the description an indirect object with the name in
 * apposition. A verb with such an indirect object, a noun that describes a company ("company", "startup"), and no
 * direct object has it as its direct object too.
 */
final class DescribedObjects {
    private DescribedObjects() {
    }

    static DependencyGraph mend(List<Token> tokens, DependencyGraph graph, Predicate<String> descriptorNoun) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency edge : graph.edges()) {
            if (!edge.relation().equals("iobj") || edge.governor() < 0 || !descriptorNoun.test(tokens.get(edge.dependent()).word())) {
                continue;
            }
            boolean hasObject = graph.dependentsOf(edge.governor()).stream().anyMatch(d -> d.relation().equals("obj"));
            boolean named = graph.dependentsOf(edge.dependent()).stream().anyMatch(d -> d.relation().equals("appos"));
            if (!hasObject && named) {
                added.add(new Dependency(edge.governor(), edge.dependent(), "obj"));
            }
        }
        return graph.with(added);
    }
}
