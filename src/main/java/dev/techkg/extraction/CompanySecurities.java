package dev.techkg.extraction;

import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Money put into a company's securities is put into the company: "a $2 billion investment in Intel common stock",
 * "invested in Arm shares". The company that names the stock gets the link "in" gives the stock.
 */
final class CompanySecurities {
    private static final Pattern IN_OR_INTO = Pattern.compile("(nmod|obl):(in|into)");

    private CompanySecurities() {
    }

    /** @param security whether a word names a company's securities ({@code names securities}) */
    static DependencyGraph mend(List<Token> tokens, DependencyGraph graph, Predicate<String> security) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency edge : graph.edges()) {
            if (!IN_OR_INTO.matcher(edge.relation()).matches() || !security.test(tokens.get(edge.dependent()).word())) {
                continue;
            }
            for (Dependency modifier : graph.dependentsOf(edge.dependent())) {
                if (modifier.relation().equals("compound") && tokens.get(modifier.dependent()).tag().startsWith("NNP")) {
                    added.add(new Dependency(edge.governor(), modifier.dependent(), edge.relation()));
                }
            }
        }
        return graph.with(added);
    }
}
