package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Whether a country, capital or seat of government stands for its government is decided mention by mention. */
@ExtendWith(SharedAnalyzer.class)
class GovernmentMentionsTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    private static List<EntityType> mentionTypes(LinkedText text, String entity) {
        return text.mentions().stream().filter(m -> m.entityName().equals(entity)).map(Mention::type).toList();
    }

    @Test
    void a_country_that_fines_is_a_government_where_it_acts_and_a_place_where_it_is_a_place(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("China fined the chipmaker last year. Its factories in China kept running."));
        assertEquals(EntityType.GOVERNMENT_BODY, text.entitiesByName().get("China").type());
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "China"));
    }

    @Test
    void a_capital_with_an_auxiliary_before_its_regulating_verb_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Washington has banned sales of the chips to the carmaker."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"));
    }

    @Test
    void the_white_house_that_orders_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The White House ordered the app's owner to sell it."));
        assertEquals(EntityType.GOVERNMENT_BODY, text.entitiesByName().get("United States").type(), text.entities()::toString);
    }

    @Test
    void a_seat_of_government_is_the_government_where_it_acts_and_a_place_where_people_meet_there(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze(
                "The Kremlin ordered the store to remove the apps. Reporters gathered outside the Kremlin on Monday."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "Russia"), text.mentions()::toString);
        assertEquals(List.of(EntityType.PLACE), mentionTypes(text, "Kremlin"), text.mentions()::toString);
    }

    @Test
    void the_government_named_by_a_nationality_adjective_is_the_country(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The Dutch government restricted exports of ASML machines."));
        assertEquals(EntityType.GOVERNMENT_BODY, text.entitiesByName().get("Netherlands").type(), text.entities()::toString);
        assertEquals(EntityType.COMPANY, text.entitiesByName().get("ASML Holding").type());
    }

    @Test
    void a_president_who_orders_acts_for_the_country(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("President Trump ordered ByteDance to divest the app."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"), text.mentions()::toString);
        assertEquals(EntityType.PERSON, text.entitiesByName().get("Donald Trump").type(), "the president is still named");
    }

    @Test
    void a_president_who_only_speaks_stays_a_person(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("President Trump said the app was popular."));
        assertEquals(EntityType.PERSON, text.entitiesByName().get("Donald Trump").type(), text.entities()::toString);
        assertEquals(List.of(), mentionTypes(text, "United States"));
    }

    @Test
    void a_countrys_export_controls_are_its_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Japan's export controls now cover the cleaning tools."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "Japan"));
    }

    @Test
    void a_secretarys_or_ministers_title_names_the_department_the_article_names(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The Commerce Department and the Chinese Commerce Ministry talked. "
                + "Commerce Secretary Gina Raimondo and Chinese Commerce Minister Wang Wentao met. "
                + "The company secretary of Nvidia took notes, as did the trade minister of a small country."));
        assertEquals(List.of("US Department of Commerce", "Ministry of Commerce of China"), text.mentionsIn(1).stream()
                .filter(m -> m.type() == EntityType.GOVERNMENT_BODY).map(Mention::entityName).toList(), text.mentions()::toString);
    }

    @Test
    void a_secretarys_title_alone_names_no_department(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Commerce Secretary Gina Raimondo visited the plant."));
        assertEquals(List.of(), text.mentions().stream().filter(m -> m.type() == EntityType.GOVERNMENT_BODY).toList());
    }

    @Test
    void a_lower_case_presidents_country_is_its_government_unless_a_company_owns_the_title(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("US president Joe Biden visited the plant. Nvidia's China president met suppliers."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"));
        assertEquals(List.of(EntityType.PLACE), mentionTypes(text, "China"));
    }

    @Test
    void a_country_that_adds_companies_to_a_trade_list_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The U.S. added the memory maker Yangtze Memory Technologies to the entity list. "
                + "The U.S. added 20,000 jobs in May."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "United States"));
    }
}
