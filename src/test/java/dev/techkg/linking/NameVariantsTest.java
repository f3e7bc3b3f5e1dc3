package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Company names: variant spellings, legal forms, names that start with a month, and words that are no names. */
@ExtendWith(SharedAnalyzer.class)
class NameVariantsTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    private Map<String, Entity> link(TextAnalyzer analyzer, String text) {
        return linker.link(analyzer.analyze(text)).entitiesByName();
    }

    @Test
    void spaced_hyphenated_and_suffixed_spellings_match_the_gazetteer_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Open AI, Tik Tok and Nvidia Corp. gained users. AT and T did not.");
        assertTrue(entities.get("OpenAI").surfaceForms().contains("Open AI"), entities::toString);
        assertTrue(entities.get("TikTok").surfaceForms().contains("Tik Tok"), entities::toString);
        assertTrue(entities.get("Nvidia").surfaceForms().contains("Nvidia Corp."), entities::toString);
        assertTrue(entities.get("AT&T").surfaceForms().contains("AT and T"), entities::toString);
    }

    @Test
    void variant_keys_ignore_case_spaces_dots_hyphens_ampersands_and_legal_forms() {
        assertEquals(Names.variantKey("OpenAI"), Names.variantKey("Open AI"));
        assertEquals(Names.variantKey("TikTok"), Names.variantKey("tik-tok"));
        assertEquals(Names.variantKey("AT&T"), Names.variantKey("AT and T"));
        assertEquals(Names.variantKey("Baidu"), Names.variantKey("Baidu, Inc."));
    }

    @Test
    void a_joint_venture_closed_by_a_legal_form_is_not_the_brand_inside_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Meta Platforms and a local partner formed Meta Sun Holdings LLC to build the plant.");
        Entity venture = entities.get("Meta Sun Holdings");
        assertNotNull(venture, entities::toString);
        assertEquals(EntityType.COMPANY, venture.type());
        assertFalse(entities.get("Meta Platforms").surfaceForms().stream().anyMatch(s -> s.contains("Sun")), entities::toString);
    }

    @Test
    void a_known_company_with_its_legal_form_is_the_known_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Samsung Electronics Co., Ltd. reported higher profit.");
        assertTrue(entities.containsKey("Samsung Electronics"), entities::toString);
        assertEquals(1, entities.size(), entities::toString);
    }

    @Test
    void a_company_whose_name_starts_with_a_month_is_no_date(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "In March, May Mobility began driverless rides in two cities.");
        assertEquals(EntityType.COMPANY, entities.get("May Mobility").type(), entities::toString);
        assertFalse(entities.containsKey("March"), entities::toString);
    }

    @Test
    void a_month_after_in_stays_a_date(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "In May Apple opened a store in Milan.");
        assertFalse(entities.keySet().stream().anyMatch(name -> name.startsWith("May")), entities::toString);
        assertTrue(entities.containsKey("Apple"), entities::toString);
    }

    @Test
    void generic_words_make_no_entity_but_a_known_name_made_of_them_does(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "The AI boom lifted Cloud revenue, the CEO said, as GPU demand and Internet traffic grew. Apple's App Store rules changed.");
        for (String generic : new String[] {"AI", "Cloud", "CEO", "GPU", "Internet", "Store"}) {
            assertFalse(entities.containsKey(generic), () -> generic + " in " + entities.keySet());
        }
        assertEquals(EntityType.PRODUCT, entities.get("App Store").type(), entities::toString);
    }

    @Test
    void a_lower_case_word_and_a_decimal_number_make_no_variant_of_a_model_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Brussels handed Apple a 1.8 billion euro fine.");
        assertTrue(entities.containsKey("Apple"), entities::toString);
        assertTrue(!entities.containsKey("A18"), entities::toString);
    }

    @Test
    void a_national_regulator_named_by_its_countrys_adjective_or_possessive_is_the_gazetteer_regulator(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The Japanese Fair Trade Commission ordered Google to stop the deals. "
                + "South Korea's Fair Trade Commission fined Qualcomm, and India's Competition Commission probed Apple.");
        assertTrue(entities.get("Japan Fair Trade Commission").surfaceForms().contains("Japanese Fair Trade Commission"), entities::toString);
        assertTrue(entities.get("Korea Fair Trade Commission").surfaceForms().contains("South Korea's Fair Trade Commission"), entities::toString);
        assertTrue(entities.get("Competition Commission of India").surfaceForms().contains("India's Competition Commission"), entities::toString);
        assertFalse(entities.containsKey("Japan"), entities::toString);
    }

    @Test
    void a_nationality_before_a_known_regulator_is_not_part_of_its_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Early today the British Competition and Markets Authority cleared the deal.");
        assertTrue(entities.containsKey("Competition and Markets Authority"), entities::toString);
        assertEquals(1, entities.size(), entities::toString);
    }
}
