package dev.techkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP adapter: tokenize, ssplit, pos, lemma and coarse NER. Fine-grained NER and SUTime are off:
 * they cost about three times the time for little gain here, and the domain gazetteer of the linking
 * stage supplies the tech-specific names CoreNLP does not know. Building one loads the models (seconds,
 * a few hundred MB); share the instance. Thread-safe.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;

    private CoreNlpAnalyzer(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the English models from the CoreNLP models jar on the class path. */
    public static CoreNlpAnalyzer loadEnglish() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        // Quotes as ASCII so a possessive is always the token "'s"; originalText keeps the source form.
        props.setProperty("tokenize.options", "quotes=ascii,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        // Sentences longer than this are tagged without the slow sequence models (see README: limits).
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxlen", "200");
        return new CoreNlpAnalyzer(new StanfordCoreNLP(props, false));
    }

    @Override
    public AnalyzedText analyze(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                String ner = label.ner();
                tokens.add(new Token(tokens.size(), label.word(), label.originalText(),
                        label.lemma() == null ? label.word() : label.lemma(),
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
}
