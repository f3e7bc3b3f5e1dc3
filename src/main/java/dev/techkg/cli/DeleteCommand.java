package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import dev.techkg.rdf.IriMinter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Deletes articles: drops each article's named graph, and with it everything extracted from it."})
final class DeleteCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "An article IRI, or the source (file path or URL) it was ingested from.")
    List<String> targets;

    @Override
    int run(Wiring wiring) {
        List<String> graphs = new ArrayList<>();
        for (String target : targets) {
            String iri = IriMinter.unbracketed(target);
            List<String> found = IriMinter.isArticleIri(iri) && wiring.store().containsGraph(iri)
                    ? List.of(iri) : wiring.store().graphsWithSource(target);
            if (found.isEmpty()) {
                throw new TechKgException("No article with IRI or source '" + target + "' in " + wiring.store().describe()
                        + " (list them with: techkg query queries/articles.rq)");
            }
            graphs.addAll(found);
        }
        int deleted = wiring.store().deleteGraphs(graphs);
        context.err().println("Deleted " + deleted + (deleted == 1 ? " article" : " articles"));
        return 0;
    }
}
