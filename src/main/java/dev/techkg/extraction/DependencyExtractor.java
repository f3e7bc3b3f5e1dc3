package dev.techkg.extraction;

import dev.techkg.linking.Attribution;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Dependency;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.DependencyMatch;
import dev.techkg.nlp.DependencyPatterns;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.BitSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds relations in the dependency graph of a sentence with the templates and trigger lexicon of
 * {@link DependencyRules}: each trigger row instantiates its template's Semgrex pattern with its lemmas and
 * case markers; a match relates the mentions at its role nodes a and b, in the row's direction. A match is
 * dropped when the parse puts its trigger under a negation, a modal ("could"), a condition ("whether", "if") or
 * a governing word that cancels it ("denied", "barred", "in talks"); a title marked "former" or "vice" leads
 * nothing. Types are checked by the caller. Immutable and thread-safe.
 */
public final class DependencyExtractor {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.]|and|but|while");

    private static final int[] NO_ROWS = new int[0];
    private static final int MAX_GOVERNOR_DEPTH = 8;
    /** Words after a rivalry trigger within which a benchmark phrase makes it a comparison. */
    private static final int BENCHMARK_REACH = 10;
    /** The template whose party is the source a decision is attributed to ("according to the regulator"). */
    private static final String ATTRIBUTED_TEMPLATE = "measures-subject-attributed";
    /** Participles that introduce examples after a noun, with the links that lead from them to the examples. */
    private static final Map<String, Set<String>> EXAMPLE_PARTICIPLES = Map.of("including", Set.of("obj"), "ranging", Set.of("obl:from", "obl:to"));
    private static final Set<String> EXAMPLE_RELATIONS = Set.of("nmod:like", "nmod:such_as", "nmod:including", "nmod:include",
            "acl:including", "obl:like", "obl:such_as", "obl:including");
    private static final String PRODUCT_LABEL = dev.techkg.linking.EntityType.PRODUCT.ruleLabel();
    private static final String COMPANY_LABEL = dev.techkg.linking.EntityType.COMPANY.ruleLabel();
    private static final String GOVERNMENT_LABEL = dev.techkg.linking.EntityType.GOVERNMENT_BODY.ruleLabel();
    private static final String PLACE_LABEL = dev.techkg.linking.EntityType.PLACE.ruleLabel();
    private static final String PERSON_LABEL = dev.techkg.linking.EntityType.PERSON.ruleLabel();
    /** The complements that end a term of office: "from 1987 to 2005", "until March". */
    private static final Set<String> TERM_END = Set.of("obl:to", "obl:until", "obl:till", "nmod:to", "nmod:until", "nmod:till");
    /** How a government's name modifies the noun that acts for it: "US government", "Japan's regulator". */
    private static final Set<String> GOVERNMENT_MODIFIERS = Set.of("compound", "nmod:poss", "amod");
    /** Participles that give a thing its name: "a chip called the Xring O1", "a model dubbed Orion", "a suite known as Office". */
    private static final Pattern CALLING = Pattern.compile("call|name|dub|brand|christen|label|know");
    /** How a naming participle holds the name: "called the Xring O1" (obj), "named Orion" (xcomp), "known as Office" (obl:as). */
    private static final Set<String> NAMED_RELATIONS = Set.of("obj", "xcomp", "nsubj:xsubj", "obl", "obl:as");
    /** Where the parser hangs a participle it could not attach to its noun. */
    private static final Set<String> LOOSE_CLAUSE_RELATIONS = Set.of("dep", "advcl", "parataxis");
    private static final Set<String> NEGATING_RELATIONS = Set.of("advmod", "neg", "det");
    private static final Set<String> TITLE_MODIFIER_RELATIONS = Set.of("amod", "compound", "advmod");

    private final DependencyRules rules;
    private final DependencyPatterns patterns;
    /** Adjectives of nationality ({@link HeadOfStateRule#countryByDemonym()}): "German" of "German state aid". */
    private final Set<String> nationalities;
    /**
     * Per lemma, the trigger rows (by index) one of whose lemmas it is: a sentence's rows are found from its lemmas, not
     * by scanning every row.
     */
    private final Map<String, int[]> rowsByLemma;

    /** @param neededLemmas per row, the lemmas one of which the sentence must have for the row's pattern to be tried */
    private DependencyExtractor(DependencyRules rules, DependencyPatterns patterns, List<Set<String>> neededLemmas, Set<String> nationalities) {
        this.rules = rules;
        this.patterns = patterns;
        this.nationalities = Set.copyOf(nationalities);
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int i = 0; i < neededLemmas.size(); i++) {
            for (String lemma : neededLemmas.get(i)) {
                rows.computeIfAbsent(lemma, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        rows.forEach((lemma, list) -> index.put(lemma, list.stream().mapToInt(Integer::intValue).toArray()));
        this.rowsByLemma = Map.copyOf(index);
    }

    /**
     * One fact found in a sentence, between two mentions.
     *
     * @param subject    the mention of the relation's subject
     * @param object     the mention of its object
     * @param trigger    the lexicon row that matched
     */
    public record Found(Mention subject, Relation relation, Mention object, DependencyRules.Trigger trigger) {}

    /** Compiles one pattern per trigger row. */
    public static DependencyExtractor create(DependencyRules rules) {
        List<String> compiled = new ArrayList<>();
        List<Set<String>> needed = new ArrayList<>();
        for (DependencyRules.Trigger trigger : rules.triggers()) {
            String pattern = rules.templates().get(trigger.template()).pattern()
                    .replace("@LEMMA", "/(?i)" + alternatives(trigger.lemmas()) + "/")
                    .replace("@PREP", alternatives(trigger.prepositions()));
            compiled.add(pattern);
            needed.add(trigger.lemmas().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        }
        return new DependencyExtractor(rules, DependencyPatterns.compile(compiled,
                compiled.stream().map(p -> List.of("t", "a", "b", "g")).toList()), List.copyOf(needed), HeadOfStateRule.countryByDemonym().keySet());
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).map(q -> q.substring(2, q.length() - 2).replace("/", "\\/"))
                .collect(Collectors.joining("|"));
    }

    /** The rules this extractor applies. */
    public DependencyRules rules() {
        return rules;
    }

    /**
     * Whether the sentence is worth parsing: it holds a trigger lemma of a row whose relation its entities could hold.
     * Parsing costs about as much as tagging, so most sentences of an article are spared it.
     */
    public boolean worthParsing(Sentence sentence, Set<Relation> relations) {
        return !triedIn(sentence, relations).isEmpty();
    }

    /** Which trigger rows are tried on a sentence: those of the given relations whose lemma the sentence has. */
    private BitSet triedIn(Sentence sentence, Set<Relation> relations) {
        List<DependencyRules.Trigger> triggers = rules.triggers();
        BitSet tried = new BitSet(triggers.size());
        for (String lemma : lemmas(sentence)) {
            for (int i : rowsByLemma.getOrDefault(lemma, NO_ROWS)) {
                if (relations.contains(triggers.get(i).relation())) {
                    tried.set(i);
                }
            }
        }
        return tried;
    }

    private static Set<String> lemmas(Sentence sentence) {
        Set<String> lemmas = new HashSet<>();
        for (Token token : sentence.tokens()) {
            lemmas.add(token.lemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }

    /** The parse with the subjects that subjectless verbs share with their clause ({@link SubjectInheritance}). */
    DependencyGraph withInheritedSubjects(Sentence sentence, DependencyGraph graph) {
        return SubjectInheritance.apply(sentence, graph, rules.guard("things"), rules.guard("object-control"),
                rules.guard("clause-openers"), rules.guard("buying-verbs"));
    }

    /**
     * The facts the templates find in a parsed sentence.
     *
     * @param sentence  the sentence
     * @param graph     its dependency graph
     * @param mentions  the mentions of the sentence (names and references)
     * @param labels    per token, the label of the entity type it belongs to, or "O"
     * @param relations the relations worth trying (those the sentence's entity types allow)
     */
    public List<Found> find(Sentence sentence, DependencyGraph graph, List<Mention> mentions, List<String> labels,
                            Set<Relation> relations) {
        if (graph.edges().isEmpty()) {
            return List.of();
        }
        // A name inside a reference keeps its own reading: in "the ChatGPT maker" ChatGPT is ChatGPT.
        Mention[] mentionAt = new Mention[sentence.tokens().size()];
        // A source ("according to the Bundeskartellamt") acts only in the templates that say what it decided.
        Mention[] citedAt = new Mention[sentence.tokens().size()];
        for (Mention mention : mentions) {
            if (Attribution.cited(sentence.tokens(), mention)) {
                for (int i = mention.begin(); i < mention.end(); i++) {
                    citedAt[i] = mention;
                }
                continue;
            }
            for (int i = mention.begin(); i < mention.end(); i++) {
                if (mentionAt[i] == null || mention.end() - mention.begin() < mentionAt[i].end() - mentionAt[i].begin()) {
                    mentionAt[i] = mention;
                }
            }
        }
        // "Both firms" refers to two companies at once: one phrase, two references, each of which takes part.
        Map<Mention, List<Mention>> twins = new HashMap<>();
        for (Mention mention : mentions) {
            for (Mention other : mentions) {
                if (other != mention && other.begin() == mention.begin() && other.end() == mention.end()) {
                    twins.computeIfAbsent(mention, m -> new ArrayList<>()).add(other);
                }
            }
        }
        List<DependencyMatch> matches = patterns.findAll(sentence, graph, labels, triedIn(sentence, relations)::get);
        List<Found> found = new ArrayList<>();
        for (DependencyMatch match : matches) {
            DependencyRules.Trigger trigger = rules.triggers().get(match.pattern());
            int t = match.nodes().get("t");
            Integer goods = match.nodes().get("g");
            // A node of goods that is a description referring to an organisation is no goods: "ordered the tech giant"
            // (references carry no type of their own; a name is: "assembles Apple iPhones", "will use Amazon Web Services").
            if (goods != null && mentionAt[goods] != null && mentionAt[goods].type() == null
                    || guarded(t, trigger.relation(), sentence, graph, namedAt(match.nodes().get("a"), mentionAt))
                    || trigger.relation() == Relation.REGULATES && urgedToAct(t, match.nodes().get(trigger.reversed() ? "b" : "a"), sentence.tokens(), graph)
                    || trigger.relation() == Relation.SUPPLIES && trigger.prepositions().contains("from") && receivesMoney(t, sentence.tokens(), graph)
                    || trigger.relation() == Relation.SUPPLIES && sellsHoldings(t, sentence.tokens(), graph)
                    || trigger.relation() == Relation.INVESTS_IN && anotherNationsAid(t, sentence.tokens(), graph)
                    || trigger.relation() == Relation.PARTNERS_WITH && absoluteWith(match.nodes().get("b"), sentence.tokens(), graph)
                    || trigger.relation() == Relation.SUPPLIES && trigger.reversed() && givenTo(t, sentence.tokens(), graph)
                    || trigger.relation() == Relation.COMPETES_WITH && (roundOrMoney(match.nodes().get("a"), sentence.tokens())
                            || roundOrMoney(match.nodes().get("b"), sentence.tokens()))
                    || trigger.relation() == Relation.PARTNERS_WITH && listsOnBothSides(match.nodes().get("a"), match.nodes().get("b"), mentionAt, graph)
                    || trigger.relation() == Relation.COMPETES_WITH && rivalsOfAnother(t, match.nodes().get("a"), mentionAt, graph, sentence.tokens())
                    || trigger.relation() == Relation.SUBSIDIARY_OF && heldAsStakes(match.nodes().get("b"), sentence.tokens(), graph)
                    || trigger.relation() == Relation.LEADS && possessorObject(t, match.nodes().get("b"), sentence.tokens(), graph)
                    || trigger.relation() == Relation.HEADQUARTERED_IN && anotherOwns(t, match.nodes().get("a"), mentionAt, graph)) {
                continue;
            }
            // A regulator acts on a company through what it owns ("looking into Nvidia's conduct"), a supplier serves one
            // through it ("the main supplier of Apple's displays"), public money reaches it so ("subsidies for Micron's plant").
            boolean owners = trigger.relation() == Relation.REGULATES || trigger.relation() == Relation.SUPPLIES
                    || trigger.relation() == Relation.INVESTS_IN && rules.guard("subsidies").contains(lemma(sentence.tokens(), t));
            // "Its takeover of Cypress needs approval from the regulator": in a reversed regulates row role a is the company.
            boolean ownersOfA = trigger.relation() == Relation.SUPPLIES || trigger.relation() == Relation.REGULATES && trigger.reversed();
            boolean makers = trigger.relation() == Relation.REGULATES;
            // "Samsung Display provides panels for Apple's iPhone 17": a customer is reached through its product too.
            boolean makersOfB = makers || trigger.relation() == Relation.SUPPLIES;
            Integer aNode = match.nodes().get("a");
            List<Mention> aMentions = trigger.template().equals(ATTRIBUTED_TEMPLATE) && aNode != null && citedAt[aNode] != null
                    ? List.of(citedAt[aNode]) : mentionsOf(aNode, sentence, mentionAt, graph, labels, ownersOfA, makers);
            for (Mention a : withTwins(actingFor(trigger.relation(), aNode, aMentions, mentionAt, graph, labels, sentence.tokens()), twins)) {
                for (Mention b : withTwins(actingFor(trigger.relation(), match.nodes().get("b"),
                        mentionsOf(match.nodes().get("b"), sentence, mentionAt, graph, labels, owners, makersOfB), mentionAt, graph, labels, sentence.tokens()), twins)) {
                    boolean onePhrase = a.begin() == b.begin() && a.end() == b.end();
                    if (onePhrase && !trigger.template().contains("reciprocal") && !rules.guard("mutual-nouns").contains(lemma(sentence.tokens(), t))) {
                        // "The companies expect the deal to close": the two of one phrase relate to each other only
                        // through a reciprocal verb ("the two sides will collaborate") or a mutual noun ("their partnership").
                        continue;
                    }
                    if (parallelsTheClause(t, b, sentence.tokens(), graph)) {
                        continue;
                    }
                    if (!a.entityName().equals(b.entityName()) && !ownedByAnother(trigger, match.nodes().get("b"), a, mentionAt, graph)
                            && !coordinatedOwner(trigger, a, t, sentence.tokens())) {
                        Mention subject = trigger.reversed() ? b : a;
                        if (trigger.relation() == Relation.REGULATES) {
                            subject = agencyNamedFor(subject, mentionAt, labels);
                        }
                        found.add(new Found(subject, trigger.relation(), trigger.reversed() ? a : b, trigger));
                    }
                }
            }
        }
        return found;
    }

    /**
     * "Hyundai, which acquired Boston Dynamics, and Tesla, which is developing …": a name joined by ", and" after a
     * relative clause, with a relative clause of its own, parallels the clause's head, not the clause's object.
     */
    private static boolean parallelsTheClause(int trigger, Mention named, List<Token> tokens, DependencyGraph graph) {
        boolean inRelativeClause = graph.governorsOf(trigger).stream().anyMatch(edge -> edge.relation().equals("acl:relcl"));
        return inRelativeClause && ParseChecks.joinedWithOwnRelativeClause(tokens, named);
    }

    /** The mentions with the other references of the same phrase: "both firms" as Microsoft and Amazon. */
    private static List<Mention> withTwins(List<Mention> mentions, Map<Mention, List<Mention>> twins) {
        if (twins.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (Mention mention : mentions) {
            for (Mention twin : twins.getOrDefault(mention, List.of())) {
                if (!all.contains(twin)) {
                    all.add(twin);
                }
            }
        }
        return all;
    }

    /**
     * "Apple CEO Tim Cook unveiled the iPhone 17", "Tesla chief Elon Musk confirmed a supply deal with Samsung": a company's
     * head named with the company acts for it in the company's dealings (not in leading or founding, which are the
     * person's own). The role's person becomes the company of the title before the name.
     */
    private List<Mention> actingFor(Relation relation, Integer node, List<Mention> mentions, Mention[] mentionAt, DependencyGraph graph,
                                    List<String> labels, List<Token> tokens) {
        if (node == null || relation == Relation.LEADS || relation == Relation.FOUNDED_BY || relation == Relation.HEADQUARTERED_IN
                || mentions.size() != 1 || !PERSON_LABEL.equals(labels.get(node))) {
            return mentions;
        }
        for (Dependency title : graph.dependentsOf(node)) {
            if (!title.relation().equals("compound") || !rules.guard("acting-titles").contains(lemma(tokens, title.dependent()))) {
                continue;
            }
            for (Dependency owner : graph.dependentsOf(title.dependent())) {
                Mention company = mentionAt[owner.dependent()];
                if (owner.relation().matches("compound|nmod:poss") && company != null && COMPANY_LABEL.equals(labels.get(owner.dependent()))) {
                    return List.of(company);
                }
            }
        }
        return mentions;
    }

    /**
     * "Ford, GM and Stellantis formed joint ventures with LG, SK and Samsung": two lists of names on the two sides of a
     * partnership pair off one to one, and the text does not say which with which. (One list on both sides is the
     * reciprocal reading, "Sony and Honda teamed up", and stays.)
     */
    private static boolean listsOnBothSides(Integer a, Integer b, Mention[] mentionAt, DependencyGraph graph) {
        if (a == null || b == null) {
            return false;
        }
        Set<Mention> firstList = coordinated(a, mentionAt, graph);
        return !firstList.contains(mentionAt[b]) && firstList.size() > 1 && coordinated(b, mentionAt, graph).size() > 1;
    }

    /**
     * "The company produces chips for Intel rivals, including AMD": rivals that the noun gives an owner of their own
     * (another name than the first party's) are that owner's rivals, not the first party's.
     */
    private static boolean rivalsOfAnother(int trigger, Integer a, Mention[] mentionAt, DependencyGraph graph, List<Token> tokens) {
        Mention party = a == null ? null : mentionAt[a];
        // "Hisense and TCL overtook their peers": "their" is every subject's, whichever one it was read back to.
        return graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().matches("compound|nmod:poss")
                && mentionAt[edge.dependent()] != null && edge.dependent() != trigger
                && !tokens.get(edge.dependent()).word().equalsIgnoreCase("their")
                && (party == null || !mentionAt[edge.dependent()].entityName().equals(party.entityName()))
                && (a == null || mentionAt[edge.dependent()] != mentionAt[a]));
    }

    /** The names coordinated with the one at a node, itself included: its conjuncts and the head it is a conjunct of. */
    private static Set<Mention> coordinated(int node, Mention[] mentionAt, DependencyGraph graph) {
        Set<Mention> names = new HashSet<>();
        if (mentionAt[node] == null) {
            return names;
        }
        names.add(mentionAt[node]);
        int head = node;
        for (Dependency edge : graph.governorsOf(node)) {
            if (edge.relation().startsWith("conj")) {
                head = edge.governor();
            }
        }
        if (mentionAt[head] != null) {
            names.add(mentionAt[head]);
        }
        for (Dependency edge : graph.dependentsOf(head)) {
            if (edge.relation().startsWith("conj") && mentionAt[edge.dependent()] != null) {
                names.add(mentionAt[edge.dependent()]);
            }
        }
        return names;
    }

    /**
     * "Mitsubishi Motors and Foxconn subsidiary Foxtron": the parser may hang every conjunct on the title, but only the
     * name right before a title compound owns it; one separated from it by "and", "or" or a comma does not.
     */
    private static boolean coordinatedOwner(DependencyRules.Trigger trigger, Mention owner, int title, List<Token> tokens) {
        if (!trigger.template().startsWith("title-compound") || owner.end() > title) {
            return false;
        }
        for (int k = owner.end(); k < title; k++) {
            if (tokens.get(k).word().matches("(?i)and|or|&|,")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Samsung will make Tesla's chips": a product its text gives to another owner is not developed by the one that
     * makes, sells or ships it.
     */
    private static boolean ownedByAnother(DependencyRules.Trigger trigger, Integer productNode, Mention developer, Mention[] mentionAt,
                                          DependencyGraph graph) {
        if (trigger.relation() != Relation.DEVELOPS || productNode == null) {
            return false;
        }
        for (Dependency edge : graph.dependentsOf(productNode)) {
            Mention owner = mentionAt[edge.dependent()];
            // Not a country or place: "South Korea's dominant messaging app KakaoTalk" is still Kakao's.
            if (edge.relation().equals("nmod:poss") && owner != null && !owner.entityName().equals(developer.entityName())
                    && owner.type() != dev.techkg.linking.EntityType.PLACE && owner.type() != dev.techkg.linking.EntityType.GOVERNMENT_BODY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions a role node stands for: its own, else those its noun introduces as examples ("rivals such as
     * Xiaomi and Oppo", "customers including Microsoft": enhanced++ gives each conjunct the link), else one
     * {@link #mentionOf}.
     */
    /**
     * "pressure from India's antitrust watchdog after the Competition Commission of India rejected …": the agency the
     * sentence names after the country, when there is one, is the watchdog meant.
     */
    private static Mention agencyNamedFor(Mention country, Mention[] mentionAt, List<String> labels) {
        for (int i = 0; i < mentionAt.length; i++) {
            Mention other = mentionAt[i];
            if (other != null && other != country && GOVERNMENT_LABEL.equals(labels.get(i)) && !other.entityName().equals(country.entityName())
                    && other.entityName().endsWith(" " + country.entityName())) {
                return other;
            }
        }
        return country;
    }

    private List<Mention> mentionsOf(Integer node, Sentence sentence, Mention[] mentionAt, DependencyGraph graph,
                                     List<String> labels, boolean owners, boolean makers) {
        if (node == null) {
            return List.of();
        }
        if (mentionAt[node] == null) {
            List<Mention> examples = new ArrayList<>();
            addExamples(node, sentence.tokens(), mentionAt, graph, examples, 2, sentence.tokens().get(node).word().equalsIgnoreCase("likes"));
            if (!examples.isEmpty()) {
                return examples;
            }
        }
        Mention mention = mentionOf(node, sentence.tokens(), mentionAt, graph, labels);
        String word = lemma(sentence.tokens(), node);
        boolean descriptor = rules.guard("descriptor-nouns").contains(word);
        boolean describesNameAfter = mention == null && node + 1 < mentionAt.length && mentionAt[node + 1] != null
                && mentionAt[node + 1].begin() == node + 1 && descriptor;
        String tag = sentence.tokens().get(node).tag();
        if (describesNameAfter && tag.equals("NN") && !startsNewClause(node, mentionAt[node + 1], graph)) {
            // "robot company Figure raised … and partnered with OpenAI": the noun stands for the name after it.
            mention = mentionAt[node + 1];
        }
        List<Token> words = sentence.tokens();
        if (mention == null && tag.equals("NN") && descriptor && node + 2 < words.size()
                && words.get(node + 1).word().equals(",") && mentionAt[node + 2] != null && mentionAt[node + 2].begin() == node + 2
                && (mentionAt[node + 2].end() >= words.size() || words.get(mentionAt[node + 2].end()).word().matches("[,.;:]"))) {
            // "backed a robot startup, Acme Robotics.": the parser may leave the apposition unattached.
            mention = mentionAt[node + 2];
        }
        if (describesNameAfter && tag.equals("NNS")) {
            // "the largest shareholder in game developers Krafton and Netmarble": the plural stands for the names after it.
            List<Mention> named = new ArrayList<>(List.of(mentionAt[node + 1]));
            for (Dependency edge : graph.dependentsOf(mentionAt[node + 1].end() - 1)) {
                Mention joined = mentionAt[edge.dependent()];
                if (edge.relation().startsWith("conj") && joined != null && !named.contains(joined)) {
                    named.add(joined);
                }
            }
            return named;
        }
        if (mention == null && descriptor) {
            // "Bertelsmann, which owns the RTL broadcasting group": a company's name before its descriptor is the company.
            // "the Ubisoft games group": the name may modify a modifier of the descriptor.
            boolean owned = graph.dependentsOf(node).stream().anyMatch(d -> d.relation().equals("nmod:poss"));
            for (Dependency edge : graph.dependentsOf(node)) {
                if (owned || !edge.relation().equals("compound")) {
                    continue;
                }
                List<Integer> names = new ArrayList<>(List.of(edge.dependent()));
                graph.dependentsOf(edge.dependent()).stream().filter(d -> d.relation().equals("compound")).forEach(d -> names.add(d.dependent()));
                for (int name : names) {
                    if (mentionAt[name] != null && COMPANY_LABEL.equals(labels.get(name))) {
                        return List.of(mentionAt[name]);
                    }
                }
            }
        }
        if (mention == null && rules.guard("government-nouns").contains(word)) {
            // "the US government", "Japan's regulator": the noun acts for the government named in it.
            for (Dependency edge : graph.dependentsOf(node)) {
                Mention named = mentionAt[edge.dependent()];
                if (named != null && GOVERNMENT_MODIFIERS.contains(edge.relation()) && GOVERNMENT_LABEL.equals(labels.get(edge.dependent()))) {
                    return List.of(agencyNamedFor(named, mentionAt, labels));
                }
            }
        }
        if (makers && mention == null) {
            // "added drones manufactured by China's DJI and Autel Robotics to its list": a regulator acts on the makers
            // named as the agent of the goods.
            List<Mention> goodsMakers = new ArrayList<>();
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("acl") && sentence.tokens().get(edge.dependent()).tag().equals("VBN")
                        && rules.guard("making").contains(lemma(sentence.tokens(), edge.dependent()))) {
                    for (Dependency agent : graph.dependentsOf(edge.dependent())) {
                        if (agent.relation().equals("obl:agent") || agent.relation().equals("obl:by")) {
                            for (Mention maker : mentionsOf(agent.dependent(), sentence, mentionAt, graph, labels, false, false)) {
                                if (!goodsMakers.contains(maker)) {
                                    goodsMakers.add(maker);
                                }
                            }
                        }
                    }
                }
            }
            if (!goodsMakers.isEmpty()) {
                return goodsMakers;
            }
        }
        if (makers && mention == null && rules.guard("goods").contains(word)) {
            // "a ban on shipments of AMD's MI308 and Nvidia's H20": a regulator acts on the makers of the goods.
            List<Mention> goodsMakers = new ArrayList<>();
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("nmod:of")) {
                    Mention maker = ownerOrSelf(edge.dependent(), mentionAt, graph, labels);
                    if (maker != null && !goodsMakers.contains(maker)) {
                        goodsMakers.add(maker);
                    }
                    if (maker == null) {
                        // "sales of new Huawei and ZTE devices": the makers named before the goods.
                        for (Mention named : compoundCompanies(edge.dependent(), mentionAt, graph, labels)) {
                            if (!goodsMakers.contains(named)) {
                                goodsMakers.add(named);
                            }
                        }
                    }
                }
            }
            if (!goodsMakers.isEmpty()) {
                return goodsMakers;
            }
        }
        if (makers && mention == null && rules.guard("holdings").contains(word)) {
            // "fined two Google units", "an Amazon subsidiary": a regulator acts on the company the unit is named after.
            List<Mention> namedAfter = compoundCompanies(node, mentionAt, graph, labels);
            if (!namedAfter.isEmpty()) {
                return namedAfter;
            }
        }
        if (makers && mention != null && PRODUCT_LABEL.equals(labels.get(node))) {
            // "banned Nvidia's H20": the company whose product it is.
            Mention maker = ownerOrSelf(node, mentionAt, graph, labels);
            return maker == null ? List.of() : List.of(maker);
        }
        if (mention == null && rules.guard("buyer-groups").contains(word)) {
            // "bought by a consortium led by BlackRock": a group of buyers acts through the one that leads it.
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("acl") && lemma(sentence.tokens(), edge.dependent()).equals("lead")) {
                    for (Dependency agent : graph.dependentsOf(edge.dependent())) {
                        if (agent.relation().equals("obl:agent") || agent.relation().equals("obl:by")) {
                            List<Mention> leaders = mentionsOf(agent.dependent(), sentence, mentionAt, graph, labels, false, false);
                            if (!leaders.isEmpty()) {
                                return leaders;
                            }
                        }
                    }
                }
            }
        }
        if (mention == null && rules.guard("money").contains(word)) {
            // "backed by heavy investments from tech giants like Microsoft": money stands for those it comes from.
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("nmod:from")) {
                    List<Mention> sources = mentionsOf(edge.dependent(), sentence, mentionAt, graph, labels, false, false);
                    if (!sources.isEmpty()) {
                        return sources;
                    }
                }
            }
        }
        boolean suffix = rules.guard("suffixes").contains(word);
        boolean inquiry = rules.guard("inquiries").contains(word);
        boolean agent = rules.guard("agents").contains(word) || inquiry;
        if (mention == null && suffix && node > 0 && mentionAt[node - 1] != null) {
            // "SoftBank-owned Arm Ltd": the suffix ends the name right before it, not a modifier further left.
            return List.of(mentionAt[node - 1]);
        }
        if (mention == null && (owners && !rules.guard("relational").contains(word) || agent)) {
            // "Qualcomm's efforts to challenge Intel" (an agent noun), and a regulator acting on a company through what
            // it owns ("looking into Nvidia's conduct").
            for (Dependency edge : graph.dependentsOf(node)) {
                // "an investigation by the Commission": an agent noun acts for its by-phrase too.
                boolean link = edge.relation().equals("nmod:poss") || inquiry && edge.relation().matches("nmod:(by|agent)");
                if (link && mentionAt[edge.dependent()] != null) {
                    return List.of(mentionAt[edge.dependent()]);
                }
            }
        }
        if (mention != null && mentionAt[node] == null) {
            return withPeopleListedAfterTitle(node, mention, mentionAt, graph, labels);
        }
        return mention == null ? List.of() : List.of(mention);
    }

    /**
     * "founded by Google co-founder Larry Page and Sam Ortiz": the parser hangs both names on the title as loose
     * dependents, the second a conjunct of the first. Both are the role's people; the title is still only the first's.
     */
    private static List<Mention> withPeopleListedAfterTitle(int node, Mention first, Mention[] mentionAt, DependencyGraph graph,
                                                            List<String> labels) {
        List<Mention> people = new ArrayList<>(List.of(first));
        if (!PERSON_LABEL.equals(labels.get(first.end() - 1))) {
            return people;
        }
        Set<Integer> conjuncts = graph.dependentsOf(first.end() - 1).stream().filter(conj -> conj.relation().startsWith("conj"))
                .map(Dependency::dependent).collect(Collectors.toSet());
        for (Dependency edge : graph.dependentsOf(node)) {
            Mention named = mentionAt[edge.dependent()];
            if (edge.relation().equals("dep") && named != null && !people.contains(named) && PERSON_LABEL.equals(labels.get(edge.dependent()))
                    && conjuncts.contains(edge.dependent())) {
                people.add(named);
            }
        }
        return people;
    }

    /** The companies named as modifiers of a noun, with those coordinated with them ("Huawei and ZTE devices"). */
    private static List<Mention> compoundCompanies(int node, Mention[] mentionAt, DependencyGraph graph, List<String> labels) {
        List<Mention> companies = new ArrayList<>();
        for (Dependency edge : graph.dependentsOf(node)) {
            if (edge.relation().matches("compound|amod|nmod:poss") && mentionAt[edge.dependent()] != null
                    && COMPANY_LABEL.equals(labels.get(edge.dependent()))) {
                companies.add(mentionAt[edge.dependent()]);
                for (Dependency conj : graph.dependentsOf(edge.dependent())) {
                    Mention other = mentionAt[conj.dependent()];
                    if (conj.relation().startsWith("conj") && other != null && COMPANY_LABEL.equals(labels.get(conj.dependent()))
                            && !companies.contains(other)) {
                        companies.add(other);
                    }
                }
            }
        }
        return companies;
    }

    /** The company at a node, or the company that owns the product or goods at it ("Nvidia's H20 processors"). */
    private static Mention ownerOrSelf(int node, Mention[] mentionAt, DependencyGraph graph, List<String> labels) {
        Mention here = mentionAt[node];
        if (here != null && !PRODUCT_LABEL.equals(labels.get(node))) {
            return here;
        }
        for (Dependency edge : graph.dependentsOf(node)) {
            if (edge.relation().equals("nmod:poss") && mentionAt[edge.dependent()] != null
                    && COMPANY_LABEL.equals(labels.get(edge.dependent()))) {
                return mentionAt[edge.dependent()];
            }
        }
        return here;
    }

    /** Adds the names a noun introduces as examples, and those of a noun among them ("companies like X, and rivals like Y"). */
    private static void addExamples(int node, List<Token> tokens, Mention[] mentionAt, DependencyGraph graph, List<Mention> examples, int depth,
                                    boolean theLikes) {
        for (Dependency edge : graph.dependentsOf(node)) {
            // "sells processors to the likes of Apple": "the likes of" introduces examples as "such as" does.
            // "companies including Apple and Intel": the parser may make "including" a participle with objects;
            // "Chinese companies, ranging from carmaker BYD to Nuctech": the ends of a range are examples too.
            Set<String> participleLinks = edge.relation().equals("acl")
                    ? EXAMPLE_PARTICIPLES.getOrDefault(tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT), Set.of()) : Set.of();
            if (!participleLinks.isEmpty()) {
                for (Dependency link : graph.dependentsOf(edge.dependent())) {
                    Mention example = mentionAt[link.dependent()];
                    if (participleLinks.contains(link.relation()) && example != null && !examples.contains(example)) {
                        examples.add(example);
                    }
                }
                continue;
            }
            if (!EXAMPLE_RELATIONS.contains(edge.relation()) && !(theLikes && edge.relation().equals("nmod:of"))
                    && !listedAfterDash(node, edge, tokens, mentionAt)) {
                continue;
            }
            Mention example = mentionAt[edge.dependent()];
            if (example != null && !examples.contains(example)) {
                examples.add(example);
            } else if (example == null && depth > 1) {
                addExamples(edge.dependent(), tokens, mentionAt, graph, examples, depth - 1, false);
            }
        }
    }

    /**
     * "designated three companies — Apple, Sony and Google — as …", "two firms: Riot Ventures and Eclipse", "founded by
     * two entrepreneurs, A and B": a plural noun whose members are listed after a dash, a colon or its comma names them all.
     */
    private static boolean listedAfterDash(int node, Dependency edge, List<Token> tokens, Mention[] mentionAt) {
        if (!tokens.get(node).tag().equals("NNS") || !(edge.relation().equals("dep") || edge.relation().equals("appos"))
                || mentionAt[edge.dependent()] == null || edge.dependent() < node) {
            return false;
        }
        if (node + 1 < tokens.size() && tokens.get(node + 1).word().equals(",")) {
            return true; // "founded by two entrepreneurs, A and B": a comma right after the noun opens its list too
        }
        for (int k = node + 1; k < mentionAt[edge.dependent()].begin(); k++) {
            if (tokens.get(k).word().matches("[—–:]|--")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention at a role node: the one the token belongs to, else one in apposition with it ("the chipmaker, Nvidia"),
     * or the name it is called by ("a chip called the Xring O1").
     */
    /**
     * "Powerchip Semiconductor Manufacturing Corporation's (PSMC) P5 fabrication site": the parser may hang the owner's
     * bracketed short form on the owned noun as an apposition; it names the owner, not the noun.
     */
    private static boolean shortFormOfOwner(int node, Mention apposed, Mention[] mentionAt, DependencyGraph graph) {
        for (Dependency edge : graph.dependentsOf(node)) {
            Mention owner = mentionAt[edge.dependent()];
            if (edge.relation().equals("nmod:poss") && owner != null && owner.entityName().equals(apposed.entityName())) {
                return true;
            }
        }
        return false;
    }

    private static Mention mentionOf(Integer node, List<Token> tokens, Mention[] mentionAt, DependencyGraph graph, List<String> labels) {
        if (node == null) {
            return null;
        }
        if (mentionAt[node] != null) {
            return mentionAt[node];
        }
        for (Dependency edge : graph.dependentsOf(node)) {
            if (edge.relation().equals("appos") && mentionAt[edge.dependent()] != null && !shortFormOfOwner(node, mentionAt[edge.dependent()], mentionAt, graph)) {
                return mentionAt[edge.dependent()];
            }
        }
        // "cofounded by Meta's former chief AI scientist Yann LeCun", "founded by researchers Dana Holt and …": the
        // parser may hang the name right after a title noun on it as a loose dependent.
        for (Dependency edge : graph.dependentsOf(node)) {
            Mention named = mentionAt[edge.dependent()];
            if (edge.relation().equals("dep") && named != null && named.begin() == node + 1 && tokens.get(node).tag().matches("NNS?")
                    && PERSON_LABEL.equals(labels.get(edge.dependent()))) {
                return named;
            }
        }
        // "its first chatbot in China, Kimi,": the parser hangs the name on the place; a place has no such apposition.
        for (Dependency edge : graph.dependentsOf(node)) {
            if (edge.relation().startsWith("nmod:") && mentionAt[edge.dependent()] != null && PLACE_LABEL.equals(labels.get(edge.dependent()))) {
                for (Dependency appos : graph.dependentsOf(edge.dependent())) {
                    Mention named = mentionAt[appos.dependent()];
                    if (appos.relation().equals("appos") && named != null && !PLACE_LABEL.equals(labels.get(appos.dependent()))) {
                        return named;
                    }
                }
            }
        }
        // "the likes of Apple": the name after "of".
        if (tokens.get(node).word().equalsIgnoreCase("likes")) {
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("nmod:of") && mentionAt[edge.dependent()] != null) {
                    return mentionAt[edge.dependent()];
                }
            }
        }
        // "a new chip called the Xring O1": a noun stands for the name it is called by.
        for (Dependency edge : graph.dependentsOf(node)) {
            if (edge.relation().startsWith("acl") && CALLING.matcher(lemma(tokens, edge.dependent())).matches()) {
                for (Dependency named : graph.dependentsOf(edge.dependent())) {
                    if (NAMED_RELATIONS.contains(named.relation()) && mentionAt[named.dependent()] != null) {
                        return mentionAt[named.dependent()];
                    }
                }
            }
        }
        for (Dependency edge : graph.dependentsOf(node)) {
            int other = edge.dependent();
            // "a suite of services known as Office": the naming participle may hang on the noun after "of".
            if (edge.relation().equals("nmod:of")) {
                for (Dependency naming : graph.dependentsOf(other)) {
                    if (naming.relation().startsWith("acl") && CALLING.matcher(lemma(tokens, naming.dependent())).matches()) {
                        for (Dependency named : graph.dependentsOf(naming.dependent())) {
                            if (NAMED_RELATIONS.contains(named.relation()) && mentionAt[named.dependent()] != null) {
                                return mentionAt[named.dependent()];
                            }
                        }
                    }
                }
            }
            // "its process node called SF2A", parsed as node > dep SF2A > amod called.
            if (edge.relation().equals("dep") && mentionAt[other] != null && graph.dependentsOf(other).stream()
                    .anyMatch(d -> d.relation().matches("amod|acl") && CALLING.matcher(lemma(tokens, d.dependent())).matches())) {
                return mentionAt[other];
            }
        }
        // The parser may hang the naming participle on the verb: "introduced its chip, called the Xring O1".
        for (Dependency object : graph.governorsOf(node)) {
            if (!object.relation().equals("obj") || object.governor() < 0) {
                continue;
            }
            for (Dependency edge : graph.dependentsOf(object.governor())) {
                int naming = edge.dependent();
                if (naming > node && naming <= node + 2 && LOOSE_CLAUSE_RELATIONS.contains(edge.relation())
                        && CALLING.matcher(lemma(tokens, naming)).matches()) {
                    for (Dependency named : graph.dependentsOf(naming)) {
                        if ((named.relation().equals("obj") || named.relation().equals("xcomp")) && mentionAt[named.dependent()] != null) {
                            return mentionAt[named.dependent()];
                        }
                    }
                }
            }
        }
        // "Arm, a chip designer owned by SoftBank": the description stands for the name it describes.
        for (Dependency edge : graph.governorsOf(node)) {
            if (edge.relation().equals("appos") && mentionAt[edge.governor()] != null) {
                // "led by Silver Lake, PIF and Affinity Partners, the investment firm founded by …": the parser may hang
                // the description on the list's first name; it describes the name right before its comma.
                Mention adjacent = nameBeforeComma(node, tokens, mentionAt);
                return adjacent != null ? adjacent : mentionAt[edge.governor()];
            }
        }
        // "unveiled the Blackwell chip": a common noun stands for the product named in it (never for a company:
        // "buys Nvidia chips" buys no Nvidia).
        for (Dependency edge : graph.dependentsOf(node)) {
            int dependent = edge.dependent();
            if ((edge.relation().equals("compound") || edge.relation().equals("amod")) && mentionAt[dependent] != null
                    && PRODUCT_LABEL.equals(labels.get(dependent))) {
                return mentionAt[dependent];
            }
        }
        return null;
    }

    /** The name that ends right before the comma opening the noun phrase whose head is at node ("X, the firm …"), or null. */
    private static Mention nameBeforeComma(int node, List<Token> tokens, Mention[] mentionAt) {
        int k = node - 1;
        while (k >= 0 && tokens.get(k).tag().matches("DT|JJ.*|NN|NNS|CD|HYPH|VBG|VBN|RB.*|POS") && mentionAt[k] == null) {
            k--;
        }
        return k >= 1 && tokens.get(k).word().equals(",") ? mentionAt[k - 1] : null;
    }

    /**
     * "acquired by rival DoorDash and fintech firm Wise moved its listing": a descriptor the parser joined to a list whose
     * name is the subject of a verb of its own begins a new clause; it is no further item of the list.
     */
    private static boolean startsNewClause(int descriptor, Mention name, DependencyGraph graph) {
        boolean conjunct = graph.governorsOf(descriptor).stream().anyMatch(edge -> edge.relation().startsWith("conj"));
        return conjunct && graph.governorsOf(name.end() - 1).stream().anyMatch(edge -> edge.relation().startsWith("nsubj"));
    }

    /**
     * "served as Intel's CEO from 1987 to 2005": a term that ends at a date is over, and so is one told in the past
     * perfect ("had served as PepsiCo's CEO for 12 years"). Looks at the title and the two words above it for a "to" or
     * "until" complement that is a date or a year, or for the auxiliary "had".
     */
    private static boolean pastTerm(int trigger, List<Token> tokens, DependencyGraph graph) {
        int node = trigger;
        for (int level = 0; level < 3 && node >= 0; level++) {
            for (Dependency edge : graph.dependentsOf(node)) {
                Token end = tokens.get(edge.dependent());
                if (TERM_END.contains(edge.relation()) && (end.ner().equals("DATE") || end.tag().equals("CD"))) {
                    return true;
                }
                if (edge.relation().equals("aux") && end.word().equalsIgnoreCase("had")) {
                    return true;
                }
            }
            int governor = -1;
            for (Dependency edge : graph.governorsOf(node)) {
                if (edge.governor() >= 0) {
                    governor = edge.governor();
                    break;
                }
            }
            node = governor;
        }
        return false;
    }

    /**
     * "rivals OpenAI's o3 in performance metrics", "matches GPT-5 on reasoning benchmarks": "in" or "on" and a benchmark
     * word after the trigger, in its clause (read on the words: the parser often takes "rivals" for a noun there).
     */
    private boolean benchmarkAfter(int trigger, List<Token> tokens) {
        boolean preposition = false;
        for (int k = trigger + 1; k < tokens.size() && k <= trigger + BENCHMARK_REACH; k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (CLAUSE_BREAK.matcher(word).matches()) {
                return false;
            }
            preposition |= word.equals("in") || word.equals("on");
            if (preposition && rules.guard("benchmarks").contains(lemma(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an executive at Siemens": a title that needs a qualifier ("chief executive", "top executive") states no lead
     * without it.
     */
    private boolean unqualified(int trigger, List<Token> tokens, DependencyGraph graph) {
        if (!rules.guard("qualified-titles").contains(lemma(tokens, trigger))) {
            return false;
        }
        Set<String> qualifiers = rules.guard("title-qualifiers");
        if (trigger > 0 && qualifiers.contains(lemma(tokens, trigger - 1))) {
            return false;
        }
        for (Dependency edge : graph.dependentsOf(trigger)) {
            if (TITLE_MODIFIER_RELATIONS.contains(edge.relation()) && qualifiers.contains(lemma(tokens, edge.dependent()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "TikTok's head of public policy for Europe": a title with an "of" or "for" phrase that names no organisation
     * heads a department, not the company that owns the title.
     */
    private boolean departmentHead(int trigger, List<Token> tokens, DependencyGraph graph) {
        List<Dependency> phrases = new ArrayList<>(graph.dependentsOf(trigger));
        if (lemma(tokens, trigger).equals("head") && phrases.stream().noneMatch(edge -> edge.relation().startsWith("nmod:"))) {
            // "global CTO and head of ecosystems at HCLTech": the parser may hang the head's "of" phrase on the first
            // title of the coordination.
            for (Dependency up : graph.governorsOf(trigger)) {
                if (up.relation().startsWith("conj") && up.governor() >= 0) {
                    phrases.addAll(graph.dependentsOf(up.governor()));
                }
            }
        }
        for (Dependency edge : phrases) {
            Token head = tokens.get(edge.dependent());
            // "head of its cloud division, Amazon Web Services": a unit named in apposition is led by that head.
            boolean named = graph.dependentsOf(edge.dependent()).stream().anyMatch(d -> d.relation().equals("appos"));
            if (edge.relation().matches("nmod:(of|for)") && !head.tag().startsWith("NNP") && !named
                    && !rules.guard("whole-organisation").contains(head.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a noun that describes a company before its name ("consulting firm Coastal Cloud"). */
    boolean descriptorNoun(String word) {
        return rules.guard("descriptor-nouns").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word names a company's securities ({@code names securities}): "stock", "shares". */
    boolean security(String word) {
        return rules.guard("securities").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word names a share of a company ({@code names stake-words}): "shares", "stake", "%", "10.11%". */
    boolean stakeWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return rules.guard("stake-words").contains(lower) || lower.length() > 1 && lower.endsWith("%") && rules.guard("stake-words").contains("%");
    }

    /** Whether an adjective or noun modifier of the trigger, as written, is in the named word list. */
    private boolean modifiedBy(int trigger, String list, List<Token> tokens, DependencyGraph graph) {
        return graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().matches("amod|compound")
                && rules.guard(list).contains(tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether a name, not a reference back ("the company"), stands at the node. */
    private static boolean namedAt(Integer node, Mention[] mentionAt) {
        return node != null && mentionAt[node] != null && mentionAt[node].type() != null;
    }

    /**
     * Whether the trigger states no fact: it or a word governing it is negated, modal or conditional, or a word
     * governing it cancels it; a title is "former" or "vice". The token rules ask it too, of the verb linking their
     * parties ("AMD almost bought Nvidia", "Foxconn hinted at buying a stake in Nissan").
     */
    boolean guarded(int trigger, Relation relation, Sentence sentence, DependencyGraph graph) {
        return guarded(trigger, relation, sentence, graph, false);
    }

    /**
     * @param rivalryAims whether a verb of trying above a rivalry trigger leaves it standing ({@code names rivalry-aims}):
     *                    only for a rival that is named, as which company "the company" that "seeks to take on Nvidia" is
     *                    is a guess too far
     */
    private boolean guarded(int trigger, Relation relation, Sentence sentence, DependencyGraph graph, boolean rivalryAims) {
        List<Token> tokens = sentence.tokens();
        if (relation == Relation.ACQUIRES && graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().equals("obj")
                && stakeWord(tokens.get(edge.dependent()).word()))) {
            return true; // "the company that Sony has acquired shares in": a stake, not a takeover
        }
        if (relation == Relation.SUBSIDIARY_OF && graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().matches("advmod|dep|obl:npmod|nmod:npmod")
                && rules.guard("part-owned").contains(tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT)))) {
            return true; // "Zeekr, which is partly owned by Geely", "30% owned by Tencent": a stake, not a parent
        }
        if (relation == Relation.HEADQUARTERED_IN && modifiedBy(trigger, "regional-offices", tokens, graph)) {
            return true; // "its European headquarters in Dublin": a regional office, not where the company is based
        }
        if (relation == Relation.COMPETES_WITH && (modifiedBy(trigger, "opponents", tokens, graph)
                || trigger > 0 && rules.guard("opponents").contains(tokens.get(trigger - 1).word().toLowerCase(Locale.ROOT)))) {
            return true; // "Apple legal rival Masimo": an opponent in court, not a competitor in a market
        }
        if (relation == Relation.LEADS && tokens.get(trigger).tag().equals("VBD")
                && graph.dependentsOf(trigger).stream().noneMatch(edge -> edge.relation().startsWith("aux"))) {
            return true; // "Arora later ran SoftBank": a verb of leading in the simple past tells of a former post
        }
        if ((relation == Relation.SUBSIDIARY_OF || relation == Relation.INVESTS_IN) && rules.guard("holding-verbs").contains(lemma(tokens, trigger))
                && graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().equals("aux")
                        && tokens.get(edge.dependent()).word().equalsIgnoreCase("had"))) {
            return true; // "News Corp, which had owned 65% of Foxtel, …": an ownership that has ended
        }
        if (relation == Relation.INVESTS_IN && lemma(tokens, trigger).equals("round") && graph.dependentsOf(trigger).stream()
                .anyMatch(edge -> edge.relation().equals("nmod:of") && !rules.guard("money").contains(lemma(tokens, edge.dependent())))) {
            return true; // "the next round of media rights deals for NXT": a round of something other than money
        }
        if (relation == Relation.COMPETES_WITH && benchmarkAfter(trigger, tokens)) {
            return true; // "R2 rivals o3 in performance metrics": a benchmark comparison
        }
        for (Dependency edge : graph.dependentsOf(trigger)) {
            if (relation == Relation.INVESTS_IN && edge.relation().matches("amod|det")
                    && (rules.guard("whole-stakes").contains(lemma(tokens, edge.dependent()))
                    || rules.guard("own-whole-stakes").contains(lemma(tokens, edge.dependent()))
                    && graph.dependentsOf(trigger).stream().anyMatch(owner -> owner.relation().equals("nmod:poss")))) {
                return true; // "all outstanding shares of DreamBig": a takeover; "sold its entire stake in …": an exit
            }
            if (relation == Relation.INVESTS_IN && edge.relation().equals("nmod:poss") && soldWithoutBuyer(trigger, tokens, graph)) {
                return true; // "SoftBank has sold its stake in Nvidia": the owner's exit, not an investment
            }
            if (relation == Relation.INVESTS_IN && edge.relation().startsWith("nmod") && graph.dependentsOf(edge.dependent()).stream()
                    .anyMatch(modifier -> tokens.get(modifier.dependent()).tag().equals("VBG") && !modifier.relation().equals("case"))) {
                // "Telefónica's interest in acquiring Vodafone Spain": a wish to act, not a stake held ("its investments,
                // including Skild AI" is: "including" only marks the examples)
                return true;
            }
            if (edge.relation().equals("amod") && rules.guard("hedged-roles").contains(lemma(tokens, edge.dependent()))) {
                return true; // "a potential buyer of Nexon": a relation that may come
            }
            if (relation == Relation.PARTNERS_WITH && (edge.relation().equals("compound") || edge.relation().equals("amod"))
                    && rules.guard("takeover-deals").contains(lemma(tokens, edge.dependent()))) {
                return true; // "signed a formal merger agreement with Zeekr": a takeover, not a partnership
            }
        }
        if (relation == Relation.LEADS || relation == Relation.FOUNDED_BY) {
            // The title's modifiers, and those of the noun the trigger itself modifies ("chief" in "chief operating officer").
            List<Dependency> modifiers = new ArrayList<>(graph.dependentsOf(trigger));
            for (Dependency up : graph.governorsOf(trigger)) {
                if (TITLE_MODIFIER_RELATIONS.contains(up.relation()) && up.governor() >= 0) {
                    modifiers.addAll(graph.dependentsOf(up.governor()));
                }
            }
            for (Dependency edge : modifiers) {
                String modifier = lemma(tokens, edge.dependent());
                // The word as written too: "chief operating officer" has the lemma "operate".
                String written = tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT);
                // A founder stays one: "previously co-founder and CEO at Nabla" founded Nabla, though he leads it no more.
                boolean foundersPast = relation == Relation.FOUNDED_BY && (rules.guard("past-title").contains(modifier) || modifier.startsWith("ex-"));
                if (edge.dependent() != trigger && TITLE_MODIFIER_RELATIONS.contains(edge.relation()) && !foundersPast
                        && (rules.guard("title").contains(modifier) || rules.guard("title").contains(written) || modifier.startsWith("ex-"))) {
                    return true;
                }
            }
            // "former chairman and CEO of Nokia": a title coordinated after a past one is past too.
            for (Dependency up : relation == Relation.LEADS ? graph.governorsOf(trigger) : List.<Dependency>of()) {
                if (up.relation().startsWith("conj") && up.governor() >= 0 && up.governor() < trigger) {
                    for (Dependency edge : graph.dependentsOf(up.governor())) {
                        if (TITLE_MODIFIER_RELATIONS.contains(edge.relation()) && rules.guard("past-title").contains(lemma(tokens, edge.dependent()))) {
                            return true;
                        }
                    }
                }
            }
            // A verb is no title: "a storage service founded by" is not a "service founder".
            String before = tokens.get(trigger).tag().startsWith("VB") ? "" : lemma(tokens, Math.max(0, trigger - 1));
            boolean foundersPastBefore = relation == Relation.FOUNDED_BY && rules.guard("past-title").contains(before);
            if (rules.guard("title").contains(before) && !foundersPastBefore || lemma(tokens, trigger).startsWith("ex-") && relation == Relation.LEADS) {
                return true;
            }
            if (before.equals("-") && trigger >= 2 && rules.guard("past-title").contains(lemma(tokens, trigger - 2))) {
                return true; // "then-President Park": the tokenizer split the past title
            }
            // "late Samsung Chairman Lee": a guard word before the organisation named in the title counts too.
            int first = trigger;
            for (Dependency edge : graph.dependentsOf(trigger)) {
                if (edge.relation().equals("compound") && edge.dependent() < first) {
                    first = edge.dependent();
                }
            }
            if (first < trigger && first > 0 && rules.guard("title").contains(lemma(tokens, first - 1))) {
                return true;
            }
            if (unqualified(trigger, tokens, graph)) {
                return true;
            }
            if (relation == Relation.LEADS && trigger + 1 < tokens.size() && lemma(tokens, trigger).equals("chief")) {
                // "Zoho's Chief Scientist Sridhar Vembu", "DOJ Chief of Staff Dana Reyes": a chief of something other than
                // the organisation.
                int role = trigger + 2 < tokens.size() && tokens.get(trigger + 1).word().equalsIgnoreCase("of") ? trigger + 2 : trigger + 1;
                if (rules.guard("chief-roles").contains(tokens.get(role).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (relation == Relation.LEADS && pastTerm(trigger, tokens, graph)) {
                return true;
            }
            if (relation == Relation.LEADS && departmentHead(trigger, tokens, graph)) {
                return true;
            }
        }
        if (relation == Relation.SUPPLIES && (movedAway(trigger, tokens, graph) || providesWords(trigger, tokens, graph))) {
            return true;
        }
        Deque<Integer> pending = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        pending.add(trigger);
        seen.add(trigger);
        int depth = 0;
        while (!pending.isEmpty() && depth <= MAX_GOVERNOR_DEPTH) {
            int size = pending.size();
            for (int k = 0; k < size; k++) {
                int node = pending.poll();
                String governing = lemma(tokens, node);
                boolean review = relation == Relation.REGULATES && rules.guard("review-requests").contains(governing)
                        || rivalryAims && relation == Relation.COMPETES_WITH && rules.guard("rivalry-aims").contains(governing);
                if (node != trigger && !review && (rules.guard("governing").contains(governing) || steppedAway(node, tokens, graph))) {
                    return true;
                }
                if (node != trigger && rules.guard("disclosures").contains(governing)) {
                    return false; // "Microsoft did not disclose its investment in OpenAI": the telling is negated, not the fact
                }
                boolean counterfactual = false;
                boolean perfect = false;
                for (Dependency edge : graph.dependentsOf(node)) {
                    if (edge.relation().startsWith("aux")) {
                        counterfactual |= rules.guard("counterfactual").contains(lemma(tokens, edge.dependent()));
                        perfect |= lemma(tokens, edge.dependent()).equals("have");
                    }
                }
                if (counterfactual && perfect) {
                    return true; // "would have invested"
                }
                boolean fromSubject = node != trigger && graph.dependentsOf(node).stream()
                        .anyMatch(edge -> edge.relation().startsWith("nsubj") && seen.contains(edge.dependent()));
                for (Dependency edge : graph.dependentsOf(node)) {
                    String word = lemma(tokens, edge.dependent());
                    String kind = edge.relation();
                    // "it has no plans to compete with Super Micro"; but an object does not negate the subject the trigger
                    // stands in: "an investigation by the FTC into Microsoft found no wrongdoing" is still a probe.
                    if (kind.equals("obj") && !fromSubject && negated(edge.dependent(), tokens, graph)) {
                        return true;
                    }
                    if ((NEGATING_RELATIONS.contains(kind) && rules.guard("negation").contains(word))
                            || (kind.startsWith("aux") && rules.guard("modal").contains(word))
                            || (kind.equals("mark") && rules.guard("conditional").contains(word))) {
                        return true;
                    }
                }
                for (Dependency edge : graph.governorsOf(node)) {
                    // Climb through clauses, not across coordination, relative clauses, a describing participle or an
                    // apposition into another statement ("OpenAI could own 10% of AMD, Nvidia's main rival": the rivalry
                    // is not modal; "Foxconn, known for assembling iPhones, is eyeing the EV market" still assembles them),
                    // nor out of a clause in the past that says when or why ("Meta did not break the law when it bought
                    // Instagram": the purchase happened).
                    boolean describing = edge.relation().equals("acl") && tokens.get(node).tag().matches("VBN|VBG");
                    if (edge.relation().startsWith("advcl") && pastCircumstance(node, tokens, graph)) {
                        continue;
                    }
                    if (node == trigger && relation == Relation.COMPETES_WITH && edge.relation().startsWith("nsubj")) {
                        continue; // "With rivals like Apple exploring wearables, Meta …": what the rivals do hedges no rivalry
                    }
                    if (!edge.relation().startsWith("conj") && !edge.relation().startsWith("acl:relcl") && !describing
                            && !edge.relation().equals("ref") && !edge.relation().equals("appos") && seen.add(edge.governor())) {
                        pending.add(edge.governor());
                    }
                }
            }
            depth++;
        }
        return false;
    }

    /** A clause in the past tense opened by "when", "after", "since" or "because": it states what happened. */
    private static boolean pastCircumstance(int node, List<Token> tokens, DependencyGraph graph) {
        return tokens.get(node).tag().equals("VBD") && graph.dependentsOf(node).stream().anyMatch(edge -> edge.relation().matches("mark|advmod")
                && tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT).matches("when|after|since|because"));
    }

    /** Whether the stake is the object of a verb of selling that names no buyer ("sold its stake in Nvidia", not "… to Aramco"). */
    private boolean soldWithoutBuyer(int stake, List<Token> tokens, DependencyGraph graph) {
        for (Dependency up : graph.governorsOf(stake)) {
            if (up.relation().equals("obj") && up.governor() >= 0 && rules.guard("sales").contains(lemma(tokens, up.governor()))) {
                return graph.dependentsOf(up.governor()).stream().noneMatch(edge -> edge.relation().matches("obl:to|obl:for"));
            }
        }
        return false;
    }

    /** "GlobalFoundries stepped out of the race with Intel", "stepped away from the deal": a step out of what follows. */
    private static boolean steppedAway(int node, List<Token> tokens, DependencyGraph graph) {
        return lemma(tokens, node).equals("step") && graph.dependentsOf(node).stream().anyMatch(edge -> edge.relation().equals("compound:prt")
                && tokens.get(edge.dependent()).word().toLowerCase(Locale.ROOT).matches("out|away|back|aside|down")
                || edge.relation().matches("obl:out_of|obl:away_from"));
    }

    /**
     * "The European Commission approved German state aid for Infineon": money named after a nation is that nation's,
     * and the one who approves it gives none (it rules on it: see the approved-aid templates).
     */
    private boolean anotherNationsAid(int noun, List<Token> tokens, DependencyGraph graph) {
        return graph.dependentsOf(noun).stream().anyMatch(edge -> edge.relation().equals("amod")
                && nationalities.contains(tokens.get(edge.dependent()).word()));
    }

    /**
     * "Nvidia owned $4.3 billion in publicly traded holdings, including Arm and CoreWeave": companies named as examples of
     * stakes or holdings someone owns are stakes, not units.
     */
    private boolean heldAsStakes(Integer node, List<Token> tokens, DependencyGraph graph) {
        if (node == null) {
            return false;
        }
        // A sum owned is money put in: "owned $4.3 billion in holdings, including Arm".
        boolean money = tokens.get(node).tag().equals("$") || rules.guard("money").contains(lemma(tokens, node).toLowerCase(Locale.ROOT));
        return money || rules.guard("stake-words").contains(lemma(tokens, node).toLowerCase(Locale.ROOT))
                || graph.dependentsOf(node).stream().anyMatch(edge -> edge.relation().matches("nmod:in|nmod:of")
                        && rules.guard("stake-words").contains(lemma(tokens, edge.dependent()).toLowerCase(Locale.ROOT)));
    }

    /** Whether a noun is determined by a negation: "no plans", "no intention". */
    private boolean negated(int noun, List<Token> tokens, DependencyGraph graph) {
        for (Dependency edge : graph.dependentsOf(noun)) {
            if (edge.relation().equals("det") && rules.guard("negation").contains(lemma(tokens, edge.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Apple is shifting its orders from Samsung to TSMC": business moved away from a supplier, said by a verb the trigger
     * is an object or complement of (not the subject: "Apple's suppliers moved work to India" still supply Apple); or a
     * supply that is only tested ("conducting sample testing to supply HBM3E to Nvidia").
     */
    private boolean movedAway(int trigger, List<Token> tokens, DependencyGraph graph) {
        int node = trigger;
        for (int depth = 0; depth < MAX_GOVERNOR_DEPTH; depth++) {
            Dependency up = null;
            for (Dependency edge : graph.governorsOf(node)) {
                String kind = edge.relation();
                // Not from a clause that is the subject: "Nebius' deal to supply capacity for Meta is moving quickly" moves nothing away.
                if (!kind.startsWith("nsubj") && !kind.startsWith("csubj") && !kind.startsWith("conj") && !kind.startsWith("acl:relcl")
                        && !kind.equals("appos") && !kind.equals("ref") && edge.governor() >= 0) {
                    up = edge;
                    break;
                }
            }
            if (up == null) {
                return false;
            }
            node = up.governor();
            if (rules.guard("governing-supplies").contains(lemma(tokens, node))) {
                return true;
            }
            // "conducting sample testing to supply HBM3E to Nvidia": samples sent for qualification are no supply.
            for (Dependency edge : graph.dependentsOf(node)) {
                if (edge.relation().equals("obj") && rules.guard("qualification").contains(lemma(tokens, edge.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "information the company provided to the Global Times", "provided details to regulators": what a supply verb
     * provides is words, not goods.
     */
    private boolean providesWords(int trigger, List<Token> tokens, DependencyGraph graph) {
        for (Dependency edge : graph.dependentsOf(trigger)) {
            if (edge.relation().matches("obj|obl:according_to") && rules.guard("not-goods").contains(lemma(tokens, edge.dependent()))) {
                return true;
            }
        }
        for (Dependency edge : graph.governorsOf(trigger)) {
            if (edge.relation().startsWith("acl") && edge.governor() >= 0 && rules.guard("not-goods").contains(lemma(tokens, edge.governor()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lawmakers want the Commerce Department to add Huawei to the list": a regulator that others want, urge or ask to act
     * (it is the object of the verb of wishing above the trigger) has not acted.
     */
    private boolean urgedToAct(int trigger, Integer regulator, List<Token> tokens, DependencyGraph graph) {
        if (regulator == null) {
            return false;
        }
        // The trigger may be the verb itself or a noun of the act under it ("requested the CCI to take action against").
        Deque<Integer> pending = new ArrayDeque<>(List.of(trigger));
        for (int level = 0; level < 3 && !pending.isEmpty(); level++) {
            Deque<Integer> above = new ArrayDeque<>();
            for (int node : pending) {
                for (Dependency up : graph.governorsOf(node)) {
                    if (up.governor() < 0) {
                        continue;
                    }
                    if (up.relation().equals("xcomp") && rules.guard("wishes").contains(lemma(tokens, up.governor()))
                            && graph.dependentsOf(up.governor()).stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() == regulator)) {
                        return true;
                    }
                    above.add(up.governor());
                }
            }
            pending = above;
        }
        return false;
    }

    /**
     * "startups join the race too, with AMD considered in second place": "with" and a name that has a participle of its
     * own opens an absolute clause about that name; it names no partner.
     */
    private static boolean absoluteWith(Integer node, List<Token> tokens, DependencyGraph graph) {
        return node != null && graph.governorsOf(node).stream().anyMatch(edge -> edge.relation().equals("obl:with"))
                && graph.dependentsOf(node).stream().anyMatch(edge -> edge.relation().equals("acl") && tokens.get(edge.dependent()).tag().matches("VBN|VBG"));
    }

    /**
     * "to license Juniper's source code to independent competitors": a verb that works both ways (license, lease, rent)
     * with a recipient after "to" gives the goods away; its subject is no customer of their maker.
     */
    private boolean givenTo(int trigger, List<Token> tokens, DependencyGraph graph) {
        return rules.guard("two-way-verbs").contains(lemma(tokens, trigger))
                && graph.dependentsOf(trigger).stream().anyMatch(edge -> edge.relation().equals("obl:to"));
    }

    /** "Samsung's engineers flew to Google's headquarters in the US": the noun is another named party's. */
    private static boolean anotherOwns(int noun, Integer a, Mention[] mentionAt, DependencyGraph graph) {
        return a != null && mentionAt[a] != null && graph.dependentsOf(noun).stream()
                .anyMatch(edge -> edge.relation().equals("nmod:poss") && mentionAt[edge.dependent()] != null
                        && !mentionAt[edge.dependent()].entityName().equals(mentionAt[a].entityName()));
    }

    /**
     * "will lead the company's foundation models, research and safety": a direct object the parser took with its
     * possessive marker is the owner of what is led, not the thing led ("as Nokia's chief executive" is another matter).
     */
    private static boolean possessorObject(int trigger, Integer node, List<Token> tokens, DependencyGraph graph) {
        return node != null
                && graph.governorsOf(node).stream().anyMatch(edge -> edge.governor() == trigger && edge.relation().equals("obj"))
                && graph.dependentsOf(node).stream().anyMatch(edge -> edge.relation().equals("case") && tokens.get(edge.dependent()).tag().equals("POS"));
    }

    /** "Sequoia led Glean's latest round": a round or money that stands for a company in the parse is no rival. */
    private boolean roundOrMoney(Integer node, List<Token> tokens) {
        return node != null && (lemma(tokens, node).equals("round") || rules.guard("money").contains(lemma(tokens, node)));
    }

    /** "Nokia sold its phone business to Microsoft": part of a company sold is a divestiture, not a supply. */
    private boolean sellsHoldings(int trigger, List<Token> tokens, DependencyGraph graph) {
        for (Dependency edge : graph.dependentsOf(trigger)) {
            if (edge.relation().equals("obj") && rules.guard("holdings").contains(lemma(tokens, edge.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** "Anthropic received $2 billion from Google": money got from a company is funding, not a supply. */
    private boolean receivesMoney(int trigger, List<Token> tokens, DependencyGraph graph) {
        for (Dependency edge : graph.dependentsOf(trigger)) {
            if (edge.relation().equals("obj") && (rules.guard("money").contains(lemma(tokens, edge.dependent()))
                    || rules.guard("orders-won").contains(lemma(tokens, edge.dependent()))
                    || rules.guard("things").contains(lemma(tokens, edge.dependent()))
                    || tokens.get(edge.dependent()).tag().equals("$"))) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(List<Token> tokens, int index) {
        return tokens.get(index).lemma().toLowerCase(Locale.ROOT);
    }
}
