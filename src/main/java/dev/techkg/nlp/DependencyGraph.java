package dev.techkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The enhanced++ dependency graph of one sentence. A token may have more than one governor (enhanced++ adds
 * the subject of a controlled verb, propagates dependents over conjuncts and links relative pronouns to their
 * noun).
 *
 * @param sentence the index of the sentence it parses
 * @param edges    every dependency, the root's as governor -1
 */
public record DependencyGraph(int sentence, List<Dependency> edges) {
    public DependencyGraph {
        edges = List.copyOf(edges);
    }

    /** The dependencies whose dependent is the token, i.e. the links to its governors. */
    public List<Dependency> governorsOf(int token) {
        List<Dependency> result = new ArrayList<>(2);
        for (Dependency edge : edges) {
            if (edge.dependent() == token && edge.governor() >= 0) {
                result.add(edge);
            }
        }
        return result;
    }

    /** This graph with the edges added (itself when there are none): how a mend of the parse adds links. */
    public DependencyGraph with(List<Dependency> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<Dependency> all = new ArrayList<>(edges);
        all.addAll(added);
        return new DependencyGraph(sentence, all);
    }

    /** The dependencies whose governor is the token. */
    public List<Dependency> dependentsOf(int token) {
        List<Dependency> result = new ArrayList<>(4);
        for (Dependency edge : edges) {
            if (edge.governor() == token) {
                result.add(edge);
            }
        }
        return result;
    }
}
