package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.curation.Correction;
import dev.techkg.query.AutoMerge;
import dev.techkg.rdf.IriMinter;
import dev.techkg.pipeline.FileOutcome;
import dev.techkg.pipeline.IngestItem;
import dev.techkg.pipeline.IngestReport;
import dev.techkg.pipeline.WebSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .htm files, folders of them, recursively, http(s) pages, and RSS or Atom "
                + "feeds), extracts entities and relations and stores each article as its own named graph.",
                "An article whose text is stored already is left unchanged; a changed file or page with a known source replaces "
                + "its graph; a feed item stored already under its link is skipped without being fetched. An input that cannot "
                + "be read is reported and the others still go in (exit code 1)."})
final class IngestCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Article files or folders, http(s) pages or feeds.")
    List<String> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-private-urls", description = "Let URLs (and feed items' links) fetch from private and loopback "
            + "addresses (intranet use).")
    boolean allowPrivateUrls;

    @Override
    void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
    }

    @Override
    int run(Wiring wiring) {
        // Files and folders first, so a wrong path fails before anything is fetched.
        java.util.Map<String, List<Path>> files = new java.util.HashMap<>();
        for (String input : inputs) {
            if (!WebSources.isUrl(input)) {
                files.put(input, wiring.articleReader().expand(List.of(Path.of(input))));
            }
        }
        List<IngestItem> items = new ArrayList<>();
        boolean feedProblems = false; // items a feed lists but that can be neither fetched nor read count as failures
        WebSources web = wiring.webSources(allowPrivateUrls);
        for (String input : inputs) {
            if (!WebSources.isUrl(input)) {
                files.get(input).forEach(file -> items.add(IngestItem.file(file, wiring.articleReader())));
                continue;
            }
            WebSources.Expanded expanded = web.expand(input);
            if (expanded.isFeed()) {
                context.err().println("feed " + input + ": " + expanded.items().size() + " items"
                        + (expanded.feed().omitted() > 0 ? " (the " + expanded.feed().omitted() + " oldest left out)" : ""));
                expanded.feed().problems().forEach(problem -> context.err().println("failed: " + problem));
                feedProblems |= !expanded.feed().problems().isEmpty();
            }
            items.addAll(expanded.items());
        }
        IngestReport report = wiring.ingestService().ingestItems(items, threads, new ProgressPrinter(context.err()));
        context.err().println(report.summary());
        // Only when something was stored and two names look alike: a run reads the whole graph index first.
        boolean stored = report.count(FileOutcome.Status.ADDED) + report.count(FileOutcome.Status.REPLACED) > 0;
        for (Correction merge : stored && AutoMerge.due(wiring.store()) ? wiring.autoMerge().run() : List.<Correction>of()) {
            context.err().println("Merged " + IriMinter.slugOf(merge.from()) + " into " + IriMinter.slugOf(merge.into())
                    + " (names alike but for spacing or punctuation; undo with: techkg curate undo " + merge.id() + ")");
        }
        if (report.tokens() > 0) {
            context.err().println(report.timings().describe());
        }
        return report.hasFailures() || feedProblems ? Main.EXIT_FAILURE : 0;
    }
}
