package dev.techkg.curation;

import dev.techkg.rdf.TK;
import dev.techkg.store.SparqlStore;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The store as the curated view has it, for {@code techkg export --curated}: each article graph with its entities
 * merged (a merged entity's IRI replaced by the one it was merged into, its label written as that entity's
 * {@code skos:altLabel}, its class left out), retyped, names removed, and rejected facts left out (the fact triple and
 * its reified statement); the curation graph itself follows, with the facts and names people added. Graph by graph:
 * one article graph in memory at a time (JSON-LD, which cannot be streamed, holds the whole output). Thread-safe.
 */
public final class CuratedExport {
    private final SparqlStore store;

    public CuratedExport(SparqlStore store) {
        this.store = store;
    }

    /**
     * Writes the curated view: quad languages keep one graph per article, triple languages write their union.
     *
     * @return the number of graphs written
     */
    public int write(OutputStream out, Lang lang) {
        Curation curation = Curation.of(new CurationLog(store).read());
        boolean quads = org.apache.jena.riot.RDFLanguages.isQuads(lang);
        DatasetGraph held = lang.equals(Lang.JSONLD) ? DatasetGraphFactory.create() : null;
        StreamRDF stream = held != null ? null : StreamRDFWriter.getWriterStream(out, streamed(lang));
        if (stream != null) {
            stream.start();
        }
        int graphs = 0;
        List<String> names = store.graphNames().stream().filter(g -> !g.equals(TK.CURATION_GRAPH)).sorted().toList();
        for (String name : names) {
            emit(curated(store.graph(name), name, curation), name, quads, stream, held);
            graphs++;
        }
        Graph own = store.graph(TK.CURATION_GRAPH);
        additions(curation).find().forEachRemaining(own::add);
        if (!own.isEmpty()) {
            emit(own, TK.CURATION_GRAPH, quads, stream, held);
            graphs++;
        }
        if (stream != null) {
            stream.finish();
        } else {
            RDFDataMgr.write(out, held, Lang.JSONLD);
        }
        return graphs;
    }

    private static RDFFormat streamed(Lang lang) {
        if (lang.equals(Lang.TRIG)) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (lang.equals(Lang.TURTLE)) {
            return RDFFormat.TURTLE_BLOCKS;
        }
        return lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : RDFFormat.NTRIPLES;
    }

    private static void emit(Graph graph, String name, boolean quads, StreamRDF stream, DatasetGraph held) {
        Node g = NodeFactory.createURI(name);
        graph.find().forEachRemaining(t -> {
            if (held != null) {
                held.add(g, t.getSubject(), t.getPredicate(), t.getObject());
            } else if (quads) {
                stream.quad(org.apache.jena.sparql.core.Quad.create(g, t));
            } else {
                stream.triple(t);
            }
        });
    }

    /** One article graph as the curation has it. */
    static Graph curated(Graph raw, String graphName, Curation c) {
        Map<Node, Node[]> statements = new HashMap<>();
        raw.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            int slot = t.getPredicate().equals(RDF.subject.asNode()) ? 0 : t.getPredicate().equals(RDF.predicate.asNode()) ? 1
                    : t.getPredicate().equals(RDF.object.asNode()) ? 2 : -1;
            if (slot >= 0) {
                statements.computeIfAbsent(t.getSubject(), k -> new Node[3])[slot] = t.getObject();
            }
        });
        Set<Node> dropped = new HashSet<>();
        statements.forEach((node, spo) -> {
            if (spo[0] != null && spo[1] != null && spo[2] != null && spo[0].isURI() && spo[1].isURI() && spo[2].isURI()
                    && hidden(spo[0].getURI(), spo[1].getURI(), spo[2].getURI(), graphName, c)) {
                dropped.add(node);
            }
        });
        Graph out = GraphFactory.createDefaultGraph();
        raw.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (dropped.contains(s)) {
                return;
            }
            if (s.isURI() && o.isURI() && p.getURI().startsWith(TK.NAMESPACE) && isRelation(p.getURI())
                    && hidden(s.getURI(), p.getURI(), o.getURI(), graphName, c)) {
                return;
            }
            boolean mergedAway = s.isURI() && c.isMergedAway(s.getURI());
            Node cs = canonical(s, c);
            if (p.equals(RDF.type.asNode()) && o.isURI() && o.getURI().startsWith(TK.NAMESPACE) && !o.equals(TK.Article.asNode())) {
                if (mergedAway) {
                    return; // the entity merged into keeps its own class
                }
                String type = c.typeOf(cs.getURI());
                out.add(Triple.create(cs, p, type == null ? o : NodeFactory.createURI(type)));
                return;
            }
            if (p.equals(RDFS.label.asNode()) && mergedAway) {
                out.add(Triple.create(cs, SKOS.altLabel.asNode(), o));
                return;
            }
            if (p.equals(SKOS.altLabel.asNode()) && o.isLiteral() && c.aliasesRemoved(cs.getURI()).contains(o.getLiteralLexicalForm())) {
                return;
            }
            out.add(Triple.create(cs, p, canonical(o, c)));
        });
        return out;
    }

    /** Whether the curated view leaves the fact out of this graph: rejected there, or between two entities a merge made one. */
    private static boolean hidden(String s, String p, String o, String graph, Curation c) {
        String cs = c.canonical(s);
        String co = c.canonical(o);
        return (cs.equals(co) && !s.equals(o)) || c.rejection(Curation.FactKey.of(cs, p, co), graph) != null;
    }

    private static boolean isRelation(String iri) {
        try {
            TK.relation(iri.substring(TK.NAMESPACE.length()));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Node canonical(Node node, Curation c) {
        if (node.isURI() && node.getURI().startsWith(TK.ENTITY_BASE)) {
            String to = c.canonical(node.getURI());
            return to.equals(node.getURI()) ? node : NodeFactory.createURI(to);
        }
        return node;
    }

    /** The facts and names people added, as triples: {@code <s> tk:relation <o>} and {@code skos:altLabel}. */
    static Graph additions(Curation c) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Correction a : c.additions()) {
            g.add(NodeFactory.createURI(c.canonical(a.subject())), NodeFactory.createURI(a.relation()), NodeFactory.createURI(c.canonical(a.object())));
        }
        for (Correction x : c.log()) {
            if (x.kind() == Correction.Kind.ALIAS_ADD && c.isActive(x.id()) && c.aliasesAdded(c.canonical(x.entity())).contains(x.alias())) {
                g.add(NodeFactory.createURI(c.canonical(x.entity())), SKOS.altLabel.asNode(), NodeFactory.createLiteralString(x.alias()));
            }
        }
        return g;
    }
}
