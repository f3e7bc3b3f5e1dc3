package dev.techkg.evaluation;

import dev.techkg.evaluation.SystemOutput.SystemEntity;
import dev.techkg.evaluation.SystemOutput.SystemRelation;
import dev.techkg.evaluation.SystemOutput.SystemSentence;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.linking.Names;
import dev.techkg.nlp.Sentence;
import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestListener;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.pipeline.IngestService;
import dev.techkg.pipeline.ProcessedArticle;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * scores it with the {@link Scorer}. The pipeline's in-memory result of each article supplies what the
 * graph does not keep: which entities were found in which sentence, so that a missed fact can be told
 * apart as an entity not found in the sentence that states it or as no rule firing there.
 */
public final class Evaluator {
    /** Ingest into a given store, as {@code app.Wiring} builds it. */
    public interface IngestInto {
        IngestService into(GraphStore store);
    }

    private final Supplier<GraphStore> temporaryStore;
    private final IngestInto ingest;

    /**
     * @param temporaryStore opens a fresh, empty store for one evaluation (its folder is the caller's to delete)
     * @param ingest         the ingest service the product uses, writing into that store
     */
    public Evaluator(Supplier<GraphStore> temporaryStore, IngestInto ingest) {
        this.temporaryStore = temporaryStore;
        this.ingest = ingest;
    }

    /** Evaluates the gold folder with the given number of ingest threads. */
    public EvalReport evaluate(Path goldFolder, int threads, IngestListener listener) {
        Path articles = goldFolder.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new EvaluationException("No articles folder in " + goldFolder
                    + " (a gold folder holds articles/*.txt, gold.tsv and entities.tsv)");
        }
        GoldStandard gold = GoldStandard.read(goldFolder);
        try (GraphStore store = temporaryStore.get()) {
            Map<String, List<SystemSentence>> sentences = new ConcurrentHashMap<>();
            IngestListener collecting = new IngestListener() {
                @Override
                public void fileDone(FileOutcome outcome, int done, int total, long tokens, double seconds) {
                    listener.fileDone(outcome, done, total, tokens, seconds);
                }

                @Override
                public void modelsLoading() {
                    listener.modelsLoading();
                }

                @Override
                public void modelsLoaded(double seconds) {
                    listener.modelsLoaded(seconds);
                }

                @Override
                public void articleProcessed(ProcessedArticle article) {
                    sentences.put(article.graph().iri(), sentences(article.linked()));
                    listener.articleProcessed(article);
                }
            };
            IngestReport report = ingest.into(store).ingest(List.of(articles), threads, collecting);
            Map<String, SystemOutput> outputs = new HashMap<>();
            List<String> failed = new ArrayList<>();
            for (FileOutcome outcome : report.outcomes()) {
                String name = Path.of(outcome.file()).getFileName().toString();
                if (outcome.status() == FileOutcome.Status.FAILED) {
                    failed.add(outcome.error());
                } else {
                    outputs.put(name, read(store.graph(outcome.articleIri()), outcome.articleIri(),
                            sentences.getOrDefault(outcome.articleIri(), List.of())));
                }
            }
            return new Scorer().score(gold, outputs, failed);
        }
    }

    /** Per sentence of a linked text, the entities named in it or referred back to in it. */
    static List<SystemSentence> sentences(LinkedText linked) {
        Map<Integer, Set<String>> entities = new HashMap<>();
        for (List<Mention> mentions : List.of(linked.mentions(), linked.references())) {
            for (Mention m : mentions) {
                entities.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.entityName());
            }
        }
        List<SystemSentence> sentences = new ArrayList<>();
        for (Sentence sentence : linked.analysis().sentences()) {
            sentences.add(new SystemSentence(sentence.text(), entities.getOrDefault(sentence.index(), Set.of())));
        }
        return sentences;
    }

    /** The entities and facts of one article graph, with the sentences its pipeline run saw. */
    static SystemOutput read(Graph graph, String articleIri, List<SystemSentence> sentences) {
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
                    .map(t -> IriMinter.localName(t.getObject().getURI()))
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
            relations.add(new SystemRelation(entities.get(t.getSubject()), IriMinter.localName(predicate),
                    entities.get(t.getObject()), evidence, rule, confidence));
        }
        return new SystemOutput(List.copyOf(entities.values()), relations, sentences);
    }
}
