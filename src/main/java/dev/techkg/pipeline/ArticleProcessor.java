package dev.techkg.pipeline;

import dev.techkg.article.Article;
import dev.techkg.extraction.CandidateRelation;
import dev.techkg.extraction.RelationExtractor;
import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.LinkedText;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.rdf.ArticleGraph;
import java.time.Clock;
import java.util.List;

/** Runs one article through analysis, linking, extraction and mapping. Thread-safe. */
public final class ArticleProcessor {
    private final TextAnalyzer analyzer;
    private final EntityLinker linker;
    private final RelationExtractor extractor;
    private final GraphMapper mapper;
    private final Clock clock;

    public ArticleProcessor(TextAnalyzer analyzer, EntityLinker linker, RelationExtractor extractor, GraphMapper mapper, Clock clock) {
        this.analyzer = analyzer;
        this.linker = linker;
        this.extractor = extractor;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Between stages: a worker interrupted (stopping, or over its time limit) goes no further. */
    private static void stopIfInterrupted(Article article) {
        if (Thread.currentThread().isInterrupted()) {
            throw new dev.techkg.TechKgException(article.source() + ": processing was interrupted");
        }
    }

    /** Processes one article; stateless, so articles may be processed in parallel. Stops between stages when interrupted. */
    public ProcessedArticle process(Article article) {
        long t0 = System.nanoTime();
        AnalyzedText analysis = analyzer.analyze(article.text());
        stopIfInterrupted(article);
        long t1 = System.nanoTime();
        LinkedText linked = linker.link(analysis);
        stopIfInterrupted(article);
        long t2 = System.nanoTime();
        List<CandidateRelation> relations = extractor.extract(linked);
        stopIfInterrupted(article);
        long t3 = System.nanoTime();
        ArticleGraph graph = mapper.map(article, linked, relations, clock.instant());
        long t4 = System.nanoTime();
        return new ProcessedArticle(article, linked, relations, graph, new StageTimings(t1 - t0, t2 - t1, t3 - t2, t4 - t3, 0));
    }
}
