package dev.techkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.linking.Entity;
import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.EntityType;
import dev.techkg.linking.Gazetteer;
import dev.techkg.testing.SharedAnalyzer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The worst text CoreNLP is given still comes back in seconds, with the gazetteer's names found in it. */
@ExtendWith(SharedAnalyzer.class)
class CoreNlpAnalyzerTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    @Test
    void a_five_thousand_word_sentence_is_analysed_in_seconds_and_still_yields_gazetteer_entities(TextAnalyzer analyzer) {
        String filler = "the market for memory and networking parts grew again as buyers in many regions ordered more ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000 * 6) {
            text.append(filler);
        }
        text.append("while Nvidia shipped more chips to Microsoft and ").append(filler.repeat(30)).append("Samsung said nothing");
        String sentence = text.toString();

        AnalyzedText analysis = assertTimeoutPreemptively(BOUND, () -> analyzer.analyze(sentence));
        Map<String, Entity> entities = assertTimeoutPreemptively(BOUND, () -> linker.link(analysis).entitiesByName());

        assertEquals(1, analysis.sentences().size());
        assertTrue(analysis.tokenCount() > 5_000, "tokens: " + analysis.tokenCount());
        assertEquals(EntityType.COMPANY, entities.get("Nvidia").type());
        assertEquals(EntityType.COMPANY, entities.get("Microsoft").type());
        assertEquals(EntityType.COMPANY, entities.get("Samsung Electronics").type());
    }

    @Test
    void a_hundred_thousand_letter_word_is_analysed_in_seconds_and_keeps_its_text(TextAnalyzer analyzer) {
        String word = "ab".repeat(50_000);
        String text = "Nvidia sold " + word + " to Microsoft.";

        AnalyzedText analysis = assertTimeoutPreemptively(BOUND, () -> analyzer.analyze(text));

        List<Token> tokens = analysis.sentences().get(0).tokens();
        assertEquals(List.of("Nvidia", "sold", word, "to", "Microsoft", "."), tokens.stream().map(Token::word).toList());
        assertEquals(word, tokens.get(2).originalText());
        assertEquals(word, tokens.get(2).lemma());
        assertEquals(List.of(12, 100_012), List.of(tokens.get(2).begin(), tokens.get(2).end()));
        assertEquals("ORGANIZATION", tokens.get(4).ner(), "the words after it are tagged as usual");
    }

    @Test
    void a_company_abbreviation_before_a_title_or_inside_a_name_ends_no_sentence_but_one_before_a_new_sentence_does(TextAnalyzer analyzer) {
        String text = "Toyota Motor Corp. Chairman Akio Toyoda said sales rose at Warner Bros. Discovery too. "
                + "The deal was with Nvidia Corp. Meanwhile, shares of AMD rose.";

        List<Sentence> sentences = analyzer.analyze(text).sentences();

        assertEquals(List.of("Toyota Motor Corp. Chairman Akio Toyoda said sales rose at Warner Bros. Discovery too.",
                "The deal was with Nvidia Corp.", "Meanwhile, shares of AMD rose."), sentences.stream().map(Sentence::text).toList());
        Token corp = sentences.get(0).tokens().get(2);
        assertEquals(List.of("Corp.", "Corp."), List.of(corp.word(), corp.originalText()));
        assertEquals(List.of(0, 1, 2), sentences.stream().map(Sentence::index).toList());
    }
}
