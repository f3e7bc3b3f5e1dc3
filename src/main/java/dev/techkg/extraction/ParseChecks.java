package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;

/**
 * Checks of a token rule's match against the sentence's parse and words: who the parse says acts, and where a pair of
 * names stands. The token rules match word sequences; these keep them from reading a name inside a clause or a
 * prepositional phrase as the party of the statement. Stateless.
 */
final class ParseChecks {
    private ParseChecks() {
    }

    /**
     * "…, and Tesla, which is developing …": a name joined by ", and" with a relative clause of its own starts a new
     * item parallel to an earlier one, not one more object of the clause before it.
     */
    static boolean joinedWithOwnRelativeClause(List<Token> tokens, Mention named) {
        return named.begin() >= 2 && named.end() + 1 < tokens.size()
                && tokens.get(named.begin() - 1).word().equalsIgnoreCase("and") && tokens.get(named.begin() - 2).word().equals(",")
                && tokens.get(named.end()).word().equals(",") && tokens.get(named.end() + 1).word().matches("(?i)which|who");
    }

    /**
     * "Before acquiring Slack, Salesforce had partnered with Microsoft": a token rule read Slack as the one who
     * partnered. When the parse gives the verb that governs the object a subject of its own, and that subject is
     * another entity of the same type (a place a misparse makes the subject displaces no company), the subject the rule
     * took does not act, unless it is part of that subject's phrase ("Google and Amazon", "Google, along with Amazon").
     */
    static boolean someoneElseActs(DependencyGraph graph, List<Token> tokens, List<Mention> mentions, Mention subject, Mention object) {
        if (subject.end() > object.begin()) {
            return false;
        }
        int verb = governingVerb(graph, tokens, object);
        if (verb < subject.end() || verb >= object.begin()) {
            return false;
        }
        boolean other = false;
        for (Dependency edge : graph.dependentsOf(verb)) {
            if (!edge.relation().startsWith("nsubj")) {
                continue;
            }
            if (phraseHas(graph, edge.dependent(), subject)) {
                return false;
            }
            int actor = edge.dependent();
            other |= mentions.stream().anyMatch(m -> m.begin() <= actor && actor < m.end() && !m.entityName().equals(subject.entityName())
                    && m.type() == subject.type());
        }
        return other;
    }

    /**
     * "Analysts at Jefferies, led by Edison Lee, said …": a participle between an organisation and a person that
     * describes another noun (the analysts) says who leads that, not the organisation. The parser often hangs the
     * participle on the nearer name, so a group of people with a preposition right before the organisation ("analysts
     * at", "a team from") also counts; without a parse, only that.
     */
    static boolean participleOfAnother(Optional<DependencyGraph> parse, List<Token> tokens, Mention organisation, Mention person,
                                       Predicate<String> peopleGroup) {
        int before = organisation.begin();
        boolean groupBefore = before >= 2 && tokens.get(before - 1).tag().equals("IN") && peopleGroup.test(tokens.get(before - 2).word());
        for (int k = organisation.end(); k < person.begin(); k++) {
            if (!tokens.get(k).tag().equals("VBN")) {
                continue;
            }
            if (groupBefore) {
                return true;
            }
            if (parse.isEmpty()) {
                continue;
            }
            DependencyGraph graph = parse.get();
            for (Dependency edge : graph.governorsOf(k)) {
                int head = edge.governor();
                if (edge.relation().startsWith("acl") && head >= 0 && (head < organisation.begin() || head >= organisation.end())
                        && !namesTheSame(graph, head, organisation) && tokens.get(head).tag().startsWith("NN")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word stands for the mention: in apposition or a compound with it ("the chipmaker AMD"), either way. */
    private static boolean namesTheSame(DependencyGraph graph, int word, Mention mention) {
        for (Dependency edge : graph.dependentsOf(word)) {
            if (mention.begin() <= edge.dependent() && edge.dependent() < mention.end()
                    && (edge.relation().equals("appos") || edge.relation().equals("compound"))) {
                return true;
            }
        }
        for (Dependency edge : graph.governorsOf(word)) {
            if (mention.begin() <= edge.governor() && edge.governor() < mention.end() && edge.relation().equals("appos")) {
                return true;
            }
        }
        return false;
    }

    /** The nearest verb above the mention's words, through at most four edges. */
    static int governingVerb(DependencyGraph graph, List<Token> tokens, Mention mention) {
        for (int word = mention.begin(); word < mention.end(); word++) {
            int node = word;
            for (int depth = 0; depth < 4; depth++) {
                int up = -1;
                for (Dependency edge : graph.governorsOf(node)) {
                    if (edge.governor() >= 0 && (edge.governor() < mention.begin() || edge.governor() >= mention.end())) {
                        up = edge.governor();
                        break;
                    }
                }
                if (up < 0) {
                    break;
                }
                if (tokens.get(up).tag().startsWith("VB")) {
                    return up;
                }
                node = up;
            }
        }
        return -1;
    }

    /** Whether the mention is the word or stands in its phrase as a conjunct, apposition, compound or prepositional modifier. */
    private static boolean phraseHas(DependencyGraph graph, int word, Mention mention) {
        Deque<Integer> pending = new ArrayDeque<>(List.of(word));
        Set<Integer> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            int node = pending.poll();
            if (mention.begin() <= node && node < mention.end()) {
                return true;
            }
            for (Dependency edge : graph.dependentsOf(node)) {
                String kind = edge.relation();
                boolean inPhrase = kind.startsWith("conj") || kind.equals("appos") || kind.equals("compound") || kind.startsWith("nmod:");
                if (inPhrase && seen.add(edge.dependent())) {
                    pending.add(edge.dependent());
                }
            }
        }
        return false;
    }

    /**
     * "executives from Samsung and SK Hynix met to seal the collaboration": a pair that is the object of a preposition
     * is not the pair that partners or competes ("between" and "among" name the pair itself).
     */
    static boolean pairAfterPreposition(List<Token> tokens, Mention first, Mention second) {
        if (first.end() > second.begin() || second.begin() - first.end() > 2 || first.begin() == 0) {
            return false;
        }
        for (int k = first.end(); k < second.begin(); k++) {
            if (!tokens.get(k).word().matches("(?i)and|the")) {
                return false;
            }
        }
        Token before = tokens.get(first.begin() - 1);
        return before.tag().equals("IN") && !before.word().matches("(?i)between|among|amongst");
    }
}
