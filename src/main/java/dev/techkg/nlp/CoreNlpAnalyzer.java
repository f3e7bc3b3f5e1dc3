package dev.techkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The CoreNLP adapter: tokenize, ssplit, pos, lemma and coarse NER for every sentence, and the neural
 * dependency parser (enhanced++ Universal Dependencies) for the sentences a caller asks to parse. Fine-grained
 * NER and SUTime are off: they cost about three times the time for little gain here, and the domain gazetteer
 * of the linking stage supplies the tech-specific names CoreNLP does not know. Building one loads the tagging
 * models (seconds, a few hundred MB); the parser's model loads at the first parse. Share the instance.
 * Thread-safe.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer, SentenceParser {
    /**
     * Longer sentences are not parsed (an empty graph): news sentences stay far below this, and a run-on
     * "sentence" of a badly split page would cost much for nothing.
     */
    private static final int MAX_PARSED_TOKENS = 120;

    /**
     * The longest word the taggers see. CoreNLP's NER models take every prefix and suffix of a word as a
     * feature, which costs time and memory quadratic in its length: a 30,000-letter "word" takes seconds,
     * a 100,000-letter one exhausts a 4 GB heap and fails the whole ingest run. Longer words (no word or
     * name comes near this) are tagged by their first characters; the tokens keep their full text.
     */
    private static final int MAX_TAGGED_WORD_CHARS = 100;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final InlineTickers tickers;
    private final SentenceJoins joins;
    private final Object parserLock = new Object();
    private volatile DependencyParser parser;

    private CoreNlpAnalyzer(StanfordCoreNLP splitter, StanfordCoreNLP tagger, InlineTickers tickers, SentenceJoins joins) {
        this.splitter = splitter;
        this.tagger = tagger;
        this.tickers = tickers;
        this.joins = joins;
    }

    /** Loads the English models from the CoreNLP models jar on the class path. */
    public static CoreNlpAnalyzer loadEnglish() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "en");
        // Quotes as ASCII so a possessive is always the token "'s"; originalText keeps the source form.
        // Characters the tokenizer cannot read (U+FFFD from badly encoded pages, bidi controls) are dropped
        // without a log line each: the user can do nothing about them.
        props.setProperty("tokenize.options", "quotes=ascii,invertible=true,untokenizable=noneDelete");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        // Sentences longer than this are tagged without the slow sequence models (see README: limits).
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxlen", "200");
        // Two halves, so that over-long words can be shortened between splitting and tagging.
        Properties split = new Properties();
        split.putAll(props);
        split.setProperty("annotators", "tokenize,ssplit");
        Properties tag = new Properties();
        tag.putAll(props);
        tag.setProperty("annotators", "pos,lemma,ner");
        return new CoreNlpAnalyzer(new StanfordCoreNLP(split, false), new StanfordCoreNLP(tag, false), InlineTickers.load(), SentenceJoins.load());
    }

    @Override
    public AnalyzedText analyze(String text) {
        // Tickers written over: offsets, and so every sentence's text, still come from the article.
        String analyzed = tickers.blanked(text);
        Annotation document = new Annotation(analyzed);
        splitter.annotate(document);
        joins.join(document, analyzed);
        Map<CoreLabel, String> longWords = shortenLongWords(document);
        tagger.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                String ner = label.ner();
                String longWord = longWords.get(label);
                String word = longWord != null ? longWord : label.word();
                String lemma = longWord != null || label.lemma() == null ? word : label.lemma();
                tokens.add(new Token(tokens.size(), word, label.originalText(), lemma,
                        label.tag() == null ? "" : label.tag(),
                        ner == null ? "O" : ner,
                        label.beginPosition(), label.endPosition()));
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), text.substring(begin, end), tokens));
        }
        return new AnalyzedText(text, sentences);
    }

    @Override
    public DependencyGraph parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || tokens.size() > MAX_PARSED_TOKENS) {
            return new DependencyGraph(sentence.index(), List.of());
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setTag(token.tag());
            label.setLemma(token.lemma());
            label.setIndex(token.index() + 1);
            labels.add(label);
        }
        CoreMap coreSentence = new ArrayCoreMap();
        coreSentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure structure = parser().predict(coreSentence);
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
        List<Dependency> edges = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            edges.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            edges.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
        }
        return new DependencyGraph(sentence.index(), edges);
    }

    @Override
    public void prepare() {
        parser();
    }

    /** The dependency parser, loaded at the first parse (or {@link #prepare()}): analysis alone never pays for it. */
    private DependencyParser parser() {
        DependencyParser loaded = parser;
        if (loaded == null) {
            synchronized (parserLock) {
                loaded = parser;
                if (loaded == null) {
                    loaded = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
                    parser = loaded;
                }
            }
        }
        return loaded;
    }

    /** Cuts words over {@link #MAX_TAGGED_WORD_CHARS} for the taggers; returns the full words by token. */
    private static Map<CoreLabel, String> shortenLongWords(Annotation document) {
        Map<CoreLabel, String> longWords = new IdentityHashMap<>();
        for (CoreLabel label : document.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = label.word();
            if (word != null && word.length() > MAX_TAGGED_WORD_CHARS) {
                longWords.put(label, word);
                int cut = Character.isHighSurrogate(word.charAt(MAX_TAGGED_WORD_CHARS - 1)) ? MAX_TAGGED_WORD_CHARS - 1 : MAX_TAGGED_WORD_CHARS;
                label.setWord(word.substring(0, cut));
                label.setValue(word.substring(0, cut));
            }
        }
        return longWords;
    }
}
