package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Imports existing RDF as-is: TriG and N-Quads keep their graphs; triples (Turtle, N-Triples, RDF/XML) "
                + "go into the graph named by --graph, by default the file's own file: IRI. Each file loads in one "
                + "transaction: a file with a syntax error loads nothing."})
final class LoadCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.trig, .nq, .ttl, .nt, .rdf, .jsonld).")
    List<Path> files;

    @Option(names = "--graph", paramLabel = "IRI", description = "The graph for triples (default: the file's file: IRI).")
    String graph;

    @Override
    int run(Wiring wiring) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new TechKgException("No such file: " + file);
            }
            Lang lang = RDFLanguages.filenameToLang(file.toString());
            if (lang == null) {
                throw new TechKgException("Cannot tell the RDF syntax of " + file
                        + " from its name (use .trig, .nq, .ttl, .nt, .rdf or .jsonld)");
            }
            String target = graph != null ? graph : file.toAbsolutePath().normalize().toUri().toString();
            long quads = wiring.store().load(file, lang, target);
            context.err().println("Loaded " + quads + " " + (RDFLanguages.isQuads(lang) ? "quads" : "triples into <" + target + ">")
                    + " from " + file);
        }
        return 0;
    }
}
