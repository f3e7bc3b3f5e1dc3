package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import dev.techkg.linking.CompanyCounts;
import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.GazetteerEntry;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Attribution;
import dev.techkg.linking.Mention;
import dev.techkg.linking.Nicknames;
import dev.techkg.linking.Names;
import dev.techkg.nlp.DependencyGraph;
import dev.techkg.nlp.LabeledToken;
import dev.techkg.nlp.PatternMatch;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.Token;
import dev.techkg.nlp.TokenPatterns;
import java.util.ArrayList;
import java.util.Optional;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extracts relations with the rules of a {@link RuleFile}, compiled once. Per sentence with at least two
 * entities, every rule is matched over the tokens labelled with their entity types; each subject in the
 * rule's subject group is paired with each object in its object group, types are checked against the
 * relation, and matches near a veto word are dropped. Phrases that refer back to a company ("its", "the
 * company") count as that company, at a lower confidence. Three structural rules need no pattern: a product
 * named after its maker is developed by it ({@link ProductNameRule}), so is the product in "the iPhone maker"
 * ({@link MakerPhraseRule}), and heads of state lead their country ({@link HeadOfStateRule}). Thread-safe.
 */
public final class RuleBasedExtractor implements RelationExtractor {
    /** Rules that read rivalry from a ranking of a kind of company rather than from a word of rivalry. */
    private static final Set<String> RANKING_RULES = Set.of("competes.ranked-kind-list", "competes.lead-the-market",
            "competes.lead-the-market-first", "competes.ranking");
    private static final int VETO_WINDOW_BEFORE = 3;
    /** How far before a modal a verb of saying may stand: "said on Monday it would". */
    private static final int REPORTING_WINDOW = 4;
    static final String REPORTED_PLANS = "reported-plans.txt";
    private static final String ACQUIRED_PARTS = "acquired-parts.txt";
    /** Appended to the rule id of a stake read from joint ownership ("jointly owned by"). */
    static final String JOINT_RULE_SUFFIX = "+joint";
    private static final double REFERENCE_CONFIDENCE_FACTOR = 0.85;
    /** Appended to the rule id of a fact found through a reference ("its", "the company"). */
    public static final String REFERENCE_RULE_SUFFIX = "+reference";
    /** Marks a fact a country or union took in a sentence that an agency of government credits to itself. */
    static final String CREDITED_RULE_SUFFIX = "+credited-agency";
    /** The token rule that reads "the X-based company" (relations.rules). */
    private static final String PLACE_BASED_RULE = "hq.place-based-org";
    private static final Set<Relation> PERSON_RELATIONS = EnumSet.of(Relation.LEADS, Relation.FOUNDED_BY);
    /**
     * Templates that read a party off the owner of goods (role b: "Apple uses TSMC's chips", "Samsung makes Tesla's chips").
     * Where that owner is a reference ("its chips", "the company's tools") it was the wrong antecedent in most such supply
     * facts of our evaluation sets.
     */
    private static final List<String> GUESSED_GOODS_TEMPLATES = List.of("verb-object-goods", "goods-used-in-goods", "used-for-purpose");
    /** Relations whose object, owned by another company named before it, is itself the party: "a probe into Alphabet's Google". */
    private static final Set<Relation> POSSESSED_COMPANY_RELATIONS = EnumSet.of(Relation.REGULATES, Relation.ACQUIRES,
            Relation.INVESTS_IN, Relation.PARTNERS_WITH, Relation.SUPPLIES, Relation.COMPETES_WITH);
    /** What separates the names of one list: "A, B", "A and B", "A, and now B". */
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile(",|(,\\s)?(and|or|&)(\\s(now|then|also))?");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private final RuleFile rules;
    private final TokenPatterns patterns;
    private final Gazetteer gazetteer;
    /** Governments of a union of countries and the institutions that act for them ({@code union-governments.txt}). */
    private final Map<String, Set<String>> unionInstitutions = unionInstitutions();
    private final HeadOfStateRule headsOfState;
    private final ProductNameRule productNames;
    private final MakerPhraseRule makerPhrases;
    private final MarketRankingRule marketRankings;
    private final RoundInvestorsRule roundInvestors;
    private final BareTitleRule bareTitles;
    private final Nicknames nicknames;
    private final TriggerIndex triggers;
    /** Per rule, the labels a match's first token must carry; an empty set when it may carry any. */
    private final List<Set<String>> firstLabels;
    private final Map<Relation, Set<String>> vetoByRelation = new EnumMap<>(Relation.class);
    /** Modals that report a plan after a verb of saying, and those verbs ({@code reported-plans.txt}). */
    private final Set<String> reportedModals;
    private final Set<String> reportingVerbs;
    private final SpeakingAgency speakingAgency;
    /** Words before "owned" that make owners joint ({@code joint-ownership.txt}). */
    private final Set<String> jointWords = WordSections.load("joint-ownership.txt", List.of("words")).get("words");
    /** Verbs that keep a subject from an act, and words that open an apposition about the past ({@code kept-and-former.txt}). */
    private final Map<String, Set<String>> keptAndFormer = WordSections.load("kept-and-former.txt", List.of("keeping-verbs", "past-markers"));
    private final Map<String, Set<String>> dealWords = WordSections.load("regulated-deals.txt", List.of("words", "determiners", "own-parties",
            "agreement-words"));
    private final Map<String, Set<String>> parseMendWords = WordSections.load(Asides.WORDS, List.of("amount-hedges", "amount-words", "relative-pronouns", "opening-asides",
            "opening-aside-roles", "verbs-read-as-nouns"));
    /** The dependency layer, or null for token rules alone. */
    private final DependencyExtractor dependencies;
    /** Nouns that name a part of a company changing hands ({@code acquired-parts.txt}). */
    private final Set<String> acquiredParts;
    private final Set<String> investedParts;
    /** Words of a sale, which of a part of the company is no supply ({@code acquired-parts.txt}). */
    private final Set<String> saleWords;
    /** Nouns after a product that make its owner the buyer ({@code acquired-parts.txt}). */
    private final Set<String> orderedParts;
    /** Nouns of supplying before "for" and the owner ({@code acquired-parts.txt}). */
    private final Set<String> supplierNouns;
    private final Set<String> presenceParts;
    private final SentenceParser parser;
    /** Head nouns of descriptions that name a company by another ({@code description-heads.txt}). */
    private final Map<String, Relation> descriptionHeads = descriptionHeads();

    private RuleBasedExtractor(RuleFile rules, TokenPatterns patterns, Gazetteer gazetteer, DependencyExtractor dependencies,
                               SentenceParser parser) {
        this.rules = rules;
        this.patterns = patterns;
        this.gazetteer = gazetteer;
        this.dependencies = dependencies;
        this.parser = parser;
        List<RuleTrigger> ruleTriggers = rules.rules().stream().map(rule -> RuleTrigger.of(rule.pattern())).toList();
        this.triggers = TriggerIndex.of(ruleTriggers);
        this.firstLabels = ruleTriggers.stream().map(trigger -> trigger.firstLabels().orElse(Set.of())).toList();
        this.headsOfState = HeadOfStateRule.create(gazetteer);
        this.productNames = new ProductNameRule(gazetteer);
        this.makerPhrases = MakerPhraseRule.create();
        this.marketRankings = MarketRankingRule.create();
        this.roundInvestors = RoundInvestorsRule.create();
        this.bareTitles = BareTitleRule.create(gazetteer);
        this.nicknames = Nicknames.loadDefault();
        Map<String, Set<String>> reported = WordSections.load(REPORTED_PLANS, List.of("modals", "reporting", "crediting", "watchdogs"));
        this.reportedModals = reported.get("modals");
        this.reportingVerbs = reported.get("reporting");
        this.speakingAgency = new SpeakingAgency(reported.get("crediting"), reported.get("watchdogs"),
                name -> gazetteer != null && gazetteer.isCountry(name) || unionInstitutions.containsKey(name));
        Map<String, Set<String>> parts = WordSections.load(ACQUIRED_PARTS, List.of("parts", "invested-parts", "presence-parts", "sale-words",
                "ordered-parts", "supplier-nouns"));
        this.acquiredParts = parts.get("parts");
        this.investedParts = parts.get("invested-parts");
        this.presenceParts = parts.get("presence-parts");
        this.saleWords = parts.get("sale-words");
        this.orderedParts = parts.get("ordered-parts");
        this.supplierNouns = parts.get("supplier-nouns");
        for (Relation relation : Relation.values()) {
            vetoByRelation.put(relation, rules.vetoFor(relation));
        }
    }

    /** Token rules alone, compiled once. */
    public static RuleBasedExtractor create(RuleFile rules, Gazetteer gazetteer) {
        return new RuleBasedExtractor(rules, compile(rules), gazetteer, null, null);
    }

    /**
     * Token rules and the dependency layer: the sentences that name two entities some relation could link are
     * parsed, and the dependency templates add what the token rules missed.
     */
    public static RuleBasedExtractor create(RuleFile rules, DependencyRules dependencyRules, SentenceParser parser, Gazetteer gazetteer) {
        return new RuleBasedExtractor(rules, compile(rules), gazetteer, DependencyExtractor.create(dependencyRules), parser);
    }

    private static TokenPatterns compile(RuleFile rules) {
        return TokenPatterns.compile(
                rules.rules().stream().map(Rule::pattern).toList(),
                rules.rules().stream().map(r -> List.of("s", "o")).toList());
    }

    /** The rules this extractor applies. */
    public RuleFile rules() {
        return rules;
    }

    @Override
    public List<CandidateRelation> extract(LinkedText text) {
        Map<String, Entity> entities = text.entitiesByName();
        Map<String, CandidateRelation> found = new LinkedHashMap<>();
        // The company the article is clearly about: "its founder" may stand for it without being named in the sentence.
        CompanyCounts companyCounts = CompanyCounts.of(text.mentions(), name -> entities.containsKey(name) ? entities.get(name).type() : null);
        String topic = companyCounts.topic();
        for (Sentence sentence : text.analysis().sentences()) {
            // "Biren, nicknamed China's Nvidia, …": a company named by comparison takes part in nothing.
            List<Mention> named = text.mentionsIn(sentence.index()).stream()
                    .filter(mention -> !nicknames.isNickname(sentence.tokens(), mention)).toList();
            List<Mention> references = text.referencesIn(sentence.index());
            // Names first; then, where the sentence refers back to a company, once more with the references as
            // names, keeping only what rests on a reference. (A reference read as a name would otherwise break
            // matches that run across it: "Apple said it will team up with OpenAI".)
            int[] latestStarts = triggers.latestStarts(sentence);
            List<Mention> deals = regulatedDeals(sentence, named, entities, found.values());
            List<Mention> parsedReferences = deals.isEmpty() ? references : concat(references, deals);
            Optional<Parse> parse = parse(sentence, named, parsedReferences, entities);
            match(sentence, latestStarts, named, List.of(), entities, found, topic, parse);
            if (!references.isEmpty()) {
                List<Mention> all = new ArrayList<>(named);
                all.addAll(references);
                match(sentence, latestStarts, all, references, entities, found, topic, parse);
            }
            parse.ifPresent(p -> matchDependencies(p, sentence, named, parsedReferences, deals, entities, found, topic));
        }
        productNames.find(text).forEach(fact -> add(found, entities, fact));
        makerPhrases.find(text).forEach(fact -> add(found, entities, fact));
        marketRankings.find(text).forEach(fact -> add(found, entities, fact));
        roundInvestors.find(text).forEach(fact -> add(found, entities, fact));
        headsOfState.find(text).forEach(fact -> add(found, entities, fact));
        // A bare title ("CEO Dana Reyes said") gives way to any other rule that gives the person a role elsewhere.
        Set<String> rolesElsewhere = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (PERSON_RELATIONS.contains(fact.relation()) && !BareTitleRule.isBareTitle(fact.rule())) {
                rolesElsewhere.add(personOf(fact) + "\u0000" + fact.relation());
            }
        }
        for (CandidateRelation fact : bareTitles.find(text, topic)) {
            if (!rolesElsewhere.contains(personOf(fact) + "\u0000" + fact.relation())) {
                add(found, entities, fact);
            }
        }
        withRegionsOfCities(text, found.values()).forEach(fact -> add(found, entities, fact));
        SemicolonLists.carriedOver(text, List.copyOf(found.values()), entities).forEach(fact -> add(found, entities, fact));
        jointlyOwned(text, found);
        Set<String> takeovers = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.ACQUIRES) {
                takeovers.add(fact.sentence() + "\u0000" + fact.subject() + "\u0000" + fact.object());
            }
        }
        // "HPE and Juniper said the agreement resolves the concerns": the deal an acquirer and its target speak of is the takeover.
        Set<String> takeoverPairs = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.ACQUIRES) {
                takeoverPairs.add(fact.subject() + "\u0000" + fact.object());
                takeoverPairs.add(fact.object() + "\u0000" + fact.subject());
            }
        }
        found.values().removeIf(fact -> fact.relation() == Relation.PARTNERS_WITH && takeoverPairs.contains(fact.subject() + "\u0000" + fact.object())
                && mentionsTheDeal(text.analysis().sentences().get(fact.sentence()).tokens()));
        alliesNotRanked(found);
        creditedToAgencies(text, found, entities);
        watchdogsNamedElsewhere(text, found);
        Set<String> regulatedByInstitutions = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.REGULATES) {
                unionInstitutions.forEach((union, institutions) -> {
                    if (institutions.contains(fact.subject())) {
                        regulatedByInstitutions.add(union + "\u0000" + fact.object());
                    }
                });
            }
        }
        // "Transsion, the owner of brands such as Infinix, Tecno and Itel, ranked second": a parent's units listed in one
        // sentence are not ranked against each other there.
        Map<String, String> parentInSentence = new HashMap<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.SUBSIDIARY_OF) {
                parentInSentence.put(fact.sentence() + "\u0000" + fact.subject(), fact.object());
            }
        }
        // "General Motors' Cruise": a unit does not compete with its own parent, whatever a rule read elsewhere.
        Set<String> ownedPairs = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.SUBSIDIARY_OF) {
                ownedPairs.add(fact.subject() + "\u0000" + fact.object());
                ownedPairs.add(fact.object() + "\u0000" + fact.subject());
            }
        }
        Set<String> topics = companyCounts.mostNamed();
        Map<Integer, String> soleCompanyBefore = soleCompanyOfPreviousSentence(text, entities);
        return found.values().stream()
                .filter(fact -> placeWhereBased(fact, entities) && !someoneElsesProduct(fact) && !partOfTakeover(fact, takeovers))
                .filter(fact -> !fact.rule().startsWith(MarketRankingRule.RULE) || !siblings(fact, parentInSentence))
                .filter(fact -> fact.relation() != Relation.COMPETES_WITH || !ownedPairs.contains(fact.subject() + "\u0000" + fact.object()))
                // "The Cambridge-based firm": a description that says where a company is based may stand for any company
                // named before; where it is a guess, only the company the article is about keeps the fact, or the only
                // company the sentence before names ("Samsung kept second place. The Seoul-based manufacturer …").
                .filter(fact -> !fact.rule().equals(PLACE_BASED_RULE + REFERENCE_RULE_SUFFIX) || topics.contains(fact.subject())
                        || fact.subject().equals(soleCompanyBefore.get(fact.sentence())))
                // "The European Commission fined Apple … the EU's case": the union acted through the institution named.
                .filter(fact -> fact.relation() != Relation.REGULATES
                        || !regulatedByInstitutions.contains(fact.subject() + "\u0000" + fact.object()))
                .toList();
    }

    /**
     * "Brussels has opened an investigation into Meta, the European Commission said": a country or union that
     * regulates in a sentence an agency of government reports gives the fact to that agency.
     */
    private void creditedToAgencies(LinkedText text, Map<String, CandidateRelation> found, Map<String, Entity> entities) {
        for (CandidateRelation fact : List.copyOf(found.values())) {
            if (fact.relation() != Relation.REGULATES || !speakingAgency.standsIn(fact.subject())) {
                continue;
            }
            Sentence sentence = text.analysis().sentences().get(fact.sentence());
            Optional<String> agency = speakingAgency.speaker(sentence.tokens(), text.mentionsIn(fact.sentence()), entities);
            if (agency.isEmpty() || agency.get().equals(fact.object())) {
                continue;
            }
            found.remove(key(fact.subject(), fact.relation(), fact.object()));
            add(found, entities, new CandidateRelation(agency.get(), fact.relation(), fact.object(), fact.sentence(), fact.evidence(),
                    fact.confidence(), fact.rule() + CREDITED_RULE_SUFFIX));
        }
    }

    /**
     * "Canada's antitrust watchdog has built a case against Google" in an article where "Canada's Competition Bureau"
     * sued Google: the watchdog is that agency, so the country's fact goes.
     */
    private void watchdogsNamedElsewhere(LinkedText text, Map<String, CandidateRelation> found) {
        Map<Integer, List<Token>> tokensBySentence = new HashMap<>();
        text.analysis().sentences().forEach(sentence -> tokensBySentence.put(sentence.index(), sentence.tokens()));
        for (CandidateRelation fact : List.copyOf(found.values())) {
            if (fact.relation() != Relation.REGULATES || !speakingAgency.standsIn(fact.subject())) {
                continue;
            }
            List<Token> tokens = tokensBySentence.get(fact.sentence());
            boolean watchdog = text.mentionsIn(fact.sentence()).stream()
                    .anyMatch(m -> m.entityName().equals(fact.subject()) && speakingAgency.possessesAWatchdog(tokens, m));
            boolean agencyActs = watchdog && found.values().stream().anyMatch(other -> other.relation() == Relation.REGULATES
                    && other.object().equals(fact.object()) && !speakingAgency.standsIn(other.subject())
                    && SpeakingAgency.agencyOf(fact.subject(), other.subject(), text.mentions(), tokensBySentence));
            if (agencyActs) {
                found.remove(key(fact.subject(), fact.relation(), fact.object()));
            }
        }
    }

    /** Whether both parties of a fact are units of one parent by the facts of the fact's own sentence. */
    private static boolean siblings(CandidateRelation fact, Map<String, String> parentInSentence) {
        String parent = parentInSentence.get(fact.sentence() + "\u0000" + fact.subject());
        return parent != null && parent.equals(parentInSentence.get(fact.sentence() + "\u0000" + fact.object()));
    }

    /** Per sentence, the one company the sentence before it names, where it names exactly one. */
    private static Map<Integer, String> soleCompanyOfPreviousSentence(LinkedText text, Map<String, Entity> entities) {
        Map<Integer, String> sole = new HashMap<>();
        for (Sentence sentence : text.analysis().sentences()) {
            Set<String> companies = new HashSet<>();
            for (Mention mention : text.mentionsIn(sentence.index())) {
                Entity entity = entities.get(mention.entityName());
                if (entity != null && entity.type() == EntityType.COMPANY) {
                    companies.add(mention.entityName());
                }
            }
            if (companies.size() == 1) {
                sole.put(sentence.index() + 1, companies.iterator().next());
            }
        }
        return sole;
    }

    /**
     * "headquartered in San Jose, California", "in Midland, Texas, US": a company based in a city is based in the regions
     * named right after it, each after a comma. (Not a list of cities: "offices in Austin, Dallas and Houston" names no
     * region; a list ends with "and" or "or".)
     */
    private List<CandidateRelation> withRegionsOfCities(LinkedText text, java.util.Collection<CandidateRelation> facts) {
        List<CandidateRelation> regions = new ArrayList<>();
        for (CandidateRelation fact : facts) {
            if (fact.relation() != Relation.HEADQUARTERED_IN) {
                continue;
            }
            List<Mention> mentions = text.mentionsIn(fact.sentence());
            List<Token> tokens = text.analysis().sentences().get(fact.sentence()).tokens();
            for (int i = 0; i + 1 < mentions.size(); i++) {
                if (!mentions.get(i).entityName().equals(fact.object())) {
                    continue;
                }
                List<Mention> chain = new ArrayList<>();
                Mention last = mentions.get(i);
                for (int k = i + 1; k < mentions.size(); k++) {
                    Mention next = mentions.get(k);
                    if (next.begin() != last.end() + 1 || !tokens.get(last.end()).word().equals(",") || next.type() != EntityType.PLACE
                            || next.entityName().equals(last.entityName())) {
                        break;
                    }
                    chain.add(next);
                    last = next;
                }
                boolean list = last.end() + 1 < tokens.size() && (tokens.get(last.end()).word().matches("and|or")
                        || tokens.get(last.end()).word().equals(",") && tokens.get(last.end() + 1).word().matches("and|or"));
                if (list) {
                    continue;
                }
                for (Mention region : chain) {
                    regions.add(new CandidateRelation(fact.subject(), Relation.HEADQUARTERED_IN, region.entityName(), fact.sentence(),
                            fact.evidence(), fact.confidence(), fact.rule()));
                }
            }
        }
        return regions;
    }

    /**
     * "LY Corp is jointly owned by Naver and SoftBank": a company owned together by several has no parent; each owner
     * invests in it ({@code joint-ownership.txt}).
     */
    private void jointlyOwned(LinkedText text, Map<String, CandidateRelation> found) {
        for (Map.Entry<String, CandidateRelation> entry : List.copyOf(found.entrySet())) {
            CandidateRelation fact = entry.getValue();
            if (fact.relation() != Relation.SUBSIDIARY_OF || !saysJointlyOwned(text.analysis().sentences().get(fact.sentence()).tokens())) {
                continue;
            }
            found.remove(entry.getKey());
            CandidateRelation stake = new CandidateRelation(fact.object(), Relation.INVESTS_IN, fact.subject(), fact.sentence(),
                    fact.evidence(), fact.confidence(), fact.rule() + JOINT_RULE_SUFFIX);
            found.putIfAbsent(key(stake.subject(), stake.relation(), stake.object()), stake);
        }
    }

    private boolean saysJointlyOwned(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            String before = tokens.get(k - 1).word().toLowerCase(Locale.ROOT);
            if (word.matches("owned|own|owns|co-owned") && (jointWords.contains(before) || word.equals("co-owned"))) {
                return true;
            }
        }
        return false;
    }

    private static String personOf(CandidateRelation fact) {
        return fact.relation() == Relation.FOUNDED_BY ? fact.object() : fact.subject();
    }

    private static Map<String, Set<String>> unionInstitutions() {
        Map<String, Set<String>> unions = new HashMap<>();
        for (String line : Resources.lines(RuleBasedExtractor.class, "union-governments.txt")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new TechKgException("union-governments.txt: expected union<TAB>institution|institution… but found '" + line + "'");
            }
            unions.put(cells[0].strip(), Set.of(cells[1].strip().split("\\|")));
        }
        return Map.copyOf(unions);
    }

    /**
     * "IBM bought Red Hat for $34 billion": a sentence that states a takeover states no investment by the buyer and no
     * supply between the two (a minority stake is an investment; a purchase of the whole company is not).
     */
    /** Whether the sentence speaks of a deal already named: "the agreement", "this deal" ({@code regulated-deals.txt}). */
    private boolean mentionsTheDeal(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (dealWords.get("agreement-words").contains(lower(tokens.get(i))) && dealWords.get("determiners").contains(lower(tokens.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfTakeover(CandidateRelation fact, Set<String> takeovers) {
        if (fact.relation() == Relation.INVESTS_IN) {
            return takeovers.contains(fact.sentence() + "\u0000" + fact.subject() + "\u0000" + fact.object());
        }
        if (fact.relation() == Relation.SUPPLIES) {
            return takeovers.contains(fact.sentence() + "\u0000" + fact.subject() + "\u0000" + fact.object())
                    || takeovers.contains(fact.sentence() + "\u0000" + fact.object() + "\u0000" + fact.subject());
        }
        return false;
    }

    /** A name right after a preposition and right before a comma and a participle: "on Anthropic, purchasing". */
    private static boolean prepositionObjectBeforeParticiple(List<Token> tokens, Mention mention) {
        return mention.begin() > 0 && tokens.get(mention.begin() - 1).tag().equals("IN")
                && mention.end() + 1 < tokens.size() && tokens.get(mention.end()).word().equals(",")
                && tokens.get(mention.end() + 1).tag().equals("VBG");
    }

    /**
     * "With Toyota's investment in Denso, as two of the leading Japanese auto companies, Denso and Toyota will …": a
     * ranking that describes two companies the same sentence allies or invests in each other is
     * said of partners, not rivals.
     */
    private static void alliesNotRanked(Map<String, CandidateRelation> found) {
        Set<String> allied = new HashSet<>();
        for (CandidateRelation fact : found.values()) {
            if (fact.relation() == Relation.PARTNERS_WITH || fact.relation() == Relation.INVESTS_IN || fact.relation() == Relation.ACQUIRES) {
                allied.add(fact.sentence() + "\u0000" + fact.subject() + "\u0000" + fact.object());
                allied.add(fact.sentence() + "\u0000" + fact.object() + "\u0000" + fact.subject());
            }
        }
        found.values().removeIf(fact -> fact.relation() == Relation.COMPETES_WITH && RANKING_RULES.contains(fact.rule())
                && allied.contains(fact.sentence() + "\u0000" + fact.subject() + "\u0000" + fact.object()));
    }

    /** Matches every rule over the sentence labelled with these mentions; with references, keeps only facts on them. */
    private void match(Sentence sentence, int[] latestStarts, List<Mention> mentions, List<Mention> references,
                       Map<String, Entity> entities, Map<String, CandidateRelation> found, String topic, Optional<Parse> parse) {
        if (mentions.stream().map(Mention::entityName).distinct().count() < 2) {
            return;
        }
        List<LabeledToken> labelled = label(sentence, mentions, entities);
        Set<Relation> possible = possibleRelations(mentions, entities);
        // Only rules whose relation the sentence's entities could hold, and whose words it has, are tried:
        // matching is most of the cost.
        // A match starts only at a token with a label its rule begins with (most begin with an entity), and not
        // after the last of a word it needs.
        for (PatternMatch match : patterns.findAll(labelled,
                i -> latestStarts[i] >= 0 && possible.contains(rules.rules().get(i).relation()),
                (i, token) -> token <= latestStarts[i]
                        && (firstLabels.get(i).isEmpty() || firstLabels.get(i).contains(labelled.get(token).label())))) {
            Rule rule = rules.rules().get(match.pattern());
            if (vetoed(sentence.tokens(), match, rule.relation())) {
                continue;
            }
            // A source cited ("according to Dana Reyes, chief executive of Zentrix") acts in nothing the sentence
            // reports, but the title given with the name is still the person's.
            boolean aboutPeople = PERSON_RELATIONS.contains(rule.relation());
            List<Mention> subjectsFound = inside(mentions, match.groups().get("s"));
            List<Mention> objectsFound = inside(mentions, match.groups().get("o"));
            List<Mention> subjects = notDescribing(heads(aboutPeople ? subjectsFound : notAttributions(subjectsFound, sentence.tokens())),
                    sentence.tokens(), rule.relation());
            List<Mention> objects = notDescribing(heads(aboutPeople ? objectsFound : notAttributions(objectsFound, sentence.tokens())),
                    sentence.tokens(), rule.relation());
            if (!subjects.isEmpty() && !objects.isEmpty() && objects.get(0).begin() > subjects.get(0).begin()) {
                objects = withoutNewSubjects(objects, sentence.tokens());
                // "spent billions on Anthropic, purchasing Covariant": the participle's subject is the clause's, not the
                // object of a preposition before it.
                subjects = subjects.stream().filter(s -> !prepositionObjectBeforeParticiple(sentence.tokens(), s)).toList();
            }
            List<Token> tokens = sentence.tokens();
            if (POSSESSED_COMPANY_RELATIONS.contains(rule.relation())) {
                List<Mention> subjectsNamed = subjects;
                // "Apple's chip supplier TSMC": a name after the role that the rule took as the subject stays the subject.
                objects = objects.stream().map(o -> {
                    Mention possessed = possessedCompany(o, mentions, tokens, entities);
                    return subjectsNamed.contains(possessed) ? o : possessed;
                }).toList();
            }
            switch (rule.relation()) {
                case LEADS -> {
                    // "Tuan Tran, who leads HP's AI initiatives": the person heads something of the company's. "Twitter
                    // CEO Jack Dorsey has resigned": a title given to someone leaving the post.
                    objects = objects.stream().filter(o -> !ownsSomethingElse(tokens, o) && !bareTitles.termEndedAfter(tokens, o.end())).toList();
                    subjects = subjects.stream().filter(s -> !bareTitles.leavingAfter(tokens, s.end())
                            && !bareTitles.replacedBefore(tokens, s.begin(), s.end())).toList();
                }
                // "the founder of Google's AI lab" founded something of the company's.
                case FOUNDED_BY -> subjects = subjects.stream().filter(s -> !ownsSomethingElse(tokens, s)).toList();
                // "bought the Nissan assets", "the acquisition of Intel's modem business": a part of the company changed hands.
                case ACQUIRES -> objects = objects.stream().filter(o -> !namesAHolding(tokens, o) && !modifiesACommonNoun(tokens, o)).toList();
                // "invest equity into Vodafone's IoT platform": the money goes into a part of the company.
                case INVESTS_IN -> objects = objects.stream().filter(o -> !namesAnInvestedPart(tokens, o)).toList();
                // "said on its Weibo social media account": the company speaks on the platform, it does not own it.
                case DEVELOPS -> {
                    objects = objects.stream().filter(o -> !namesAPresence(tokens, o) && !namesAnOrder(tokens, o)).toList();
                    subjects = subjects.stream().filter(s -> !suppliedOwner(tokens, s)).toList();
                }
                // "Florida-based Salesforce consulting firm Coastal Cloud": the place is the base of the firm named after.
                case HEADQUARTERED_IN -> subjects = subjects.stream().filter(s -> !modifiesANamedFirm(tokens, s) && !basedElsewhere(tokens, s)).toList();
                // "About 20% of Arm is owned by SoftBank": a share owned is a stake, not the company.
                case SUBSIDIARY_OF -> subjects = subjects.stream().filter(s -> dependencies == null || !shareOf(tokens, s)).toList();
                default -> { }
            }
            for (Mention s : subjects) {
                for (Mention o : objects) {
                    if (rule.relation() == Relation.SUPPLIES && sellsAHolding(tokens, s, o) || keptFrom(tokens, s) || formerlyBetween(tokens, s, o, rule.relation())) {
                        continue;
                    }
                    if (!inAppositionBefore(sentence.tokens(), mentions, s, o) && !(rule.relation().symmetric() && ParseChecks.pairAfterPreposition(tokens, s, o))
                            && !(rule.relation() == Relation.LEADS && ParseChecks.participleOfAnother(parse.map(Parse::graph), tokens, o, s, bareTitles::peopleGroup))
                            && parse.map(p -> !ParseChecks.someoneElseActs(p.graph(), tokens, mentions, s, o)
                                    && !cancelledByParse(p, rule.relation(), s, o)).orElse(true)) {
                        add(found, entities, s, rule, o, sentence, mentions, references, topic);
                    }
                }
            }
            if (rule.pairObjects()) {
                for (int i = 0; i < objects.size(); i++) {
                    for (int j = i + 1; j < objects.size(); j++) {
                        add(found, entities, objects.get(i), rule, objects.get(j), sentence, mentions, references, topic);
                    }
                }
            }
        }
    }

    /**
     * Whether one of the investment's own veto words ({@code veto investsIn} in relations.rules: options, warrants)
     * stands between the two parties or in the few tokens before the first.
     */
    private boolean optionNear(List<Token> tokens, Mention subject, Mention object) {
        Set<String> veto = rules.relationVeto().getOrDefault(Relation.INVESTS_IN, Set.of());
        int from = Math.max(0, Math.min(subject.begin(), object.begin()) - VETO_WINDOW_BEFORE);
        int to = Math.max(subject.end(), object.end());
        for (int k = from; k < to; k++) {
            if (veto.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a share of the company is named right before it: "2.5% of", "10 percent of", "a stake in", "shares of". */
    private boolean shareOf(List<Token> tokens, Mention company) {
        int k = company.begin() - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).word().matches("(?i)of|in")) {
            return false;
        }
        return dependencies.stakeWord(tokens.get(k - 1).word());
    }

    /**
     * "owns 90% of Cruise", "controls 51 percent of the unit": a share of more than half, which makes the company a
     * subsidiary (a stake alone does not).
     */
    private static boolean majorityShareOf(List<Token> tokens, Mention company) {
        int k = company.begin() - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 2 || !tokens.get(k).word().equalsIgnoreCase("of") || !tokens.get(k - 1).word().matches("(?i)%|percent|pct")) {
            return false;
        }
        try {
            return Double.parseDouble(tokens.get(k - 2).word().replace(',', '.')) > 50;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** "Anthropic bought Nvidia chips": a name right before a common noun in lower case describes what was bought. */
    private static boolean modifiesACommonNoun(List<Token> tokens, Mention company) {
        return company.end() < tokens.size() && tokens.get(company.end()).tag().matches("NNS?")
                && Character.isLowerCase(tokens.get(company.end()).word().codePointAt(0));
    }

    /** "Salesforce consulting firm Coastal Cloud": a name followed by nouns ending in a company noun and another name. */
    private boolean modifiesANamedFirm(List<Token> tokens, Mention organisation) {
        for (int k = organisation.end(); k < Math.min(tokens.size() - 1, organisation.end() + 3); k++) {
            Token token = tokens.get(k);
            if (!token.tag().matches("NNS?|JJ|HYPH|VBG")) {
                return false;
            }
            if (dependencies.descriptorNoun(token.word()) && tokens.get(k + 1).tag().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an "X-based" before the organisation describes something else (see the two cases below). */
    private static boolean basedElsewhere(List<Token> tokens, Mention organisation) {
        return subjectOfAReducedRelative(tokens, organisation) || opensALongerName(tokens, organisation);
    }

    /**
     * "Zeta, a US-based chip designer Acme acquired in 2021": after an apposition "a … X-based noun", a name
     * followed by a verb is the subject of a relative clause on that noun, not the firm the place is the base of.
     */
    private static boolean subjectOfAReducedRelative(List<Token> tokens, Mention organisation) {
        if (organisation.end() >= tokens.size() || !tokens.get(organisation.end()).tag().matches("VBD|VBZ|VBP")) {
            return false;
        }
        int k = organisation.begin() - 1;
        while (k >= 0 && k >= organisation.begin() - 5 && tokens.get(k).tag().matches("NNS?|JJ|HYPH|VBG")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).word().toLowerCase(Locale.ROOT).matches("-?(based|headquartered)")) {
            return false;
        }
        k--;
        while (k >= 0 && (tokens.get(k).tag().matches("NNPS?|HYPH|,") || tokens.get(k).word().equals("-"))) {
            k--;
        }
        // Only in an apposition ("Inpria, a …"): a sentence opening "A Seoul-based startup Rebellions raised …" names its subject.
        return k > 0 && tokens.get(k).word().toLowerCase(Locale.ROOT).matches("an?") && tokens.get(k - 1).word().equals(",");
    }

    /**
     * "The San Francisco-based 9th U.S. Circuit Court of Appeals": a government's name followed by more capitalised
     * words is part of a longer name (here of an unnamed court), which is what the place is the base of.
     */
    private static boolean opensALongerName(List<Token> tokens, Mention organisation) {
        int next = organisation.end();
        return organisation.type() == EntityType.GOVERNMENT_BODY && next < tokens.size() && tokens.get(next).tag().startsWith("NNP")
                && Character.isUpperCase(tokens.get(next).word().codePointAt(0));
    }

    /**
     * "HP's AI initiatives": a possessive after the organisation whose next word (past adjectives) is no title and no
     * board ("Microsoft's CEO", "Intel's board", "Apple's new chief" name the organisation's own head).
     */
    private boolean ownsSomethingElse(List<Token> tokens, Mention organisation) {
        if (!possessive(tokens, organisation)) {
            return false;
        }
        int k = organisation.end() + 1;
        while (k < tokens.size() && tokens.get(k).tag().startsWith("JJ")) {
            k++;
        }
        return k < tokens.size() && !bareTitles.namesOwnHead(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** Whether an account, page or channel on the product follows its name and modifiers ("its Weibo social media account"). */
    private boolean namesAPresence(List<Token> tokens, Mention product) {
        return nounAfterName(tokens, product, presenceParts, 4);
    }

    /** Whether an order or a demand follows the product's name and modifiers ("Nvidia's HBM4 orders"): its owner buys it. */
    private boolean namesAnOrder(List<Token> tokens, Mention product) {
        return nounAfterName(tokens, product, orderedParts, 3);
    }

    /** Whether one of the nouns follows the name within the reach, past modifiers only. */
    private static boolean nounAfterName(List<Token> tokens, Mention name, Set<String> nouns, int reach) {
        for (int k = name.end(); k < Math.min(tokens.size(), name.end() + reach); k++) {
            if (nouns.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!tokens.get(k).tag().matches("JJ.*|NN.*|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /** Whether suppliers "for" or "of" stand right before the owner ("the primary suppliers for Nvidia's HBM4 chips"). */
    private boolean suppliedOwner(List<Token> tokens, Mention owner) {
        int before = owner.begin() - 1;
        return before >= 1 && tokens.get(before).word().matches("(?i)for|of|to")
                && supplierNouns.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the company's possessive, then up to seven words of a noun phrase ("Vodafone's Internet of Things (IoT)
     * platform"), name a part of it that money goes into.
     */
    private boolean namesAnInvestedPart(List<Token> tokens, Mention company) {
        if (company.begin() > 0 && tokens.get(company.begin() - 1).word().equalsIgnoreCase("the") && modifiesACommonNoun(tokens, company)) {
            return true; // "invested in the Samsung experience": the name only describes what the money (or care) goes into
        }
        if (!possessive(tokens, company)) {
            return false;
        }
        for (int k = company.end() + 1; k < Math.min(tokens.size(), company.end() + 9); k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (investedParts.contains(word)) {
                return true;
            }
            if (!tokens.get(k).tag().matches("JJ.*|NN.*|-LRB-|-RRB-|HYPH|CD") && !word.equals("of") && !word.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the company names a part of itself that is sold: a holding noun right after it ("the Nissan assets") or
     * after its possessive and modifiers ("Intel's modem chip business").
     */
    private boolean namesAHolding(List<Token> tokens, Mention company) {
        boolean owned = possessive(tokens, company);
        int first = owned ? company.end() + 1 : company.end();
        int last = Math.min(tokens.size(), first + (owned ? 4 : 1));
        for (int k = first; k < last; k++) {
            if (acquiredParts.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!tokens.get(k).tag().matches("NN|NNS|JJ|NNP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether, between the two parties, a word of a sale has a part of a company for its goods within six words ("sold its
     * consumer fiber business to", "sold a 51% stake in Altera to").
     */
    private boolean sellsAHolding(List<Token> tokens, Mention one, Mention other) {
        int from = Math.min(one.end(), other.end());
        int to = Math.max(one.begin(), other.begin());
        for (int k = from; k < to; k++) {
            if (!saleWords.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int g = k + 1; g < Math.min(to, k + 7) && !tokens.get(g).word().equalsIgnoreCase("to"); g++) {
                if (acquiredParts.contains(tokens.get(g).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a possessive follows the mention ("HP's"). */
    private static boolean possessive(List<Token> tokens, Mention mention) {
        return mention.end() < tokens.size() && tokens.get(mention.end()).tag().equals("POS");
    }

    /**
     * "an investigation into Alphabet Inc's Google", "works with Synopsys' rival Cadence": a company named right after the
     * object's possessive (and a role) is the one acted on; its owner only names it.
     */
    private static Mention possessedCompany(Mention object, List<Mention> mentions, List<Token> tokens, Map<String, Entity> entities) {
        int after = object.end();
        if (after + 1 >= tokens.size() || !possessive(tokens, object)) {
            return object;
        }
        // "works with Synopsys' rival Cadence": a few lower-case words of a role may stand between.
        int next = after + 1;
        while (next < tokens.size() && next <= after + 3 && tokens.get(next).tag().matches("NN|JJ.*") && Character.isLowerCase(tokens.get(next).word().codePointAt(0))) {
            next++;
        }
        for (Mention m : mentions) {
            if ((m.begin() == after + 1 || m.begin() == next) && entities.get(m.entityName()).type() == EntityType.COMPANY) {
                return m;
            }
        }
        return object;
    }

    /**
     * "HPE agreed to buy Juniper … The Justice Department imposed conditions on the merger": in a sentence that names a
     * government body, "the merger" (or deal, takeover …, {@code regulated-deals.txt}) stands for the acquirer of the
     * latest takeover found in an earlier sentence, whom regulators act on when they rule on the deal. One reference per
     * such word; none when the sentence names no government body or the article no takeover.
     */
    private List<Mention> regulatedDeals(Sentence sentence, List<Mention> named, Map<String, Entity> entities,
                                         java.util.Collection<CandidateRelation> found) {
        if (named.stream().noneMatch(m -> entities.get(m.entityName()).type() == EntityType.GOVERNMENT_BODY)) {
            return List.of();
        }
        CandidateRelation takeover = null;
        for (CandidateRelation fact : found) {
            if (fact.relation() == Relation.ACQUIRES && fact.sentence() < sentence.index()
                    && (takeover == null || fact.sentence() >= takeover.sentence())) {
                takeover = fact;
            }
        }
        if (takeover == null) {
            return List.of();
        }
        List<Token> tokens = sentence.tokens();
        List<Mention> deals = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            int at = i;
            if (dealWords.get("words").contains(lower(tokens.get(i))) && tokens.get(i).tag().startsWith("NN")
                    && dealWords.get("determiners").contains(lower(tokens.get(i - 1)))
                    && named.stream().noneMatch(m -> m.begin() <= at && at < m.end())
                    && !(i + 1 < tokens.size() && dealWords.get("own-parties").contains(lower(tokens.get(i + 1))))) {
                deals.add(new Mention(sentence.index(), i, i + 1, tokens.get(i).word(), takeover.subject()));
            }
        }
        return deals;
    }

    private static List<Mention> concat(List<Mention> first, List<Mention> second) {
        List<Mention> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A sentence as the parser saw it (names tagged as proper nouns), with its dependency graph. */
    private record Parse(Sentence tagged, DependencyGraph graph, List<Mention> mentions, Set<Relation> possible) {}

    /**
     * The parse of the sentence when its entities (names and references) could hold a relation that a trigger word
     * of the sentence states; empty otherwise, or without the dependency layer.
     */
    private Optional<Parse> parse(Sentence sentence, List<Mention> named, List<Mention> references, Map<String, Entity> entities) {
        if (dependencies == null) {
            return Optional.empty();
        }
        List<Mention> all = new ArrayList<>(named);
        all.addAll(references);
        // "Hertz will buy 100,000 Tesla Model 3 cars": goods named after their maker bring the maker into the sentence.
        List<Mention> counted = new ArrayList<>(all);
        for (Mention mention : named) {
            Entity entity = entities.get(mention.entityName());
            if (entity != null && entity.type() == EntityType.PRODUCT) {
                productNames.makerInName(mention, entities.values()).ifPresent(maker -> counted.add(
                        new Mention(mention.sentence(), mention.begin(), mention.end(), mention.surface(), maker, EntityType.COMPANY)));
                // "Texas banned ChatGPT", OpenAI named elsewhere in the article: a regulator may act on the known maker.
                makerInArticle(entity.name(), entities).ifPresent(maker -> counted.add(
                        new Mention(mention.sentence(), mention.begin(), mention.end(), mention.surface(), maker, EntityType.COMPANY)));
            }
        }
        Set<Relation> possible = possibleRelations(counted, entities);
        if (possible.isEmpty() || !dependencies.worthParsing(sentence, possible)) {
            return Optional.empty();
        }
        // The templates see the tags the parser saw.
        Sentence tagged = ParseInput.withNamesTagged(sentence, named, parseMendWords.get("verbs-read-as-nouns"));
        DependencyGraph graph = CompanySecurities.mend(tagged.tokens(), DescribedObjects.mend(tagged.tokens(), RelativeClauses.mend(tagged.tokens(),
                NameLists.mend(tagged.tokens(), Asides.parseWithout(tagged, parser, named, parseMendWords), named), named,
                parseMendWords.get("relative-pronouns")), dependencies::descriptorNoun), dependencies::security);
        return Optional.of(new Parse(tagged, dependencies.withInheritedSubjects(tagged, graph), all, possible));
    }


    /**
     * "Kioxia, formerly Toshiba's memory business", "Dana Reyes, once the head of Zeta": an apposition that says what a
     * company or person was, between the two parties of a fact of belonging or leading.
     */
    private boolean formerlyBetween(List<Token> tokens, Mention a, Mention b, Relation relation) {
        if (relation != Relation.SUBSIDIARY_OF && relation != Relation.LEADS && relation != Relation.HEADQUARTERED_IN) {
            return false;
        }
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.begin(), b.begin());
        for (int k = from; k + 1 < to; k++) {
            if (tokens.get(k).word().equals(",") && keptAndFormer.get("past-markers").contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to prevent Hybe from buying SM", "barred Huawei from supplying": the subject is kept from the act, which the
     * parser may not even attach to it.
     */
    private boolean keptFrom(List<Token> tokens, Mention subject) {
        int after = subject.end();
        if (after + 1 >= tokens.size() || !tokens.get(after).word().equalsIgnoreCase("from") || !tokens.get(after + 1).tag().equals("VBG")) {
            return false;
        }
        for (int k = subject.begin() - 1; k >= Math.max(0, subject.begin() - 3); k--) {
            if (keptAndFormer.get("keeping-verbs").contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT)) && tokens.get(k).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "AMD almost bought Nvidia": the parse puts the verb that links the subject to the object under a negation, a
     * modal or a word that cancels it, as the dependency layer's guards judge it (titles are judged by their own rules).
     */
    private boolean cancelledByParse(Parse parse, Relation relation, Mention subject, Mention object) {
        if (PERSON_RELATIONS.contains(relation) || subject.end() > object.begin()) {
            return false;
        }
        int verb = ParseChecks.governingVerb(parse.graph(), parse.tagged().tokens(), object);
        return verb >= subject.end() && verb < object.begin() && dependencies.guarded(verb, relation, parse.tagged(), parse.graph());
    }

    /**
     * Adds the facts of the dependency templates on a parsed sentence. A fact resting on a reference is less certain,
     * as with the token rules.
     */
    private void matchDependencies(Parse parse, Sentence sentence, List<Mention> named, List<Mention> references, List<Mention> deals,
                                   Map<String, Entity> entities, Map<String, CandidateRelation> found, String topic) {
        List<Mention> all = parse.mentions();
        Set<Relation> possible = parse.possible();
        Sentence tagged = parse.tagged();
        DependencyGraph graph = parse.graph();
        List<String> labels = label(sentence, all, entities).stream().map(LabeledToken::label).toList();
        for (DependencyExtractor.Found parsed : dependencies.find(tagged, graph, all, labels, possible)) {
            DependencyExtractor.Found fact = withMakerOfProduct(parsed, all, entities);
            if ((deals.contains(fact.subject()) || deals.contains(fact.object())) && fact.relation() != Relation.REGULATES) {
                continue; // "the merger" stands for its acquirer only as what a regulator acts on
            }
            if (formerlyBetween(sentence.tokens(), fact.subject(), fact.object(), fact.relation())) {
                continue; // "Kioxia, formerly Toshiba's memory business": what the company was
            }
            if (fact.relation() == Relation.INVESTS_IN && optionNear(sentence.tokens(), fact.subject(), fact.object())) {
                continue; // "The warrant allows OpenAI to purchase shares of AMD": an option to buy shares is no stake
            }
            if (fact.relation() == Relation.SUPPLIES && sellsAHolding(sentence.tokens(), fact.subject(), fact.object())) {
                continue; // "sold its consumer fiber business to AT&T": a part of the company changed hands
            }
            if (fact.relation() == Relation.HEADQUARTERED_IN && basedElsewhere(sentence.tokens(), fact.subject())) {
                continue; // "Zeta, a US-based chip designer Acme acquired": the place is Zeta's base, not Acme's
            }
            if (fact.relation() == Relation.LEADS && (bareTitles.leavingAfter(sentence.tokens(), fact.subject().end())
                    || bareTitles.replacedBefore(sentence.tokens(), fact.subject().begin(), fact.subject().end()))) {
                continue; // "Nokia CEO Pekka Lundmark has stepped down", "succeeding co-founder Alexandr Wang": leaving the post
            }
            Mention owned = fact.relation() == Relation.ACQUIRES ? fact.object()
                    : fact.relation() == Relation.SUBSIDIARY_OF || fact.relation() == Relation.SUPPLIES ? fact.subject() : null;
            // "owns 90% of Cruise" is a share that makes a subsidiary.
            if (owned != null && all.stream().anyMatch(m -> m.entityName().equals(owned.entityName()) && shareOf(sentence.tokens(), m)
                    && !(fact.relation() == Relation.SUBSIDIARY_OF && majorityShareOf(sentence.tokens(), m)))) {
                continue; // "Sony has acquired 2.5% of Bandai Namco", "owns 10% of Kadokawa": a stake, for the investment rules
            }
            boolean resolved = references.contains(fact.subject()) || references.contains(fact.object());
            Mention goodsOwner = fact.trigger().reversed() ? fact.subject() : fact.object();
            if (fact.relation() == Relation.SUPPLIES && references.contains(goodsOwner)
                    && GUESSED_GOODS_TEMPLATES.stream().anyMatch(fact.trigger().template()::startsWith)) {
                continue; // "the group will use the company's tools": the owner of goods named by a reference is a guess
            }
            if (resolved && PERSON_RELATIONS.contains(fact.relation()) && !namedEarlierInSentence(fact.subject(), fact.object(), all, references, topic, fact.relation() == Relation.FOUNDED_BY)) {
                continue;
            }
            if (!acceptsHere(fact.relation(), fact.subject(), fact.object(), entities)) {
                continue; // "TikTok's US business": a country named as a place here is no government here
            }
            if (pairWithItsMember(fact.subject(), fact.object(), references)) {
                continue; // "how Nvidia and AMD deploy their GPUs": "their" is both, not the other one
            }
            if (!fact.relation().symmetric() && inOneList(sentence.tokens(), named, fact.subject(), fact.object())) {
                continue; // "the acquisitions of Foundries.io, Edge Impulse and Arduino": listed together, not related
            }
            double confidence = fact.trigger().confidence();
            add(found, entities, new CandidateRelation(fact.subject().entityName(), fact.relation(), fact.object().entityName(),
                    sentence.index(), sentence.text(),
                    resolved ? Math.round(confidence * REFERENCE_CONFIDENCE_FACTOR * 100) / 100.0 : confidence,
                    resolved ? fact.trigger().ruleId() + REFERENCE_RULE_SUFFIX : fact.trigger().ruleId()));
        }
    }

    /** The relations the sentence's mentions could hold: at least two entities, of types the relation links. */
    static Set<Relation> possibleRelations(List<Mention> mentions, Map<String, Entity> entities) {
        if (mentions.stream().map(Mention::entityName).distinct().count() < 2) {
            return Set.of();
        }
        Map<EntityType, Integer> entitiesByType = new EnumMap<>(EntityType.class);
        mentions.stream().map(Mention::entityName).distinct()
                .forEach(name -> entitiesByType.merge(entities.get(name).type(), 1, Integer::sum));
        Set<Relation> possible = EnumSet.noneOf(Relation.class);
        for (Relation relation : Relation.values()) {
            if (relation.possibleAmong(entitiesByType)) {
                possible.add(relation);
            }
        }
        return possible;
    }

    /**
     * "Amazon's iOS app": the gazetteer knows iOS as Apple's, so Amazon does not develop it. A product's own
     * maker, and that maker's parent or units, may develop it.
     */
    private boolean someoneElsesProduct(CandidateRelation fact) {
        if (fact.relation() != Relation.DEVELOPS) {
            return false;
        }
        String maker = gazetteer.byCanonical(fact.object()).map(GazetteerEntry::owner).orElse("");
        if (maker.isEmpty() || maker.equals(fact.subject())) {
            return false;
        }
        String makersParent = gazetteer.byCanonical(maker).map(GazetteerEntry::owner).orElse("");
        String subjectsParent = gazetteer.byCanonical(fact.subject()).map(GazetteerEntry::owner).orElse("");
        return !makersParent.equals(fact.subject()) && !subjectsParent.equals(maker);
    }

    /** A government body is where something is based only when it is a country or capital of the gazetteer. */
    private boolean placeWhereBased(CandidateRelation fact, Map<String, Entity> entities) {
        if (fact.relation() != Relation.HEADQUARTERED_IN || entities.get(fact.object()).type() != EntityType.GOVERNMENT_BODY) {
            return true;
        }
        return gazetteer.byCanonical(fact.object()).filter(entry -> entry.type() == EntityType.PLACE).isPresent();
    }

    private static List<LabeledToken> label(Sentence sentence, List<Mention> mentions, Map<String, Entity> entities) {
        String[] labels = new String[sentence.tokens().size()];
        java.util.Arrays.fill(labels, "O");
        for (Mention m : mentions) {
            String label = entities.get(m.entityName()).type().ruleLabel();
            for (int i = m.begin(); i < m.end(); i++) {
                labels[i] = label;
            }
        }
        List<LabeledToken> labelled = new ArrayList<>(labels.length);
        for (Token token : sentence.tokens()) {
            labelled.add(new LabeledToken(token.word(), token.lemma(), token.tag(), labels[token.index()]));
        }
        return labelled;
    }

    private boolean vetoed(List<Token> tokens, PatternMatch match, Relation relation) {
        Set<String> veto = vetoByRelation.get(relation);
        for (int i = Math.max(0, match.begin() - VETO_WINDOW_BEFORE); i < match.end(); i++) {
            if (veto.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && !reportedPlan(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** "said it would invest": a modal after a verb of saying reports a plan ({@code reported-plans.txt}). */
    private boolean reportedPlan(List<Token> tokens, int modal) {
        if (!reportedModals.contains(tokens.get(modal).word().toLowerCase(Locale.ROOT))
                || modal + 1 < tokens.size() && tokens.get(modal + 1).word().equalsIgnoreCase("have")) {
            return false;
        }
        for (int k = Math.max(0, modal - REPORTING_WINDOW); k < modal; k++) {
            if (reportingVerbs.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Amazon invested in Anthropic, and Google also invested": a later item of an object list after the subject
     * that a verb follows is the subject of a new clause, not one more object; it and the items after it are dropped.
     * So is one after ", and" with a relative clause of its own: "Microsoft, which invested in OpenAI, and Anthropic,
     * which …". (An object list before the verb, "Vivo, Oppo and Xiaomi are fighting", is left whole.)
     */
    private static List<Mention> withoutNewSubjects(List<Mention> objects, List<Token> tokens) {
        for (int i = 1; i < objects.size(); i++) {
            Mention item = objects.get(i);
            int next = item.end();
            while (next < tokens.size() && tokens.get(next).tag().startsWith("RB")) {
                next++;
            }
            if (next < tokens.size() && FINITE_VERB_TAGS.contains(tokens.get(next).tag())) {
                return objects.subList(0, i);
            }
            if (ParseChecks.joinedWithOwnRelativeClause(tokens, item)) {
                return objects.subList(0, i);
            }
        }
        return objects;
    }

    /**
     * "invested into the OpenAI rival", "invested in OpenAI rival Anthropic": a name before a description head names
     * the company the description is about, not the one described, except for the relation the head states when a
     * name follows ({@code description-heads.txt}).
     */
    private List<Mention> notDescribing(List<Mention> mentions, List<Token> tokens, Relation relation) {
        return mentions.stream().filter(m -> !describesAnother(m, tokens, relation)).toList();
    }

    private boolean describesAnother(Mention mention, List<Token> tokens, Relation relation) {
        int head = mention.end();
        Relation stated = head < tokens.size() ? descriptionHeads.get(tokens.get(head).lemma().toLowerCase(Locale.ROOT)) : null;
        if (stated == null) {
            return false;
        }
        boolean nameAfter = head + 1 < tokens.size() && tokens.get(head + 1).tag().startsWith("NNP");
        if (nameAfter) {
            return stated != relation; // "OpenAI rival Anthropic" states the rivalry and nothing else of OpenAI
        }
        return mention.begin() > 0 && tokens.get(mention.begin() - 1).tag().matches("DT|PRP\\$"); // "the OpenAI rival"
    }

    private static Map<String, Relation> descriptionHeads() {
        Map<String, Relation> heads = new HashMap<>();
        for (String line : Resources.lines(RuleBasedExtractor.class, "description-heads.txt")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new TechKgException("description-heads.txt: expected noun<TAB>relation but found '" + line + "'");
            }
            heads.put(cells[0].strip(), Relation.fromLocalName(cells[1].strip()));
        }
        return Map.copyOf(heads);
    }

    /** "According to Nikkei, Rapidus is partnering with IBM": a source cited for a statement is no party to it. */
    private static List<Mention> notAttributions(List<Mention> mentions, List<Token> tokens) {
        return mentions.stream().filter(m -> !Attribution.cited(tokens, m)).toList();
    }

    /**
     * Of names that follow each other with nothing between, the last: it is the head of the compound ("U.S. Commerce
     * Secretary Gina Raimondo" leads the Commerce Department, not the country).
     */
    private static List<Mention> heads(List<Mention> mentions) {
        List<Mention> heads = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            boolean modifier = mentions.stream().anyMatch(next -> next.begin() == mention.end() && next != mention);
            if (!modifier) {
                heads.add(mention);
            }
        }
        return heads;
    }

    private static List<Mention> inside(List<Mention> mentions, int[] span) {
        if (span == null) {
            return List.of();
        }
        return mentions.stream().filter(m -> m.begin() >= span[0] && m.end() <= span[1]).toList();
    }

    /**
     * A fact from one match. One that rests on a reference ("its", "the company") is less certain than its
     * rule, as the antecedent is a guess: it keeps {@value #REFERENCE_CONFIDENCE_FACTOR} of the confidence and
     * names the guess in its rule id.
     */
    private static void add(Map<String, CandidateRelation> found, Map<String, Entity> entities, Mention subject, Rule rule,
                            Mention object, Sentence sentence, List<Mention> mentions, List<Mention> references, String topic) {
        boolean resolved = references.contains(subject) || references.contains(object);
        if (!references.isEmpty() && !resolved) {
            return;
        }
        if (resolved && PERSON_RELATIONS.contains(rule.relation()) && !namedEarlierInSentence(subject, object, mentions, references, topic, rule.relation() == Relation.FOUNDED_BY)) {
            // "Meta bought a stake in Scale AI. Its founder …": whose founder is a guess too far for a fact about a person.
            return;
        }
        if (!rule.relation().symmetric() && inOneList(sentence.tokens(), mentions, subject, object)) {
            return;
        }
        if (!acceptsHere(rule.relation(), subject, object, entities)) {
            return; // a mention keeps its own place or government reading
        }
        if (pairWithItsMember(subject, object, references)) {
            return;
        }
        double confidence = resolved ? Math.round(rule.confidence() * REFERENCE_CONFIDENCE_FACTOR * 100) / 100.0 : rule.confidence();
        add(found, entities, new CandidateRelation(subject.entityName(), rule.relation(), object.entityName(), sentence.index(),
                sentence.text(), confidence, resolved ? rule.id() + REFERENCE_RULE_SUFFIX : rule.id()));
    }

    /**
     * "Indonesia has banned the sale of the iPhone 16 because Apple …": a regulator acts on the maker of a product it
     * acts on, when the article names the maker the gazetteer knows for it; so is a supplier's customer ("panels for
     * the iPhone 17"). Goods supplied under a name that opens with their maker's come from the maker.
     */
    private DependencyExtractor.Found withMakerOfProduct(DependencyExtractor.Found fact, List<Mention> all, Map<String, Entity> entities) {
        Entity goods = entities.get(fact.subject().entityName());
        if (fact.relation() == Relation.SUPPLIES && goods != null && goods.type() == EntityType.PRODUCT) {
            // "Hertz will buy 100,000 Tesla Model 3 cars": goods named after their maker come from the maker.
            Mention named = fact.subject();
            return productNames.makerInName(named, entities.values())
                    .map(maker -> new DependencyExtractor.Found(new Mention(named.sentence(), named.begin(), named.end(), named.surface(), maker,
                            EntityType.COMPANY), fact.relation(), fact.object(), fact.trigger())).orElse(fact);
        }
        Entity product = entities.get(fact.object().entityName());
        if (fact.relation() != Relation.REGULATES && fact.relation() != Relation.SUPPLIES || product == null || product.type() != EntityType.PRODUCT) {
            return fact;
        }
        // "Texas banned ChatGPT on state devices", OpenAI named elsewhere in the article: the maker stands at the product.
        Mention named = fact.object();
        return makerInArticle(product.name(), entities).map(maker -> new DependencyExtractor.Found(fact.subject(), fact.relation(),
                all.stream().filter(m -> m.entityName().equals(maker)).findFirst()
                        .orElse(new Mention(named.sentence(), named.begin(), named.end(), named.surface(), maker, EntityType.COMPANY)),
                fact.trigger())).orElse(fact);
    }

    /** The gazetteer's maker of the product, when the article names it as a company. */
    private Optional<String> makerInArticle(String product, Map<String, Entity> entities) {
        String maker = productNames.knownMaker(product);
        Entity entity = maker == null ? null : entities.get(maker);
        return entity != null && entity.type() == EntityType.COMPANY ? Optional.of(maker) : Optional.empty();
    }

    /** Keeps one relation per (subject, relation, object), symmetric ones in either direction, with the best confidence. */
    private static void add(Map<String, CandidateRelation> found, Map<String, Entity> entities, CandidateRelation candidate) {
        if (candidate.subject().equals(candidate.object())) {
            return;
        }
        EntityType subjectType = entities.get(candidate.subject()).type();
        EntityType objectType = entities.get(candidate.object()).type();
        if (!candidate.relation().accepts(subjectType, objectType)) {
            return;
        }
        String key = key(candidate.subject(), candidate.relation(), candidate.object());
        if (candidate.relation().symmetric() && !found.containsKey(key)) {
            String reverse = key(candidate.object(), candidate.relation(), candidate.subject());
            if (found.containsKey(reverse)) {
                key = reverse;
            }
        }
        CandidateRelation existing = found.get(key);
        if (existing == null || existing.confidence() < candidate.confidence()) {
            found.put(key, existing == null ? candidate
                    : new CandidateRelation(existing.subject(), candidate.relation(), existing.object(), candidate.sentence(),
                    candidate.evidence(), candidate.confidence(), candidate.rule()));
        }
    }

    /** Whether the company each reference of the pair stands for is named earlier in the same sentence. */
    private static boolean namedEarlierInSentence(Mention subject, Mention object, List<Mention> mentions, List<Mention> references,
                                                  String topic, boolean founding) {
        for (Mention reference : List.of(subject, object)) {
            if (founding && references.contains(reference) && reference.surface().matches("(?i)he|she|his|her|him")) {
                // "He also founded Amazon Web Services": a person's pronoun means the person named before, unless this
                // sentence names another person it could as well mean. (Not for leading: "He has also been CEO of
                // Telegent" tells a past career more often than a present post.)
                if (mentions.stream().anyMatch(m -> !references.contains(m) && m.type() == EntityType.PERSON
                        && !m.entityName().equals(reference.entityName()))) {
                    return false;
                }
                continue;
            }
            // "head of the watchdog", "head of the Indian regulator": an agency's description names the one agency
            // the article is about; a pronoun ("its founder") may mean any company before it.
            // So does a company's description with a head noun of its own ("the search giant", "the software
            // maker's co-founder"): it is resolved by what it says, not by distance alone.
            // ... unless the sentence names another company the description could as well mean ("Apple CEO Tim Cook has
            // run the Cupertino-based company since 2011").
            boolean otherCompanyNamed = mentions.stream().anyMatch(m -> !references.contains(m) && m.type() == EntityType.COMPANY
                    && !m.entityName().equals(reference.entityName()));
            boolean described = !reference.surface().matches("(?i)it|its|itself|they|their|them|themselves") && !otherCompanyNamed;
            // A pronoun may stand for the company the article is clearly about ("Its three co-founders are …").
            boolean aboutTopic = reference.entityName().equals(topic);
            if (references.contains(reference) && !described && !aboutTopic && mentions.stream().noneMatch(m -> !references.contains(m)
                    && m.entityName().equals(reference.entityName()) && m.end() <= reference.begin())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one end is a plural reference ("their", "the two companies") that stands for the other end, named, as well:
     * a pair is not in a relation with one of its own members.
     */
    private static boolean pairWithItsMember(Mention subject, Mention object, List<Mention> references) {
        boolean sameSpan = subject.sentence() == object.sentence() && subject.begin() == object.begin() && subject.end() == object.end();
        if (sameSpan) {
            return false; // "the competition among them": the pair's members with each other
        }
        for (Mention reference : List.of(subject, object)) {
            Mention other = reference == subject ? object : subject;
            if (references.contains(reference) && !references.contains(other) && references.stream().anyMatch(r -> r.sentence() == reference.sentence()
                    && r.begin() == reference.begin() && r.end() == reference.end() && r.entityName().equals(other.entityName()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the relation takes the two mentions as they are read where they stand: a country the article makes a
     * government elsewhere is a place in "TikTok's US business", and owns nothing there.
     */
    private static boolean acceptsHere(Relation relation, Mention subject, Mention object, Map<String, Entity> entities) {
        return relation.accepts(typeHere(subject, entities), typeHere(object, entities));
    }

    private static EntityType typeHere(Mention mention, Map<String, Entity> entities) {
        Entity entity = entities.get(mention.entityName());
        if (entity == null) {
            return mention.type();
        }
        boolean placeHere = mention.type() == EntityType.PLACE && entity.type() == EntityType.GOVERNMENT_BODY;
        return placeHere ? EntityType.PLACE : entity.type();
    }

    /**
     * "Rivian, a rival to Tesla, unveiled the R1T", "Sundar Pichai, CEO of Google, announced Bard": a subject inside an
     * apposition that describes the name before it, with the object after the apposition, is not the verb's subject.
     */
    static boolean inAppositionBefore(List<Token> tokens, List<Mention> mentions, Mention subject, Mention object) {
        if (object.begin() < subject.end()) {
            return false;
        }
        int open = subject.begin() - 1;
        while (open >= 0 && !tokens.get(open).word().equals(",")) {
            open--;
        }
        int close = subject.end();
        while (close < object.begin() && !tokens.get(close).word().equals(",")) {
            close++;
        }
        if (open <= 0 || close >= object.begin()) {
            return false;
        }
        // "Musk, who is also CEO of Tesla and SpaceX, acquired Twitter": a relative clause between commas is read as an
        // apposition is; any other finite verb makes a clause ("In China, Nvidia competes with Huawei, whose …").
        boolean relative = tokens.get(open + 1).word().matches("(?i)who|which|whose");
        for (int k = open + 1; k < close && !relative; k++) {
            if (tokens.get(k).tag().matches("MD|VB[DPZ]")) {
                return false;
            }
        }
        int described = open;
        return mentions.stream().anyMatch(m -> m.end() == described && !m.entityName().equals(subject.entityName()));
    }

    /**
     * Whether the two mentions are members of one coordinated list of names: only commas and "and" or "or" (with "now"
     * or "then") between each name and the next, and at least one "and" or "or" in the list ("A, B and C").
     */
    static boolean inOneList(List<Token> tokens, List<Mention> mentions, Mention a, Mention b) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Mention::begin));
        int first = Math.min(sorted.indexOf(a), sorted.indexOf(b));
        int last = Math.max(sorted.indexOf(a), sorted.indexOf(b));
        if (first < 0 || first == last) {
            return false;
        }
        boolean conjunction = false;
        for (int i = first; i < last; i++) {
            String between = wordsBetween(tokens, sorted.get(i).end(), sorted.get(i + 1).begin());
            if (!LIST_SEPARATOR.matcher(between).matches() || conjunction && between.equals(",")) {
                return false; // "Founded by Dana Holt and Amir Sahin, Skylark …": a comma after the last conjunct ends the list
            }
            conjunction |= !between.equals(",");
        }
        // "Nvidia, Intel and AMD": the "and" may come after the pair
        for (int i = last; !conjunction && i + 1 < sorted.size(); i++) {
            String between = wordsBetween(tokens, sorted.get(i).end(), sorted.get(i + 1).begin());
            if (!LIST_SEPARATOR.matcher(between).matches()) {
                break;
            }
            conjunction = !between.equals(",");
        }
        return conjunction;
    }

    private static String wordsBetween(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            words.append(k > from ? " " : "").append(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT));
        }
        return words.toString();
    }

    private static String key(String subject, Relation relation, String object) {
        return subject + "\u0000" + relation.localName() + "\u0000" + object;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
