package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import dev.techkg.evaluation.EvalReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold annotations: ingests DIR/articles/*.txt into a temporary store and "
                + "compares the graph with DIR/gold.tsv and DIR/entities.tsv (per-relation and micro precision, recall "
                + "and F1; entity precision and recall; facts, correct and precision per rule and per rule family; missed "
                + "facts counted by cause: entity missing, entity untagged in that sentence, no rule fired). The store "
                + "given by --store is not touched."})
final class EvalCommand extends StoreCommand {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder: articles/, gold.tsv, entities.tsv.")
    Path gold;

    @Option(names = "--verbose", description = "List false positives with their rule and false negatives with their cause, both with their evidence.")
    boolean verbose;

    @Option(names = "--json", description = "Write the report as JSON.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    int run(Wiring wiring) throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new TechKgException("No such gold folder: " + gold);
        }
        Path temporary = Files.createTempDirectory("techkg-eval-");
        try {
            EvalReport report = wiring.evaluator(temporary).evaluate(gold, threads, new ProgressPrinter(context.err()));
            if (json) {
                JSON.write(context.out(), report.toJson());
                context.out().println();
            } else {
                context.out().print(report.toText(verbose));
            }
            context.out().flush();
            return 0;
        } finally {
            deleteRecursively(temporary);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
