package dev.techkg.query;

import dev.techkg.Resources;
import dev.techkg.index.Fact;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.linking.Names;
import dev.techkg.rdf.IriMinter;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue: flags that rule-based checks raise over the curated view, for a person to resolve with a
 * correction (reject one of the facts, merge, or dismiss the flag). Checks never change the graph. Kinds:
 * <ul>
 *   <li>{@code two-headquarters}: a company headquartered in two places by two articles of the same month, and by no
 *       article in both (one that names both, as "Veldhoven, Netherlands" does, says they agree);</li>
 *   <li>{@code two-ceos}: two people leading one company by two articles of the same month, both sentences saying CEO,
 *       and no article naming both (co-CEOs, a chair beside a CEO);</li>
 *   <li>{@code acquired-then-independent}: a company acquired, and a later article calls it independent (no relation
 *       states independence: found in article text by the phrasings of {@code review-phrasings.txt});</li>
 *   <li>{@code fact-and-negation}: a fact, and a sentence naming both its ends that denies it (the extractor stores
 *       no negated facts: found in article text, likewise);</li>
 *   <li>{@code merge-suggestion}: two companies that may be one: the same name but for spaces and punctuation, one's
 *       name an alias of the other, or one name the other plus one word. Never merged without a person.</li>
 * </ul>
 * Flags are computed, never stored: from the graph index and the articles' text, again whenever the index is replaced
 * (every write and correction replaces it), so they follow new articles, rejections and merges. A flag's id is a hash
 * of what it is about (entities, relation, article), so a dismissal, which names it, lasts through re-ingest, backup
 * and restore. Thread-safe.
 */
public final class ReviewQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueue.class);
    /** The kinds of flag, by the name the API and command line show. */
    public static final String TWO_HEADQUARTERS = "two-headquarters";
    public static final String TWO_CEOS = "two-ceos";
    public static final String ACQUIRED_THEN_INDEPENDENT = "acquired-then-independent";
    public static final String FACT_AND_NEGATION = "fact-and-negation";
    public static final String MERGE_SUGGESTION = "merge-suggestion";
    /** Every kind, in the order the queue lists them. */
    public static final List<String> KINDS = List.of(ACQUIRED_THEN_INDEPENDENT, FACT_AND_NEGATION, MERGE_SUGGESTION, TWO_CEOS, TWO_HEADQUARTERS);

    private static final String PHRASINGS = "review-phrasings.txt";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]?\\s+(?=[\"“(]?[A-Z0-9])");

    /**
     * One piece of evidence: a fact's statement (subject, relation, object set, as slugs and relation name) or a
     * sentence that states no fact (they are null), or an entity (merge suggestions: entity, label, type, articles).
     */
    public record Evidence(String subject, String relation, String object, String entity, String label, String type, Integer articles,
                           String sentence, String article, String title, String date) {
        static Evidence ofEntity(GraphIndex.Entity e) {
            return new Evidence(null, null, null, IriMinter.slugOf(e.iri()), e.label(), IriMinter.localName(e.types().get(0)), e.articles(),
                    null, null, null, null);
        }
    }

    /**
     * A flag: its id (12 hex digits), kind, a line saying what is wrong, and both pieces of evidence; a merge
     * suggestion names the entity to merge ({@code from}) and the one to keep ({@code into}), as slugs.
     */
    public record Flag(String id, String kind, String summary, List<Evidence> evidence, String from, String into) {}

    private final GraphStore store;
    private final GraphIndexCache index;
    private final Pattern ceo;
    private final List<Pattern> independent;
    private final Map<String, List<Pattern>> negations;
    /** Words one of which a sentence must have to be matched against the patterns at all (most have none). */
    private final Set<String> cues;
    /** Per article IRI, its sentences that may clash: read once, as an article's text never changes. */
    private final Map<String, List<Hit>> hits = new ConcurrentHashMap<>();
    private final Query texts = StoredQueries.load("review-texts.rq");
    private final StatementEvidence evidence;
    /** The flags of the last index asked about: computed once per index. */
    private volatile Computed last;

    private record Computed(GraphIndex index, List<Flag> flags) {}

    public ReviewQueue(GraphStore store, GraphIndexCache index) {
        this.store = store;
        this.evidence = new StatementEvidence(store);
        this.index = index;
        Map<String, List<String>> sections = Resources.sections(ReviewQueue.class, PHRASINGS);
        this.ceo = anyOf(sections.getOrDefault("ceo", List.of()));
        this.independent = sections.getOrDefault("independent", List.of()).stream().map(ReviewQueue::compile).toList();
        Map<String, List<Pattern>> byRelation = new LinkedHashMap<>();
        sections.forEach((section, patterns) -> {
            if (section.startsWith("not-")) {
                String relation = section.substring(4);
                try {
                    byRelation.put(TK.relation(relation).getURI(), patterns.stream().map(ReviewQueue::compile).toList());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(PHRASINGS + ": unknown relation '" + relation + "' in section '" + section + "'", e);
                }
            } else if (!section.equals("ceo") && !section.equals("independent") && !section.equals("cue")) {
                throw new IllegalStateException(PHRASINGS + ": unknown section '" + section + "' (ceo, cue, independent or not-RELATION)");
            }
        });
        this.negations = Map.copyOf(byRelation);
        Set<String> words = new HashSet<>();
        sections.getOrDefault("cue", List.of()).forEach(line -> words.addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+"))));
        this.cues = Set.copyOf(words);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern anyOf(List<String> regexes) {
        return compile(regexes.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", regexes) + ")");
    }

    /** The flags no active dismissal names, newest evidence first within each kind. */
    public List<Flag> open() {
        GraphIndex graph = index.index();
        return all(graph).stream().filter(f -> graph.curation().dismissal(f.id()) == null).toList();
    }

    /** The flag with this id, open or dismissed, or null when the checks raise none such now. */
    public Flag find(String id) {
        for (Flag f : all(index.index())) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    private List<Flag> all(GraphIndex graph) {
        Computed known = last;
        if (known != null && known.index() == graph) {
            return known.flags();
        }
        synchronized (this) { // one computation at a time: a second caller waits for it rather than doing it again
            known = last;
            if (known != null && known.index() == graph) {
                return known.flags();
            }
            List<Flag> flags = compute(graph);
            last = new Computed(graph, flags);
            return flags;
        }
    }

    /** Computes the flags of the current index now, so the first caller finds them ready (a few seconds at a million quads). */
    public void warmUp() {
        open();
    }

    private static String key(GraphIndex.Statement s) {
        return StatementEvidence.key(s);
    }

    /**
     * A flag of a fact and a sentence before the fact's evidence is read: the fact's statements, best first, and the
     * sentence (with its article) that clashes with it.
     */
    private record Draft(String id, String kind, String summary, List<GraphIndex.Statement> fact, String sentence, String sentenceArticle) {}

    /**
     * A flag of two facts before their evidence is read: each fact's statements of one month, best first; with
     * {@code ceo}, only statements whose sentence says CEO count.
     */
    private record PairDraft(String id, String kind, String summary, List<GraphIndex.Statement> first, List<GraphIndex.Statement> second,
                             boolean ceo) {}

    private List<Flag> compute(GraphIndex graph) {
        long started = System.nanoTime();
        List<Draft> drafts = new ArrayList<>();
        List<PairDraft> pairs = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        graph.forEachEntity(e -> {
            if (isCompany(e)) {
                twoOf(graph, e, TK.headquarteredIn.getURI(), true, pairs);
                twoOf(graph, e, TK.leads.getURI(), false, pairs);
            }
        });
        long paired0 = System.nanoTime();
        textChecks(graph, drafts);
        long texts0 = System.nanoTime();
        List<GraphIndex.Statement> wanted = new ArrayList<>();
        drafts.forEach(d -> wanted.addAll(d.fact()));
        pairs.forEach(p -> {
            wanted.addAll(p.first());
            wanted.addAll(p.second());
        });
        Map<String, List<Map<String, String>>> sentences = evidence.of(wanted);
        long read0 = System.nanoTime();
        for (Draft d : drafts) {
            Flag f = finish(graph, d, sentences);
            if (f != null) {
                flags.add(f);
            }
        }
        Set<String> paired = new HashSet<>();
        for (PairDraft p : pairs) {
            // Drafts of one pair come latest month first: the first whose sentences hold up is the flag.
            Evidence a = paired.contains(p.id()) ? null : pick(graph, p.first(), sentences, p.ceo());
            Evidence b = a == null ? null : pick(graph, p.second(), sentences, p.ceo());
            if (b != null) {
                flags.add(new Flag(p.id(), p.kind(), p.summary(), List.of(a, b), null, null));
                paired.add(p.id());
            }
        }
        long merges0 = System.nanoTime();
        flags.addAll(mergeSuggestions(graph));
        LOG.debug("Review queue: {} flags in {} ms (pairs {} ms, {} drafts; texts {} ms; {} evidence statements read in {} ms; "
                        + "merge suggestions {} ms)", flags.size(), ms(started, System.nanoTime()), ms(started, paired0), pairs.size(),
                ms(paired0, texts0), wanted.size(), ms(texts0, read0), ms(merges0, System.nanoTime()));
        // One flag per id (a sentence may name an entity twice), in a stable order.
        Map<String, Flag> unique = new LinkedHashMap<>();
        flags.stream().sorted(Comparator.comparing(Flag::kind).thenComparing(Flag::summary).thenComparing(Flag::id))
                .forEach(f -> unique.putIfAbsent(f.id(), f));
        return List.copyOf(unique.values());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static boolean isCompany(GraphIndex.Entity e) {
        return e.types().contains(TK.Company.getURI());
    }

    /**
     * Two facts of one relation between the company and two different other entities (places it is headquartered
     * in, or people leading it), stated in articles of the same month: a draft per pair, for its latest such month.
     */
    private static void twoOf(GraphIndex graph, GraphIndex.Entity company, String relation, boolean subjectIsCompany, List<PairDraft> pairs) {
        Map<String, TreeMap<String, List<GraphIndex.Statement>>> byOther = new TreeMap<>();
        for (Fact f : graph.facts(company.iri())) {
            if (!f.relation().equals(relation) || !(subjectIsCompany ? f.subject() : f.object()).equals(company.iri())) {
                continue;
            }
            String other = subjectIsCompany ? f.object() : f.subject();
            GraphIndex.Entity o = graph.entity(other);
            if (other.equals(company.iri()) || o == null || (!subjectIsCompany && !o.types().contains(TK.Person.getURI()))) {
                continue;
            }
            for (GraphIndex.Statement s : f.statements()) {
                if (s.day() != null && s.day().length() >= 7 && !s.article().equals(TK.CURATION_GRAPH)) {
                    byOther.computeIfAbsent(other, k -> new TreeMap<>()).computeIfAbsent(s.day().substring(0, 7), k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<String> others = new ArrayList<>(byOther.keySet());
        Map<String, Set<String>> articlesOf = new HashMap<>();
        byOther.forEach((other, months) -> {
            Set<String> articles = new HashSet<>();
            months.values().forEach(list -> list.forEach(st -> articles.add(st.article())));
            articlesOf.put(other, articles);
        });
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                TreeMap<String, List<GraphIndex.Statement>> a = byOther.get(others.get(i));
                TreeMap<String, List<GraphIndex.Statement>> b = byOther.get(others.get(j));
                if (!Collections.disjoint(articlesOf.get(others.get(i)), articlesOf.get(others.get(j)))) {
                    continue; // together in one article they agree: a city and its country ("Veldhoven, Netherlands"), co-CEOs
                }
                String kind = subjectIsCompany ? TWO_HEADQUARTERS : TWO_CEOS;
                String id = id(kind, company.iri(), others.get(i), others.get(j));
                String nameA = graph.entity(others.get(i)).label();
                String nameB = graph.entity(others.get(j)).label();
                for (String month : a.descendingKeySet()) {
                    if (!b.containsKey(month)) {
                        continue;
                    }
                    String summary = subjectIsCompany
                            ? company.label() + ": headquartered in " + nameA + " and in " + nameB + " (articles of " + month + ")"
                            : company.label() + ": two CEOs, " + nameA + " and " + nameB + " (articles of " + month + ")";
                    List<GraphIndex.Statement> first = a.get(month);
                    List<GraphIndex.Statement> second = b.get(month);
                    // The CEO check reads every statement of the month (both sentences must say CEO); headquarters one each.
                    pairs.add(new PairDraft(id, kind, summary, subjectIsCompany ? List.of(first.get(0)) : first,
                            subjectIsCompany ? List.of(second.get(0)) : second, !subjectIsCompany));
                    if (subjectIsCompany) {
                        break; // the latest month is enough
                    }
                }
            }
        }
    }

    /**
     * A sentence of an article that may clash with a fact: it calls something independent, or denies some relations
     * (their IRIs). Which entities it names, and whether that clashes, is judged against the graph of the day.
     */
    record Hit(String sentence, boolean independence, List<String> denied) {}

    /**
     * The sentences of every article that deny a relation between two entities they name, or call a company
     * independent after an earlier article said it was acquired. An article's sentences are read from its text once:
     * its IRI is a hash of that text, so what they say never changes (the names and facts they are judged against do).
     */
    private void textChecks(GraphIndex graph, List<Draft> drafts) {
        List<GraphIndex.ArticleEntry> articles = graph.articles();
        Set<String> present = new HashSet<>();
        List<String> unread = new ArrayList<>();
        for (GraphIndex.ArticleEntry a : articles) {
            present.add(a.iri());
            if (!hits.containsKey(a.iri())) {
                unread.add(a.iri());
            }
        }
        hits.keySet().retainAll(present); // deleted articles
        if (!unread.isEmpty()) {
            read(unread, unread.size() > articles.size() / 4);
        }
        for (GraphIndex.ArticleEntry a : articles) {
            for (Hit hit : hits.getOrDefault(a.iri(), List.of())) {
                checkSentence(graph, a, hit, drafts);
            }
        }
    }

    /** Reads the texts of these articles (all texts in one pass when many are new), keeping their sentences that may clash. */
    private void read(List<String> articles, boolean all) {
        Query query = texts;
        if (!all) {
            Var g = Var.alloc("g");
            query = EntityService.valuesFirst(texts, List.of(g), articles.stream()
                    .map(iri -> BindingFactory.binding(g, NodeFactory.createURI(iri))).toList());
        }
        Set<String> wanted = new HashSet<>(articles);
        store.query(query, null, b -> b, exec -> {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node g = row.get("g");
                Node text = row.get("text");
                if (g != null && g.isURI() && text != null && text.isLiteral() && wanted.contains(g.getURI())) {
                    hits.put(g.getURI(), hitsIn(text.getLiteralLexicalForm()));
                }
            }
            return null;
        });
        for (String iri : articles) {
            hits.putIfAbsent(iri, List.of()); // an article without text: nothing to read again
        }
    }

    /** The sentences of a text that call something independent or deny a relation. */
    List<Hit> hitsIn(String text) {
        List<Hit> found = new ArrayList<>();
        for (String raw : SENTENCE_END.split(text)) {
            String sentence = raw.strip();
            if (!hasCue(sentence)) {
                continue; // nearly every sentence: no word that could deny or call independent
            }
            String plain = sentence.replace('\u2019', '\''); // patterns spell "n't" with a straight apostrophe
            boolean independence = independent.stream().anyMatch(p -> p.matcher(plain).find());
            List<String> denied = new ArrayList<>();
            negations.forEach((relation, patterns) -> {
                if (patterns.stream().anyMatch(p -> p.matcher(plain).find())) {
                    denied.add(relation);
                }
            });
            if (independence || !denied.isEmpty()) {
                found.add(new Hit(sentence, independence, List.copyOf(denied)));
            }
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /** Whether the sentence has one of the cue words (lower case; "n't" stands for any word ending so). */
    private boolean hasCue(String sentence) {
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean letter = i < sentence.length() && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '\'' || sentence.charAt(i) == '\u2019');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = sentence.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (cues.contains(word) || word.endsWith("n't")) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private void checkSentence(GraphIndex graph, GraphIndex.ArticleEntry article, Hit hit, List<Draft> drafts) {
        String sentence = hit.sentence();
        boolean independence = hit.independence();
        List<String> denied = hit.denied();
        List<String> named = new ArrayList<>();
        for (String iri : new TreeSet<>(graph.mentions(article.iri()))) {
            GraphIndex.Entity e = graph.entity(iri);
            if (e != null && names(sentence, e)) {
                named.add(iri);
            }
        }
        if (independence && article.date() != null) {
            for (String target : named) {
                GraphIndex.Entity t = graph.entity(target);
                if (!isCompany(t)) {
                    continue;
                }
                for (Fact f : graph.facts(target)) {
                    if (!f.relation().equals(TK.acquires.getURI()) || !f.object().equals(target)) {
                        continue;
                    }
                    // The newest statement of the acquisition dated before this article (statements are newest first).
                    f.statements().stream().filter(s -> s.day() != null && s.day().compareTo(article.date()) < 0
                                    && !s.article().equals(TK.CURATION_GRAPH)).findFirst()
                            .ifPresent(s -> drafts.add(new Draft(id(ACQUIRED_THEN_INDEPENDENT, f.subject(), target, article.iri()),
                                    ACQUIRED_THEN_INDEPENDENT, t.label() + ": acquired by " + graph.entity(f.subject()).label() + " ("
                                    + s.day().substring(0, Math.min(10, s.day().length())) + "), later said to be independent ("
                                    + article.date() + ")", List.of(s), sentence, article.iri())));
                }
            }
        }
        for (String relation : denied) {
            for (String a : named) {
                for (Fact f : graph.facts(a)) {
                    if (!f.relation().equals(relation) || !f.subject().equals(a) || f.object().equals(a) || !named.contains(f.object())) {
                        continue;
                    }
                    // Statements of other articles first: the clash is between two articles, if there are two.
                    List<GraphIndex.Statement> order = new ArrayList<>();
                    f.statements().stream().filter(s -> !s.article().equals(article.iri()) && !s.article().equals(TK.CURATION_GRAPH))
                            .forEach(order::add);
                    f.statements().stream().filter(s -> s.article().equals(article.iri())).forEach(order::add);
                    if (order.isEmpty()) {
                        continue;
                    }
                    drafts.add(new Draft(id(FACT_AND_NEGATION, f.subject(), relation, f.object(), article.iri()), FACT_AND_NEGATION,
                            graph.entity(f.subject()).label() + " " + f.relationName() + " " + graph.entity(f.object()).label()
                                    + ", and a sentence says it is not so", order, sentence, article.iri()));
                }
            }
        }
    }

    /** Whether the sentence names the entity by its label or an alias, as whole words and in the same case. */
    private static boolean names(String sentence, GraphIndex.Entity e) {
        if (containsWord(sentence, e.label())) {
            return true;
        }
        for (String alias : e.aliases()) {
            if (containsWord(sentence, alias)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String text, String name) {
        if (name.isBlank()) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** The flag of a draft with its sentences read, or null when its evidence does not hold up. */
    private Flag finish(GraphIndex graph, Draft d, Map<String, List<Map<String, String>>> sentences) {
        GraphIndex.Statement chosen = null;
        String sentence = null;
        for (GraphIndex.Statement s : d.fact()) {
            for (Map<String, String> row : sentences.getOrDefault(key(s), List.of())) {
                if (!(s.article().equals(d.sentenceArticle()) && row.get("evidence").equals(d.sentence()))) {
                    chosen = s;
                    sentence = row.get("evidence");
                    break;
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            return null; // the fact's only evidence is the very sentence that denies it
        }
        GraphIndex.ArticleEntry other = graph.article(d.sentenceArticle());
        return new Flag(d.id(), d.kind(), d.summary(), List.of(fact(graph, chosen, sentence),
                new Evidence(null, null, null, null, null, null, null, d.sentence(), IriMinter.articleIdOf(d.sentenceArticle()),
                        other == null ? null : other.title(), other == null ? null : other.date())), null, null);
    }

    private static Evidence fact(GraphIndex graph, GraphIndex.Statement s, String sentence) {
        GraphIndex.ArticleEntry a = graph.article(s.article());
        return new Evidence(IriMinter.slugOf(s.subject()), IriMinter.localName(s.relation()), IriMinter.slugOf(s.object()), null, null, null,
                null, sentence, IriMinter.articleIdOf(s.article()), a == null ? null : a.title(), s.day());
    }

    /** The evidence of the first statement with a sentence (one saying CEO when asked); null when none has. */
    private Evidence pick(GraphIndex graph, List<GraphIndex.Statement> statements, Map<String, List<Map<String, String>>> sentences,
                          boolean mustSayCeo) {
        for (GraphIndex.Statement s : statements) {
            for (Map<String, String> row : sentences.getOrDefault(key(s), List.of())) {
                if (!mustSayCeo || ceo.matcher(row.get("evidence")).find()) {
                    return fact(graph, s, row.get("evidence"));
                }
            }
        }
        return null;
    }

    /**
     * Companies that may be one: the same {@link Names#variantKey variant key} ("Open AI", "OpenAI"), one's name an
     * alias of the other, or one name the other's plus one word ("Orbitline", "Orbitline Robotics") when no fact
     * links the two (a fact between them says they are two).
     */
    private static List<Flag> mergeSuggestions(GraphIndex graph) {
        Map<String, List<GraphIndex.Entity>> byKey = new HashMap<>();
        Map<String, List<GraphIndex.Entity>> byName = new HashMap<>();
        List<GraphIndex.Entity> companies = new ArrayList<>();
        graph.forEachEntity(e -> {
            if (isCompany(e) && !graph.curation().isMergedAway(e.iri())) {
                companies.add(e);
                byKey.computeIfAbsent(Names.variantKey(e.label()), k -> new ArrayList<>()).add(e);
                byName.computeIfAbsent(Names.normalize(e.label()), k -> new ArrayList<>()).add(e);
            }
        });
        companies.sort(Comparator.comparing(GraphIndex.Entity::iri));
        Map<String, Flag> flags = new LinkedHashMap<>();
        for (GraphIndex.Entity b : companies) {
            for (GraphIndex.Entity a : byKey.getOrDefault(Names.variantKey(b.label()), List.of())) {
                suggest(graph, a, b, "the same name but for spaces and punctuation", flags);
            }
            for (String alias : b.aliases()) {
                for (GraphIndex.Entity a : byName.getOrDefault(Names.normalize(alias), List.of())) {
                    suggest(graph, a, b, "'" + alias + "' is a name of both", flags);
                }
            }
            String[] words = Names.normalize(b.label()).split(" ");
            if (words.length >= 2) {
                String head = String.join(" ", Arrays.copyOf(words, words.length - 1));
                for (GraphIndex.Entity a : byName.getOrDefault(head, List.of())) {
                    suggest(graph, a, b, "one name is the other plus one word", flags);
                }
            }
        }
        return List.copyOf(flags.values());
    }

    private static void suggest(GraphIndex graph, GraphIndex.Entity a, GraphIndex.Entity b, String why, Map<String, Flag> flags) {
        if (a.iri().equals(b.iri())) {
            return;
        }
        for (Fact f : graph.facts(a.iri())) {
            if (f.subject().equals(b.iri()) || f.object().equals(b.iri())) {
                return;
            }
        }
        // Keep the entity more articles mention (ties: the shorter name, then the IRI).
        Comparator<GraphIndex.Entity> keep = Comparator.comparingInt((GraphIndex.Entity e) -> -e.articles())
                .thenComparingInt(e -> e.label().length()).thenComparing(GraphIndex.Entity::iri);
        GraphIndex.Entity into = keep.compare(a, b) <= 0 ? a : b;
        GraphIndex.Entity from = into == a ? b : a;
        String id = id(MERGE_SUGGESTION, from.iri().compareTo(into.iri()) < 0 ? from.iri() : into.iri(),
                from.iri().compareTo(into.iri()) < 0 ? into.iri() : from.iri());
        flags.putIfAbsent(id, new Flag(id, MERGE_SUGGESTION, from.label() + " may be " + into.label() + ": " + why,
                List.of(Evidence.ofEntity(from), Evidence.ofEntity(into)), IriMinter.slugOf(from.iri()), IriMinter.slugOf(into.iri())));
    }

    /** A flag's id: 12 hex digits of SHA-256 over its kind and what it is about, so the same clash keeps its id. */
    static String id(String kind, String... about) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + "|" + String.join("|", about)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
