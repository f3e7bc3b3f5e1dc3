package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A company named by its former name is the same entity as under its current name; a subsidiary stays itself. */
@ExtendWith(SharedAnalyzer.class)
class FormerNamesTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    private Map<String, Entity> link(TextAnalyzer analyzer, String text) {
        return linker.link(analyzer.analyze(text)).entitiesByName();
    }

    @Test
    void facebook_beside_meta_is_its_own_company_not_a_name_of_meta(TextAnalyzer analyzer) {
        // Recent news names the social network and its parent side by side: "Meta, which owns Facebook".
        Map<String, Entity> entities = link(analyzer, "Meta Platforms, which owns Facebook and Instagram, hired two chip designers.");
        assertTrue(entities.containsKey("Meta Platforms"), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Facebook").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Instagram").type(), entities.toString());
        assertFalse(entities.get("Meta Platforms").surfaceForms().contains("Facebook"), entities.toString());
    }

    @Test
    void twitter_is_x_corp(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Twitter laid off part of its trust team, and X Corp later rehired a few engineers.");
        assertTrue(entities.containsKey("X Corp"), entities.toString());
        assertFalse(entities.containsKey("Twitter"), entities.toString());
        assertTrue(entities.get("X Corp").surfaceForms().contains("Twitter"), entities.toString());
    }

    @Test
    void google_stays_google_and_is_not_merged_into_alphabet(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Google shipped a new phone while Alphabet reported higher profits.");
        assertTrue(entities.containsKey("Google"), entities.toString());
        assertTrue(entities.containsKey("Alphabet"), entities.toString());
    }
}
