package dev.techkg.query;

import dev.techkg.index.Fact;
import dev.techkg.index.GraphIndex.ArticleEntry;
import dev.techkg.index.GraphIndex.Statement;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.index.StoredView;
import dev.techkg.query.SavedQueries.SavedQuery;
import dev.techkg.rdf.TK;
import dev.techkg.store.GraphStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * The saved queries that read the whole store — {@code new-relations}, {@code corroborated-facts} and
 * {@code top-entities} — answered from the graph index instead of by Jena scanning every fact (12–78 s at 7 M
 * quads), and {@code partners-of-rivals}, whose text takes time that grows with the store even for one row (0.3 s
 * at 1 M quads, 2.5 s at 7 M): here it reads from the store only the sentences of the facts it found. Each gives the
 * same columns, rows and order as its {@code queries/*.rq} text run over the same store,
 * which stays the definition (and what {@code /sparql} runs): the index's {@link StoredView} is the store as
 * stored, no correction applied, as the SPARQL sees it, and it is brought up to date after every write before it
 * answers. Where the SPARQL leaves an order or a sample open (ties, {@code SAMPLE}), ties go by IRI and the sample
 * is the least article IRI; the items of a {@code GROUP_CONCAT} come sorted. The facts are those of statements
 * with a confidence, each with its triple in its graph, as TechKG writes them. Thread-safe.
 */
public final class IndexedQueries {
    private static final Var SUBJECT_LABEL = Var.alloc("subjectLabel");
    private static final Var RELATION = Var.alloc("relation");
    private static final Var OBJECT_LABEL = Var.alloc("objectLabel");
    private static final Var FIRST_REPORTED = Var.alloc("firstReported");
    private static final Var LAST_REPORTED = Var.alloc("lastReported");
    private static final Var FIRST_ARTICLE = Var.alloc("firstArticle");
    private static final Var FIRST_ARTICLE_IRI = Var.alloc("firstArticleIri");
    private static final Var SOURCES = Var.alloc("sources");
    private static final Var REPORTS = Var.alloc("reports");
    private static final Var UNKNOWN_SOURCE = Var.alloc("unknownSource");
    private static final Var ENTITY = Var.alloc("entity");
    private static final Var LABEL = Var.alloc("label");
    private static final Var TYPE = Var.alloc("type");
    private static final Var FACT_COUNT = Var.alloc("factCount");
    private static final Var NEIGHBOUR_COUNT = Var.alloc("neighbourCount");
    private static final Var ARTICLE_COUNT = Var.alloc("articleCount");
    /** As {@code top-entities.rq}'s LIMIT. */
    static final int TOP_ENTITIES = 25;

    private static final Var CENTER = Var.alloc("center");
    private static final Var RIVAL = Var.alloc("rival");
    private static final Var RIVAL_LABEL = Var.alloc("rivalLabel");
    private static final Var PARTNER = Var.alloc("partner");
    private static final Var PARTNER_LABEL = Var.alloc("partnerLabel");
    private static final Var CONFIDENCE = Var.alloc("confidence");
    private static final Var RIVALRY_EVIDENCES = Var.alloc("rivalryEvidences");
    private static final Var RIVALRY_ARTICLES = Var.alloc("rivalryArticles");
    private static final Var PARTNERSHIP_EVIDENCES = Var.alloc("partnershipEvidences");
    private static final Var PARTNERSHIP_ARTICLES = Var.alloc("partnershipArticles");
    private static final Var EVIDENCE = Var.alloc("evidence");
    private static final List<Var> SENTENCE_KEY = List.of(Var.alloc("article"), Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));

    private final GraphIndexCache index;
    private final GraphStore store;
    private final long timeoutMillis;
    private final LongSupplier clock;
    private final Query named = StoredQueries.load("named.rq");
    private final Query sentences = StoredQueries.load("fact-sentences.rq");

    /**
     * @param index the graph index the answers come from
     * @param store the store it is read from: the index keeps no sentences, and the few queries that list them read
     *              those of the facts they found from it, by index lookups
     */
    public IndexedQueries(GraphIndexCache index, GraphStore store) {
        this(index, store, 0, System::nanoTime);
    }

    /**
     * As above, stopping an answer that takes longer than the server's query timeout (0: never), as a SPARQL query
     * would be stopped: a company that is a hub of a big store can have tens of thousands of partners of rivals.
     *
     * @param clock nanoseconds, as {@link System#nanoTime()} (tests pass their own)
     */
    public IndexedQueries(GraphIndexCache index, GraphStore store, long timeoutMillis, LongSupplier clock) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("A query timeout cannot be negative: " + timeoutMillis);
        }
        this.index = index;
        this.store = store;
        this.timeoutMillis = timeoutMillis;
        this.clock = clock;
    }

    /** When an answer begun now must be done by, in the clock's nanoseconds. */
    private long deadline() {
        return timeoutMillis == 0 ? Long.MAX_VALUE : clock.getAsLong() + timeoutMillis * 1_000_000L;
    }

    private void checkTime(long deadline, String name) {
        if (clock.getAsLong() > deadline) {
            throw new QueryTimeoutException("The saved query '" + name + "' took longer than the server's query timeout of "
                    + timeoutMillis / 1000.0 + " s. Narrow it (for partners-of-rivals: ?rival or ?partner), or raise "
                    + "serve --query-timeout.", null);
        }
    }

    /** An answer: its variables in the query's order, and its rows in the query's order. */
    public record Answer(List<Var> vars, List<Binding> rows) {}

    /** Whether this saved query is answered from the index. */
    public boolean answers(String name) {
        return name.equals("new-relations") || name.equals("corroborated-facts") || name.equals("top-entities")
                || name.equals("partners-of-rivals");
    }

    /**
     * The answer of a saved query this class {@link #answers}, with these values bound (as {@link ParameterResolver}
     * made them); parameters not given take the defaults of the query's header, as its text does.
     *
     * @throws IllegalArgumentException for a query this class does not answer
     * @throws QueryException           naming a value the query cannot use
     */
    public Answer answer(SavedQuery query, Map<String, Node> bindings) {
        StoredView view = index.index().storedView();
        // A hub is named by thousands of graphs, and by thousands of the facts one answer lists: its names are read once.
        Map<String, StoredView.Names> known = new HashMap<>();
        Function<String, StoredView.Names> names = iri -> known.computeIfAbsent(iri, view::names);
        return switch (query.name()) {
            case "new-relations" -> newRelations(view, names, text(query, bindings, "since"), text(query, bindings, "until"));
            case "corroborated-facts" -> corroborated(view, names, wholeNumber(query, bindings, "minSources"));
            case "top-entities" -> topEntities(view, names, bindings.get("type"));
            case "partners-of-rivals" -> partnersOfRivals(view, names, query, bindings, deadline());
            default -> throw new IllegalArgumentException("The saved query '" + query.name() + "' is not answered from the index");
        };
    }

    /** One row of {@code new-relations} before its article is chosen: the query groups by these four. */
    private record FirstReport(String subjectLabel, String relation, String objectLabel, String day) {
        static final Comparator<FirstReport> ORDER = Comparator.comparing(FirstReport::day).reversed()
                .thenComparing(FirstReport::subjectLabel).thenComparing(FirstReport::relation).thenComparing(FirstReport::objectLabel);
    }

    /**
     * Facts whose earliest dated statement lies within the days; per (labels, relation, day), the least article IRI
     * of that day with a title (the query's join asks for one), and its title.
     */
    private static Answer newRelations(StoredView view, Function<String, StoredView.Names> names, String since, String until) {
        Map<FirstReport, String> firstArticle = new HashMap<>();
        // The index keeps facts by first report: the period is a range of it, not a pass over every fact.
        view.forEachFirstReportedBetween(since, until, fact -> {
            // Statements come newest first, undated last: the first report is the last dated one, and its day's are next to it.
            List<Statement> statements = fact.statements();
            int last = statements.size() - 1;
            while (statements.get(last).day() == null) {
                last--;
            }
            String first = fact.firstReported();
            String article = null;
            for (int i = last; i >= 0 && first.equals(statements.get(i).day()); i--) {
                Statement st = statements.get(i);
                if (view.article(st.article()) != null && (article == null || st.article().compareTo(article) < 0)) {
                    article = st.article();
                }
            }
            if (article == null) {
                return;
            }
            String relation = localName(fact.relation());
            for (String subjectLabel : names.apply(fact.subject()).labels()) {
                for (String objectLabel : names.apply(fact.object()).labels()) {
                    firstArticle.merge(new FirstReport(subjectLabel, relation, objectLabel, first), article, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        });
        List<FirstReport> keys = new ArrayList<>(firstArticle.keySet());
        keys.sort(FirstReport.ORDER);
        List<Binding> rows = new ArrayList<>(keys.size());
        for (FirstReport key : keys) {
            String article = firstArticle.get(key);
            rows.add(BindingBuilder.create().add(SUBJECT_LABEL, string(key.subjectLabel())).add(RELATION, string(key.relation()))
                    .add(OBJECT_LABEL, string(key.objectLabel())).add(FIRST_REPORTED, date(key.day()))
                    .add(FIRST_ARTICLE, string(view.article(article).title())).add(FIRST_ARTICLE_IRI, NodeFactory.createURI(article)).build());
        }
        return new Answer(List.of(SUBJECT_LABEL, RELATION, OBJECT_LABEL, FIRST_REPORTED, FIRST_ARTICLE, FIRST_ARTICLE_IRI), rows);
    }

    /** One row of {@code corroborated-facts}, with the fact's ends for ties. */
    private record Corroborated(String subjectLabel, String relation, String objectLabel, int sources, int reports, int unknown,
                                String first, String last, String subject, String object) {
        static final Comparator<Corroborated> ORDER = Comparator.comparingInt((Corroborated c) -> -c.sources)
                .thenComparingInt(c -> -c.reports).thenComparing(Corroborated::subjectLabel).thenComparing(Corroborated::relation)
                .thenComparing(Corroborated::objectLabel).thenComparing(Corroborated::subject).thenComparing(Corroborated::object);
    }

    /**
     * Facts stated by articles of at least {@code minSources} outlets. Only articles with a {@code dcterms:source}
     * count (the query's pattern asks for one); the days come from every dated statement.
     */
    private static Answer corroborated(StoredView view, Function<String, StoredView.Names> names, int minSources) {
        List<Corroborated> found = new ArrayList<>();
        view.forEachFact(fact -> {
            if (fact.outlets() < minSources) {
                return; // fewer outlets than wanted (the index counts them at each write)
            }
            Set<String> hosts = new HashSet<>();
            Set<String> reports = new HashSet<>();
            Set<String> unknown = new HashSet<>();
            String first = null;
            String last = null;
            for (Statement st : fact.statements()) {
                if (st.day() != null) {
                    first = first == null || st.day().compareTo(first) < 0 ? st.day() : first;
                    last = last == null || st.day().compareTo(last) > 0 ? st.day() : last;
                }
                if (st.host() != null) {
                    hosts.add(st.host());
                } else {
                    ArticleEntry article = view.article(st.article());
                    if (article == null || article.source() == null) {
                        continue; // no source: the query's pattern leaves the article out
                    }
                    unknown.add(st.article());
                }
                reports.add((st.host() == null ? "" : st.host()) + " " + st.copyKey());
            }
            if (hosts.size() < minSources) {
                return;
            }
            String relation = localName(fact.relation());
            for (String subjectLabel : names.apply(fact.subject()).labels()) {
                for (String objectLabel : names.apply(fact.object()).labels()) {
                    found.add(new Corroborated(subjectLabel, relation, objectLabel, hosts.size(), reports.size(), unknown.size(), first, last,
                            fact.subject(), fact.object()));
                }
            }
        });
        found.sort(Corroborated.ORDER);
        List<Binding> rows = new ArrayList<>(found.size());
        for (Corroborated c : found) {
            BindingBuilder row = BindingBuilder.create().add(SUBJECT_LABEL, string(c.subjectLabel())).add(RELATION, string(c.relation()))
                    .add(OBJECT_LABEL, string(c.objectLabel())).add(SOURCES, integer(c.sources())).add(REPORTS, integer(c.reports()))
                    .add(UNKNOWN_SOURCE, integer(c.unknown()));
            if (c.first() != null) {
                row.add(FIRST_REPORTED, date(c.first())).add(LAST_REPORTED, date(c.last()));
            }
            rows.add(row.build());
        }
        return new Answer(List.of(SUBJECT_LABEL, RELATION, OBJECT_LABEL, SOURCES, REPORTS, UNKNOWN_SOURCE, FIRST_REPORTED, LAST_REPORTED), rows);
    }

    /** An entity's distinct relation facts with other entities, and its distinct neighbours through them. */
    private record Degree(String iri, int facts, int neighbours) {
        static final Comparator<Degree> ORDER = Comparator.comparingInt((Degree d) -> -d.facts).thenComparingInt(d -> -d.neighbours);
    }

    /** One row of {@code top-entities}. */
    private record Ranked(Degree degree, String type, String label, int articles) {
        static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::degree, Degree.ORDER)
                .thenComparing(Ranked::label, Comparator.nullsFirst(Comparator.naturalOrder())) // SPARQL sorts unbound first
                .thenComparing(r -> r.degree().iri()).thenComparing(Ranked::type);
    }

    /**
     * The entities with the most distinct facts (tk: relations between two entity IRIs), one row per tk: class
     * (only {@code type} when given) and label, the first {@value #TOP_ENTITIES}.
     */
    private static Answer topEntities(StoredView view, Function<String, StoredView.Names> names, Node type) {
        // An entity has at most as many relation facts as it has facts: entities are taken by that bound, most first,
        // and counted exactly only until no later one can reach the rows found.
        record Candidate(String iri, List<Fact> facts) {}
        List<Candidate> candidates = new ArrayList<>();
        view.forEachEntity((iri, facts) -> {
            if (iri.startsWith(TK.ENTITY_BASE)) {
                candidates.add(new Candidate(iri, facts));
            }
        });
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.facts().size()));
        List<Ranked> ranked = new ArrayList<>();
        PriorityQueue<Integer> firstRows = new PriorityQueue<>(); // the fact counts of the best rows so far, least first
        for (Candidate candidate : candidates) {
            if (firstRows.size() >= TOP_ENTITIES && candidate.facts().size() < firstRows.peek()) {
                break; // neither it nor any later one can reach the rows found
            }
            int count = 0;
            Set<String> neighbours = new HashSet<>();
            for (Fact fact : candidate.facts()) {
                if (fact.relation().startsWith(TK.NAMESPACE) && fact.subject().startsWith(TK.ENTITY_BASE)
                        && fact.object().startsWith(TK.ENTITY_BASE)) {
                    count++;
                    neighbours.add(fact.subject().equals(candidate.iri()) ? fact.object() : fact.subject());
                }
            }
            if (count == 0) {
                continue;
            }
            Degree degree = new Degree(candidate.iri(), count, neighbours.size());
            StoredView.Names entity = names.apply(degree.iri());
            List<String> labels = entity.labels().isEmpty() ? java.util.Collections.singletonList(null) : entity.labels();
            for (String t : entity.types()) {
                if (type == null || (type.isURI() && type.getURI().equals(t))) {
                    for (String label : labels) {
                        ranked.add(new Ranked(degree, t, label, entity.mentions()));
                        firstRows.add(count);
                        if (firstRows.size() > TOP_ENTITIES) {
                            firstRows.poll();
                        }
                    }
                }
            }
        }
        ranked.sort(Ranked.ORDER);
        List<Binding> rows = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(TOP_ENTITIES, ranked.size()))) {
            BindingBuilder row = BindingBuilder.create().add(ENTITY, NodeFactory.createURI(r.degree().iri()));
            if (r.label() != null) {
                row.add(LABEL, string(r.label()));
            }
            row.add(TYPE, NodeFactory.createURI(r.type())).add(FACT_COUNT, integer(r.degree().facts()))
                    .add(NEIGHBOUR_COUNT, integer(r.degree().neighbours()));
            if (r.articles() > 0) {
                row.add(ARTICLE_COUNT, integer(r.articles()));
            }
            rows.add(row.build());
        }
        return new Answer(List.of(ENTITY, LABEL, TYPE, FACT_COUNT, NEIGHBOUR_COUNT, ARTICLE_COUNT), rows);
    }

    /** One row of {@code partners-of-rivals}: its group (center, rival, labels, partner) and its aggregates. */
    private record RivalPartner(String center, String rival, String rivalLabel, String partner, String partnerLabel, Node confidence,
                                Sentences rivalry, Sentences partnership) {
        /** As the query's ORDER BY (unbound labels first, unbound confidence last), then by IRI for its ties. */
        static final Comparator<RivalPartner> ORDER = Comparator.comparing(RivalPartner::rivalLabel, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> r.confidence() == null ? null : number(r.confidence()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RivalPartner::partnerLabel, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(RivalPartner::rival).thenComparing(RivalPartner::partner).thenComparing(RivalPartner::center);
    }

    /** The distinct sentences and articles of some statements (sorted: GROUP_CONCAT leaves their order open), and their best confidence. */
    private record Sentences(Set<String> evidence, Set<String> articles, Node confidence) {
        static Sentences of(List<Fact> facts, Map<List<String>, List<Sentence>> rows) {
            Set<String> evidence = new java.util.TreeSet<>();
            Set<String> articles = new java.util.TreeSet<>();
            Node best = null;
            for (Fact fact : facts) {
                for (Statement st : fact.statements()) {
                    for (Sentence row : rows.getOrDefault(sentenceKey(st), List.of())) {
                        evidence.add(row.evidence());
                        articles.add(st.article());
                        Node confidence = row.confidence();
                        if (confidence != null && number(confidence) != null && (best == null || number(confidence) > number(best))) {
                            best = confidence;
                        }
                    }
                }
            }
            return new Sentences(evidence, articles, best);
        }
    }

    /**
     * Per company named {@code ?name} (label or alias, as stored): its rivals (tk:competesWith, either way), their
     * partners (tk:partnersWith, either way) other than the two, one row per rival, label of each and partner; with
     * the sentences and articles of the rivalry and of the partnership and the partnership's best confidence. The
     * companies are found by a lookup in the store, the rivals and partners in the index's facts as stored, and
     * their sentences (which the index does not keep) by one query of index lookups for just those statements.
     */
    private Answer partnersOfRivals(StoredView view, Function<String, StoredView.Names> names, SavedQuery query, Map<String, Node> bindings,
                                    long deadline) {
        Node wanted = bindings.containsKey("name") ? bindings.get("name")
                : string(query.parameter("name").map(Parameter::defaultValue).orElseThrow());
        Node onlyRival = bindings.get("rival");
        Node onlyPartner = bindings.get("partner");
        List<String> centers = store.query(named, null, b -> b.substitution("wanted", wanted), exec -> {
            List<String> found = new ArrayList<>();
            exec.select().forEachRemaining(row -> {
                Node entity = row.get(Var.alloc("entity"));
                if (entity.isURI()) { // the index's facts are between IRIs
                    found.add(entity.getURI());
                }
            });
            return found;
        });
        // center -> rival -> the rivalry's facts, and rival -> partner -> the partnership's facts (either way round)
        Map<String, Map<String, List<Fact>>> rivals = new java.util.TreeMap<>();
        Map<String, Map<String, List<Fact>>> partners = new HashMap<>();
        List<Statement> wantedSentences = new ArrayList<>();
        for (String center : centers) {
            checkTime(deadline, query.name());
            Map<String, List<Fact>> rivalsOf = ends(view, center, TK.competesWith.getURI(), onlyRival);
            rivalsOf.remove(center);
            for (Map.Entry<String, List<Fact>> rival : rivalsOf.entrySet()) {
                Map<String, List<Fact>> partnersOf = partners.computeIfAbsent(rival.getKey(), r -> {
                    Map<String, List<Fact>> found = ends(view, r, TK.partnersWith.getURI(), onlyPartner);
                    found.remove(r);
                    found.values().forEach(facts -> facts.forEach(f -> wantedSentences.addAll(f.statements())));
                    return found;
                });
                if (partnersOf.keySet().stream().anyMatch(p -> !p.equals(center))) {
                    rival.getValue().forEach(f -> wantedSentences.addAll(f.statements()));
                    rivals.computeIfAbsent(center, c -> new HashMap<>()).put(rival.getKey(), rival.getValue());
                }
            }
        }
        checkTime(deadline, query.name());
        Map<List<String>, List<Sentence>> sentenceRows = sentences(wantedSentences);
        checkTime(deadline, query.name());
        List<RivalPartner> found = new ArrayList<>();
        rivals.forEach((center, rivalsOf) -> rivalsOf.forEach((rival, rivalry) -> {
            checkTime(deadline, query.name());
            Sentences rivalrySentences = Sentences.of(rivalry, sentenceRows);
            partners.get(rival).forEach((partner, partnership) -> {
                if (partner.equals(center)) {
                    return;
                }
                Sentences partnershipSentences = Sentences.of(partnership, sentenceRows);
                for (String rivalLabel : labelsOrUnbound(names.apply(rival))) {
                    for (String partnerLabel : labelsOrUnbound(names.apply(partner))) {
                        found.add(new RivalPartner(center, rival, rivalLabel, partner, partnerLabel, partnershipSentences.confidence(),
                                rivalrySentences, partnershipSentences));
                    }
                }
            });
        }));
        checkTime(deadline, query.name());
        found.sort(RivalPartner.ORDER);
        List<Binding> rows = new ArrayList<>(found.size());
        for (RivalPartner r : found) {
            BindingBuilder row = BindingBuilder.create().add(CENTER, NodeFactory.createURI(r.center())).add(RIVAL, NodeFactory.createURI(r.rival()));
            if (r.rivalLabel() != null) {
                row.add(RIVAL_LABEL, string(r.rivalLabel()));
            }
            row.add(PARTNER, NodeFactory.createURI(r.partner()));
            if (r.partnerLabel() != null) {
                row.add(PARTNER_LABEL, string(r.partnerLabel()));
            }
            if (r.confidence() != null) {
                row.add(CONFIDENCE, r.confidence());
            }
            // No sentence: Jena leaves a GROUP_CONCAT of no values unbound (and the rivalry's subquery has no group).
            if (!r.rivalry().evidence().isEmpty()) {
                row.add(RIVALRY_EVIDENCES, string(String.join(" || ", r.rivalry().evidence())))
                        .add(RIVALRY_ARTICLES, string(String.join(" ", r.rivalry().articles())));
            }
            if (!r.partnership().evidence().isEmpty()) {
                row.add(PARTNERSHIP_EVIDENCES, string(String.join(" || ", r.partnership().evidence())))
                        .add(PARTNERSHIP_ARTICLES, string(String.join(" ", r.partnership().articles())));
            }
            rows.add(row.build());
        }
        return new Answer(List.of(CENTER, RIVAL, RIVAL_LABEL, PARTNER, PARTNER_LABEL, CONFIDENCE, RIVALRY_EVIDENCES, RIVALRY_ARTICLES,
                PARTNERSHIP_EVIDENCES, PARTNERSHIP_ARTICLES), rows);
    }

    /** The other ends of an entity's facts of one relation (either way round), each with those facts; only {@code only} when given. */
    private static Map<String, List<Fact>> ends(StoredView view, String entity, String relation, Node only) {
        Map<String, List<Fact>> ends = new HashMap<>();
        for (Fact fact : view.factsOf(entity)) {
            if (fact.relation().equals(relation)) {
                String other = fact.subject().equals(entity) ? fact.object() : fact.subject();
                if (only == null || (only.isURI() && only.getURI().equals(other))) {
                    ends.computeIfAbsent(other, o -> new ArrayList<>()).add(fact);
                }
            }
        }
        return ends;
    }

    /** A statement's sentence and its confidence (null when it has none), as stored. */
    private record Sentence(String evidence, Node confidence) {}

    /** The sentences of these statements, by {@link #sentenceKey}: one query of index lookups. */
    private Map<List<String>, List<Sentence>> sentences(List<Statement> statements) {
        Map<List<String>, Binding> keys = new LinkedHashMap<>();
        for (Statement st : statements) {
            keys.computeIfAbsent(sentenceKey(st), k -> {
                BindingBuilder row = BindingBuilder.create();
                for (int i = 0; i < SENTENCE_KEY.size(); i++) {
                    row.add(SENTENCE_KEY.get(i), NodeFactory.createURI(k.get(i)));
                }
                return row.build();
            });
        }
        Map<List<String>, List<Sentence>> rows = new HashMap<>();
        if (keys.isEmpty()) {
            return rows;
        }
        Query query = EntityService.valuesFirst(sentences, SENTENCE_KEY, List.copyOf(keys.values()));
        store.query(query, null, b -> b, exec -> {
            // Read every node here: a row of the store is read lazily, so only within the query's transaction.
            exec.select().forEachRemaining(row -> rows.computeIfAbsent(SENTENCE_KEY.stream().map(v -> row.get(v).getURI()).toList(),
                    k -> new ArrayList<>()).add(new Sentence(row.get(EVIDENCE).getLiteralLexicalForm(), row.get(CONFIDENCE))));
            return null;
        });
        return rows;
    }

    /** A statement's key in the store: its article and its ends and relation as the article states them. */
    private static List<String> sentenceKey(Statement st) {
        return List.of(st.article(), st.statedSubject(), st.relation(), st.statedObject());
    }

    /** An entity's labels, or one unbound label when it has none (the query's OPTIONAL). */
    private static List<String> labelsOrUnbound(StoredView.Names names) {
        return names.labels().isEmpty() ? java.util.Collections.singletonList(null) : names.labels();
    }

    /** A numeric literal's value, or null when it is none. */
    private static Double number(Node literal) {
        try {
            return literal.isLiteral() ? Double.valueOf(literal.getLiteralLexicalForm()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A parameter's value as text (a date's yyyy-mm-dd), else its header's default, else null. */
    private static String text(SavedQuery query, Map<String, Node> bindings, String variable) {
        Node value = bindings.get(variable);
        if (value != null) {
            return value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
        }
        return query.parameter(variable).map(Parameter::defaultValue).orElse(null);
    }

    /**
     * A parameter's value as a whole number (else its header's default). The query's text would take any other
     * value for the default; here it is refused, naming it.
     */
    private static int wholeNumber(SavedQuery query, Map<String, Node> bindings, String variable) {
        String value = text(query, bindings, variable);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new QueryException("'" + value + "' is no whole number for ?" + variable + "; give one such as 2");
        }
    }

    /** As the queries' {@code STRAFTER(STR(?p), "#")}: the text after the first '#', or "" when there is none. */
    static String localName(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? "" : iri.substring(hash + 1);
    }

    private static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node date(String day) {
        return NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
