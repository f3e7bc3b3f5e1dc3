package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.nlp.Token;
import dev.techkg.testing.SharedAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Linking time grows with the length of the text, not faster: a very long text (a security test once found a 9 MB
 * text of one repeated sentence taking minutes) must not stall the pipeline. CoreNLP on megabytes would take too
 * long for a unit test, so one paragraph is analysed once and its sentences are repeated with shifted offsets,
 * with the made-up names varied per copy so that the number of distinct entities grows with the text too.
 */
@ExtendWith(SharedAnalyzer.class)
class LinkingTimeTest {
    private static final String PARAGRAPH = "Zentrix Labs said on Monday that it will buy chips from Nvidia. "
            + "The company, a startup based in Hangzhou, has raised $2 billion. "
            + "Microsoft and Nvidia backed Anthropic, and the two companies will invest more. "
            + "The European Commission said its review of Qorvane Systems goes on, while the regulator fined Google. "
            + "The iPhone maker said its sales rose, and they expect more. Huawei launched the Kirin 9000S chip; the chip is fast.";
    private static final int MEGABYTE = 1 << 20;
    private static final int TRIES = 3;
    /**
     * Linear growth gives 1.0 (measured 1.05 on a busy machine); the resolver this test came with replaced measured
     * 1.40 (its 1.7th power), quadratic growth gives 2.0. The rest is room for noise.
     */
    private static final double MAX_RATIO = 1.3;

    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    @Test
    void linking_a_text_twice_as_long_takes_about_twice_as_long(TextAnalyzer analyzer) {
        AnalyzedText paragraph = analyzer.analyze(PARAGRAPH);
        AnalyzedText oneA = repeated(paragraph, MEGABYTE, 0);
        AnalyzedText oneB = repeated(paragraph, MEGABYTE, 1_000_000);
        AnalyzedText two = repeated(paragraph, 2 * MEGABYTE, 0);
        LinkedText linked = linker.link(oneA); // a check that the repeated text is linked like a real one
        assertFalse(linked.references().isEmpty(), "the repeated paragraph has references to resolve");
        assertTrue(linked.entities().size() > 1000, "made-up names vary per copy: " + linked.entities().size());
        linker.link(two); // warm-up for the longest

        // Best of three, taken in turns, so that a pause of the machine hits one try of each rather than all of one.
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        AnalyzedText[] texts = {oneA, oneB, two};
        for (int i = 0; i < TRIES; i++) {
            for (int t = 0; t < texts.length; t++) {
                long start = System.nanoTime();
                linker.link(texts[t]);
                best[t] = Math.min(best[t], System.nanoTime() - start);
            }
        }
        long one = best[0] + best[1];
        double ratio = (double) best[2] / one;
        assertTrue(ratio < MAX_RATIO, String.format("2 MB linked in %d ms, two texts of 1 MB in %d ms: ratio %.2f (at most %.1f)",
                best[2] / 1_000_000, one / 1_000_000, ratio, MAX_RATIO));
    }

    /**
     * The paragraph's sentences repeated up to about this many characters, offsets shifted per copy, and the
     * made-up names ("Zentrix", "Qorvane": unknown to the gazetteer, so CoreNLP's) spelt differently in each copy.
     */
    private static AnalyzedText repeated(AnalyzedText paragraph, int characters, int firstCopy) {
        String source = paragraph.text();
        int stride = source.length() + 1;
        int copies = Math.max(1, characters / stride);
        StringBuilder text = new StringBuilder(copies * stride);
        List<Sentence> sentences = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            int offset = c * stride;
            String variant = variant(firstCopy + c);
            text.append(vary(source, variant)).append(' ');
            for (Sentence sentence : paragraph.sentences()) {
                List<Token> tokens = new ArrayList<>(sentence.tokens().size());
                for (Token t : sentence.tokens()) {
                    tokens.add(new Token(t.index(), vary(t.word(), variant), vary(t.originalText(), variant), vary(t.lemma(), variant),
                            t.tag(), t.ner(), t.begin() + offset, t.end() + offset));
                }
                sentences.add(new Sentence(sentences.size(), vary(sentence.text(), variant), tokens));
            }
        }
        return new AnalyzedText(text.toString(), sentences);
    }

    /** Four letters per copy, so a varied name keeps its length and every offset stays right. */
    private static String variant(int copy) {
        char[] letters = new char[4];
        for (int i = 3; i >= 0; i--) {
            letters[i] = (char) ('a' + copy % 26);
            copy /= 26;
        }
        return new String(letters);
    }

    private static String vary(String text, String variant) {
        return text.replace("Zentrix", "Zen" + variant).replace("Qorvane", "Qor" + variant);
    }
}
