package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.ListJoiners;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends the parse of a written list of names. "founded by Tom Preston-Werner, Chris Wanstrath, P. J. Hyett, and Scott
 * Chacon": a hyphen or initials inside one name can make the parser hang the others on it as appositions, so that only
 * the first gets the verb's link. A run of names of one type that only commas and "and"/"or" separate is a list
 * whatever the parser says: every member gets the links its first member has from outside the list, and the members
 * are no appositions of each other.
 */
final class NameLists {
    private static final Set<String> SKIPPED = Set.of("punct", "appos", "dep", "cc", "case", "det");

    private NameLists() {
    }

    static DependencyGraph mend(List<Token> tokens, DependencyGraph graph, List<Mention> names) {
        List<Mention> sorted = names.stream().filter(m -> m.type() != null)
                .sorted(Comparator.comparingInt(Mention::begin)).toList();
        List<Dependency> edges = new ArrayList<>(graph.edges());
        boolean changed = false;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).type() == sorted.get(i).type()
                    && ListJoiners.onlyBetween(tokens, sorted.get(j).end(), sorted.get(j + 1).begin())) {
                j++;
            }
            if (j - i >= 2) { // three names or more: two the parser joins well enough
                changed |= mendList(tokens, edges, sorted.subList(i, j + 1));
            }
            i = j + 1;
        }
        return changed ? new DependencyGraph(graph.sentence(), edges) : graph;
    }

    private static boolean mendList(List<Token> tokens, List<Dependency> edges, List<Mention> members) {
        Set<Integer> inside = new HashSet<>();
        for (Mention member : members) {
            for (int k = member.begin(); k < member.end(); k++) {
                inside.add(k);
            }
        }
        int first = head(edges, members.get(0), inside);
        List<Dependency> links = edges.stream()
                .filter(e -> e.dependent() == first && e.governor() >= 0 && !inside.contains(e.governor())
                        && !SKIPPED.contains(e.relation()) && !e.relation().startsWith("conj"))
                .toList();
        if (links.isEmpty()) {
            return false;
        }
        boolean changed = edges.removeIf(e -> inside.contains(e.governor()) && inside.contains(e.dependent())
                && (e.relation().equals("appos") || e.relation().equals("dep"))
                && !sameMember(members, e.governor(), e.dependent()));
        for (Mention member : members.subList(1, members.size())) {
            int head = head(edges, member, inside);
            for (Dependency link : links) {
                Dependency added = new Dependency(link.governor(), head, link.relation());
                if (!edges.contains(added)) {
                    edges.add(added);
                    changed = true;
                }
            }
            Dependency conj = new Dependency(first, head, "conj:" + joiner(tokens, members));
            if (edges.stream().noneMatch(e -> e.governor() == first && e.dependent() == head && e.relation().startsWith("conj"))) {
                edges.add(conj);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean sameMember(List<Mention> members, int a, int b) {
        return members.stream().anyMatch(m -> a >= m.begin() && a < m.end() && b >= m.begin() && b < m.end());
    }

    /** The token of a name that the parse links from outside it; its last token when none is. */
    private static int head(List<Dependency> edges, Mention member, Set<Integer> inside) {
        for (int k = member.begin(); k < member.end(); k++) {
            final int at = k;
            if (edges.stream().anyMatch(e -> e.dependent() == at && e.governor() >= 0 && !inside.contains(e.governor())
                    && !SKIPPED.contains(e.relation()))) {
                return k;
            }
        }
        return member.end() - 1;
    }

    private static String joiner(List<Token> tokens, List<Mention> members) {
        Mention last = members.get(members.size() - 1);
        Mention before = members.get(members.size() - 2);
        for (int k = before.end(); k < last.begin(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase("or")) {
                return "or";
            }
        }
        return "and";
    }

}
