package dev.techkg.linking;

import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds entity mentions in an analysed text and links them to canonical entities.
 *
 * <ol>
 *   <li>Spans ({@link NameSpans}, {@link ProductSpans}): company names closed by a legal form, gazetteer names
 *       (variant spellings too: "Open AI"), CoreNLP's PERSON, ORGANIZATION, LOCATION and MISC spans, product names
 *       grown over their versions ("Galaxy S25 Ultra"), model codes ("HBM4", "its V4") and names next to a
 *       product noun.</li>
 *   <li>Typing per mention ({@link MentionTyper}): the gazetteer's type, else CoreNLP's or the context's; a
 *       country or capital used for its government in this mention is the country as a government body. Names
 *       listed as examples of a product or company noun take its type ({@link ExampleLists}), names listed with companies are
 *       companies ({@link CompanyLists}).</li>
 *   <li>Within the article ({@link ShortForms}): a name recognised once is found at its bare mentions too;
 *       short forms and bracketed acronyms join the longer name.</li>
 *   <li>Each entity takes the type of its surest mention; a government reading beats a place. Each mention
 *       keeps its own place or government reading.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EntityLinker {
    /** A body named after a possessive: "China's Ministry of Commerce", "Japan’s Fair Trade Commission". */
    private static final Pattern OWNED_BODY = Pattern.compile("\\S+(?:'s|’s|s') (.+)");
    private final Gazetteer gazetteer;
    private final NameSpans spans;
    private final MentionTyper typer;
    private final ShortForms shortForms;
    private final CompanyLists companyLists;
    private final ExampleLists exampleLists;
    private final Coreference coreference;
    private final NameRules rules;
    private final ProductSpans products;

    private EntityLinker(Gazetteer gazetteer, NameRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.products = new ProductSpans(rules);
        this.spans = new NameSpans(gazetteer, rules, products);
        this.exampleLists = new ExampleLists(products, rules);
        this.typer = new MentionTyper(gazetteer, rules);
        this.shortForms = new ShortForms(rules);
        this.companyLists = new CompanyLists(rules);
        this.coreference = Coreference.create(gazetteer);
    }

    /** A linker over the given gazetteer with the shipped word lists and patterns. */
    public static EntityLinker create(Gazetteer gazetteer) {
        return new EntityLinker(gazetteer, NameRules.loadDefault());
    }

    /** The gazetteer this linker uses. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * "Ministry of Commerce" of "China's Ministry of Commerce": the text names the body after its country's possessive,
     * and people look it up by that name.
     */
    private static Optional<String> ownedBodyForm(Candidate c) {
        if (c.type() != EntityType.GOVERNMENT_BODY) {
            return Optional.empty();
        }
        Matcher owned = OWNED_BODY.matcher(c.surface());
        return owned.matches() ? Optional.of(owned.group(1)) : Optional.empty();
    }

    private static String lastWord(String surface) {
        return surface.substring(surface.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Finds, types and merges the entities of the text. */
    public LinkedText link(AnalyzedText analysis) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            List<Candidate> inSentence = new ArrayList<>();
            for (Span span : spans.find(analysis.text(), sentence.tokens())) {
                typer.resolve(analysis.text(), sentence, span).ifPresent(inSentence::add);
            }
            inSentence = typer.governmentsInLists(sentence.tokens(), inSentence);
            inSentence = exampleLists.withListedNames(analysis.text(), sentence.index(), sentence.tokens(), inSentence);
            candidates.addAll(companyLists.withListedCompanies(analysis.text(), sentence.index(), sentence.tokens(), inSentence));
        }
        // "teams up with Tencent and Tsinghua University": a university is none of the entity types, even in a list of companies.
        candidates = candidates.stream().filter(c -> c.known() || !rules.institutionHeads.contains(lastWord(c.surface()))).toList();
        candidates = withoutUnnamedDepartments(analysis, shortForms.withRecurrences(analysis, shortForms.withoutTickers(analysis, candidates)));
        candidates = companiesDescribedNext(analysis, candidates);
        candidates = lonePersonWordsAsCompanies(analysis, candidates);
        candidates = surnamesOfNamedPeople(candidates);
        // "Marc Whitten became Cruise's new CEO": a lone word that context has just made a company is that company at
        // its other mentions too ("GM owns 90% of Cruise", which the tagger left untagged).
        candidates = shortForms.withRecurrences(analysis, candidates);
        Map<String, String> acronyms = shortForms.acronyms(analysis, candidates);
        candidates = shortForms.withAcronymsAsSpelledOut(candidates, acronyms);
        Map<String, String> mergedName = withoutMakers(candidates, shortForms.merge(candidates, acronyms));

        // "Sakana" joined to "Sakana AI", "Cruise" to "GM Cruise": a lone word CoreNLP took for a person is a mention of
        // the company whose name it joined.
        Set<String> companies = new HashSet<>();
        candidates.stream().filter(c -> c.type() == EntityType.COMPANY).forEach(c -> companies.add(c.name()));
        candidates = candidates.stream().map(c -> c.type() == EntityType.PERSON && !c.known() && mergedName.containsKey(c.name())
                && companies.contains(mergedName.get(c.name())) ? c.typedByContext(EntityType.COMPANY) : c).toList();
        Map<String, Candidate> surest = new HashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String name = mergedName.getOrDefault(c.name(), c.name());
            surest.merge(name, c, EntityLinker::surer);
            forms.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c.surface());
            seriesForm(analysis, c).ifPresent(forms.get(name)::add);
            ownedBodyForm(c).ifPresent(forms.get(name)::add);
            if (c.type() == EntityType.PRODUCT) {
                nameWithoutMaker(c.surface()).filter(EntityLinker::namesAModel).ifPresent(forms.get(name)::add);
                nameWithoutSeries(c.surface()).ifPresent(forms.get(name)::add);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Candidate c : candidates) {
            String name = mergedName.getOrDefault(c.name(), c.name());
            EntityType entityType = surest.get(name).type();
            types.put(name, entityType);
            mentions.add(new Mention(c.sentence(), c.begin(), c.end(), c.surface(), name, mentionType(c.type(), entityType)));
        }
        List<Entity> entities = new ArrayList<>();
        forms.forEach((name, surfaces) -> entities.add(new Entity(name, types.get(name), surfaces, wikidata(name))));
        entities.addAll(headsOfStateActing(mentions, forms.keySet()));
        entities.addAll(makersInProductNames(entities));
        return new LinkedText(analysis, entities, mentions, coreference.resolve(analysis, mentions, types));
    }

    /**
     * The Wikidata ID of the gazetteer row with this canonical name. Keyed on the name, as the entity's IRI is, so
     * a node carries its ID whatever type one article gives it ("China" the place or the government).
     */
    private String wikidata(String name) {
        return gazetteer.byCanonical(name).map(GazetteerEntry::wikidata).orElse("");
    }

    /**
     * "Commerce Secretary Gina Raimondo": the word before a secretary's or minister's title stands for the department
     * only when the article also names the department itself ("the Commerce Department"); otherwise the title names
     * no department (the annotation contract gives such a secretary no `leads`).
     */
    private List<Candidate> withoutUnnamedDepartments(AnalyzedText analysis, List<Candidate> candidates) {
        Set<String> named = new HashSet<>();
        List<Candidate> fromTitles = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Token> tokens = analysis.sentences().get(c.sentence()).tokens();
            String next = c.end() < tokens.size() ? tokens.get(c.end()).word().toLowerCase(Locale.ROOT) : "";
            boolean title = c.end() - c.begin() == 1 && c.type() == EntityType.GOVERNMENT_BODY
                    && (rules.departmentTitles.contains(next) || rules.ministryTitles.contains(next));
            if (title) {
                fromTitles.add(c);
            } else {
                named.add(c.name());
            }
        }
        if (fromTitles.isEmpty()) {
            return candidates;
        }
        List<Candidate> kept = new ArrayList<>(candidates);
        kept.removeIf(c -> fromTitles.contains(c) && !named.contains(c.name()));
        return kept;
    }

    /**
     * "Recogni appears to have defied the trend. The company, located in San Jose, …": a lone word CoreNLP took for a
     * person, opening a sentence that the next one continues with "The company" (or another company noun), is a
     * company. Not a word of a fuller person name in the article ("Musk" after "Elon Musk").
     */
    private List<Candidate> companiesDescribedNext(AnalyzedText analysis, List<Candidate> candidates) {
        Set<String> personWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.end() - c.begin() > 1) {
                personWords.addAll(List.of(c.name().split("\\s+")));
            }
        }
        Set<String> companies = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.evidence() == Candidate.Evidence.TAGGER && c.begin() == 0 && c.end() == 1
                    && !personWords.contains(c.name()) && c.sentence() + 1 < analysis.sentences().size()
                    && opensWithCompanyNoun(analysis.sentences().get(c.sentence() + 1).tokens())) {
                companies.add(c.name());
            }
        }
        return asCompanies(candidates, companies);
    }

    /**
     * "Jony Ive … Ive and a few others created a startup … Ive's io": a lone word that is the surname of a person the
     * article names in full is that person, whatever the words around one of its mentions suggested (a gazetteer name,
     * "Dell" of "Michael Dell", keeps its type).
     */
    private static List<Candidate> surnamesOfNamedPeople(List<Candidate> candidates) {
        Set<String> surnames = new HashSet<>();
        for (Candidate c : candidates) {
            String[] words = c.name().split("\\s+");
            if (c.type() == EntityType.PERSON && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        if (surnames.isEmpty()) {
            return candidates;
        }
        List<Candidate> retyped = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean surname = !c.known() && c.type() != EntityType.PERSON && c.end() - c.begin() == 1 && surnames.contains(c.name());
            retyped.add(surname ? c.typedByContext(EntityType.PERSON) : c);
        }
        return retyped;
    }

    /** The candidates with every mention of these names typed a company by its context. */
    private static List<Candidate> asCompanies(List<Candidate> candidates, Set<String> names) {
        if (names.isEmpty()) {
            return candidates;
        }
        List<Candidate> retyped = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            retyped.add(names.contains(c.name()) ? c.typedByContext(EntityType.COMPANY) : c);
        }
        return retyped;
    }

    /**
     * "Metaman bought out Drip Project": news introduces a person by the full name, so a one-word name that CoreNLP
     * alone took for a person, which no fuller name of the article holds and which never follows a title or an
     * honorific ("CEO", "Mr", "PM") nor comes before a verb of saying or founding or ", who", is a company.
     */
    private List<Candidate> lonePersonWordsAsCompanies(AnalyzedText analysis, List<Candidate> candidates) {
        Set<String> personWords = new HashSet<>();
        Set<String> lone = new HashSet<>();
        Set<String> otherReadings = new HashSet<>();
        for (Candidate c : candidates) {
            // "Mitsuya Kishida, …" read as a company still holds the surname "Kishida".
            if ((c.type() == EntityType.PERSON || !c.known()) && c.end() - c.begin() > 1) {
                personWords.addAll(List.of(c.name().split("\\s+")));
            }
            boolean oneWord = c.end() - c.begin() == 1 && !c.name().contains(" ");
            if (c.type() == EntityType.PERSON && c.evidence() == Candidate.Evidence.TAGGER && oneWord) {
                lone.add(c.name());
            } else {
                otherReadings.add(c.name()); // a reading of another kind somewhere, or one sure of being a person
            }
        }
        lone.removeAll(otherReadings);
        lone.removeAll(personWords);
        lone.removeIf(gazetteer::isKnownSurname); // "Musk's xAI" in an article that never names him in full
        if (lone.isEmpty()) {
            return candidates;
        }
        for (Candidate c : candidates) {
            List<Token> tokens = analysis.sentences().get(c.sentence()).tokens();
            if (lone.contains(c.name()) && (personCued(tokens, c.begin(), c.end()) || listedWithPlace(tokens, c, candidates))) {
                lone.remove(c.name());
            }
        }
        return asCompanies(candidates, lone);
    }

    /**
     * Whether the name ends a list with a place in it: "tech parks in Nusajaya and Kempas" (CoreNLP's person there is a
     * place we cannot tell from a company, so it is left as it was).
     */
    private static boolean listedWithPlace(List<Token> tokens, Candidate name, List<Candidate> candidates) {
        for (Candidate other : candidates) {
            if (other.sentence() != name.sentence() || other.type() != EntityType.PLACE || other.end() > name.begin()
                    || name.begin() - other.end() > 2) {
                continue;
            }
            boolean joined = other.end() < name.begin();
            for (int k = other.end(); k < name.begin(); k++) {
                joined &= tokens.get(k).word().matches(",|and|or");
            }
            if (joined) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title or honorific in the three words before the name ("PM Modi", "chief executive Zhang"), a verb of saying or
     * founding after it, or ", who".
     */
    private boolean personCued(List<Token> tokens, int begin, int end) {
        for (int k = Math.max(0, begin - 3); k < begin; k++) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (rules.personTitles.contains(word) || rules.personHonorifics.contains(word)) {
                return true;
            }
        }
        // "Altman co-founded the lab": people found companies.
        String after = end < tokens.size() ? tokens.get(end).word().toLowerCase(Locale.ROOT) : "";
        if (rules.sayingVerbs.contains(after) || rules.foundingVerbs.contains(after)) {
            return true;
        }
        // "Musk, who also runs Tesla, …": a relative clause of a person.
        return end + 1 < tokens.size() && tokens.get(end).word().equals(",") && tokens.get(end + 1).word().equalsIgnoreCase("who");
    }

    /** "The company …", "The startup, located in …": a sentence that opens with "the" and a company noun. */
    private boolean opensWithCompanyNoun(List<Token> tokens) {
        return tokens.size() > 2 && tokens.get(0).word().equalsIgnoreCase("the")
                && rules.companyNounsBefore.contains(tokens.get(1).word().toLowerCase(Locale.ROOT))
                && !tokens.get(2).tag().startsWith("NN");
    }

    /**
     * "Qualcomm Snapdragon X Elite" and "Snapdragon X Elite" in one article: a product's name written after its maker's
     * names the product named without it, so the two are one entity, under the shorter name; so do "Snapdragon X series"
     * and "Snapdragon X".
     */
    private Map<String, String> withoutMakers(List<Candidate> candidates, Map<String, String> merged) {
        Set<String> products = new HashSet<>();
        candidates.stream().filter(c -> c.type() == EntityType.PRODUCT).forEach(c -> products.add(c.name()));
        Map<String, String> result = new HashMap<>(merged);
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PRODUCT && !result.containsKey(c.name())) {
                nameWithoutMaker(c.name()).or(() -> nameWithoutSeries(c.name())).filter(products::contains)
                        .filter(rest -> !result.containsKey(rest)).ifPresent(rest -> result.put(c.name(), rest));
            }
        }
        return result;
    }

    /** The name after a known company's name that opens it ("Snapdragon X Elite" of "Qualcomm Snapdragon X Elite"), if any. */
    private Optional<String> nameWithoutMaker(String name) {
        String[] words = name.split("\\s+");
        return makerOpening(words).flatMap(maker -> {
            String rest = String.join(" ", List.of(words).subList(maker.words(), words.length));
            return Character.isUpperCase(rest.codePointAt(0)) || Character.isDigit(rest.codePointAt(0)) ? Optional.of(rest) : Optional.empty();
        });
    }

    /** A known company whose name opens a product's name, and how many of its words it takes. */
    private record MakerOpening(GazetteerEntry entry, String prefix, int words) {}

    /** The known company (of one or two words) that opens the words of a product's name: "Intel" of "Intel Core Ultra 7". */
    private Optional<MakerOpening> makerOpening(String[] words) {
        for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
            String prefix = String.join(" ", List.of(words).subList(0, n));
            Optional<GazetteerEntry> maker = gazetteer.lookupInText(prefix).filter(e -> e.type() == EntityType.COMPANY);
            if (maker.isPresent()) {
                return Optional.of(new MakerOpening(maker.get(), prefix, n));
            }
        }
        return Optional.empty();
    }

    /** "Snapdragon X" of "Snapdragon X series": a line's name with its series word is another name of the line. */
    private Optional<String> nameWithoutSeries(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && rules.series.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))
                ? Optional.of(name.substring(0, space)) : Optional.empty();
    }

    /**
     * Whether a name without its maker still reads as a model's name (two words or a number: "Vision Pro", "Galaxy
     * S25"), not a common word ("Watch" of "Apple Watch", "Music" of "Apple Music").
     */
    private static boolean namesAModel(String name) {
        return name.contains(" ") || name.chars().anyMatch(Character::isDigit);
    }

    /**
     * "an Intel Core Ultra 7 laptop": a product whose name starts with a company the gazetteer knows names that company,
     * even where the article names it nowhere else (it then has no mention of its own, as the product's name holds it).
     */
    private List<Entity> makersInProductNames(List<Entity> entities) {
        Set<String> named = new HashSet<>();
        entities.forEach(e -> named.add(e.name()));
        Map<String, Set<String>> makers = new LinkedHashMap<>();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT) {
                continue;
            }
            for (String surface : product.surfaceForms()) {
                makerOpening(surface.split("\\s+")).filter(maker -> !named.contains(maker.entry().canonical()))
                        .ifPresent(maker -> makers.computeIfAbsent(maker.entry().canonical(), k -> new LinkedHashSet<>()).add(maker.prefix()));
            }
        }
        List<Entity> added = new ArrayList<>();
        makers.forEach((name, surfaces) -> added.add(new Entity(name, EntityType.COMPANY, surfaces, wikidata(name))));
        return added;
    }

    /**
     * "President Trump ordered …": the mention stands for the country, and the president is still a person named
     * in the article (without a mention of his own there).
     */
    private List<Entity> headsOfStateActing(List<Mention> mentions, Set<String> named) {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        for (Mention m : mentions) {
            gazetteer.leaderActingFor(m).filter(e -> !named.contains(e.canonical()))
                    .ifPresent(e -> people.computeIfAbsent(e.canonical(), k -> new LinkedHashSet<>()).add(m.surface()));
        }
        List<Entity> entities = new ArrayList<>();
        people.forEach((name, surfaces) -> entities.add(new Entity(name, EntityType.PERSON, surfaces, wikidata(name))));
        return entities;
    }

    /**
     * "its Reno 12 series": the series word stays outside a numbered model's name, but the model with it is another
     * name of the same product.
     */
    private Optional<String> seriesForm(AnalyzedText analysis, Candidate c) {
        List<Token> tokens = analysis.sentences().get(c.sentence()).tokens();
        if (c.type() != EntityType.PRODUCT || !products.seriesAfter(tokens, c.end())) {
            return Optional.empty();
        }
        return Optional.of(c.surface() + " " + tokens.get(c.end()).word());
    }

    /**
     * Of two mentions of one name, the one whose type the entity takes: a government reading beats a place and any
     * reading no surer than itself; else
     * the gazetteer beats the context, which beats CoreNLP's guess; else the first.
     */
    private static Candidate surer(Candidate a, Candidate b) {
        if (a.type() != b.type() && (a.type() == EntityType.GOVERNMENT_BODY || b.type() == EntityType.GOVERNMENT_BODY)) {
            Candidate government = a.type() == EntityType.GOVERNMENT_BODY ? a : b;
            Candidate other = government == a ? b : a;
            if (other.type() == EntityType.PLACE || government.evidence().compareTo(other.evidence()) >= 0) {
                return government;
            }
        }
        return b.evidence().compareTo(a.evidence()) > 0 ? b : a;
    }

    /** A mention keeps its own place or government reading; otherwise it is typed as its entity. */
    private static EntityType mentionType(EntityType own, EntityType entity) {
        boolean placeOrGovernment = (own == EntityType.PLACE || own == EntityType.GOVERNMENT_BODY)
                && (entity == EntityType.PLACE || entity == EntityType.GOVERNMENT_BODY);
        return placeOrGovernment ? own : entity;
    }
}
