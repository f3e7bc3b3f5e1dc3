package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.curation.CuratedExport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store: every article graph (trig, nquads, jsonld) or the union of them (turtle, ntriples)."})
final class ExportCommand extends StoreCommand {
    @Option(names = "--format", paramLabel = "FORMAT", description = "trig (default), nquads, jsonld, turtle or ntriples.")
    String format = "trig";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path output;

    @Option(names = "--curated", description = "Write the curated view: corrections applied (merges, types, names, rejected facts "
            + "left out), the curation graph after the articles'.")
    boolean curated;

    /** The syntax of {@link #format}, set by {@link #checkOptions()}. */
    private Lang lang;

    @Override
    void checkOptions() {
        lang = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> Lang.TRIG;
            case "nquads", "nq" -> Lang.NQUADS;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            case "turtle", "ttl" -> Lang.TURTLE;
            case "ntriples", "nt" -> Lang.NTRIPLES;
            default -> throw new ParameterException(spec.commandLine(),
                    "Unknown export format '" + format + "' (expected trig, nquads, jsonld, turtle or ntriples)");
        };
    }

    private void write(Wiring wiring, OutputStream out) {
        if (curated) {
            new CuratedExport(wiring.store()).write(out, lang);
        } else {
            wiring.store().export(out, lang);
        }
    }

    @Override
    int run(Wiring wiring) throws IOException {
        if (output == null) {
            write(wiring, context.out());
            context.out().flush();
            return 0;
        }
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            write(wiring, out);
        }
        // Rename at the end so a failed export never leaves a truncated file under the asked name.
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        context.err().println("Wrote " + output);
        return 0;
    }
}
