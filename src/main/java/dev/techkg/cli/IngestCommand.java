package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.pipeline.IngestReport;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .htm files, or folders of them, recursively), extracts entities and "
                + "relations and stores each article as its own named graph.",
                "An article whose text is stored already is left unchanged; a changed file with a known source replaces "
                + "its graph. A file that cannot be read is reported and the others still go in (exit code 1)."})
final class IngestCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
    }

    @Override
    int run(Wiring wiring) {
        IngestReport report = wiring.ingestService().ingest(paths, threads, new ProgressPrinter(context.err()));
        context.err().println(report.summary());
        if (report.tokens() > 0) {
            context.err().println(report.timings().describe());
        }
        return report.hasFailures() ? Main.EXIT_FAILURE : 0;
    }
}
