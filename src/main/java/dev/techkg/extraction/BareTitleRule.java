package dev.techkg.extraction;

import dev.techkg.linking.CompanyCounts;
import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Tesla will move to Austin, Chief Executive Elon Musk said", "the keynote, led by CEO Cristiano Amon": a title
 * right before a person with no organisation named before it is the person's role at the one organisation the
 * sentence names. With none named there, at the company the article names most, when it clearly leads the count
 * ("Co-founders Dana Reyes and Omar Ali said the chips would ship next year"), or else at the one company a reference of
 * the sentence stands for ("CEO Lei Jun said the company's plans …"). A sentence naming two organisations
 * says nothing: the title could belong to either. Titles after "former", "vice" and the like, after a possessive
 * ("its CEO", "Apple's CEO": other rules read those) and "president" (heads of state and agencies have it too) are
 * left alone. The caller drops such a fact when another rule gives the person a role elsewhere. Immutable and
 * thread-safe.
 */
final class BareTitleRule {
    /** Words between a name and a verb of leaving: "has resigned", "is to step down", "plans to quit". */
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "will", "would", "is", "was", "to", "plans");
    static final String LEADS_RULE = "leads.bare-title";
    static final String FOUNDED_RULE = "founded.bare-title";
    /** Appended when the organisation is the article's main company, not one named in the sentence. */
    static final String TOPIC_SUFFIX = "-topic";
    /** Appended when the organisation is the one company a reference of the sentence stands for. */
    static final String REFERENCE_SUFFIX = "+reference";
    static final String TITLE_LIST = "bare-titles.txt";
    private static final double CONFIDENCE = 0.72;
    private static final double TOPIC_CONFIDENCE = 0.62;

    private final Gazetteer gazetteer;
    private final Set<String> leads;
    private final Set<String> founders;
    private final Set<String> plural;
    private final Set<String> joins;
    private final Set<String> beforeAnd;
    private final Set<String> notInOffice;
    private final Set<String> departure;
    private final Set<String> leaving;
    private final Set<String> heads;
    private final Set<String> otherBodies;
    private final Set<String> peopleGroups;
    private final Set<String> audienceVerbs;
    private final Set<String> audienceNouns;
    private final Set<String> appointed;
    private final Set<String> appointedAuxiliaries;
    private final Set<String> pluralLeads;
    private final Set<String> speakingVerbs;
    private final Set<String> replacing;
    private final Set<String> reporting;

    private BareTitleRule(Gazetteer gazetteer, Map<String, Set<String>> words) {
        this.gazetteer = gazetteer;
        this.leads = words.get("leads");
        this.founders = words.get("founders");
        this.plural = words.get("plural");
        this.joins = words.get("joins");
        this.beforeAnd = words.get("before-and");
        this.notInOffice = words.get("not-in-office");
        this.departure = words.get("departure");
        this.leaving = words.get("leaving");
        this.heads = words.get("heads");
        this.otherBodies = words.get("other-bodies");
        this.peopleGroups = words.get("people-groups");
        this.audienceVerbs = words.get("audience-verbs");
        this.audienceNouns = words.get("audience-nouns");
        this.appointed = words.get("appointed");
        this.appointedAuxiliaries = words.get("appointed-auxiliaries");
        this.pluralLeads = words.get("plural-leads");
        this.speakingVerbs = words.get("speaking");
        this.replacing = words.get("replacing");
        this.reporting = words.get("reporting");
    }

    static BareTitleRule create(Gazetteer gazetteer) {
        return new BareTitleRule(gazetteer, WordSections.load(TITLE_LIST, List.of("leads", "founders", "plural", "joins", "before-and", "not-in-office", "departure", "other-bodies", "leaving", "heads", "people-groups",
                "audience-verbs", "audience-nouns", "appointed", "appointed-auxiliaries", "plural-leads", "speaking", "replacing", "reporting")));
    }

    /** Whether the rule id is one of this rule's. */
    static boolean isBareTitle(String rule) {
        return rule.startsWith(LEADS_RULE) || rule.startsWith(FOUNDED_RULE);
    }

    /** The roles of bare titles; {@code topic} is the article's clear main company ({@link CompanyCounts#topic}) or null. */
    List<CandidateRelation> find(LinkedText text, String topic) {
        Map<String, Entity> entities = text.entitiesByName();
        List<CandidateRelation> found = new ArrayList<>();
        for (Sentence sentence : text.analysis().sentences()) {
            List<Mention> mentions = text.mentionsIn(sentence.index());
            Title previous = null;
            Mention previousPerson = null;
            for (Mention person : mentions) {
                if (entities.get(person.entityName()).type() != EntityType.PERSON) {
                    continue;
                }
                Title title = titleBefore(sentence.tokens(), mentions, person);
                if (title == null && previous != null && previous.plural() && coordinated(sentence.tokens(), previousPerson, person)) {
                    title = previous; // "Co-founders Dana Reyes and Omar Ali"
                }
                if (title == null) {
                    title = appointedAfter(sentence.tokens(), mentions, entities, person);
                }
                previous = title;
                previousPerson = person;
                if (title == null || title.leads() && leavingAfter(sentence.tokens(), person.end())) {
                    continue;
                }
                Set<String> organisations = organisationsIn(mentions, entities, person, sentence.tokens());
                String organisation = organisations.size() == 1 ? organisations.iterator().next() : null;
                if (organisation != null && topic != null && !topic.equals(organisation) && reported(sentence.tokens(), person, mentions, organisation)) {
                    continue; // "CEO Evan Spiegel explained that Perplexity gets …" in a story about Snap: Perplexity is what he spoke of
                }
                if (organisations.size() > 1) {
                    // "Telekom is teaming up with Nvidia, chief executive X said": the speaker's company opens the sentence.
                    organisation = speakersCompany(sentence.tokens(), mentions, person);
                }
                // The main company only when the sentence before names no other: "… said AMD. 'We are ready,' said CEO
                // Lisa Su" in a story about Nvidia is AMD's chief.
                boolean fromTopic = organisations.isEmpty() && topic != null
                        && !namesAnotherCompany(text, entities, sentence.index() - 1, topic);
                if (fromTopic) {
                    organisation = topic;
                }
                // "CEO Lei Jun said the company's strategy …": with no name, the one company the sentence refers back to.
                Set<String> referredTo = new LinkedHashSet<>();
                text.referencesIn(sentence.index()).stream().map(Mention::entityName)
                        .filter(name -> entities.containsKey(name) && entities.get(name).type() == EntityType.COMPANY)
                        .filter(name -> mentions.stream().noneMatch(m -> m.entityName().equals(name) && audience(sentence.tokens(), m)))
                        .forEach(referredTo::add);
                boolean fromReference = organisations.isEmpty() && !fromTopic && referredTo.size() == 1;
                if (fromReference) {
                    organisation = referredTo.iterator().next();
                }
                if (organisation == null) {
                    continue;
                }
                String suffix = fromTopic ? TOPIC_SUFFIX : fromReference ? REFERENCE_SUFFIX : "";
                double confidence = fromTopic || fromReference ? TOPIC_CONFIDENCE : CONFIDENCE;
                if (title.leads()) {
                    found.add(new CandidateRelation(person.entityName(), Relation.LEADS, organisation, sentence.index(),
                            sentence.text(), confidence, LEADS_RULE + suffix));
                }
                if (title.founds() && entities.get(organisation).type() == EntityType.COMPANY) {
                    found.add(new CandidateRelation(organisation, Relation.FOUNDED_BY, person.entityName(), sentence.index(),
                            sentence.text(), confidence, FOUNDED_RULE + suffix));
                }
            }
        }
        return found;
    }

    private static boolean namesAnotherCompany(LinkedText text, Map<String, Entity> entities, int sentence, String company) {
        if (sentence < 0) {
            return false;
        }
        return text.mentionsIn(sentence).stream().anyMatch(m -> !m.entityName().equals(company)
                && entities.get(m.entityName()).type() == EntityType.COMPANY);
    }

    private record Title(boolean leads, boolean founds, boolean plural) {}

    /**
     * The title right before the person ("CEO", "founder and chief executive", "interim CEO"), when nothing before
     * it names its organisation or says the person is not in that role; else null.
     */
    private Title titleBefore(List<Token> tokens, List<Mention> mentions, Mention person) {
        int start = person.begin();
        while (start > 0 && (titleWord(lower(tokens.get(start - 1)))
                || start < person.begin() && beforeAnd.contains(lower(tokens.get(start - 1))) && lower(tokens.get(start)).matches("and|&"))) {
            start--;
        }
        if (start == person.begin()) {
            return null;
        }
        boolean lead = false;
        boolean found = false;
        boolean pluralTitle = false;
        for (int k = start; k < person.begin(); k++) {
            String word = lower(tokens.get(k));
            String next = k + 1 < person.begin() ? lower(tokens.get(k + 1)) : "";
            lead |= leads.contains(word) && (!word.equals("chief") || next.equals("executive"));
            found |= founders.contains(word);
            pluralTitle |= plural.contains(word);
        }
        if (!lead && !found || lower(tokens.get(start)).matches("and|&")) {
            return null;
        }
        if (start > 0) {
            Token before = tokens.get(start - 1);
            int at = start - 1;
            boolean named = mentions.stream().anyMatch(m -> m.begin() <= at && at < m.end());
            // "ex-GitHub CEO Nat Friedman": a past title at an organisation written into one word with "ex-".
            if (named || lower(before).startsWith("ex-") || before.tag().matches("POS|PRP\\$|NNPS?|WP\\$") || notInOffice.contains(lower(before))
                    || otherBodies.contains(lower(before))
                    || before.word().equals("-") || before.word().matches("\\p{Lu}.*") && !before.tag().matches("DT|IN") && (at > 0 && !tokens.get(at - 1).word().matches("[\"“‘'`]+") || !before.tag().startsWith("VB"))) {
                // A capitalised word before the title names its organisation, even one the tagger took for a verb
                // ("In 2024, Affirm CEO Max Levchin said"), unless it opens the sentence or a quote ("Says CEO …").
                return null;
            }
        }
        for (int k = Math.max(0, start - 3); k < start; k++) {
            if (departure.contains(lower(tokens.get(k)))) {
                return null;
            }
        }
        return new Title(lead, found, pluralTitle);
    }

    /** Whether the word names a group of people at an organisation ("analysts at Jefferies"). */
    boolean peopleGroup(String word) {
        return peopleGroups.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a verb of succeeding or removing, done or under way, stands right before the person, perhaps before a
     * title: "succeeding co-founder Alexandr Wang", "replacing CEO Dana Reyes"; or a noun of leaving and "of" before the
     * title ("the resignation of Intel CEO Pat Gelsinger"). The person held the post before ("will replace Dana Reyes
     * as CEO" leaves her in it until then).
     */
    boolean replacedBefore(List<Token> tokens, int nameBegin, int nameEnd) {
        // "succeeding Pekka Lundmark, who will step down in March": still in the post until then.
        if (nameEnd + 2 < tokens.size() && tokens.get(nameEnd).word().equals(",") && lower(tokens.get(nameEnd + 1)).equals("who")
                && lower(tokens.get(nameEnd + 2)).matches("will|is|plans|remains")) {
            return false;
        }
        int k = nameBegin - 1;
        while (k >= 0 && nameBegin - k <= 3 && (titleWord(lower(tokens.get(k))) || tokens.get(k).tag().startsWith("JJ"))) {
            k--;
        }
        if (k >= 0 && k < nameBegin && replacing.contains(lower(tokens.get(k)))) {
            return true;
        }
        // "the departure of CEO Kyle Vogt", "the resignation of Intel CEO Pat Gelsinger": a noun of leaving, "of", and the
        // title, perhaps after the organisation's name.
        int title = k + 1;
        while (k >= 0 && title - k <= 3 && tokens.get(k).tag().startsWith("NNP")) {
            k--;
        }
        return k >= 1 && k < title && lower(tokens.get(k)).equals("of") && departure.contains(lower(tokens.get(k - 1)));
    }

    /**
     * Whether the words right after a person's name say the person is leaving the post ("Jack Dorsey has resigned",
     * "Dana Reyes will step down"): auxiliaries and adverbs between are passed over, three words at most.
     */
    boolean leavingAfter(List<Token> tokens, int nameEnd) {
        // "CEO Horace Luke (陸學森) has resigned": past a bracketed aside after the name.
        if (nameEnd < tokens.size() && tokens.get(nameEnd).word().matches("\\(|-LRB-")) {
            int close = nameEnd + 1;
            while (close < tokens.size() && close <= nameEnd + 8 && !tokens.get(close).word().matches("\\)|-RRB-")) {
                close++;
            }
            if (close < tokens.size() && close <= nameEnd + 8) {
                nameEnd = close + 1;
            }
        }
        for (int k = nameEnd; k < tokens.size() && k < nameEnd + 3; k++) {
            Token token = tokens.get(k);
            // "stepped down", "steps aside"; not "stepped in as interim CEO" or "stepped up".
            boolean stepIn = lower(token).startsWith("step") && k + 1 < tokens.size() && lower(tokens.get(k + 1)).matches("in|up|into|forward");
            if (leaving.contains(lower(token)) && !stepIn) {
                return true;
            }
            if (!token.tag().equals("RB") && !AUXILIARIES.contains(lower(token))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words right after an organisation close a term in the past: "led ASML from 2004 to 2013", "ran the
     * agency until 2019", "chaired it between 2010 and 2015". A closed term is a former post.
     */
    boolean termEndedAfter(List<Token> tokens, int organisationEnd) {
        int k = organisationEnd;
        if (k < tokens.size() && tokens.get(k).word().matches("(?i)from|between") && k + 1 < tokens.size() && year(tokens.get(k + 1))) {
            k += 2;
        }
        return k + 1 < tokens.size() && tokens.get(k).word().matches("(?i)to|until|till|through|and|-|–") && year(tokens.get(k + 1))
                && (k > organisationEnd || !tokens.get(k).word().matches("(?i)to|through|and|-|–"));
    }

    private static boolean year(Token token) {
        return token.word().matches("(?:19|20)\\d\\d");
    }

    /** Whether the word names an organisation's own head or board ("CEO", "founder", "board"). */
    boolean namesOwnHead(String word) {
        return titleWord(word) || heads.contains(word);
    }

    private boolean titleWord(String word) {
        return leads.contains(word) || founders.contains(word) || joins.contains(word) || word.equals("executive");
    }

    /**
     * "Lip-Bu Tan was named chief executive in March", "with Dana Reyes and Omar Ali named as interim co-CEOs": a
     * person (or persons listed together) appointed to a title that names no organisation; else null. The organisation
     * is found as for a title before the person.
     */
    private Title appointedAfter(List<Token> tokens, List<Mention> mentions, Map<String, Entity> entities, Mention person) {
        // Past the other persons listed with this one: "Dana Reyes and Omar Ali named as co-CEOs".
        Mention last = person;
        for (Mention next : mentions) {
            if (next.begin() > last.end() && coordinated(tokens, last, next) && entities.get(next.entityName()).type() == EntityType.PERSON) {
                last = next;
            }
        }
        int k = last.end();
        while (k < tokens.size() && appointedAuxiliaries.contains(lower(tokens.get(k)))) {
            k++;
        }
        if (k >= tokens.size() || !appointed.contains(lower(tokens.get(k)))) {
            return null;
        }
        k++;
        if (k + 1 < tokens.size() && lower(tokens.get(k)).equals("as") || k + 2 < tokens.size() && lower(tokens.get(k)).equals("to")
                && lower(tokens.get(k + 1)).equals("be")) {
            k += lower(tokens.get(k)).equals("as") ? 1 : 2;
        }
        if (k < tokens.size() && lower(tokens.get(k)).equals("the")) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && (titleWord(lower(tokens.get(k))) || pluralLeads.contains(lower(tokens.get(k))))) {
            k++;
        }
        boolean lead = false;
        for (int i = start; i < k; i++) {
            String word = lower(tokens.get(i));
            String next = i + 1 < k ? lower(tokens.get(i + 1)) : "";
            lead |= pluralLeads.contains(word) || leads.contains(word) && (!word.equals("chief") || next.equals("executive"));
        }
        // A title that goes on with a field or a unit is no lead of the whole ("named chief technology officer"), nor
        // one that names its organisation after it, which other rules read ("named CEO of its cloud unit").
        boolean closed = k >= tokens.size() || !tokens.get(k).tag().startsWith("NN") && !lower(tokens.get(k)).matches("of|at|for");
        return lead && closed ? new Title(true, false, false) : null;
    }

    /**
     * "Deutsche Telekom is teaming up with Nvidia to build a data centre, chief executive Timotheus Höttges announced":
     * a titled speaker after the clause, set off by a comma before a verb of saying, speaks for the company that is
     * the clause's subject, named at the start of the sentence; else null.
     */
    private String speakersCompany(List<Token> tokens, List<Mention> mentions, Mention person) {
        boolean speaks = person.end() < tokens.size() && speakingVerbs.contains(lower(tokens.get(person.end())));
        int start = person.begin();
        while (start > 0 && titleWord(lower(tokens.get(start - 1)))) {
            start--;
        }
        if (!speaks || start == 0 || !tokens.get(start - 1).word().equals(",")) {
            return null;
        }
        Mention first = mentions.isEmpty() ? null : mentions.get(0);
        boolean opens = first != null && first.type() == EntityType.COMPANY
                && (first.begin() == 0 || first.begin() == 1 && lower(tokens.get(0)).equals("the"));
        // Not a subject of two: "Apple and Qualcomm signed a deal, CEO Tim Cook said" does not say whose CEO he is.
        return opens && first.end() < tokens.size() && !tokens.get(first.end()).tag().equals("POS")
                && !lower(tokens.get(first.end())).matches("and|,|&|or") ? first.entityName() : null;
    }

    /** "A and B", "A, B": the two persons are listed together. */
    private static boolean coordinated(List<Token> tokens, Mention first, Mention second) {
        if (first == null || second.begin() - first.end() != 1) {
            return false;
        }
        return tokens.get(first.end()).word().matches("and|,|&");
    }

    /**
     * The companies and agencies (not countries) the sentence names, apart from the person and the counterparts of
     * something the person has: in "CEO Sam Altman's partnership with SoftBank" SoftBank is not his company.
     */
    private Set<String> organisationsIn(List<Mention> mentions, Map<String, Entity> entities, Mention person, List<Token> tokens) {
        Set<String> organisations = new LinkedHashSet<>();
        for (Mention m : mentions) {
            EntityType type = m.type();
            if (m == person || m.entityName().equals(person.entityName()) || counterpart(tokens, person, m) || example(tokens, m)
                    || audience(tokens, m)) {
                continue;
            }
            if (type == EntityType.COMPANY || type == EntityType.GOVERNMENT_BODY && !gazetteer.isCountry(m.entityName())
                    || type == EntityType.PRODUCT && listedWithCompany(mentions, m, tokens)) {
                organisations.add(m.entityName());
            }
        }
        return organisations;
    }

    /**
     * Whether the organisation is named only in what the titled person says: "CEO Evan Spiegel explained that Perplexity
     * gets …".
     */
    private boolean reported(List<Token> tokens, Mention person, List<Mention> mentions, String organisation) {
        return person.end() < tokens.size() && reporting.contains(lower(tokens.get(person.end())))
                && mentions.stream().filter(m -> m.entityName().equals(organisation)).allMatch(m -> m.begin() > person.end());
    }

    /**
     * "ByteDance and TikTok signed the agreements": a product listed with a company acts as a company of its own, so
     * the title may be its.
     */
    private static boolean listedWithCompany(List<Mention> mentions, Mention product, List<Token> tokens) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.COMPANY
                && (coordinated(tokens, m, product) || coordinated(tokens, product, m)));
    }

    /** Whether the mention is given as an example ("champions like Huawei", "such as Oppo", "including Xiaomi"): no employer. */
    private static boolean example(List<Token> tokens, Mention mention) {
        int b = mention.begin();
        return b >= 1 && lower(tokens.get(b - 1)).matches("like|including")
                || b >= 2 && lower(tokens.get(b - 2)).equals("such") && lower(tokens.get(b - 1)).equals("as");
    }

    /**
     * Whether the mention is whom someone speaks to ("told Reuters", "in an interview with CNBC", "in a statement to
     * Bloomberg"): a news outlet, no employer.
     */
    private boolean audience(List<Token> tokens, Mention mention) {
        int b = mention.begin();
        return b >= 1 && audienceVerbs.contains(lower(tokens.get(b - 1)))
                || b >= 2 && lower(tokens.get(b - 1)).matches("with|to") && audienceNouns.contains(lower(tokens.get(b - 2)));
    }

    /** Whether the mention follows the person's possessive after "with", "against", "from" or "to". */
    private static boolean counterpart(List<Token> tokens, Mention person, Mention mention) {
        if (person.end() >= tokens.size() || !tokens.get(person.end()).tag().equals("POS") || mention.begin() <= person.end()) {
            return false;
        }
        for (int k = person.end() + 1; k < mention.begin(); k++) {
            if (lower(tokens.get(k)).matches("with|against|from|to")) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
