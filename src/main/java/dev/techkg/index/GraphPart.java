package dev.techkg.index;

import dev.techkg.curation.Curation;
import dev.techkg.rdf.TK;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What one named graph adds to the {@link GraphIndex}: labels, tk: classes and aliases of entities, the entities
 * its article mentions, its fact statements and its article's publication day, outlet and copy key. The index is the sum of its graphs' parts, so
 * a write re-reads only the graphs it changed. Immutable once built.
 *
 * @param graph      the graph name (an article IRI)
 * @param labels     entity IRI to its labels in this graph
 * @param types      entity IRI to its tk: classes in this graph
 * @param aliases    entity IRI to its aliases in this graph
 * @param mentions   the entities {@code <graph> schema:mentions}
 * @param statements the reified facts with a numeric confidence, dated by this graph's article
 * @param article    the graph's article for the article list, or null when the graph describes none (no title)
 * @param rejected   statements a curation took out of {@code statements} as rejected (none in a part as read)
 */
record GraphPart(String graph, Map<String, Set<String>> labels, Map<String, Set<String>> types, Map<String, Set<String>> aliases,
                 Set<String> mentions, List<GraphIndex.Statement> statements, GraphIndex.ArticleEntry article,
                 List<GraphIndex.Statement> rejected) {
    static final String MENTIONS = "https://schema.org/mentions";
    /**
     * The predicates a part is made of, but for those of reified statements: a full read asks the store for these
     * one at a time, and for the statements' four in one query (a statement's blank node is only the same node
     * within one answer of a remote store).
     */
    static final List<String> PREDICATES = List.of(RDFS.label.getURI(), RDF.type.getURI(), SKOS.altLabel.getURI(), MENTIONS,
            DCTerms.date.getURI(), DCTerms.source.getURI(), TK.copyKey.getURI(), DCTerms.title.getURI(), DCTerms.created.getURI(),
            TK.dateSource.getURI());

    /**
     * This part as the curation has it: a merged entity's IRI replaced by the one it was merged into (its labels
     * become that entity's aliases, its classes give way to that entity's), a retyped entity's classes replaced by
     * its new one, names a correction removed left out, and
     * rejected statements moved to {@link #rejected}. The same object when the curation changes nothing here.
     */
    GraphPart curatedBy(Curation curation) {
        if (curation.changesNothing()) {
            return this;
        }
        boolean changed = false;
        Map<String, Set<String>> newLabels = new HashMap<>();
        Map<String, Set<String>> newAliases = new HashMap<>();
        Map<String, Set<String>> newTypes = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
            String to = curation.canonical(e.getKey());
            if (to.equals(e.getKey())) {
                newLabels.computeIfAbsent(to, k -> new TreeSet<>()).addAll(e.getValue());
            } else {
                newAliases.computeIfAbsent(to, k -> new TreeSet<>()).addAll(e.getValue());
                changed = true;
            }
        }
        for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
            String to = curation.canonical(e.getKey());
            Set<String> removed = curation.aliasesRemoved(to);
            for (String alias : e.getValue()) {
                if (!removed.contains(alias)) {
                    newAliases.computeIfAbsent(to, k -> new TreeSet<>()).add(alias);
                } else {
                    changed = true;
                }
            }
            changed |= !to.equals(e.getKey());
        }
        for (Map.Entry<String, Set<String>> e : types.entrySet()) {
            String retyped = curation.typeOf(e.getKey());
            if (curation.isMergedAway(e.getKey())) {
                changed = true; // the entity it was merged into keeps its own classes
            } else if (retyped != null && !e.getValue().equals(Set.of(retyped))) {
                newTypes.put(e.getKey(), Set.of(retyped));
                changed = true;
            } else {
                newTypes.put(e.getKey(), e.getValue());
            }
        }
        Set<String> newMentions = new TreeSet<>();
        for (String iri : mentions) {
            String to = curation.canonical(iri);
            changed |= !to.equals(iri);
            newMentions.add(to);
        }
        List<GraphIndex.Statement> kept = new ArrayList<>();
        List<GraphIndex.Statement> out = new ArrayList<>();
        for (GraphIndex.Statement st : statements) {
            String s = curation.canonical(st.subject());
            String o = curation.canonical(st.object());
            GraphIndex.Statement now = s.equals(st.subject()) && o.equals(st.object()) ? st : st.withEnds(s, o);
            changed |= now != st;
            if (s.equals(o) && !st.subject().equals(st.object())) {
                continue; // a fact between the two entities a merge made one says nothing about that one
            }
            if (curation.rejection(Curation.FactKey.of(s, st.relation(), o), graph) != null) {
                out.add(now);
                changed = true;
            } else {
                kept.add(now);
            }
        }
        if (!changed) {
            return this;
        }
        return new GraphPart(graph, Map.copyOf(newLabels), Map.copyOf(newTypes), freeze(newAliases), Set.copyOf(newMentions), List.copyOf(kept),
                article, List.copyOf(out));
    }

    /**
     * The part of the curation graph: the facts people added (one statement each, confidence 1, dated by the day of
     * the correction, the curation graph as their "article") and the names they gave entities.
     */
    static GraphPart additions(Curation curation) {
        List<GraphIndex.Statement> facts = new ArrayList<>();
        for (dev.techkg.curation.Correction c : curation.additions()) {
            String s = curation.canonical(c.subject());
            String o = curation.canonical(c.object());
            facts.add(new GraphIndex.Statement(s, c.relation(), o, TK.CURATION_GRAPH, 1.0, c.at().substring(0, 10), null, c.iri(),
                    c.subject(), c.object()));
        }
        Map<String, Set<String>> names = new HashMap<>();
        for (dev.techkg.curation.Correction c : curation.log()) {
            if (c.kind() == dev.techkg.curation.Correction.Kind.ALIAS_ADD && curation.isActive(c.id())) {
                String to = curation.canonical(c.entity());
                if (curation.aliasesAdded(to).contains(c.alias())) {
                    names.computeIfAbsent(to, k -> new TreeSet<>()).add(c.alias());
                }
            }
        }
        return new GraphPart(TK.CURATION_GRAPH, Map.of(), Map.of(), freeze(names), Set.of(), List.copyOf(facts), null, List.of());
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    boolean isEmpty() {
        return labels.isEmpty() && types.isEmpty() && aliases.isEmpty() && mentions.isEmpty() && statements.isEmpty() && article == null
                && rejected.isEmpty();
    }

    /** Collects the triples of one graph (in any order, other predicates ignored), then builds its part. */
    static final class Builder {
        private final String graph;
        private final Map<String, Set<String>> labels = new HashMap<>();
        private final Map<String, Set<String>> types = new HashMap<>();
        private final Map<String, Set<String>> aliases = new HashMap<>();
        private final Set<String> mentions = new TreeSet<>();
        private final Map<Node, Node[]> statements = new LinkedHashMap<>();
        private String date;
        private String source;
        private String copyKey;
        private String title;
        private String created;
        private String dateSource;

        Builder(String graph) {
            this.graph = graph;
        }

        Builder add(Triple t) {
            return add(t.getSubject(), t.getPredicate(), t.getObject());
        }

        Builder add(Node s, Node p, Node o) {
            String predicate = p.getURI();
            if (predicate.equals(RDFS.label.getURI()) && s.isURI() && o.isLiteral()) {
                labels.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            } else if (predicate.equals(SKOS.altLabel.getURI()) && s.isURI() && o.isLiteral()) {
                aliases.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            } else if (predicate.equals(RDF.type.getURI()) && s.isURI() && o.isURI() && o.getURI().startsWith(TK.NAMESPACE)) {
                types.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(o.getURI());
            } else if (predicate.equals(MENTIONS) && s.isURI() && s.getURI().equals(graph) && o.isURI()) {
                mentions.add(o.getURI());
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(DCTerms.date.getURI())) {
                date = o.getLiteralLexicalForm();
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(DCTerms.source.getURI())) {
                source = o.getLiteralLexicalForm();
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(TK.copyKey.getURI())) {
                copyKey = o.getLiteralLexicalForm();
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(DCTerms.title.getURI())) {
                title = o.getLiteralLexicalForm();
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(DCTerms.created.getURI())) {
                created = o.getLiteralLexicalForm();
            } else if (s.isURI() && s.getURI().equals(graph) && o.isLiteral() && predicate.equals(TK.dateSource.getURI())) {
                dateSource = o.getLiteralLexicalForm();
            } else {
                int slot = predicate.equals(RDF.subject.getURI()) ? 0 : predicate.equals(RDF.predicate.getURI()) ? 1
                        : predicate.equals(RDF.object.getURI()) ? 2 : predicate.equals(TK.confidence.getURI()) ? 3 : -1;
                if (slot >= 0) {
                    statements.computeIfAbsent(s, k -> new Node[4])[slot] = o;
                }
            }
            return this;
        }

        GraphPart build() {
            // The publication date only: the day of ingest says nothing about when a fact was reported.
            String day = date;
            String host = host(source);
            // An article stored before copy keys were kept is a copy of nothing but itself.
            String copy = copyKey != null ? copyKey : graph;
            List<GraphIndex.Statement> facts = new ArrayList<>();
            for (Node[] st : statements.values()) {
                if (st[0] != null && st[0].isURI() && st[1] != null && st[1].isURI() && st[2] != null && st[2].isURI()
                        && st[3] != null && st[3].isLiteral()) {
                    try {
                        facts.add(new GraphIndex.Statement(st[0].getURI(), st[1].getURI(), st[2].getURI(), graph,
                                Double.parseDouble(st[3].getLiteralLexicalForm()), day, host, copy));
                    } catch (NumberFormatException e) {
                        // not a confidence TechKG wrote; the shapes reject it, and the index leaves it out
                    }
                }
            }
            GraphIndex.ArticleEntry article = null;
            if (title != null) {
                Set<String> distinct = new HashSet<>();
                facts.forEach(f -> distinct.add(f.subject() + " " + f.relation() + " " + f.object()));
                article = new GraphIndex.ArticleEntry(graph, title, source, host, day == null || day.length() < 10 ? null : day.substring(0, 10),
                        day == null ? null : dateSource, created, mentions.size(), distinct.size());
            }
            return new GraphPart(graph, Map.copyOf(labels), Map.copyOf(types), Map.copyOf(aliases), Set.copyOf(mentions), List.copyOf(facts),
                    article, List.of());
        }

        /**
         * The outlet of an article's source: the host of an http(s) URL (also behind the {@code upload:} prefix of
         * an upload by URL), lower-cased, without a leading {@code www.}; null for a file or text of unknown origin.
         */
        static String host(String source) {
            if (source == null) {
                return null;
            }
            String url = source.startsWith("upload:") ? source.substring("upload:".length()) : source;
            Matcher m = HOST.matcher(url);
            if (!m.find()) {
                return null;
            }
            String host = m.group(1).toLowerCase(Locale.ROOT);
            return (host.startsWith("www.") ? host.substring(4) : host);
        }

        private static final Pattern HOST = Pattern.compile("^(?i:https?)://(?:[^/@?#]*@)?([^/:?#]+)");
    }
}
