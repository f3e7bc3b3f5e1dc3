package dev.techkg.evaluation;

import dev.techkg.article.ArticleReader;
import dev.techkg.evaluation.SystemOutput.SystemEntity;
import dev.techkg.evaluation.SystemOutput.SystemRelation;
import dev.techkg.linking.Names;
import dev.techkg.pipeline.ArticleProcessor;
import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestListener;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.pipeline.IngestService;
import dev.techkg.rdf.GraphMapper;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import dev.techkg.rdf.Vocab;

/**
 * Runs an evaluation: ingests {@code DIR/articles/*.txt} (their SOURCE/TITLE/DATE header lines become
 * metadata) into a fresh temporary store with the normal pipeline, reads each article's graph back and
 * scores it with the {@link Scorer}.
 */
public final class Evaluator {
    private final ArticleReader reader;
    private final Supplier<ArticleProcessor> processor;
    private final GraphMapper mapper;
    private final Path storeFolder;

    /**
     * @param storeFolder an empty folder for the temporary store (the caller deletes it afterwards)
     */
    public Evaluator(ArticleReader reader, Supplier<ArticleProcessor> processor, GraphMapper mapper, Path storeFolder) {
        this.reader = reader;
        this.processor = processor;
        this.mapper = mapper;
        this.storeFolder = storeFolder;
    }

    /** Evaluates the gold folder with the given number of ingest threads. */
    public EvalReport evaluate(Path goldFolder, int threads, IngestListener listener) {
        Path articles = goldFolder.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new EvaluationException("No articles folder in " + goldFolder
                    + " (a gold folder holds articles/*.txt, gold.tsv and entities.tsv)");
        }
        GoldStandard gold = GoldStandard.read(goldFolder);
        try (GraphStore store = Tdb2Store.open(storeFolder)) {
            IngestReport report = new IngestService(reader, processor, mapper, store).ingest(List.of(articles), threads, listener);
            Map<String, SystemOutput> outputs = new HashMap<>();
            List<String> failed = new ArrayList<>();
            for (FileOutcome outcome : report.outcomes()) {
                String name = Path.of(outcome.file()).getFileName().toString();
                if (outcome.status() == FileOutcome.Status.FAILED) {
                    failed.add(outcome.error());
                } else {
                    outputs.put(name, read(store.graph(outcome.articleIri()), outcome.articleIri()));
                }
            }
            return new Scorer().score(gold, outputs, failed);
        }
    }

    /** The entities and facts of one article graph. */
    static SystemOutput read(Graph graph, String articleIri) {
        Map<Node, SystemEntity> entities = new HashMap<>();
        Node article = org.apache.jena.graph.NodeFactory.createURI(articleIri);
        for (Triple mention : graph.find(article, Vocab.schemaMentions.asNode(), Node.ANY).toList()) {
            Node node = mention.getObject();
            Set<String> labels = new LinkedHashSet<>();
            String label = "";
            for (Triple t : graph.find(node, RDFS.label.asNode(), Node.ANY).toList()) {
                label = t.getObject().getLiteralLexicalForm();
                labels.add(Names.normalize(label));
            }
            for (Triple t : graph.find(node, SKOS.altLabel.asNode(), Node.ANY).toList()) {
                labels.add(Names.normalize(t.getObject().getLiteralLexicalForm()));
            }
            // A country used both ways is typed GovernmentBody and Place; the government reading is its type.
            String type = graph.find(node, RDF.type.asNode(), Node.ANY).toList().stream()
                    .map(t -> t.getObject().getURI().substring(TK.NAMESPACE.length()))
                    .min(java.util.Comparator.comparing(name -> name.equals("Place"))).orElse("");
            entities.put(node, new SystemEntity(node.getURI(), label, type, labels));
        }
        List<SystemRelation> relations = new ArrayList<>();
        for (Triple t : graph.find().toList()) {
            String predicate = t.getPredicate().isURI() ? t.getPredicate().getURI() : "";
            if (!predicate.startsWith(TK.NAMESPACE) || !entities.containsKey(t.getSubject()) || !entities.containsKey(t.getObject())) {
                continue;
            }
            String evidence = "";
            String rule = "";
            double confidence = 0;
            for (Triple s : graph.find(Node.ANY, RDF.subject.asNode(), t.getSubject()).toList()) {
                Node statement = s.getSubject();
                if (graph.contains(statement, RDF.predicate.asNode(), t.getPredicate())
                        && graph.contains(statement, RDF.object.asNode(), t.getObject())) {
                    evidence = graph.find(statement, TK.evidence.asNode(), Node.ANY).toList().stream()
                            .map(x -> x.getObject().getLiteralLexicalForm()).findFirst().orElse("");
                    rule = graph.find(statement, TK.rule.asNode(), Node.ANY).toList().stream()
                            .map(x -> x.getObject().getLiteralLexicalForm()).findFirst().orElse("");
                    confidence = graph.find(statement, TK.confidence.asNode(), Node.ANY).toList().stream()
                            .mapToDouble(x -> Double.parseDouble(x.getObject().getLiteralLexicalForm())).findFirst().orElse(0);
                }
            }
            relations.add(new SystemRelation(entities.get(t.getSubject()), predicate.substring(TK.NAMESPACE.length()),
                    entities.get(t.getObject()), evidence, rule, confidence));
        }
        return new SystemOutput(List.copyOf(entities.values()), relations);
    }
}
