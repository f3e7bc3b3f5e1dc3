package dev.techkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.graph.CyclicGraphException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A compiled set of Semgrex patterns over dependency graphs (CoreNLP's Semgrex: nodes in braces such as
 * {@code {lemma:/acquire|buy/;tag:/VB.*}/}, relations such as {@code >nsubj} or {@code >/obl:from/}, named
 * nodes {@code =a}). Each token node carries its word, lemma, part-of-speech tag and, as {@code ner}, the
 * label the caller gives it. Patterns compile once; matching is thread-safe.
 */
public final class DependencyPatterns {
    private final List<SemgrexPattern> patterns;
    private final List<List<String>> nodeNames;

    private DependencyPatterns(List<SemgrexPattern> patterns, List<List<String>> nodeNames) {
        this.patterns = patterns;
        this.nodeNames = nodeNames;
    }

    /**
     * Compiles patterns.
     *
     * @param patterns  the Semgrex patterns
     * @param nodeNames for each pattern, the names of the nodes to report
     * @throws IllegalArgumentException naming the pattern and the parser's message when one does not compile
     */
    public static DependencyPatterns compile(List<String> patterns, List<List<String>> nodeNames) {
        List<SemgrexPattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                compiled.add(SemgrexPattern.compile(pattern));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Dependency pattern does not compile: " + pattern + ": " + e.getMessage(), e);
            }
        }
        return new DependencyPatterns(List.copyOf(compiled), nodeNames.stream().map(List::copyOf).toList());
    }

    /** The number of patterns. */
    public int size() {
        return patterns.size();
    }

    /**
     * Every match of the patterns the filter accepts, pattern by pattern. A pattern that matches the same
     * named nodes more than once (through different unnamed nodes) is reported once.
     *
     * @param sentence the tokens of the parsed sentence
     * @param graph    its dependency graph
     * @param labels   a label per token, matched by {@code ner:} in the patterns
     * @param tried    which patterns (by index) to try
     */
    public List<DependencyMatch> findAll(Sentence sentence, DependencyGraph graph, List<String> labels, IntPredicate tried) {
        SemanticGraph semantic = semanticGraph(sentence, graph, labels);
        // The roots in the order SemgrexMatcher.find() tries them, worked out once per sentence rather than by every
        // pattern's own find(), which sorts the graph again (or fails to, on a cycle) each time.
        List<IndexedWord> roots = rootOrder(semantic);
        List<DependencyMatch> matches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (!tried.test(i)) {
                continue;
            }
            Set<Map<String, Integer>> seen = new HashSet<>();
            SemgrexMatcher matcher = patterns.get(i).matcher(semantic);
            for (IndexedWord root : roots) {
                // matches() after a match goes on to the next match at the same root, as find() does.
                for (boolean found = matcher.matchesAt(root); found; found = matcher.matches()) {
                    Map<String, Integer> nodes = new HashMap<>();
                    for (String name : nodeNames.get(i)) {
                        IndexedWord node = matcher.getNode(name);
                        if (node != null) {
                            nodes.put(name, node.index() - 1);
                        }
                    }
                    if (seen.add(nodes)) {
                        matches.add(new DependencyMatch(i, nodes));
                    }
                }
            }
        }
        return matches;
    }

    private static List<IndexedWord> rootOrder(SemanticGraph semantic) {
        try {
            return semantic.topologicalSort();
        } catch (CyclicGraphException e) {
            return new ArrayList<>(semantic.vertexSet());
        }
    }

    private static SemanticGraph semanticGraph(Sentence sentence, DependencyGraph graph, List<String> labels) {
        SemanticGraph semantic = new SemanticGraph();
        List<IndexedWord> nodes = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(token.originalText());
            label.setLemma(token.lemma());
            label.setTag(token.tag());
            label.setNER(labels.get(token.index()));
            label.setIndex(token.index() + 1);
            label.setSentIndex(sentence.index());
            IndexedWord node = new IndexedWord(label);
            nodes.add(node);
            semantic.addVertex(node);
        }
        for (Dependency edge : graph.edges()) {
            if (edge.governor() < 0) {
                semantic.addRoot(nodes.get(edge.dependent()));
            } else {
                semantic.addEdge(nodes.get(edge.governor()), nodes.get(edge.dependent()),
                        GrammaticalRelation.valueOf(Language.UniversalEnglish, edge.relation()), 1.0, false);
            }
        }
        return semantic;
    }
}
