package dev.techkg.cli;

import dev.techkg.TechKgException;
import dev.techkg.app.Wiring;
import dev.techkg.query.ArticleRef;
import dev.techkg.query.ArticleService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Deletes articles: drops each article's named graph, and with it everything extracted from it."})
final class DeleteCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "An article IRI, its id (as in /article/ID links), or "
            + "its source: the file path as given at ingest or spelt otherwise (./a.txt, absolute), the file's SOURCE: URL, or a URL.")
    List<String> targets;

    @Override
    int run(Wiring wiring) {
        ArticleService articles = wiring.articleService();
        Path workingDir = Path.of("").toAbsolutePath();
        Set<String> graphs = new LinkedHashSet<>();
        for (String target : targets) {
            List<String> found = articles.find(ArticleRef.of(target, workingDir, wiring.articleReader()));
            if (found.isEmpty()) {
                throw new TechKgException("No article with IRI, id or source '" + target + "' in " + wiring.store().describe()
                        + " (list them with: techkg query queries/articles.rq)");
            }
            graphs.addAll(found);
        }
        int deleted = articles.delete(new ArrayList<>(graphs));
        context.err().println("Deleted " + deleted + (deleted == 1 ? " article" : " articles"));
        return 0;
    }
}
