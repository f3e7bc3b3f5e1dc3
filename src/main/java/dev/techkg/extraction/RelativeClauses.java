package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the attachment of a relative clause that opens with ", which" or ", who" right after a name. "Lyft's agreement
 * with Volkswagen, which will supply its vans": the parser may hang the clause on the farther common noun (the
 * agreement), so that the noun's owner becomes the clause's subject. In news, such a clause is said of the name right
 * before the comma: the clause, its relative pronoun and the pronoun's role in the clause move to the name.
 */
final class RelativeClauses {
    private RelativeClauses() {
    }

    /**
     * @param pronouns the relative pronouns of {@value Asides#WORDS} ("which", "who")
     */
    static DependencyGraph mend(List<Token> tokens, DependencyGraph graph, List<Mention> names, Set<String> pronouns) {
        List<Dependency> edges = new ArrayList<>(graph.edges());
        boolean changed = false;
        for (Dependency ref : graph.edges()) {
            int pronoun = ref.dependent();
            int noun = ref.governor();
            if (!ref.relation().equals("ref") || noun < 0 || pronoun < 2 || !pronouns.contains(tokens.get(pronoun).word().toLowerCase(Locale.ROOT))
                    || !tokens.get(pronoun - 1).word().equals(",") || !tokens.get(noun).tag().matches("NNS?")) {
                continue;
            }
            int nameHead = pronoun - 2;
            boolean namedBefore = names.stream().anyMatch(m -> m.end() - 1 == nameHead && m.type() != null);
            if (!namedBefore || nameHead <= noun) {
                continue;
            }
            changed |= move(edges, noun, nameHead, pronoun);
        }
        return changed ? new DependencyGraph(graph.sentence(), edges) : graph;
    }

    /** Moves the clause (acl:relcl), the pronoun (ref) and the noun's role in the clause from the noun to the name. */
    private static boolean move(List<Dependency> edges, int noun, int name, int pronoun) {
        List<Integer> clauses = edges.stream().filter(e -> e.governor() == noun && e.relation().equals("acl:relcl")
                && e.dependent() > pronoun).map(Dependency::dependent).toList();
        if (clauses.isEmpty()) {
            return false;
        }
        for (int i = 0; i < edges.size(); i++) {
            Dependency edge = edges.get(i);
            boolean clauseLink = edge.governor() == noun && edge.relation().equals("acl:relcl") && clauses.contains(edge.dependent());
            boolean pronounLink = edge.governor() == noun && edge.dependent() == pronoun && edge.relation().equals("ref");
            boolean roleInClause = clauses.contains(edge.governor()) && edge.dependent() == noun;
            if (clauseLink || pronounLink) {
                edges.set(i, new Dependency(name, edge.dependent(), edge.relation()));
            } else if (roleInClause) {
                edges.set(i, new Dependency(edge.governor(), name, edge.relation()));
            }
        }
        return true;
    }
}
