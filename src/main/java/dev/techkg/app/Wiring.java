package dev.techkg.app;

import dev.techkg.article.ArticleReader;
import dev.techkg.evaluation.Evaluator;
import dev.techkg.extraction.RuleBasedExtractor;
import dev.techkg.extraction.RuleFile;
import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.Gazetteer;
import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.ArticleProcessor;
import dev.techkg.pipeline.IngestService;
import dev.techkg.query.QueryService;
import dev.techkg.validation.ShaclValidator;
import dev.techkg.rdf.GraphMapper;
import dev.techkg.rdf.IriMinter;
import dev.techkg.store.GraphStore;
import dev.techkg.store.Tdb2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Builds TechKG's services. The text analyzer (CoreNLP models: seconds to load, hundreds of MB) and the
 * extraction rules are built on first use only, so commands that do not analyse text start fast. One
 * Wiring per process (or per test JVM, sharing one analyzer).
 */
public final class Wiring implements AutoCloseable {
    private final Config config;
    private final Supplier<TextAnalyzer> analyzer;
    private final IriMinter minter = new IriMinter();
    private final GraphMapper mapper = new GraphMapper(minter);
    private final ArticleReader reader = new ArticleReader();
    private final Supplier<ArticleProcessor> processor;
    private GraphStore store;

    /** Wiring that loads CoreNLP's English models when first needed. */
    public static Wiring create(Config config) {
        return new Wiring(config, CoreNlpAnalyzer::loadEnglish);
    }

    /** Wiring over an analyzer someone else built (tests share one per JVM). */
    public static Wiring withAnalyzer(Config config, TextAnalyzer analyzer) {
        return new Wiring(config, () -> analyzer);
    }

    /** Wiring that asks the factory for the analyzer when, and only when, text is first analysed. */
    public static Wiring withAnalyzerFactory(Config config, Supplier<TextAnalyzer> factory) {
        return new Wiring(config, factory);
    }

    private Wiring(Config config, Supplier<TextAnalyzer> analyzerFactory) {
        this.config = config;
        this.analyzer = Lazy.of(analyzerFactory);
        this.processor = Lazy.of(() -> {
            Gazetteer gazetteer = Gazetteer.loadDefault();
            return new ArticleProcessor(analyzer.get(), EntityLinker.create(gazetteer),
                    RuleBasedExtractor.create(RuleFile.loadDefault(), gazetteer), mapper, Clock.systemUTC());
        });
    }

    /** The store, opened on first use. */
    public synchronized GraphStore store() {
        if (store == null) {
            store = Tdb2Store.open(config.store());
        }
        return store;
    }

    /** The ingest service over the store. */
    public IngestService ingestService() {
        return new IngestService(reader, processor, mapper, store());
    }

    /** SPARQL queries over the store. */
    public QueryService queryService() {
        return new QueryService(store());
    }

    /** SHACL validation of the store against the shapes of {@code ontology/shapes.ttl}. */
    public ShaclValidator validator() {
        return ShaclValidator.loadDefault(store());
    }

    /** The evaluator: ingests a gold folder's articles into a temporary store and scores them. */
    public Evaluator evaluator(Path temporaryStore) {
        return new Evaluator(reader, processor, mapper, temporaryStore);
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
