package dev.techkg.linking;

import dev.techkg.linking.Anaphors.Anaphor;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.ListJoiners;
import dev.techkg.nlp.Token;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses what an anaphoric phrase refers to among the mentions before it: the second half of
 * {@link Coreference}, whose javadoc states the choice in words. Immutable and thread-safe.
 */
final class Antecedents {
    static final int LOOK_BACK = 2;
    /** Words of description a pair's second name may carry after "and": "and UK-based auto-equipment maker Delphi". */
    private static final int MAX_PAIR_DESCRIPTION = 8;
    /** Candidates looked at per sentence, nearest first in the anaphor's sentence: keeps the work per anaphor bounded. */
    static final int MAX_CANDIDATES = 40;
    private static final List<EntityType> PRONOUN_PREFERENCE = List.of(EntityType.COMPANY, EntityType.GOVERNMENT_BODY,
            EntityType.PRODUCT, EntityType.PERSON);

    /** A mention or a resolved reference as a candidate antecedent; named when it is a name, not a reference. */
    record Item(Mention mention, EntityType type, boolean subject, boolean named) {}

    /**
     * What an anaphor is resolved against: its sentence's candidates so far, the earlier sentences', what things are
     * called, and the company the article is about once it has been named (null before, or when no company stands out).
     */
    record Context(AnalyzedText analysis, int sentence, List<Item> here, List<List<Item>> items, Map<String, Set<String>> called,
                   String topic) {
        /** The candidates of a sentence in reach, at most {@value #MAX_CANDIDATES}: the nearest ones in the anaphor's own. */
        List<Item> candidates(int s) {
            List<Item> all = s == sentence ? here : items.get(s);
            return s == sentence ? all.subList(Math.max(0, all.size() - MAX_CANDIDATES), all.size())
                    : all.subList(0, Math.min(all.size(), MAX_CANDIDATES));
        }

        /** The same context without these names as candidates (nor as the topic). */
        Context without(Set<String> names) {
            List<List<Item>> kept = items.stream().map(list -> list.stream()
                    .filter(item -> !names.contains(item.mention().entityName())).toList()).toList();
            List<Item> keptHere = here.stream().filter(item -> !names.contains(item.mention().entityName())).toList();
            return new Context(analysis, sentence, keptHere, kept, called, names.contains(topic) ? null : topic);
        }

        /** The first sentence in reach, {@value #LOOK_BACK} before the anaphor's. */
        int firstInReach() {
            return Math.max(0, sentence - LOOK_BACK);
        }
    }

    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:]|(?i)that|which|who|while|after|before|because|although|when|if");
    /** Sentences back that "the round" may reach for its company: funding news names the raiser once, then its investors. */
    static final int RAISER_LOOK_BACK = 6;
    /** Descriptive words at most between "a round in" and the company's name ("in AI-powered military startup Helsing"). */
    private static final int MAX_DESCRIPTOR_WORDS = 6;
    private static final Pattern RAISING = Pattern.compile("raise|secure|close|land|complete|announce|receive|get|bag|net|attract|draw");
    private static final Pattern RAISED = Pattern.compile("(?i)round|funding|financing|series|raise|investment");
    /** Descriptions of an agency, which a country acting as a government is not. */
    static final Set<String> AGENCY_WORDS = Set.of("regulator", "watchdog", "agency", "commission", "authority", "ministry",
            "department", "bureau");
    private static final Pattern SAYING = Pattern.compile("say|tell|announce|add|note|report");

    private final CoreferenceLexicon lexicon;
    private final Anaphors anaphors;
    private final Gazetteer gazetteer;

    Antecedents(CoreferenceLexicon lexicon, Anaphors anaphors, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.anaphors = anaphors;
        this.gazetteer = gazetteer;
    }

    /** The canonical names the anaphor refers to: none, one, or two for a pair. */
    List<String> choose(Anaphor anaphor, Context context, Map<String, String> possessors, Map<String, EntityType> types) {
        return switch (anaphor.word().choice()) {
            case BLOCK -> List.of();
            case PAIR -> anaphor.pronoun() ? joinedPair(anaphor.word().types(), context) : pair(anaphor.word().types(), context);
            case OWNER -> owner(anaphor.product(), possessors, types);
            case KIND -> kindOf(anaphor, context);
            case RAISER -> single(raiser(context));
            case SALIENT -> single(anaphor.pronoun() ? pronounAntecedent(anaphor, context) : salientForDescription(anaphor, context));
        };
    }

    /**
     * "The round was led by Sequoia": the company that raised the money, named in the nearest earlier sentence (at
     * most {@value #RAISER_LOOK_BACK} back, or further when none of those does) where a company raises, secures or
     * closes money or a round ("Acme raised $50 million", "Acme, a Tokyo startup, has raised …", "Acme said on Friday
     * it had closed …"), owns one ("Acme's $50 million round") or receives one ("a Series D round in Acme"). None when
     * no sentence says so.
     */
    private static String raiser(Context context) {
        // Each earlier sentence's raiser is read at most once: the check for another raiser further back reuses them.
        String[] raisers = new String[context.sentence()];
        boolean[] read = new boolean[context.sentence()];
        for (int s = context.sentence() - 1; s >= 0; s--) {
            String raiser = raiserIn(context, s, raisers, read);
            if (raiser != null && (s >= context.sentence() - RAISER_LOOK_BACK || onlyRaiserBefore(context, s, raiser, raisers, read))) {
                return raiser;
            }
        }
        return null;
    }

    /** Funding news far from its raiser still means it when no other company raises anything before. */
    private static boolean onlyRaiserBefore(Context context, int sentence, String raiser, String[] raisers, boolean[] read) {
        for (int s = sentence - 1; s >= 0; s--) {
            String other = raiserIn(context, s, raisers, read);
            if (other != null && !other.equals(raiser)) {
                return false;
            }
        }
        return true;
    }

    private static String raiserIn(Context context, int s, String[] raisers, boolean[] read) {
        if (!read[s]) {
            raisers[s] = raiserIn(context, s);
            read[s] = true;
        }
        return raisers[s];
    }

    private static String raiserIn(Context context, int s) {
        List<Token> tokens = context.analysis().sentences().get(s).tokens();
        for (Item item : context.candidates(s)) {
            if (item.type() != EntityType.COMPANY || !item.named()) {
                continue;
            }
            int end = item.mention().end();
            if (end < tokens.size() && tokens.get(end).tag().equals("POS") && end + 1 < tokens.size()
                    && tokens.subList(end + 1, Math.min(tokens.size(), end + 6)).stream().anyMatch(t -> RAISED.matcher(t.word()).matches())) {
                return item.mention().entityName();
            }
            // "a €600 million Series D funding round in the military startup Helsing", "took stakes in Zentrix": the
            // company the money goes to.
            int in = item.mention().begin() - 1;
            // The tagger may take a word of the description for a verb ("drone startup"): any word but a clause's.
            while (in > 0 && item.mention().begin() - in <= MAX_DESCRIPTOR_WORDS && !tokens.get(in).word().equals("in")
                    && !tokens.get(in).tag().matches("[,.:]|IN|CC|VBD|VBZ|MD|WDT|NNP.*")) {
                in--;
            }
            if (in > 1 && tokens.get(in).word().equals("in") && tokens.subList(Math.max(0, in - 3), in).stream()
                    .anyMatch(t -> RAISED.matcher(t.word()).matches() || t.word().matches("(?i)stakes?"))) {
                return item.mention().entityName();
            }
            int from = end;
            if (from + 1 < tokens.size() && tokens.get(from).word().equals(",") && !tokens.get(from + 1).tag().startsWith("VB")) {
                // "Acme, a Tokyo startup founded in 2023, has raised …": past the apposition.
                int close = from + 1;
                while (close < Math.min(tokens.size(), from + 25) && !tokens.get(close).word().equals(",")) {
                    close++;
                }
                from = close + 1;
            } else if (from < tokens.size() && tokens.get(from).word().equals(",")) {
                from++; // "Alphabet's unit, Waymo, said …"
            }
            for (int k = from, seen = 0; k < tokens.size() && seen < 4; k++) {
                Token token = tokens.get(k);
                // "Nvidia-backed CoreWeave raised …": the raiser is the name nearest the verb.
                final int at = k;
                if (context.candidates(s).stream().anyMatch(other -> other.named() && other.mention().begin() == at)) {
                    break;
                }
                if (token.tag().startsWith("VB") && RAISING.matcher(token.lemma()).matches()) {
                    return item.mention().entityName();
                }
                // "Acme said on Friday it had closed …": a report of its own raising.
                if (SAYING.matcher(token.lemma()).matches() && token.tag().startsWith("VB") || token.word().matches("(?i)it|that|on")
                        || token.tag().equals("NNP") && k > 0 && tokens.get(k - 1).word().equals("on")) {
                    continue;
                }
                // "the former Databricks AI chief closed $475 million": a company modifying a noun raised nothing.
                if (token.tag().matches("[,.:]|IN|WDT|NNS?")) {
                    break;
                }
                seen++;
            }
        }
        return null;
    }

    private static List<String> single(String name) {
        return name == null ? List.of() : List.of(name);
    }

    /**
     * A pronoun's antecedent. In its own sentence: a company before a government body before a product ("The
     * Commission fined Google for abusing its position": its = Google; "The Commission said its inquiry": its = the
     * Commission), of that type the first in subject position, else the nearest; an object pronoun ("invest in it")
     * takes nothing the subject of its clause (the nearest subject before it) names, and nothing from an earlier
     * sentence then. A pronoun after a place or a thing
     * of another type of its own sentence with no fitting candidate there is left alone ("China and its allies").
     * In an earlier sentence: its first organisation or person in subject position, else its first one, else a
     * product.
     */
    /**
     * "Acme raised $50 million. … Its financial backers include Sequoia": a possessive pronoun on a noun for those who
     * fund a company means the company that raised the money, when the article names one; else the salient one.
     */
    private String pronounAntecedent(Anaphor anaphor, Context context) {
        List<Token> tokens = context.analysis().sentences().get(context.sentence()).tokens();
        int k = anaphor.end();
        while (k < tokens.size() && k < anaphor.end() + 2 && tokens.get(k).tag().matches("JJ.*")) {
            k++; // "its financial backers", "its early investors"
        }
        boolean backers = anaphor.word().word().equals("its") && k < tokens.size()
                && lexicon.backerNouns.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
        String raiser = backers ? raiser(context) : null;
        if (raiser != null) {
            return raiser;
        }
        String salient = salientForPronoun(anaphor, context);
        String maker = anaphor.word().word().equals("its") && k < tokens.size() ? makerInSentence(tokens.get(k), context) : null;
        // "Alibaba Cloud … cut prices for its Qwen models": a unit of the maker speaks for its own products.
        return maker != null && !maker.equals(salient) && !unitOf(salient, maker) ? maker : salient;
    }

    /** Whether the gazetteer gives the company as a unit of the other ("Alibaba Cloud" of "Alibaba Group"). */
    private boolean unitOf(String company, String parent) {
        return company != null && gazetteer.byCanonical(company).map(GazetteerEntry::owner).filter(parent::equals).isPresent();
    }

    /**
     * "42loop signed a deal with Samsung to use its Exynos chips": before a product the gazetteer knows the maker of,
     * "its" is that maker when the sentence named it before.
     */
    private String makerInSentence(Token product, Context context) {
        String owner = gazetteer.lookupInText(product.word()).filter(entry -> entry.type() == EntityType.PRODUCT)
                .map(GazetteerEntry::owner).orElse("");
        if (owner.isEmpty()) {
            return null;
        }
        boolean named = context.candidates(context.sentence()).stream()
                .anyMatch(item -> item.named() && item.mention().entityName().equals(owner));
        return named ? owner : null;
    }

    private String salientForPronoun(Anaphor anaphor, Context context) {
        Set<EntityType> fits = anaphor.word().types();
        List<Item> here = context.candidates(context.sentence());
        // "The two companies will invest in it": an object pronoun is not the subject of its own clause.
        // "The JFTC noted it collaborated": a pronoun before a verb is a subject. "X's growth gives it": a possessor is no subject.
        List<Token> tokens = context.analysis().sentences().get(context.sentence()).tokens();
        boolean object = lexicon.objectPronouns.contains(anaphor.word().word()) && !anaphors.subjectPosition(tokens, anaphor.begin())
                && !(anaphor.end() < tokens.size() && Anaphors.verb(tokens.get(anaphor.end())));
        Set<String> subjects = new HashSet<>();
        for (int k = here.size() - 1; object && k >= 0; k--) {
            // The nearest subject before the pronoun is its clause's ("the two companies": both names of the span).
            Item item = here.get(k);
            boolean possessor = item.mention().end() < tokens.size() && tokens.get(item.mention().end()).tag().equals("POS");
            if (item.subject() && !possessor && (subjects.isEmpty() || item.mention().begin() == here.get(k + 1).mention.begin())) {
                subjects.add(item.mention().entityName());
            } else if (!subjects.isEmpty()) {
                break;
            }
        }
        // "Toyota, Honda and Nissan buy its sensors": a singular possessive does not point into a list of names before
        // it in its own clause (those would say "their"); it means something named earlier.
        Set<String> listed = anaphor.word().word().equalsIgnoreCase("its") ? listedBefore(here, tokens, anaphor) : Set.of();
        if (!listed.isEmpty()) {
            here = here.stream().filter(item -> !listed.contains(item.mention().entityName())).toList();
        }
        Item relativeHead = relativeClauseHead(here, tokens, anaphor);
        if (relativeHead != null && fits.contains(relativeHead.type())) {
            return relativeHead.mention().entityName();
        }
        boolean otherBefore = false;
        for (EntityType type : PRONOUN_PREFERENCE) {
            if (!fits.contains(type)) {
                continue;
            }
            Item first = null;
            Item nearest = null;
            Item clauseSubject = null;
            for (int k = here.size() - 1; k >= 0; k--) {
                Item item = here.get(k);
                if (item.type() == type && !subjects.contains(item.mention().entityName())) {
                    nearest = nearest == null ? item : nearest;
                    // "China's market regulator SAMR said it …": the owner named before a name is not the subject.
                    first = item.subject() && !ownsNameAfter(item, here, tokens) ? item : first;
                    // "Cisco will provide switches and AMD will provide its chips": the subject of the pronoun's own
                    // clause, when nothing closes that clause between them.
                    boolean beforeVerb = item.mention().end() < tokens.size() && tokens.get(item.mention().end()).tag().matches("MD|VB[DPZ]");
                    if (clauseSubject == null && item.named() && (item.subject() || beforeVerb) && item.mention().end() <= anaphor.begin()
                            && sameClause(tokens, item.mention().end(), anaphor.begin())) {
                        clauseSubject = item;
                    }
                }
            }
            if (nearest != null) {
                // Only when no other candidate stands between ("bought Broadcom's chips and its switches": its = Broadcom).
                boolean ownClause = clauseSubject != null && clauseSubject == nearest;
                // "bought Broadcom's switch and its router": a possessive coordinated with another owner's thing is that owner's.
                boolean nearestOwns = nearest.mention().end() < tokens.size() && tokens.get(nearest.mention().end()).tag().equals("POS");
                boolean coordinated = anaphor.begin() > 0 && tokens.get(anaphor.begin() - 1).word().matches("and|or");
                if (nearestOwns && coordinated) {
                    return nearest.mention().entityName();
                }
                if (!ownClause && first != null && reporter(first, tokens)) {
                    // "Reuters reported that Pegatron was in talks to sell its plant": the reported clause's subject.
                    Item reported = subjectAfter(first, here, type, anaphor, tokens);
                    first = reported == null ? first : reported;
                }
                return (ownClause ? clauseSubject : first != null ? first : nearest).mention.entityName();
            }
        }
        for (Item item : here) {
            otherBefore |= item.type() != EntityType.PERSON && !fits.contains(item.type());
        }
        if (otherBefore || !subjects.isEmpty()) {
            // An object pronoun whose clause has a subject means something else, which an earlier sentence may not name.
            return null;
        }
        for (int s = context.sentence() - 1; s >= context.firstInReach(); s--) {
            Item found = firstIn(context.candidates(s), fits, false);
            if (found != null) {
                return found.mention().entityName();
            }
        }
        return null;
    }

    /**
     * The first candidate of an earlier sentence: an organisation or person in subject position, else one the
     * sentence refers back to, else the first one; products only when there is none ("It" after "ByteDance bought
     * H100 chips" is ByteDance).
     */
    private static Item firstIn(List<Item> candidates, Set<EntityType> fits, boolean anyType) {
        Item best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Item item : candidates) {
            if (!fits.contains(item.type())) {
                continue;
            }
            int rank = (item.subject() ? 0 : referredBackTo(item, candidates) ? 1 : 2) + (anyType || item.type() != EntityType.PRODUCT ? 0 : 3);
            if (rank < bestRank) {
                best = item;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Whether a named candidate is referred back to later in its own sentence: "The deal will allow MP Materials to
     * expand its plant" is about MP Materials, whose "its" shows it, more than about the partner named first.
     */
    private static boolean referredBackTo(Item item, List<Item> candidates) {
        return item.named() && candidates.stream().anyMatch(other -> !other.named()
                && other.mention().begin() > item.mention().end() && other.mention().entityName().equals(item.mention().entityName()));
    }

    /**
     * A description's antecedent ("the company", "the regulator"): a candidate in reach the article described with
     * the same capitalised words ("the Chinese company" after "the Chinese-based company"); else, in its own sentence,
     * the nearest name of a fitting type ("Tencent raised its stake in the French gaming firm": Ubisoft, named
     * between); else, in an earlier sentence and only without capitalised words, the first fitting candidate in
     * subject position, else the first.
     */
    private String salientForDescription(Anaphor anaphor, Context context) {
        Set<EntityType> fits = anaphor.word().types();
        boolean agency = AGENCY_WORDS.contains(anaphor.word().word());
        // "the Indian watchdog" after "the Competition Commission of India": a nationality names one agency in the
        // whole article, however far back it was named.
        String described = describedAs(anaphor, context, anaphor.descriptors(), agency ? 0 : context.firstInReach());
        List<Item> here = context.candidates(context.sentence());
        List<Token> tokens = context.analysis().sentences().get(context.sentence()).tokens();
        // "Acme was "very happy to work with Zeta! You will like it," said the company's chief": a quotation the
        // sentence splitter cut speaks for the subject of the sentence that opened it.
        if (context.sentence() > 0 && trailingSpeaker(tokens, anaphor) && quotationClosedBefore(tokens, anaphor.begin())
                && here.stream().noneMatch(item -> item.named() && item.mention().end() <= anaphor.begin())) {
            for (Item item : context.candidates(context.sentence() - 1)) {
                if (item.named() && item.subject() && fits.contains(item.type())) {
                    return item.mention().entityName();
                }
            }
        }
        // "Samsung Foundry, the Korean firm's unit": the description names another company than the one it describes.
        String apposed = here.stream().filter(item -> ownerInItsApposition(tokens, item.mention(), anaphor))
                .map(item -> item.mention().entityName()).findFirst().orElse(null);
        if (described != null && !described.equals(apposed)) {
            return described;
        }
        // "… for Nvidia. The chip giant's CEO": a trade before the head names the company the article put before it
        // ("Nvidia chips") or called by a kind it starts ("chipmaker Nvidia").
        String inTrade = inTrade(anaphor, context);
        if (inTrade != null && !inTrade.equals(apposed)) {
            return inTrade;
        }
        // "Baidu will list its unit Kunlunxin, the Beijing-based firm said": a description that speaks after the clause
        // is the clause's subject, not the name nearest to it.
        if (trailingSpeaker(tokens, anaphor)) {
            for (Item item : here) {
                if (item.named() && item.subject() && fits.contains(item.type()) && item.mention().end() <= anaphor.begin()) {
                    return item.mention().entityName();
                }
            }
        }
        boolean object = !anaphors.subjectPosition(tokens, anaphor.begin());
        int openingClauseEnd = openingParticipleEnd(tokens, anaphor);
        // "The antitrust agency ordered Google …": an agency is the agency the article names, never a country acting
        // as its government ("South Korea's regulator" is not South Korea).
        for (int k = here.size() - 1; k >= 0; k--) {
            Item item = here.get(k);
            if (agency && isCountry(item) || item.mention().end() <= openingClauseEnd) {
                continue;
            }
            // "Celesta and GreatPoint are leading the round for the company": a description in the object of a clause
            // is not that clause's subject.
            if (object && item.subject() && sameClause(tokens, item.mention().end(), anaphor.begin())) {
                break; // nor anything before that subject: earlier sentences name what it means
            }
            // "Samsung Foundry, the Korean firm's chip unit": the owner in an apposition is another company.
            if (item.named() && fits.contains(item.type()) && !item.mention().entityName().equals(apposed)) {
                return item.mention().entityName();
            }
        }
        if (!anaphor.descriptors().isEmpty()) {
            // "Ford signed a deal with CATL. The Chinese company …": a capitalised modifier names a property only the
            // text can tell; without a candidate the article described so, an earlier sentence's subject may be the
            // wrong one.
            return null;
        }
        // "MatX raised … while rivals like Groq … The company said": news goes back to the company it is about.
        // "The Beijing-based firm" is not the topic the article called "the Guangzhou-based firm".
        // "The New Jersey-based company will become part of AMD": a description that is its clause's subject is none of
        // the names that come after it in its sentence.
        Set<String> namedAfter = new HashSet<>();
        if (!object) {
            here.stream().filter(item -> item.named() && item.mention().begin() >= anaphor.end()).forEach(item -> namedAfter.add(item.mention().entityName()));
        }
        boolean aboutTopic = context.topic() != null && fits.contains(EntityType.COMPANY) && !namedAfter.contains(context.topic())
                && !basedElsewhere(anaphor, context.called().getOrDefault(context.topic(), Set.of()));
        if (aboutTopic && topicInReach(context)) {
            return context.topic();
        }
        for (int s = context.sentence() - 1; s >= context.firstInReach(); s--) {
            List<Item> candidates = context.candidates(s).stream()
                    .filter(item -> !(agency && isCountry(item)) && !item.mention().entityName().equals(apposed)
                            && !namedAfter.contains(item.mention().entityName())
                            && !basedElsewhere(anaphor, context.called().getOrDefault(item.mention().entityName(), Set.of()))).toList();
            Item found = firstIn(candidates, fits, true);
            if (found != null) {
                return found.mention().entityName();
            }
        }
        return aboutTopic ? context.topic() : null;
    }

    /**
     * "Founded by engineers who worked at iRobot and the U.S. Navy, the year-old startup …": the end of a participle
     * clause that opens the sentence and describes the description right after its comma (names in it are other
     * things); -1 when the sentence does not open so.
     */
    private static int openingParticipleEnd(List<Token> tokens, Anaphor anaphor) {
        if (tokens.isEmpty() || !tokens.get(0).tag().matches("VBN|VBG")) {
            return -1;
        }
        int comma = anaphor.begin() - 1;
        while (comma > 0 && tokens.get(comma).tag().matches("DT|JJ.*|NN|NNS|HYPH|CD")) {
            comma--; // "the year-old": the description's own modifiers
        }
        return comma > 0 && tokens.get(comma).word().equals(",") ? comma : -1;
    }

    /** Whether a quotation closes before {@code end} in a sentence that opens none before it. */
    private static boolean quotationClosedBefore(List<Token> tokens, int end) {
        for (int k = 0; k < end; k++) {
            String word = tokens.get(k).word();
            // A straight quote closes after the punctuation that ends the quoted words ("like it,"), whatever its tag.
            boolean straightClosing = word.equals("\"") && k > 0 && tokens.get(k - 1).word().matches("[,.!?]");
            if (word.equals("''") || word.equals("”") || straightClosing) {
                return true;
            }
            if (word.equals("``") || word.equals("“") || word.equals("\"")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the anaphor speaks for the clause before it: "…, the company said on Friday", "…," said the company's chief. */
    private boolean trailingSpeaker(List<Token> tokens, Anaphor anaphor) {
        int before = anaphor.begin() - 1;
        while (before > 0 && tokens.get(before).tag().matches("DT|JJ.*|NN|NNS|HYPH|NNP")) {
            before--; // "the Beijing-based": the description's own modifiers
        }
        if (before > 0 && tokens.get(before).word().equals(",") && anaphor.end() < tokens.size()
                && lexicon.speechVerbs.contains(tokens.get(anaphor.end()).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "…," said the company's chief: the owner of the speaker, after the verb of saying.
        return before > 1 && anaphor.end() < tokens.size() && tokens.get(anaphor.end()).tag().equals("POS")
                && lexicon.speechVerbs.contains(tokens.get(before).lemma().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(before - 1).word().matches(",|''|\"|”");
    }

    /** Whether the candidate is followed by a verb of reporting and "that": "Reuters reported that …". */
    private static boolean reporter(Item item, List<Token> tokens) {
        int end = item.mention().end();
        return end + 1 < tokens.size() && tokens.get(end).tag().startsWith("VB")
                && tokens.get(end).lemma().toLowerCase(Locale.ROOT).matches("report|say|write|note|claim|state|announce")
                && tokens.get(end + 1).word().equalsIgnoreCase("that");
    }

    /** The first named candidate of the type after the given one and before the anaphor that stands before a verb. */
    private static Item subjectAfter(Item after, List<Item> candidates, EntityType type, Anaphor anaphor, List<Token> tokens) {
        for (Item item : candidates) {
            int end = item.mention().end();
            if (item.mention().begin() > after.mention().end() && end <= anaphor.begin() && item.type() == type && item.named()
                    && end < tokens.size() && tokens.get(end).tag().matches("MD|VB[DPZ]")) {
                return item;
            }
        }
        return null;
    }

    /**
     * Whether the candidate is a possessor before another candidate, right before it or through a noun set off by a
     * comma: "China" in "China's State Administration …", "Google" in "Google's parent company, Alphabet Inc., said".
     */
    private static boolean ownsNameAfter(Item item, List<Item> candidates, List<Token> tokens) {
        int end = item.mention().end();
        if (end >= tokens.size() || !tokens.get(end).tag().equals("POS")) {
            return false;
        }
        int k = end + 1;
        // "China's market regulator SAMR", "Alphabet's self-driving unit, Waymo"
        while (k < tokens.size() && k <= end + 6 && tokens.get(k).tag().matches("JJ.*|NNS?|VBN|VBG|HYPH")) {
            k++;
        }
        if (k > end + 1 && k < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
        }
        int next = k;
        return candidates.stream().anyMatch(other -> other.mention().begin() == next);
    }

    /** Whether the anaphor is the possessor at the start of an apposition to the mention: "X, the Korean firm's unit". */
    private static boolean ownerInItsApposition(List<Token> tokens, Mention mention, Anaphor anaphor) {
        int start = mention.end();
        if (start >= tokens.size() || !tokens.get(start).word().equals(",")) {
            return false;
        }
        start++;
        if (start < tokens.size() && tokens.get(start).tag().equals("DT")) {
            start++;
        }
        return anaphor.begin() <= start && start < anaphor.end() + 1 && anaphor.end() < tokens.size()
                && tokens.get(anaphor.end()).tag().equals("POS");
    }

    /** A country the article uses as a government ("Washington banned …"): the gazetteer knows it as a place. */
    private boolean isCountry(Item item) {
        return item.type() == EntityType.GOVERNMENT_BODY
                && gazetteer.byCanonical(item.mention().entityName()).map(entry -> entry.type() == EntityType.PLACE).orElse(false);
    }

    /** Whether no clause boundary (a comma, a relative or subordinating word, a verb of saying) lies in [from, to). */
    /**
     * The names of the nearest list of two or more names ("Toyota, Honda and Nissan", or "they" for two) before the
     * anaphor, unless a relative
     * clause opens after it ("…and Nissan, which makes its own": its = Nissan) or its last name owns what follows.
     */
    private static Set<String> listedBefore(List<Item> here, List<Token> tokens, Anaphor anaphor) {
        int last = -1;
        for (int k = 0; k < here.size() && here.get(k).mention().end() <= anaphor.begin(); k++) {
            last = k;
        }
        if (last < 1) {
            return Set.of();
        }
        int end = here.get(last).mention().end();
        if (end < tokens.size() && tokens.get(end).tag().equals("POS")) {
            return Set.of();
        }
        for (int k = end; k < anaphor.begin(); k++) {
            if (tokens.get(k).word().matches("(?i)which|that|who|whose")) {
                return Set.of();
            }
        }
        Set<String> names = new HashSet<>();
        names.add(here.get(last).mention().entityName());
        // "they" or "the two companies" for a pair is one mention with two candidates.
        for (int k = last; k > 0 && (here.get(k - 1).mention().begin() == here.get(k).mention().begin()
                || ListJoiners.onlyBetween(tokens, here.get(k - 1).mention().end(), here.get(k).mention().begin())); k--) {
            names.add(here.get(k - 1).mention().entityName());
        }
        return names.size() > 1 ? names : Set.of();
    }

    /**
     * "Nissan, which builds its own sensors": the name a relative clause hangs on, when the pronoun is in that clause
     * (no name, comma or clause break between "which" and the pronoun); null otherwise.
     */
    private static Item relativeClauseHead(List<Item> here, List<Token> tokens, Anaphor anaphor) {
        Item nearest = null;
        for (Item item : here) {
            if (item.named() && item.mention().end() <= anaphor.begin()) {
                nearest = item;
            }
        }
        if (nearest == null) {
            return null;
        }
        int at = nearest.mention().end();
        if (at < tokens.size() && tokens.get(at).word().equals(",")) {
            at++;
        }
        if (at >= anaphor.begin() || !tokens.get(at).word().matches("(?i)which|who")) {
            return null;
        }
        for (int k = at + 1; k < anaphor.begin(); k++) {
            if (tokens.get(k).word().matches(",|;|--|which|that|who") || SAYING.matcher(tokens.get(k).lemma()).matches()) {
                return null;
            }
        }
        return nearest;
    }


    private static boolean sameClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (CLAUSE_BOUNDARY.matcher(token.word()).matches() || SAYING.matcher(token.lemma()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The nearest fitting candidate in reach whose trade is the anaphor's; null if none or the anaphor names no trade. */
    private static String inTrade(Anaphor anaphor, Context context) {
        if (anaphor.trade().isEmpty()) {
            return null;
        }
        for (int s = context.sentence(); s >= context.firstInReach(); s--) {
            List<Item> candidates = context.candidates(s);
            for (int k = candidates.size() - 1; k >= 0; k--) {
                Item item = candidates.get(k);
                if (s == context.sentence() && item.mention().end() > anaphor.begin() || !anaphor.word().types().contains(item.type())) {
                    continue;
                }
                for (String word : context.called().getOrDefault(item.mention().entityName(), Set.of())) {
                    if (word.equals(Anaphors.TRADE + anaphor.trade()) || !word.startsWith(Anaphors.TRADE) && word.length() > anaphor.trade().length()
                            && word.startsWith(anaphor.trade())) {
                        return item.mention().entityName();
                    }
                }
            }
        }
        return null;
    }

    /** The nearest fitting candidate in reach that the article has called by all these words; null if none or no words. */
    private static String describedAs(Anaphor anaphor, Context context, Set<String> words) {
        return describedAs(anaphor, context, words, context.firstInReach());
    }

    /** As above, looking back to sentence first. */
    private static String describedAs(Anaphor anaphor, Context context, Set<String> words, int first) {
        if (words.isEmpty()) {
            return null;
        }
        for (int s = context.sentence(); s >= first; s--) {
            List<Item> candidates = context.candidates(s);
            for (int k = candidates.size() - 1; k >= 0; k--) {
                Item item = candidates.get(k);
                Set<String> called = context.called().getOrDefault(item.mention().entityName(), Set.of());
                if (anaphor.word().types().contains(item.type()) && called.containsAll(words) && !basedElsewhere(anaphor, called)) {
                    return item.mention().entityName();
                }
            }
        }
        return null;
    }

    /**
     * A word for a kind ("the startup", "the chipmaker", "the phone"): the nearest candidate in reach that the article
     * calls so; else, for a company, the only company in reach (in the anaphor's sentence and the
     * {@value #LOOK_BACK} before it). A product is never guessed: "this processor" may be one the text did not name.
     */
    private static List<String> kindOf(Anaphor anaphor, Context context) {
        Set<String> words = new LinkedHashSet<>(anaphor.descriptors());
        words.add(anaphor.kind());
        String described = describedAs(anaphor, context, words);
        if (described == null && !anaphor.descriptors().isEmpty()) {
            described = describedAs(anaphor, context, Set.of(anaphor.kind()));
        }
        if (described != null) {
            return List.of(described);
        }
        if (!anaphor.word().types().contains(EntityType.COMPANY)) {
            return List.of();
        }
        Set<String> inReach = new LinkedHashSet<>();
        int openingClauseEnd = openingParticipleEnd(context.analysis().sentences().get(context.sentence()).tokens(), anaphor);
        for (int s = context.sentence(); s >= context.firstInReach(); s--) {
            for (Item item : context.candidates(s)) {
                if (anaphor.word().types().contains(item.type()) && !(s == context.sentence() && item.mention().end() <= openingClauseEnd)) {
                    inReach.add(item.mention().entityName());
                }
            }
        }
        if (inReach.size() == 1) {
            return List.copyOf(inReach);
        }
        Set<String> topicCalled = context.called().getOrDefault(context.topic(), Set.of());
        if (basedElsewhere(anaphor, topicCalled) || !anaphor.descriptors().isEmpty() && !topicCalled.containsAll(anaphor.descriptors())) {
            // "TSMC makes chips for Nvidia. The Taiwanese chipmaker …": a capitalised modifier singles out one company,
            // most often the subject of the sentence before, not the company named most.
            Item previousSubject = context.sentence() == 0 ? null : context.candidates(context.sentence() - 1).stream()
                    .filter(item -> item.subject() && item.named() && anaphor.word().types().contains(item.type()))
                    .findFirst().orElse(null);
            return previousSubject == null ? List.of() : List.of(previousSubject.mention().entityName());
        }
        // "The startup raked in $500 million" after a sentence naming it beside its founders' former employer.
        return context.topic() != null ? List.of(context.topic()) : List.of();
    }

    /** "The Beijing-based firm" is none the article called "the Guangzhou-based firm". */
    private static boolean basedElsewhere(Anaphor anaphor, Set<String> called) {
        return !anaphor.base().isEmpty() && !called.contains(Anaphors.BASE + anaphor.base())
                && called.stream().anyMatch(word -> word.startsWith(Anaphors.BASE));
    }

    /** Whether the article's topic company is named in an earlier sentence in reach. */
    private static boolean topicInReach(Context context) {
        for (int s = context.sentence() - 1; s >= context.firstInReach(); s--) {
            for (Item item : context.candidates(s)) {
                if (item.mention().entityName().equals(context.topic())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The iPhone maker": the gazetteer's maker of the product (or the maker's parent, when only the parent is named),
     * else the company the article says owns it ("X's iPhone").
     */
    private List<String> owner(Mention product, Map<String, String> possessors, Map<String, EntityType> types) {
        if (product == null) {
            return List.of();
        }
        String owner = gazetteer.byCanonical(product.entityName()).map(GazetteerEntry::owner).orElse("");
        if (types.get(owner) != EntityType.COMPANY) {
            // "the PlayStation maker" in an article that names Sony, not its unit Sony Interactive Entertainment.
            String parent = gazetteer.byCanonical(owner).map(GazetteerEntry::owner).orElse("");
            owner = types.get(parent) == EntityType.COMPANY ? parent : possessors.getOrDefault(product.entityName(), "");
        }
        return types.get(owner) == EntityType.COMPANY ? List.of(owner) : List.of();
    }

    /**
     * Two at once, for a description ("the two companies", "both firms"): decided in the nearest sentence in reach
     * with a fitting candidate (the anaphor's own first): its only two, or its pair joined by "and"; nothing when it
     * has one, or three or more and no such pair.
     */
    private List<String> pair(Set<EntityType> fits, Context context) {
        for (int s = context.sentence(); s >= context.firstInReach(); s--) {
            List<Item> candidates = context.candidates(s);
            Set<String> distinct = new LinkedHashSet<>();
            for (Item item : candidates) {
                if (fits.contains(item.type())) {
                    distinct.add(item.mention().entityName());
                }
            }
            if (distinct.isEmpty()) {
                continue;
            }
            if (distinct.size() == 2) {
                return List.copyOf(distinct);
            }
            List<String> joined = joined(fits, candidates, context.analysis().sentences().get(s).tokens(), false);
            return joined == null ? List.of() : joined;
        }
        return List.of();
    }

    /**
     * Two at once, for "they", "their", "them": a pair joined by "and" in the pronoun's sentence ("Samsung and Lenovo
     * … their devices"); when that sentence names nothing that fits, a pair joined by "and" in subject position of the
     * sentence before. A plural pronoun more often means a group the text did not name ("smaller firms … their
     * concerns"), so nothing else is guessed.
     */
    private List<String> joinedPair(Set<EntityType> fits, Context context) {
        List<Item> here = context.candidates(context.sentence());
        List<String> joined = joined(fits, here, context.analysis().sentences().get(context.sentence()).tokens(), false);
        if (joined != null || here.stream().anyMatch(item -> fits.contains(item.type())) || context.sentence() == 0) {
            return joined == null ? List.of() : joined;
        }
        int before = context.sentence() - 1;
        joined = joined(fits, context.candidates(before), context.analysis().sentences().get(before).tokens(), true);
        return joined == null ? List.of() : joined;
    }

    /** The last two fitting names joined by "and" (in subject position if asked), or null. */
    private List<String> joined(Set<EntityType> fits, List<Item> all, List<Token> tokens, boolean subject) {
        // "Mobileye and UK-based maker Delphi": a place named inside the second one's description is no candidate.
        List<Item> candidates = all.stream().filter(item -> fits.contains(item.type())).toList();
        List<String> found = null;
        for (int k = 1; k < candidates.size(); k++) {
            Item first = candidates.get(k - 1);
            Item second = candidates.get(k);
            if (fits.contains(first.type()) && fits.contains(second.type()) && first.type() == second.type() && (!subject || first.subject())
                    && !first.mention().entityName().equals(second.mention().entityName())
                    && joinedByAnd(tokens, first.mention().end(), second.mention().begin())) {
                found = List.of(first.mention().entityName(), second.mention().entityName());
            }
        }
        return found;
    }

    /**
     * Whether only "and" (or "&"), commas and determiners stand between two names, and after "and" at most a short
     * description of the second ("Mobileye and UK-based auto-equipment maker Delphi").
     */
    private boolean joinedByAnd(List<Token> tokens, int from, int to) {
        boolean and = false;
        if (from >= to) {
            return false;
        }
        int described = 0;
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (and && described < MAX_PAIR_DESCRIPTION && tokens.get(k).tag().matches("JJ.*|NNS?|NNP|HYPH|VBN|DT")) {
                described++;
                continue;
            }
            if (!lexicon.pairJoiners.contains(word) || described > 0) {
                return false;
            }
            and |= word.equals("and") || word.equals("&");
        }
        return and;
    }
}
