package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedAnalyzer.class)
class EntityLinkerTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    private Map<String, Entity> link(TextAnalyzer analyzer, String text) {
        return linker.link(analyzer.analyze(text)).entitiesByName();
    }

    @Test
    void short_forms_and_possessives_join_the_canonical_entity(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Alibaba Group Holding Ltd. reported results. Alibaba’s cloud unit grew, and Alibaba said more is coming.");
        Entity alibaba = entities.get("Alibaba Group");
        assertEquals(EntityType.COMPANY, alibaba.type());
        assertTrue(alibaba.surfaceForms().contains("Alibaba"), alibaba.toString());
        assertEquals(1, entities.values().stream().filter(e -> e.name().contains("Alibaba")).count(), entities.toString());
    }

    @Test
    void tech_names_unknown_to_corenlp_are_typed_by_the_gazetteer(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "DeepSeek released a model. Baidu and Tencent responded, and IBM watched.");
        assertEquals(EntityType.COMPANY, entities.get("DeepSeek").type());
        assertEquals(EntityType.COMPANY, entities.get("Baidu").type());
        assertEquals(EntityType.COMPANY, entities.get("Tencent Holdings").type());
        assertEquals(EntityType.COMPANY, entities.get("International Business Machines").type());
    }

    @Test
    void a_country_or_capital_used_for_its_government_becomes_a_government_body(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "With Beijing's support, the firm grew despite US export restrictions.");
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("China").type());
        assertTrue(entities.get("China").surfaceForms().contains("Beijing"));
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("United States").type());
    }

    @Test
    void a_place_used_geographically_stays_a_place(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Apple's sales in China fell, while its offices in Beijing stayed open.");
        assertEquals(EntityType.PLACE, entities.get("China").type());
        assertEquals(EntityType.PLACE, entities.get("Beijing").type());
    }

    @Test
    void nationality_adjectives_make_no_entity_and_acronyms_join_their_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Chinese firms met the Competition and Markets Authority (CMA) in London. The CMA cleared the deal.");
        assertFalse(entities.containsKey("Chinese"), entities.toString());
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("Competition and Markets Authority").type());
        assertTrue(entities.get("Competition and Markets Authority").surfaceForms().contains("CMA"));
    }

    @Test
    void products_are_found_by_the_gazetteer_by_their_version_and_by_a_product_noun(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Apple sold more iPhones. Google launched Gemini 3. Broadcom's Tomahawk switch chip shipped.");
        assertEquals(EntityType.PRODUCT, entities.get("iPhone").type());
        assertEquals(EntityType.PRODUCT, entities.get("Gemini 3").type());
        assertEquals(EntityType.PRODUCT, entities.get("Tomahawk").type());
    }
}
