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

    @Test
    void countries_listed_before_a_country_acting_act_with_it(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Countries including Canada, Britain and Australia have ramped up restrictions on the routers."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.GOVERNMENT_BODY, EntityType.GOVERNMENT_BODY),
                text.mentions().stream().map(Mention::type).toList(), text.mentions()::toString);
    }

    @Test
    void a_plural_government_noun_after_a_list_of_countries_makes_each_a_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The chip deal was drafted with the UAE and US governments."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United Arab Emirates"), text.mentions()::toString);
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"));
    }

    @Test
    void a_place_before_officials_of_another_country_stays_a_place(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Plants in Mexico and US officials said the tariffs would stay."));
        assertEquals(List.of(EntityType.PLACE), mentionTypes(text, "Mexico"), text.mentions()::toString);
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"));
    }

    @Test
    void a_country_after_a_regulating_participle_or_noun_with_by_or_from_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The conditions imposed by China cover the sale of the software. "
                + "The firm also faces export limits from the United States. The decision by the US chip giant hurt its rival."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "China"), text.mentions()::toString);
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "United States"),
                "a country naming a company's nationality stays a place");
    }

    @Test
    void a_country_that_speaks_is_its_government_but_not_after_a_preposition(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("China said it would approve the merger. Analysts in Japan said demand was weak."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "China"), text.mentions()::toString);
        assertEquals(List.of(EntityType.PLACE), mentionTypes(text, "Japan"));
    }

    @Test
    void a_capitals_own_effort_is_its_government_but_a_companys_efforts_in_a_country_are_not(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Washington's effort to rebuild chip making relies on subsidies. "
                + "Samsung called the plant a commitment to its Texas and U.S. efforts."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "United States"), text.mentions()::toString);
    }

    @Test
    void a_country_that_issues_a_fine_of_an_amount_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Kenya has issued a $40 million fine against the app maker."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "Kenya"), text.mentions()::toString);
    }

    @Test
    void capitals_in_a_dispute_between_states_are_governments_but_trade_between_countries_is_between_places(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The supplier is caught in the trade war between Washington and Beijing. "
                + "Trade between the US and China grew last year."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "United States"), text.mentions()::toString);
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "China"));
    }

    @Test
    void a_presidents_crackdown_is_the_countrys_but_his_administration_leaves_him_a_person(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The case is part of President Joe Biden's antitrust crackdown on platforms. "
                + "President Joe Biden's administration wrote new rules."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"), text.mentions()::toString);
        assertEquals(List.of(EntityType.PERSON), mentionTypes(text, "Joe Biden"));
    }

    @Test
    void a_capitalised_administration_named_after_its_president_is_the_country(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The plan was announced by the Biden Administration in March."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"), text.mentions()::toString);
    }

    @Test
    void a_singular_misspelling_of_the_united_states_is_still_the_country(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Since the United State government added the lidar maker to its entity list, its sales fell."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"), text.mentions()::toString);
    }

    @Test
    void a_country_and_other_governments_is_a_government_but_a_country_and_other_markets_is_a_place(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Japan and other governments weighed in on the merger. "
                + "Japan and other markets bought the phones."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY, EntityType.PLACE), mentionTypes(text, "Japan"), text.mentions()::toString);
    }

    @Test
    void a_time_phrase_between_a_country_and_its_regulating_verb_keeps_it_the_agent(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The U.S. earlier this month lifted restrictions on exports of design software. "
                + "Demand in China last year rose."));
        assertEquals(List.of(EntityType.GOVERNMENT_BODY), mentionTypes(text, "United States"), text.mentions()::toString);
        assertEquals(List.of(EntityType.PLACE), mentionTypes(text, "China"));
    }

    @Test
    void a_country_or_capital_whose_will_or_military_is_named_is_the_government(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("The test will reinforce Washington's determination to limit chip sales. "
                + "Unitree says it does not sell robots to China's military."));
        assertEquals(EntityType.GOVERNMENT_BODY, text.entitiesByName().get("United States").type());
        assertEquals(EntityType.GOVERNMENT_BODY, text.entitiesByName().get("China").type());
    }
}
