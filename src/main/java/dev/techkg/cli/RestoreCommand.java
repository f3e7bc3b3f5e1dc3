package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import dev.techkg.store.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Loads a backup (.nq.gz as written by 'techkg backup', or .nq, .trig, gzip-compressed or not) into the store, "
                + "in one transaction: a file that does not parse loads nothing. Refuses a store that is not empty unless "
                + "--replace is given. Stop a server that uses the store first."})
final class RestoreCommand extends StoreCommand {
    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace", description = "Drop everything in the store first (in the same transaction: a failed restore leaves the old data).")
    boolean replace;

    @Override
    int run(Wiring wiring) {
        if (!Files.isRegularFile(file)) {
            throw new TechKgException("No such file: " + file);
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (!Lang.NQUADS.equals(lang) && !Lang.TRIG.equals(lang)) {
            throw new TechKgException("Cannot restore " + file + ": a backup is N-Quads or TriG, named .nq.gz, .nq, .trig or .trig.gz");
        }
        GraphStore store = wiring.store();
        int before = store.graphNames().size();
        if (before > 0 && !replace) {
            throw new TechKgException(store.describe() + " is not empty (" + before + (before == 1 ? " graph" : " graphs")
                    + "): restore into an empty store, or pass --replace to drop its contents first; nothing was restored");
        }
        long started = System.nanoTime();
        long quads = store.restore(file, lang, replace);
        int after = store.graphNames().size();
        context.err().println(String.format(Locale.ROOT, "Restored %d quads in %d graphs from %s in %.1f s%s", quads, after, file,
                (System.nanoTime() - started) / 1e9, replace ? " (replacing " + before + (before == 1 ? " graph)" : " graphs)") : ""));
        return 0;
    }
}
