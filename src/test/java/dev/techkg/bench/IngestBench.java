package dev.techkg.bench;

import dev.techkg.app.Config;
import dev.techkg.article.Article;
import dev.techkg.article.ArticleReader;
import dev.techkg.extraction.CandidateRelation;
import dev.techkg.extraction.DependencyRules;
import dev.techkg.extraction.RuleBasedExtractor;
import dev.techkg.extraction.RuleFile;
import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.LinkedText;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.pipeline.GraphMapper;
import dev.techkg.rdf.IriMinter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import dev.techkg.app.Wiring;
import dev.techkg.nlp.CoreNlpAnalyzer;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.pipeline.StageTimings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * End-to-end ingest throughput against its baseline, CoreNLP alone, in one JVM with the models loaded
 * once: rounds alternate between analysing every text with the lean CoreNLP pipeline (no linking,
 * extraction or store) and ingesting the same texts into a fresh TDB2 store, both on the same number of
 * threads. Prints tokens/s of each, their ratio, and the split of ingest time per stage, TechKG's own
 * stages (link, extract, map) separately.
 *
 * <p>The corpus is the demo articles, each copied {@code bench.copies} times with its own source line and
 * a numbered closing sentence, so that every copy is a new article.
 *
 * <p>Rounds are timed after {@code bench.warmup} untimed ones (default 3): in a fresh JVM the JIT compiler's
 * threads take most of a core for the first few hundred articles (CoreNLP's, Jena's and Lucene's code as much as
 * ours), which a long ingest does not pay. Each round prints the compiler's time as a share of the round.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:java -Dbench.main=dev.techkg.bench.IngestBench
 * -Dbench.copies=30 -Dbench.threads=2 -Dbench.rounds=3}
 */
public final class IngestBench {
    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        int copies = Integer.getInteger("bench.copies", 30);
        int threads = Integer.getInteger("bench.threads", 2);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmup", 3);
        Path folder = Files.createTempDirectory("techkg-ingest-bench");
        try {
            run(folder, copies, threads, rounds, warmup);
        } finally {
            // Whatever happened: the copied corpus and one store per round take some hundred MB.
            dev.techkg.testing.TempFolders.delete(folder);
        }
    }

    private static void run(Path folder, int copies, int threads, int rounds, int warmup) throws Exception {
        List<Path> corpus = corpus(Path.of("src", "demo", "articles"), folder.resolve("articles"), copies);
        List<String> texts = new ArrayList<>();
        for (Path file : corpus) {
            texts.add(Files.readString(file));
        }
        System.out.printf(Locale.ROOT, "corpus: %d articles; %d threads; %d rounds after %d warm-up rounds%n",
                corpus.size(), threads, rounds, warmup);

        long loadStart = System.nanoTime();
        TextAnalyzer analyzer = CoreNlpAnalyzer.loadEnglish();
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", (System.nanoTime() - loadStart) / 1e9);

        double[] baseline = new double[rounds];
        double[] parsedBaseline = new double[rounds];
        double[] ingest = new double[rounds];
        StageTimings stages = StageTimings.ZERO;
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = -warmup; round < rounds; round++) {
            long compiling = jit.getTotalCompilationTime();
            long roundStart = System.nanoTime();
            double analyzed = analyzeOnly(analyzer, texts, threads, false);
            double analyzedAndParsed = analyzeOnly(analyzer, texts, threads, true);
            IngestReport report = ingestAll(analyzer, corpus, folder.resolve("store-" + (round + 1)), threads);
            double ingested = report.tokens() / report.seconds();
            // The JIT compiler's threads share the cores: while it still compiles much, the round is not yet warm.
            double jitShare = (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - roundStart) / 1e6);
            if (round < 0) {
                System.out.printf(Locale.ROOT, "warm-up %d: ingest %,.0f tokens/s; JIT compiler %.0f%% of the round (its threads' time over the round's)%n",
                        round + warmup + 1, ingested, 100 * jitShare);
            } else {
                baseline[round] = analyzed;
                parsedBaseline[round] = analyzedAndParsed;
                ingest[round] = ingested;
                stages = stages.plus(report.timings());
                System.out.printf(Locale.ROOT, "round %d: CoreNLP alone %,.0f tokens/s (tagging), %,.0f tokens/s (tagging and parsing every "
                                + "sentence); ingest %,.0f tokens/s (%,d tokens); ratios %.2f and %.2f; JIT compiler %.0f%% of the round (its threads' time over the round's)%n",
                        round + 1, analyzed, analyzedAndParsed, ingested, report.tokens(), ingested / analyzed, ingested / analyzedAndParsed,
                        100 * jitShare);
            }
        }
        java.util.Arrays.sort(baseline);
        java.util.Arrays.sort(parsedBaseline);
        java.util.Arrays.sort(ingest);
        double all = stages.total();
        double own = stages.link() + stages.extract() + stages.map();
        System.out.printf(Locale.ROOT, "median: CoreNLP alone %,.0f tokens/s (tagging), %,.0f tokens/s (same annotators as ingest: tagging "
                        + "and parsing); ingest %,.0f tokens/s; ratios %.2f and %.2f%n",
                baseline[rounds / 2], parsedBaseline[rounds / 2], ingest[rounds / 2], ingest[rounds / 2] / baseline[rounds / 2],
                ingest[rounds / 2] / parsedBaseline[rounds / 2]);
        System.out.println(stages.describe());
        System.out.printf(Locale.ROOT, "TechKG's own stages (link + extract + map): %.1f%% of ingest time%n", 100 * own / all);
        cpuPerStage(analyzer, corpus);
    }

    /**
     * Processor time per stage on this thread alone, over the whole corpus twice (the second pass counted):
     * unlike the wall time above it does not grow when other processes share the machine.
     */
    private static void cpuPerStage(TextAnalyzer analyzer, List<Path> corpus) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ArticleReader reader = new ArticleReader();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        EntityLinker linker = EntityLinker.create(gazetteer);
        TimedParser parser = new TimedParser((SentenceParser) analyzer, cpu);
        RuleBasedExtractor extractor = RuleBasedExtractor.create(RuleFile.loadDefault(), DependencyRules.loadDefault(), parser, gazetteer);
        GraphMapper mapper = new GraphMapper(new IriMinter());
        long[] nanos = new long[4];
        long tokens = 0;
        long sentences = 0;
        for (int pass = 0; pass < 2; pass++) {
            java.util.Arrays.fill(nanos, 0);
            tokens = 0;
            sentences = 0;
            parser.reset();
            for (Path file : corpus) {
                Article article = reader.read(file);
                long t0 = cpu.getCurrentThreadCpuTime();
                AnalyzedText analysis = analyzer.analyze(article.text());
                long t1 = cpu.getCurrentThreadCpuTime();
                LinkedText linked = linker.link(analysis);
                long t2 = cpu.getCurrentThreadCpuTime();
                List<CandidateRelation> relations = extractor.extract(linked);
                long t3 = cpu.getCurrentThreadCpuTime();
                mapper.map(article, linked, relations, Instant.EPOCH);
                long t4 = cpu.getCurrentThreadCpuTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                tokens += analysis.tokenCount();
                sentences += analysis.sentences().size();
            }
        }
        // The parser is CoreNLP's: its time moves from extraction to analysis. Parsed sentences are the worthwhile ones:
        // entities a relation could link and one of its trigger words.
        nanos[2] -= parser.nanos;
        nanos[0] += parser.nanos;
        System.out.printf(Locale.ROOT, "dependency parsing: %,d of %,d sentences parsed (%.1f%%), %.2f s of processor time "
                        + "(counted with analysis below)%n", parser.parsed, sentences, 100.0 * parser.parsed / sentences, parser.nanos / 1e9);
        double all = nanos[0] + nanos[1] + nanos[2] + nanos[3];
        System.out.printf(Locale.ROOT, "processor time per stage, one thread (%,d tokens): analyze %.2f s (%.1f%%), link %.2f s (%.1f%%), "
                        + "extract %.2f s (%.1f%%), map %.2f s (%.1f%%); TechKG's own stages %.1f%%; analysis alone %,.0f tokens/s, "
                        + "link + extract + map %,.0f tokens/s%n",
                tokens, nanos[0] / 1e9, 100 * nanos[0] / all, nanos[1] / 1e9, 100 * nanos[1] / all, nanos[2] / 1e9, 100 * nanos[2] / all,
                nanos[3] / 1e9, 100 * nanos[3] / all, 100 * (nanos[1] + nanos[2] + nanos[3]) / all,
                tokens / (nanos[0] / 1e9), tokens / ((nanos[1] + nanos[2] + nanos[3]) / 1e9));
    }

    /** A parser that counts the sentences it parses and the processor time it takes on the calling thread. */
    private static final class TimedParser implements SentenceParser {
        private final SentenceParser parser;
        private final ThreadMXBean cpu;
        long nanos;
        long parsed;

        TimedParser(SentenceParser parser, ThreadMXBean cpu) {
            this.parser = parser;
            this.cpu = cpu;
        }

        void reset() {
            nanos = 0;
            parsed = 0;
        }

        @Override
        public DependencyGraph parse(Sentence sentence) {
            long start = cpu.getCurrentThreadCpuTime();
            DependencyGraph graph = parser.parse(sentence);
            nanos += cpu.getCurrentThreadCpuTime() - start;
            parsed++;
            return graph;
        }
    }

    /**
     * Tokens per second of CoreNLP alone over every text, on a pool of the given size: tagging, and with {@code parse}
     * the dependency parser on every sentence too (the annotators ingest uses, which parses only some sentences).
     */
    private static double analyzeOnly(TextAnalyzer analyzer, List<String> texts, int threads, boolean parse) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> counts = new ArrayList<>();
            for (String text : texts) {
                counts.add(pool.submit(() -> {
                    AnalyzedText analysis = analyzer.analyze(text);
                    if (parse) {
                        analysis.sentences().forEach(((SentenceParser) analyzer)::parse);
                    }
                    return analysis.tokenCount();
                }));
            }
            long tokens = 0;
            for (Future<Integer> count : counts) {
                tokens += count.get();
            }
            return tokens / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static IngestReport ingestAll(TextAnalyzer analyzer, List<Path> corpus, Path store, int threads) {
        try (Wiring wiring = Wiring.withAnalyzer(new Config(store), analyzer)) {
            return wiring.ingestService().ingest(corpus, threads, (outcome, done, total, tokens, seconds) -> { });
        }
    }

    /** Each demo article {@code copies} times, each copy a distinct article. */
    private static List<Path> corpus(Path demo, Path target, int copies) throws IOException {
        Files.createDirectories(target);
        List<Path> sources;
        try (Stream<Path> files = Files.list(demo)) {
            sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> corpus = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (Path source : sources) {
                String name = source.getFileName().toString();
                Path file = target.resolve(copy + "-" + name);
                Files.writeString(file, "SOURCE: https://bench.example/" + copy + "/" + name + "\n\n"
                        + Files.readString(source) + "\n\nThis is copy " + copy + " of the article.\n");
                corpus.add(file);
            }
        }
        return corpus;
    }
}
