package dev.techkg.cli;

import dev.techkg.app.Wiring;
import dev.techkg.query.SearchService;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches entity names and aliases, the sentences facts were read from, and article texts: the same "
                + "search as the explorer's box and GET /api/search. Prints three groups (entities, facts, articles), one "
                + "result a line, tab-separated, matches in [brackets]."})
final class SearchCommand extends StoreCommand {
    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to look for, e.g. Irish regulator")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Results per group, 1 to 50 (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    void checkOptions() {
        if (limit < 1 || limit > SearchService.MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--limit': " + limit + " (give 1 to " + SearchService.MAX_LIMIT + ")");
        }
    }

    @Override
    int run(Wiring wiring) {
        SearchService.Results results = wiring.searchService().search(String.join(" ", words), limit);
        var out = context.out();
        out.println("# entities: " + results.entities().size());
        for (SearchService.EntityHit e : results.entities()) {
            out.println(String.join("\t", e.id(), String.valueOf(e.type()), plain(e.snippet())));
        }
        out.println("# facts: " + results.facts().size());
        for (SearchService.FactHit f : results.facts()) {
            out.println(String.join("\t", f.subject().id(), f.relation(), f.object().id(), plain(f.snippet()), f.article().id()));
        }
        out.println("# articles: " + results.articles().size());
        for (SearchService.ArticleHit a : results.articles()) {
            out.println(String.join("\t", a.id(), plain(a.titleSnippet()), a.snippet() == null ? "" : plain(a.snippet())));
        }
        return 0;
    }

    /** A snippet for a terminal: the marks as brackets, the HTML escapes undone, on one line. */
    static String plain(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
