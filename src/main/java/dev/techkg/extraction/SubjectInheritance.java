package dev.techkg.extraction;

import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a subjectless verb the subject it shares with the clause it hangs from, as enhanced++ already does for
 * controlled infinitives: "Currently relying on TSMC, Qualcomm introduced …" (relying: Qualcomm), "DeepSeek released
 * its model, rivalling OpenAI" (rivalling: DeepSeek), "Nvidia has secured deals, including supplying chips to
 * Oracle" (supplying: Nvidia, through the object "deals"), "Lina Khan is a lawyer who heads the FTC" (heads: Khan,
 * through the predicate noun), "Qualcomm's ambition to challenge Intel" (challenge: Qualcomm, the owner of the
 * ambition). Active forms inherit (-ing, bare and finite verbs), and passive infinitives as their passive subject
 * ("signed a deal to be taken over by IonQ"); a bare passive participle after a noun ("a startup backed by Amazon")
 * describes that noun instead. It also gives a participle the agents the parser hung on a loose "by".
 */
final class SubjectInheritance {
    private static final Set<String> LINKS = Set.of("advcl", "acl", "xcomp", "dep");
    private static final String INHERITED = "nsubj:xsubj";
    private static final String INHERITED_PASSIVE = "nsubj:pass:xsubj";

    private SubjectInheritance() {
    }

    /**
     * The graph with an inherited subject edge for every subjectless active verb that can have one. A sum of money
     * or a thing is no controller: "Anthropic spent $1 billion to buy Nvidia chips" (buy: Anthropic, not "$"), though
     * enhanced++ gives the infinitive the object of "spent"; so is "Microsoft signed a deal to buy capacity from
     * CoreWeave" (buy: Microsoft, not "deal").
     *
     * A common noun is no controller either when it is the object of a verb that takes no object control: in "Zoox
     * charges fares to compete with Waymo" Zoox competes.
     *
     * @param things lemmas of nouns that never control an infinitive ("deal", "agreement")
     * @param objectControl lemmas of verbs whose object does what their infinitive says ("urged the company to sell")
     */
    static DependencyGraph apply(Sentence sentence, DependencyGraph graph, Set<String> things, Set<String> objectControl,
                                 Set<String> clauseOpeners, Set<String> takeovers) {
        List<Token> tokens = sentence.tokens();
        graph = withAgentPhrases(tokens, graph);
        graph = withoutThingControllers(tokens, graph, things, objectControl, takeovers);
        graph = withGerundClauses(tokens, graph, clauseOpeners);
        // Twice: a clause that shares a subject passes it on to its own infinitive ("Xiaomi launched phones, hoping
        // to challenge Apple": hoping gets Xiaomi in the first round, challenge in the second).
        return withSharedSubjects(tokens, withSharedSubjects(tokens, graph));
    }

    private static DependencyGraph withSharedSubjects(List<Token> tokens, DependencyGraph graph) {
        List<Dependency> added = new ArrayList<>();
        for (int verb = 0; verb < tokens.size(); verb++) {
            String tag = tokens.get(verb).tag();
            boolean passiveClause = tag.equals("VBN") && passiveClause(graph, tokens, verb);
            if (!tag.startsWith("VB") || tag.equals("VBN") && !passiveClause || hasSubject(graph, verb)) {
                continue;
            }
            for (Dependency link : graph.governorsOf(verb)) {
                // A gerund after a preposition is a clause too: "known for investing in startups", "by buying Xilinx".
                boolean gerund = base(link.relation()).equals("obl") && tag.equals("VBG");
                // The parser may take an infinitive after an object for a clause of its own: "has a deal to provide power".
                boolean infinitiveClause = link.relation().equals("ccomp") && hasMark(graph, tokens, verb, "to");
                if (!LINKS.contains(base(link.relation())) && !gerund && !infinitiveClause) {
                    continue;
                }
                int subject = subjectFor(graph, tokens, link.governor());
                if (subject >= 0 && subject != verb) {
                    String relation = passiveClause ? INHERITED_PASSIVE : INHERITED;
                    added.add(new Dependency(verb, subject, relation));
                    // "Samsung and SK Hynix signed letters of intent to supply chips": every conjunct of the subject.
                    for (Dependency conjunct : graph.dependentsOf(subject)) {
                        if (conjunct.relation().startsWith("conj") && conjunct.dependent() != verb) {
                            added.add(new Dependency(verb, conjunct.dependent(), relation));
                        }
                    }
                    break;
                }
            }
        }
        // "Lina Khan is a lawyer who heads the FTC": the relative clause's subject is the predicate noun, and so
        // the subject of the copula.
        for (Dependency edge : graph.edges()) {
            if (edge.relation().equals("nsubj") && tokens.get(edge.governor()).tag().startsWith("VB")) {
                int predicate = edge.dependent();
                if (hasCopula(graph, predicate)) {
                    int subject = activeSubject(graph, predicate);
                    Dependency shared = new Dependency(edge.governor(), subject, INHERITED);
                    if (subject >= 0 && subject != edge.governor() && !graph.edges().contains(shared)) {
                        added.add(shared);
                    }
                }
            }
        }
        return graph.with(added);
    }

    /**
     * "After fining Google, the Commission fined Amazon": the parser reads the gerund as an adjective of the name after
     * it and hangs the name on the main clause. The gerund is a clause opened by the preposition, with the name as its
     * object, so that it can share the main clause's subject.
     *
     * @param clauseOpeners lemmas of prepositions that open a gerund clause ("after", "by")
     */
    private static DependencyGraph withGerundClauses(List<Token> tokens, DependencyGraph graph, Set<String> clauseOpeners) {
        List<Dependency> edges = null;
        for (Dependency adjective : graph.edges()) {
            int gerund = adjective.dependent();
            int name = adjective.governor();
            if (!adjective.relation().equals("amod") || gerund < 1 || name != gerund + 1 || !tokens.get(gerund).tag().equals("VBG")
                    || !tokens.get(name).tag().startsWith("NNP")
                    || !clauseOpeners.contains(tokens.get(gerund - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int opener = gerund - 1;
            Dependency marker = new Dependency(name, opener, "case");
            Dependency attachment = null;
            for (Dependency up : graph.governorsOf(name)) {
                if (up.governor() >= 0 && (up.relation().startsWith("obl:") || up.relation().startsWith("nmod:"))) {
                    attachment = up;
                }
            }
            if (attachment == null || !graph.edges().contains(marker)) {
                continue;
            }
            if (edges == null) {
                edges = new ArrayList<>(graph.edges());
            }
            edges.removeAll(List.of(adjective, marker, attachment));
            edges.add(new Dependency(gerund, name, "obj"));
            edges.add(new Dependency(gerund, opener, "mark"));
            edges.add(new Dependency(attachment.governor(), gerund, "advcl:" + tokens.get(opener).lemma().toLowerCase(Locale.ROOT)));
        }
        return edges == null ? graph : new DependencyGraph(graph.sentence(), edges);
    }

    /**
     * "a market dominated by Apple and Samsung": the parser may hang "by" on the participle as an adverb, with the names
     * as its loose dependents. They are the participle's agents.
     */
    private static DependencyGraph withAgentPhrases(List<Token> tokens, DependencyGraph graph) {
        List<Dependency> added = new ArrayList<>();
        for (Dependency adverb : graph.edges()) {
            int by = adverb.dependent();
            if (!adverb.relation().equals("advmod") || adverb.governor() < 0 || !tokens.get(adverb.governor()).tag().equals("VBN")
                    || !tokens.get(by).word().equalsIgnoreCase("by")) {
                continue;
            }
            for (Dependency name : graph.dependentsOf(by)) {
                if (name.relation().equals("dep") && tokens.get(name.dependent()).tag().startsWith("NN")) {
                    added.add(new Dependency(adverb.governor(), name.dependent(), "obl:agent"));
                }
            }
        }
        return graph.with(added);
    }

    private static DependencyGraph withoutThingControllers(List<Token> tokens, DependencyGraph graph, Set<String> things,
                                                           Set<String> objectControl, Set<String> takeovers) {
        List<Dependency> edges = null;
        for (Dependency edge : graph.edges()) {
            // The parser may make the noun the subject of its infinitive outright: "Nebius' deal to supply capacity for Meta".
            boolean infinitiveOfThing = edge.relation().equals("nsubj") && hasMark(graph, tokens, edge.governor(), "to")
                    && things.contains(tokens.get(edge.dependent()).lemma().toLowerCase(Locale.ROOT));
            if ((edge.relation().equals(INHERITED) || edge.relation().equals(INHERITED_PASSIVE)) && (isThing(tokens.get(edge.dependent()), things)
                    || isUncontrolledObject(tokens, graph, edge, objectControl) || isBoughtCompany(tokens, graph, edge, takeovers)) || infinitiveOfThing) {
                if (edges == null) {
                    edges = new ArrayList<>(graph.edges());
                }
                edges.remove(edge);
                // "approved Tata's plan to buy a stake": the plan's owner would do what it plans.
                int owner = possessor(graph, tokens, edge.dependent(), "NNP.*");
                if (owner >= 0) {
                    edges.add(new Dependency(edge.governor(), owner, infinitiveOfThing ? INHERITED : edge.relation()));
                }
            }
        }
        return edges == null ? graph : new DependencyGraph(graph.sentence(), edges);
    }

    /** A common noun made the subject of an infinitive as the object of a verb that takes no object control. */
    private static boolean isUncontrolledObject(List<Token> tokens, DependencyGraph graph, Dependency inherited, Set<String> objectControl) {
        String tag = tokens.get(inherited.dependent()).tag();
        int verb = objectsVerb(graph, inherited);
        return (tag.equals("NN") || tag.equals("NNS")) && verb >= 0 && !objectControl.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A company bought or invested in does not do what the buyer's infinitive says: in "AMD agreed to buy ZT Systems to
     * strengthen its hand against Nvidia" AMD strengthens its hand.
     */
    private static boolean isBoughtCompany(List<Token> tokens, DependencyGraph graph, Dependency inherited, Set<String> takeovers) {
        int verb = objectsVerb(graph, inherited);
        return verb >= 0 && takeovers.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
    }

    /** The verb whose infinitive the inherited subject was given as that verb's object, or -1. */
    private static int objectsVerb(DependencyGraph graph, Dependency inherited) {
        int controller = inherited.dependent();
        for (Dependency link : graph.governorsOf(inherited.governor())) {
            if (link.relation().equals("xcomp") && graph.dependentsOf(link.governor()).stream()
                    .anyMatch(d -> d.relation().equals("obj") && d.dependent() == controller)) {
                return link.governor();
            }
        }
        return -1;
    }

    private static boolean isThing(Token token, Set<String> things) {
        return token.tag().equals("$") || token.tag().equals("CD") || things.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The active subject of a verb governor, or the noun a participle governor describes ("Lux Capital, known for
     * investing in startups": investing is Lux Capital's); for a noun governor, that of the verb whose object it is.
     */
    private static int subjectFor(DependencyGraph graph, List<Token> tokens, int governor) {
        if (tokens.get(governor).tag().startsWith("VB")) {
            int subject = activeSubject(graph, governor);
            if (subject < 0) {
                for (Dependency edge : graph.governorsOf(governor)) {
                    if (edge.relation().equals("acl") && edge.governor() >= 0 && tokens.get(edge.governor()).tag().startsWith("NNP")) {
                        return edge.governor();
                    }
                }
            }
            return subject;
        }
        // "The Commission has been at the forefront of these efforts, targeting giants such as Google": the subject of a
        // predicate noun.
        if (hasCopula(graph, governor) && activeSubject(graph, governor) >= 0) {
            return activeSubject(graph, governor);
        }
        // "The regulator approved Tata's plan to buy a stake", "its ambition to challenge Intel": the owner of a plan or
        // an ambition is who would act on it.
        int owner = possessor(graph, tokens, governor, "NNP.*|PRP\\$");
        if (owner >= 0) {
            return owner;
        }
        for (Dependency edge : graph.governorsOf(governor)) {
            // "Nvidia has secured deals, including supplying chips" (the object); "Two months after fining Google, the
            // Commission …" (a time measure of the verb).
            boolean measure = edge.relation().equals("obl:tmod") || edge.relation().equals("obl:npmod");
            if ((edge.relation().equals("obj") || measure) && edge.governor() >= 0 && tokens.get(edge.governor()).tag().startsWith("VB")) {
                return activeSubject(graph, edge.governor());
            }
        }
        return -1;
    }

    /** Whether the verb has the marker word ("to"). */
    private static boolean hasMark(DependencyGraph graph, List<Token> tokens, int verb, String word) {
        return graph.dependentsOf(verb).stream().anyMatch(edge -> edge.relation().equals("mark") && tokens.get(edge.dependent()).word().equalsIgnoreCase(word));
    }

    /** The noun's first possessor whose tag matches, or -1. */
    private static int possessor(DependencyGraph graph, List<Token> tokens, int noun, String tags) {
        for (Dependency edge : graph.dependentsOf(noun)) {
            if (edge.relation().equals("nmod:poss") && tokens.get(edge.dependent()).tag().matches(tags)) {
                return edge.dependent();
            }
        }
        return -1;
    }

    private static int activeSubject(DependencyGraph graph, int verb) {
        for (Dependency edge : graph.dependentsOf(verb)) {
            if (edge.relation().equals("nsubj") || edge.relation().equals(INHERITED)) {
                return edge.dependent();
            }
        }
        return -1;
    }

    /**
     * "Oxford Ionics signed a deal to be taken over by IonQ", "SAIC has struggled, having been overtaken by BYD": a
     * passive infinitive ("to be" and a participle) or a perfect passive participle ("having been") is a clause of its
     * own, whose subject undergoes what it says, unlike a bare participle after a noun.
     */
    private static boolean passiveClause(DependencyGraph graph, List<Token> tokens, int verb) {
        boolean to = false;
        boolean having = false;
        boolean be = false;
        for (Dependency edge : graph.dependentsOf(verb)) {
            to |= edge.relation().equals("mark") && tokens.get(edge.dependent()).word().equalsIgnoreCase("to");
            having |= edge.relation().equals("aux") && tokens.get(edge.dependent()).word().equalsIgnoreCase("having");
            be |= edge.relation().equals("aux:pass") && tokens.get(edge.dependent()).lemma().equals("be");
        }
        return (to || having) && be;
    }

    private static boolean hasCopula(DependencyGraph graph, int predicate) {
        for (Dependency edge : graph.dependentsOf(predicate)) {
            if (edge.relation().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubject(DependencyGraph graph, int verb) {
        for (Dependency edge : graph.dependentsOf(verb)) {
            if (edge.relation().startsWith("nsubj") || edge.relation().startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
