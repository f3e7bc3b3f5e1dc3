package dev.techkg.query;

import dev.techkg.curation.Curation;
import dev.techkg.index.GraphIndex;
import dev.techkg.index.GraphIndexCache;
import dev.techkg.rdf.IriMinter;
import dev.techkg.store.GraphStore;
import dev.techkg.store.TextFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * Full-text search for the search box, the API and the command line: the text a person types, found in entity names
 * and aliases, in the sentences facts were read from and in article texts and titles, and answered in three groups,
 * each with highlighted snippets ({@link Snippets}). Names match as the entity list does (whole name, start, a later
 * word, anywhere inside: {@link EntityService#search}) and also word by word in any order, stemmed ("Commerce
 * Department" finds "Department of Commerce"); sentences and articles match when they hold every word of the query
 * (stemmed, stop words left out), whole phrases first. The curated view: merged entities are one, rejected facts left
 * out. Words come from the store's text index ({@link dev.techkg.store.FullText}), entities, facts and titles from
 * the graph index. Thread-safe.
 */
public final class SearchService {
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Results per group unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /** The most results per group one request may ask for. */
    public static final int MAX_LIMIT = 50;
    /** Characters of an article's text shown around its first match. */
    static final int ARTICLE_SNIPPET = 240;
    /** Evidence sentences read per fact shown: several sentences may state one fact. */
    private static final int SENTENCES_PER_FACT = 4;
    private static final Var ARTICLE = Var.alloc("article");
    private static final Var EVIDENCE = Var.alloc("evidence");

    private final GraphStore store;
    private final GraphIndexCache index;
    private final EntityService entities;
    private final Query evidence = StoredQueries.load("search-evidence.rq");

    public SearchService(GraphStore store, GraphIndexCache index, EntityService entities) {
        this.store = store;
        this.index = index;
        this.entities = entities;
    }

    /** An entity found by one of its names; {@code snippet} is the name that matched, highlighted (HTML). */
    public record EntityHit(String id, String iri, String label, String type, Integer articles, String snippet) {}

    /**
     * A fact found by a sentence it was read from: its ends, relation (local name), the best sentence highlighted
     * (HTML), the article it is from, and how many sentences found state it.
     */
    public record FactHit(EntityService.EntitySummary subject, String relation, EntityService.EntitySummary object,
                          String snippet, EntityService.ArticleRef article, int sentences) {}

    /** An article found by its title or text: the title and the text around the first match, highlighted (HTML). */
    public record ArticleHit(String id, String iri, String title, String date, String link, String titleSnippet, String snippet) {}

    /** The answer: the query as understood and the three groups, best first. */
    public record Results(String query, List<EntityHit> entities, List<FactHit> facts, List<ArticleHit> articles) {}

    /**
     * Searches names, facts and articles.
     *
     * @param text  what the person typed: plain words, no query syntax (quotes, AND, * mean nothing special)
     * @param limit the most results per group (1 to {@link #MAX_LIMIT})
     * @throws QueryException when the text is empty or longer than {@link #MAX_QUERY_LENGTH}
     */
    public Results search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            throw new QueryException("The search text is empty: give some words to look for, e.g. q=cloud");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new QueryException("The search text is " + q.length() + " characters long; give at most "
                    + MAX_QUERY_LENGTH);
        }
        int shown = Math.max(1, Math.min(limit, MAX_LIMIT));
        Analyzer analyzer = TextFields.analyzer();
        Set<String> terms = terms(analyzer, q);
        GraphIndex graph = index.index();
        Hits hits = terms.isEmpty() ? Hits.NONE : store.searchText(searcher -> find(searcher, analyzer, q, shown));
        return new Results(q, entityHits(graph, analyzer, q, terms, hits.names(), shown),
                factHits(graph, analyzer, terms, hits.sentences(), shown),
                articleHits(graph, analyzer, terms, hits.articles(), shown));
    }

    /** A document the text index found: its subject, graph and text. */
    private record Doc(String subject, String graph, String field, String text) {}

    private record Hits(List<Doc> names, List<Doc> sentences, List<Doc> articles) {
        static final Hits NONE = new Hits(List.of(), List.of(), List.of());
    }

    private static Hits find(IndexSearcher searcher, Analyzer analyzer, String q, int shown) {
        try {
            return new Hits(top(searcher, analyzer, q, List.of(TextFields.NAME), shown * 2),
                    top(searcher, analyzer, q, List.of(TextFields.EVIDENCE), shown * SENTENCES_PER_FACT),
                    top(searcher, analyzer, q, List.of(TextFields.TITLE, TextFields.TEXT), shown * 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best documents with every word of the query in one of these fields; a document holding the words as a phrase
     * ranks first. Built from the analysed words, never parsed: nothing typed is query syntax.
     */
    private static List<Doc> top(IndexSearcher searcher, Analyzer analyzer, String q, List<String> fields, int n) throws IOException {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            org.apache.lucene.search.Query all = builder.createBooleanQuery(field, q, BooleanClause.Occur.MUST);
            if (all == null) {
                continue;
            }
            BooleanQuery.Builder one = new BooleanQuery.Builder().add(all, BooleanClause.Occur.MUST);
            org.apache.lucene.search.Query phrase = builder.createPhraseQuery(field, q);
            if (phrase != null) {
                one.add(new org.apache.lucene.search.BoostQuery(phrase, 2f), BooleanClause.Occur.SHOULD);
            }
            any.add(one.build(), BooleanClause.Occur.SHOULD);
        }
        TopDocs top = searcher.search(any.build(), n);
        List<Doc> docs = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            for (String field : fields) {
                String value = doc.get(field);
                if (value != null) {
                    docs.add(new Doc(doc.get(TextFields.SUBJECT), doc.get(TextFields.GRAPH), field, value));
                    break;
                }
            }
        }
        return docs;
    }

    /** The analysed words of the query (lower case, stems, no stop words). */
    private static Set<String> terms(Analyzer analyzer, String q) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TextFields.TEXT, q)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private List<EntityHit> entityHits(GraphIndex graph, Analyzer analyzer, String q, Set<String> terms, List<Doc> names, int shown) {
        Map<String, EntityHit> hits = new LinkedHashMap<>();
        for (EntityService.EntitySummary e : entities.search(q, null, shown)) {
            if (!hits.containsKey(e.iri())) {
                GraphIndex.Entity entity = graph.entity(e.iri());
                String name = entity == null ? e.label() : matchingName(entity, q);
                hits.put(e.iri(), new EntityHit(e.id(), e.iri(), e.label(), e.type(), e.articles(),
                        Snippets.highlight(name, analyzer, TextFields.NAME, terms, q, 0)));
            }
        }
        Curation curation = graph.curation();
        for (Doc doc : names) {
            if (hits.size() >= shown) {
                break;
            }
            String iri = curation.canonical(doc.subject());
            GraphIndex.Entity entity = graph.entity(iri);
            if (entity == null || entity.articles() == 0 || hits.containsKey(iri) || entity.types().isEmpty()) {
                continue;
            }
            hits.put(iri, new EntityHit(IriMinter.slugOf(iri), iri, entity.label(), IriMinter.localName(entity.types().get(0)),
                    entity.articles(), Snippets.highlight(doc.text(), analyzer, TextFields.NAME, terms, q, 0)));
        }
        return hits.values().stream().limit(shown).toList();
    }

    /** The entity's label if the query is in it, else the first alias that holds it, else the label. */
    private static String matchingName(GraphIndex.Entity entity, String q) {
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        if (entity.label().toLowerCase(java.util.Locale.ROOT).contains(lower)) {
            return entity.label();
        }
        return entity.aliases().stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).contains(lower)).findFirst().orElse(entity.label());
    }

    private List<FactHit> factHits(GraphIndex graph, Analyzer analyzer, Set<String> terms, List<Doc> sentences, int shown) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        // The statements behind the sentences, read in one query.
        List<Binding> rows = new ArrayList<>();
        Set<List<String>> asked = new HashSet<>();
        for (Doc doc : sentences) {
            if (asked.add(List.of(doc.graph(), doc.text()))) {
                rows.add(BindingFactory.binding(ARTICLE, NodeFactory.createURI(doc.graph()), EVIDENCE, NodeFactory.createLiteralString(doc.text())));
            }
        }
        Map<List<String>, List<String[]>> factsOf = new LinkedHashMap<>();
        store.query(EntityService.valuesFirst(evidence, List.of(ARTICLE, EVIDENCE), rows), null, b -> b, exec -> {
            exec.select().forEachRemaining(row -> {
                Node s = row.get("s");
                Node p = row.get("p");
                Node o = row.get("o");
                if (s != null && s.isURI() && p != null && p.isURI() && o != null && o.isURI()) {
                    factsOf.computeIfAbsent(List.of(row.get("article").getURI(), row.get("evidence").getLiteralLexicalForm()),
                            k -> new ArrayList<>()).add(new String[] {s.getURI(), p.getURI(), o.getURI()});
                }
            });
            return null;
        });
        Curation curation = graph.curation();
        Map<Curation.FactKey, FactHit> hits = new LinkedHashMap<>();
        for (Doc doc : sentences) { // best sentence first
            for (String[] spo : factsOf.getOrDefault(List.of(doc.graph(), doc.text()), List.of())) {
                String s = curation.canonical(spo[0]);
                String o = curation.canonical(spo[2]);
                Curation.FactKey key = Curation.FactKey.of(s, spo[1], o);
                if (curation.rejection(key, doc.graph()) != null || s.equals(o)) {
                    continue; // not in the curated view
                }
                FactHit before = hits.get(key);
                if (before != null) {
                    hits.put(key, new FactHit(before.subject(), before.relation(), before.object(), before.snippet(),
                            before.article(), before.sentences() + 1));
                    continue;
                }
                if (hits.size() >= shown) {
                    continue;
                }
                GraphIndex.ArticleEntry article = graph.article(doc.graph());
                hits.put(key, new FactHit(summary(graph, s), IriMinter.localName(spo[1]), summary(graph, o),
                        Snippets.highlight(doc.text(), analyzer, TextFields.EVIDENCE, terms, null, 0),
                        EntityService.articleRef(doc.graph(), article == null ? null : article.title(),
                                article == null ? null : article.date()), 1));
            }
        }
        return List.copyOf(hits.values());
    }

    private static EntityService.EntitySummary summary(GraphIndex graph, String iri) {
        GraphIndex.Entity entity = graph.entity(iri);
        if (entity == null) {
            return new EntityService.EntitySummary(IriMinter.slugOf(iri), iri, IriMinter.slugOf(iri), null, null);
        }
        return new EntityService.EntitySummary(IriMinter.slugOf(iri), iri, entity.label(),
                entity.types().isEmpty() ? null : IriMinter.localName(entity.types().get(0)), entity.articles());
    }

    private List<ArticleHit> articleHits(GraphIndex graph, Analyzer analyzer, Set<String> terms, List<Doc> docs, int shown) {
        Map<String, ArticleHit> hits = new LinkedHashMap<>();
        for (Doc doc : docs) {
            if (hits.size() >= shown && !hits.containsKey(doc.graph())) {
                continue;
            }
            GraphIndex.ArticleEntry article = graph.article(doc.graph());
            if (article == null || !doc.subject().equals(doc.graph())) {
                continue; // a title or text of something that is not the graph's article
            }
            ArticleHit before = hits.get(doc.graph());
            String title = article.title() == null ? "" : article.title();
            EntityService.ArticleRef ref = EntityService.articleRef(doc.graph(), article.title(), article.date());
            String titleSnippet = Snippets.highlight(title, analyzer, TextFields.TITLE, terms, null, 0);
            String snippet = doc.field().equals(TextFields.TEXT)
                    ? Snippets.highlight(doc.text(), analyzer, TextFields.TEXT, terms, null, ARTICLE_SNIPPET) : null;
            if (before == null) {
                hits.put(doc.graph(), new ArticleHit(ref.id(), ref.iri(), ref.title(), ref.date(), ref.link(), titleSnippet, snippet));
            } else if (before.snippet() == null && snippet != null) {
                hits.put(doc.graph(), new ArticleHit(before.id(), before.iri(), before.title(), before.date(), before.link(),
                        before.titleSnippet(), snippet));
            }
        }
        return List.copyOf(hits.values());
    }
}
