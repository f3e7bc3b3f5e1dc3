package dev.techkg.pipeline;

import dev.techkg.article.Article;
import dev.techkg.extraction.CandidateRelation;
import dev.techkg.extraction.Relation;
import dev.techkg.linking.Entity;
import dev.techkg.linking.LinkedText;
import dev.techkg.rdf.ArticleGraph;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.Literals;
import dev.techkg.rdf.TK;
import dev.techkg.rdf.Vocab;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Maps an analysed article to its named graph: the article ({@code tk:Article}, title, source, date and
 * where it was found, copy key, ingest time, text, {@code schema:mentions}), each entity's type, label, other surface forms and {@code owl:sameAs} its Wikidata item when the gazetteer knows it, and
 * each fact as a plain triple plus a reified {@code rdf:Statement} with evidence, confidence, rule and
 * {@code prov:wasDerivedFrom}. The stage that turns what extraction and linking found into RDF, with the
 * vocabulary, IRIs and literal forms of {@code rdf/}. Thread-safe.
 */
public final class GraphMapper {
    private final IriMinter minter;

    public GraphMapper(IriMinter minter) {
        this.minter = minter;
    }

    /** The IRI the article will get (a hash of its text). */
    public String articleIri(Article article) {
        return minter.article(article.text());
    }

    /**
     * @param created the ingest time, recorded as {@code dcterms:created}
     */
    public ArticleGraph map(Article article, LinkedText text, List<CandidateRelation> relations, Instant created) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node articleNode = NodeFactory.createURI(articleIri(article));
        graph.add(articleNode, RDF.type.asNode(), TK.Article.asNode());
        graph.add(articleNode, DCTerms.title.asNode(), NodeFactory.createLiteralString(article.title()));
        graph.add(articleNode, DCTerms.source.asNode(), NodeFactory.createLiteralString(article.source()));
        if (article.date() != null) {
            graph.add(articleNode, DCTerms.date.asNode(), Literals.date(article.date()));
            graph.add(articleNode, TK.dateSource.asNode(), NodeFactory.createLiteralString(article.dateSource().id()));
        }
        graph.add(articleNode, TK.copyKey.asNode(), NodeFactory.createLiteralString(article.copyKey()));
        graph.add(articleNode, DCTerms.created.asNode(), Literals.dateTime(created));
        graph.add(articleNode, TK.text.asNode(), NodeFactory.createLiteralString(article.text()));

        Map<String, Node> entityNodes = new HashMap<>();
        for (Entity entity : text.entities()) {
            Node node = NodeFactory.createURI(minter.entity(entity.name()));
            entityNodes.put(entity.name(), node);
            graph.add(articleNode, Vocab.schemaMentions.asNode(), node);
            graph.add(node, RDF.type.asNode(), NodeFactory.createURI(TK.NAMESPACE + entity.type().className()));
            graph.add(node, RDFS.label.asNode(), NodeFactory.createLiteralString(entity.name()));
            if (!entity.wikidata().isEmpty()) {
                graph.add(node, OWL.sameAs.asNode(), NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + entity.wikidata()));
            }
            for (String form : entity.surfaceForms()) {
                if (!form.equals(entity.name())) {
                    graph.add(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(form));
                }
            }
        }
        int facts = 0;
        for (CandidateRelation relation : relations) {
            Node subject = entityNodes.get(relation.subject());
            Node object = entityNodes.get(relation.object());
            if (subject == null || object == null) {
                throw new IllegalStateException("Relation between unknown entities: " + relation);
            }
            Node predicate = TK.relation(relation.relation().localName()).asNode();
            if (graph.contains(subject, predicate, object)) {
                continue;
            }
            graph.add(Triple.create(subject, predicate, object));
            if (relation.relation() == Relation.HEADQUARTERED_IN) {
                // A country the article also uses for its government ("US-based" next to "US export rules")
                // stays a place where something is based.
                graph.add(object, RDF.type.asNode(), TK.Place.asNode());
            }
            Node statement = NodeFactory.createBlankNode();
            graph.add(statement, RDF.type.asNode(), RDF.Statement.asNode());
            graph.add(statement, RDF.subject.asNode(), subject);
            graph.add(statement, RDF.predicate.asNode(), predicate);
            graph.add(statement, RDF.object.asNode(), object);
            graph.add(statement, TK.evidence.asNode(), NodeFactory.createLiteralString(relation.evidence()));
            graph.add(statement, TK.confidence.asNode(), Literals.confidence(relation.confidence()));
            graph.add(statement, TK.rule.asNode(), NodeFactory.createLiteralString(relation.rule()));
            graph.add(statement, Vocab.provWasDerivedFrom.asNode(), articleNode);
            facts++;
        }
        return new ArticleGraph(articleNode.getURI(), article.source(), graph, text.entities().size(), facts);
    }
}
