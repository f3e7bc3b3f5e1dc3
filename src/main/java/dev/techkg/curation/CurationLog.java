package dev.techkg.curation;

import dev.techkg.Resources;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.rdf.Vocab;
import dev.techkg.store.SparqlStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The corrections in the store's curation graph ({@link TK#CURATION_GRAPH}): read them all, append one. Nothing
 * is ever rewritten: an undo is a correction of its own. Besides its record, an active merge keeps
 * {@code <from> owl:sameAs <into>} in the graph for SPARQL users; it is taken out when the merge ends. Thread-safe
 * (each call is one store transaction).
 */
public final class CurationLog {
    private static final Node GRAPH = NodeFactory.createURI(TK.CURATION_GRAPH);
    private final SparqlStore store;
    private final Query read = QueryFactory.create(Resources.text(CurationLog.class, "curation-log.rq"), Syntax.syntaxSPARQL_11);

    public CurationLog(SparqlStore store) {
        this.store = store;
    }

    /** Every correction stored, in no order; a record missing its kind, time or agent is left out. */
    public List<Correction> read() {
        return store.query(read, null, b -> b, exec -> {
            List<Correction> all = new ArrayList<>();
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node c = row.get("c");
                Correction.Kind kind = Correction.Kind.ofClass(uri(row, "kind"));
                if (c == null || !c.isURI() || !c.getURI().startsWith(TK.CORRECTION_BASE) || kind == null) {
                    continue; // tk:Correction itself, or a resource someone loaded by hand
                }
                String by = text(row, "by");
                all.add(new Correction(c.getURI().substring(TK.CORRECTION_BASE.length()), kind, uri(row, "subject"), uri(row, "relation"),
                        uri(row, "object"), uri(row, "article"), uri(row, "from"), uri(row, "into"), uri(row, "entity"), uri(row, "type"),
                        uri(row, "previousType"), text(row, "alias"), idOf(uri(row, "undoes")), text(row, "flag"), text(row, "note"),
                        by == null ? "unknown" : by, text(row, "at")));
            }
            return all;
        });
    }

    /**
     * Stores a correction in one write, with the {@code owl:sameAs} triples of the active merges brought up to date
     * in the same write: those of {@code mergesBefore} (from → into) that are not in {@code mergesAfter} taken out,
     * the new ones put in.
     */
    public void append(Correction c, Map<String, String> mergesBefore, Map<String, String> mergesAfter) {
        QuadDataAcc quads = new QuadDataAcc();
        Node node = NodeFactory.createURI(c.iri());
        Node agent = NodeFactory.createURI(TK.AGENT_BASE + IriMinter.slug(c.by()));
        add(quads, node, RDF.type.asNode(), c.kind().rdfClass().asNode());
        add(quads, node, Vocab.provGeneratedAtTime.asNode(), NodeFactory.createLiteralDT(c.at(), XSDDatatype.XSDdateTime));
        add(quads, node, Vocab.provWasAttributedTo.asNode(), agent);
        add(quads, agent, RDF.type.asNode(), Vocab.provAgent.asNode());
        add(quads, agent, RDFS.label.asNode(), NodeFactory.createLiteralString(c.by()));
        iri(quads, node, TK.factSubject.asNode(), c.subject());
        iri(quads, node, TK.factRelation.asNode(), c.relation());
        iri(quads, node, TK.factObject.asNode(), c.object());
        iri(quads, node, TK.inArticle.asNode(), c.article());
        iri(quads, node, TK.mergedEntity.asNode(), c.from());
        iri(quads, node, TK.mergedInto.asNode(), c.into());
        iri(quads, node, TK.curatedEntity.asNode(), c.entity());
        iri(quads, node, TK.newType.asNode(), c.type());
        iri(quads, node, TK.previousType.asNode(), c.previousType());
        iri(quads, node, TK.undoes.asNode(), c.undoes() == null ? null : TK.CORRECTION_BASE + c.undoes());
        literal(quads, node, TK.alias.asNode(), c.alias());
        literal(quads, node, TK.dismissedFlag.asNode(), c.flag());
        literal(quads, node, TK.note.asNode(), c.note());
        UpdateRequest request = new UpdateRequest();
        QuadDataAcc gone = new QuadDataAcc();
        mergesBefore.forEach((from, into) -> {
            if (!into.equals(mergesAfter.get(from))) {
                add(gone, NodeFactory.createURI(from), OWL.sameAs.asNode(), NodeFactory.createURI(into));
            }
        });
        mergesAfter.forEach((from, into) -> {
            if (!into.equals(mergesBefore.get(from))) {
                add(quads, NodeFactory.createURI(from), OWL.sameAs.asNode(), NodeFactory.createURI(into));
            }
        });
        if (!gone.getQuads().isEmpty()) {
            request.add(new UpdateDataDelete(gone));
        }
        request.add(new UpdateDataInsert(quads));
        store.update(request, List.of(TK.CURATION_GRAPH));
    }

    private static void add(QuadDataAcc quads, Node s, Node p, Node o) {
        quads.addQuad(Quad.create(GRAPH, s, p, o));
    }

    private static void iri(QuadDataAcc quads, Node s, Node p, String iri) {
        if (iri != null) {
            add(quads, s, p, NodeFactory.createURI(iri));
        }
    }

    private static void literal(QuadDataAcc quads, Node s, Node p, String text) {
        if (text != null) {
            add(quads, s, p, NodeFactory.createLiteralString(text));
        }
    }

    private static String uri(Binding row, String var) {
        Node n = row.get(var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static String idOf(String iri) {
        return iri == null ? null : iri.startsWith(TK.CORRECTION_BASE) ? iri.substring(TK.CORRECTION_BASE.length()) : iri;
    }
}
