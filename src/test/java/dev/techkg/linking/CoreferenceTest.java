package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What pronouns and descriptions refer to, in short texts written for these tests. */
@ExtendWith(SharedAnalyzer.class)
class CoreferenceTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    /** "surface → antecedent" for each reference of one sentence, in order. */
    private List<String> references(TextAnalyzer analyzer, String text, int sentence) {
        LinkedText linked = linker.link(analyzer.analyze(text));
        return linked.referencesIn(sentence).stream().map(r -> r.surface() + " → " + r.entityName()).toList();
    }

    @Test
    void its_after_a_regulator_that_names_no_company_first_is_the_regulator(TextAnalyzer analyzer) {
        assertEquals(List.of("its → Federal Trade Commission"),
                references(analyzer, "Oracle filed its answer. The Federal Trade Commission said its inquiry into the deal goes on.", 1));
    }

    @Test
    void its_right_after_a_company_and_and_is_that_companys(TextAnalyzer analyzer) {
        String text = "The Daily Courier signed a licensing deal with Google. Its rival sued OpenAI and its parent Microsoft instead.";
        assertEquals(List.of("its → OpenAI"), references(analyzer, text, 1).stream().filter(r -> r.startsWith("its")).toList());
    }

    @Test
    void a_subject_is_not_a_name_its_own_sentence_gives_after_it(TextAnalyzer analyzer) {
        String pronoun = "Cisco agreed to sell most of Pensando to Broadcom. The deal values Pensando at $1 billion. "
                + "It will keep a small stake in Pensando.";
        assertEquals(List.of(), references(analyzer, pronoun, 2));
        String description = "Cisco agreed to sell most of Pensando to Broadcom. The deal values Pensando at $1 billion. "
                + "The San Jose, California-based company will keep a small stake in Pensando.";
        assertEquals(List.of("company → Cisco Systems"), references(analyzer, description, 2));
        String apposition = "The Federal Trade Commission opened a probe into Nvidia on Monday. The agency is examining whether "
                + "the chipmaker broke the terms of its purchase of Mellanox, the networking firm Nvidia bought in 2020.";
        assertTrue(references(analyzer, apposition, 1).contains("chipmaker → Nvidia"), () -> references(analyzer, apposition, 1).toString());
    }

    @Test
    void a_trade_before_the_head_finds_the_company_the_article_put_before_that_trade(TextAnalyzer analyzer) {
        String text = "Nvidia is in talks to invest in Lumora Quantum. Lumora Quantum builds photonic machines in Boston. "
                + "Lumora Quantum raised $750 million in March, and investors valued Lumora Quantum at $6 billion. "
                + "Its machines are wired to Nvidia chips. The chip giant's chief executive once doubted quantum computing.";
        assertEquals(List.of("chip giant → Nvidia"), references(analyzer, text, 4));
    }

    @Test
    void its_backers_in_funding_news_are_the_backers_of_the_company_that_raised(TextAnalyzer analyzer) {
        assertEquals(List.of("Its → Zentrix Labs"), references(analyzer, "Zentrix Labs has raised $1 billion in a round led by SoftBank. "
                + "Existing backers Microsoft and Nvidia also invested. Its financial backers include carmakers Nissan Motor and Stellantis.", 2));
    }

    @Test
    void a_product_maker_whose_unit_the_gazetteer_knows_is_the_parent_the_article_names(TextAnalyzer analyzer) {
        List<String> found = references(analyzer, "Sony and Microsoft signed a partnership. "
                + "The deal will see the PlayStation maker use cloud data centres in Europe.", 1);
        assertTrue(found.stream().anyMatch(r -> r.endsWith("→ Sony Group")), found::toString);
    }

    @Test
    void an_outlet_that_first_reported_a_deal_or_that_a_source_told_is_no_antecedent(TextAnalyzer analyzer) {
        assertEquals(List.of("company → OpenAI"), references(analyzer, "OpenAI is buying chips from Broadcom. "
                + "The deal, first reported by Reuters last year, is large. Last week, the company signed a deal with AMD.", 2));
        assertEquals(List.of("it → Samsung Electronics"),
                references(analyzer, "A spokesperson for Samsung told Bloomberg on Monday that it would build the chips.", 0));
    }

    @Test
    void a_description_after_a_possessed_deal_noun_is_not_its_owner(TextAnalyzer analyzer) {
        assertEquals(List.of("firm → Juniper Networks"), references(analyzer, "Juniper Networks makes networking gear. "
                + "The European Commission approved Hewlett Packard Enterprise's takeover of the Sunnyvale-based firm on Friday.", 1));
    }

    @Test
    void an_agency_credited_in_the_dateline_is_no_antecedent(TextAnalyzer analyzer) {
        assertEquals(List.of("it → OpenAI"),
                references(analyzer, "SAN FRANCISCO (Reuters) - OpenAI said on Monday it would raise more money from SoftBank.", 0));
    }

    @Test
    void a_national_regulator_described_by_its_country_is_the_agency_of_that_country(TextAnalyzer analyzer) {
        String text = "The Korea Fair Trade Commission and the French Competition Authority both studied app stores in 2023. "
                + "Both agencies asked questions. Apple answered them. Last week South Korea's antitrust regulator fined Apple. "
                + "A day later the French watchdog did too.";
        assertEquals(List.of("antitrust regulator → Korea Fair Trade Commission"), references(analyzer, text, 3));
        assertEquals(List.of("French watchdog → French Competition Authority"), references(analyzer, text, 4));
    }

    @Test
    void a_regulator_of_a_country_the_article_names_no_agency_for_acts_for_the_country(TextAnalyzer analyzer) {
        assertEquals(List.of("antitrust regulator → Japan"), references(analyzer,
                "The Korea Fair Trade Commission fined Google. Japan's antitrust regulator fined Google too.", 1));
    }

    @Test
    void they_after_two_companies_joined_by_and_means_both_even_when_the_second_is_described(TextAnalyzer analyzer) {
        assertEquals(List.of("they → Mobileye", "they → Delphi"), references(analyzer,
                "Mobileye and UK-based auto-equipment maker Delphi said they were teaming up.", 0));
    }

    @Test
    void its_after_a_regulator_and_the_company_it_acts_on_is_the_company(TextAnalyzer analyzer) {
        assertEquals(List.of("its → Google"),
                references(analyzer, "The European Commission fined Google for abusing its dominance in online shopping.", 0));
    }

    @Test
    void a_kind_of_company_is_the_one_the_article_calls_so_not_the_subject_before(TextAnalyzer analyzer) {
        assertEquals(List.of("chipmaker → Taiwan Semiconductor Manufacturing Company"),
                references(analyzer, "Apple signed a supply agreement with chipmaker TSMC. The chipmaker will build a plant in Arizona.", 1));
    }

    @Test
    void a_kind_of_company_is_left_alone_when_two_companies_could_be_meant(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Microsoft has invested in OpenAI. The startup said its next model is ready.", 1).isEmpty());
    }

    @Test
    void a_kind_of_company_between_two_companies_is_the_one_the_article_is_about(TextAnalyzer analyzer) {
        String text = "Lumora raised $40 million on Monday. Lumora makes sensors for farms. "
                + "Lumora, which was founded by former Siemens engineers, hired fifty people. "
                + "The startup will open a plant in Ohio next year.";
        assertEquals(List.of("startup → Lumora"), references(analyzer, text, 3));
    }

    @Test
    void a_kind_of_company_with_a_nationality_is_the_subject_before_not_the_one_the_article_is_about(TextAnalyzer analyzer) {
        String text = "Nvidia sells chips. Nvidia reported record sales. Nvidia does not own factories. "
                + "TSMC manufactures chips for Nvidia at its plants. The Taiwanese chipmaker is based in Hsinchu.";
        assertEquals(List.of("Taiwanese chipmaker → Taiwan Semiconductor Manufacturing Company"), references(analyzer, text, 4));
    }

    @Test
    void the_company_after_a_rival_is_named_is_the_one_the_article_is_about(TextAnalyzer analyzer) {
        String text = "Lumora raised $40 million on Monday. Lumora makes sensors for farms. "
                + "Many rivals like Deere and Trimble sell similar sensors, but Lumora says its sensors last longer. "
                + "The company will open a plant in Ohio next year.";
        assertEquals(List.of("company → Lumora"), references(analyzer, text, 3));
    }

    @Test
    void the_company_in_an_article_about_no_company_in_particular_is_left_alone(TextAnalyzer analyzer) {
        String text = "Deere and Trimble sell sensors. Farmers in Iowa grow corn. Many farmers buy new tractors. "
                + "The company said prices would rise.";
        assertTrue(references(analyzer, text, 3).isEmpty());
    }

    @Test
    void the_round_is_not_raised_by_a_company_that_only_modifies_the_raiser(TextAnalyzer analyzer) {
        String text = "The former Databricks AI chief raised $475 million for his new startup. The round was led by Andreessen Horowitz.";
        assertTrue(references(analyzer, text, 1).stream().noneMatch(r -> r.endsWith("Databricks")), references(analyzer, text, 1)::toString);
    }

    @Test
    void the_round_is_raised_by_the_company_a_backer_modifies_not_by_the_backer(TextAnalyzer analyzer) {
        assertEquals(List.of("round → Velora Robotics"), references(analyzer,
                "Nvidia-backed Velora Robotics raised $300 million on Monday. The round was led by Sequoia Capital.", 1));
    }

    @Test
    void the_investment_round_is_the_raisers_and_a_round_in_a_company_is_that_companys(TextAnalyzer analyzer) {
        assertEquals(List.of("investment round → Velora Robotics"), references(analyzer,
                "Velora Robotics raised $80 million on Monday. The investment round was led by Sequoia Capital.", 1));
        assertEquals(List.of("round → Velora Robotics"), references(analyzer,
                "Harbor Capital led a $90 million Series C round in Velora Robotics. The round was joined by Fidelity.", 1));
    }

    @Test
    void a_unit_named_after_its_owner_that_says_it_raised_money_is_the_raiser_and_the_pronoun(TextAnalyzer analyzer) {
        String text = "Zentrix's self-driving unit, Velora, said on Friday it had closed a $2 billion funding round. "
                + "The round was led by Silver Lake.";
        assertEquals(List.of("it → Velora"), references(analyzer, text, 0));
        assertEquals(List.of("round → Velora"), references(analyzer, text, 1));
    }

    @Test
    void the_round_is_the_company_investors_took_stakes_in_or_a_round_in_a_described_company(TextAnalyzer analyzer) {
        assertEquals(List.of("round → Velora Robotics"), references(analyzer,
                "Nvidia and Cisco have taken stakes in Velora Robotics, a source said. The round was led by Greenoaks.", 1));
        assertEquals(List.of("round → Velora Robotics"), references(analyzer,
                "Harbor Capital led a Series D funding round in AI-powered drone startup Velora Robotics. The round was joined by Fidelity.", 1));
    }

    @Test
    void a_place_among_the_modifiers_of_a_description_says_where_the_company_is(TextAnalyzer analyzer) {
        assertEquals(List.of("venerable Silicon Valley giant → Intel"), references(analyzer,
                "Intel named a new chief executive. The move is the latest turn at the venerable Silicon Valley giant.", 1));
    }

    @Test
    void the_maker_of_a_product_is_the_company_that_develops_it(TextAnalyzer analyzer) {
        assertEquals(List.of("iPhone maker → Apple"),
                references(analyzer, "Apple and Samsung fight for buyers in Europe. The iPhone maker said its sales rose.", 1).subList(0, 1));
    }

    @Test
    void the_two_companies_refers_to_both_companies_of_a_pair(TextAnalyzer analyzer) {
        assertEquals(List.of("two companies → Microsoft", "two companies → Nvidia"),
                references(analyzer, "Microsoft and Nvidia backed Anthropic on Tuesday. The two companies will invest up to $15 billion.", 1));
    }

    @Test
    void they_after_two_companies_joined_by_and_refers_to_both(TextAnalyzer analyzer) {
        assertEquals(List.of("they → Sony Group", "they → Kadokawa"),
                references(analyzer, "Sony and Kadokawa said they will share their anime studios.", 0).subList(0, 2));
    }

    @Test
    void their_for_a_group_the_text_does_not_name_is_left_alone(TextAnalyzer analyzer) {
        assertTrue(references(analyzer,
                "Smaller software firms wrote to the CMA about Amazon and Microsoft. Their letter asked for a review.", 1).isEmpty());
    }

    @Test
    void a_description_after_a_preposition_is_the_nearest_company_named_before_it(TextAnalyzer analyzer) {
        List<String> found = references(analyzer,
                "Tencent raised its holding in Ubisoft, becoming the largest shareholder in the French gaming firm.", 0);
        assertTrue(found.contains("French gaming firm → Ubisoft"), found.toString());
        assertTrue(found.contains("its → Tencent Holdings"), found.toString());
    }

    @Test
    void a_description_with_a_nationality_is_the_company_the_article_described_so(TextAnalyzer analyzer) {
        assertEquals(List.of("Chinese company → ByteDance"),
                references(analyzer, "Broadcom sells switches to Chinese company ByteDance. The Chinese company also rents cloud servers.", 1));
    }

    @Test
    void a_product_word_is_the_product_the_article_called_so_and_no_other(TextAnalyzer analyzer) {
        assertEquals(List.of("chip → Kirin 9000S"),
                references(analyzer, "Huawei launched the Kirin 9000S chip in August. The chip is made in Shanghai.", 1));
        assertTrue(references(analyzer, "Huawei sold the Mate 60 Pro in August. This processor is fast.", 1).isEmpty());
    }

    @Test
    void a_description_pointing_to_another_company_and_a_pronoun_after_it_refer_to_nothing(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Google agreed to buy Fitbit. The parent company said its sales grew.", 1).isEmpty());
    }

    @Test
    void a_description_right_before_a_name_is_an_apposition_not_a_reference(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Apple spoke first. Microsoft praised the chipmaker Nvidia on Monday.", 1).isEmpty());
    }

    @Test
    void a_description_owning_the_head_of_its_apposition_is_another_company(TextAnalyzer analyzer) {
        assertEquals(List.of("tech giant → Samsung Electronics"),
                references(analyzer, "Samsung Electronics posted results. Samsung Foundry, the tech giant's chipmaking unit, won an order.", 1));
        assertTrue(references(analyzer, "Samsung Foundry won an order. Samsung Foundry, the Korean firm's chipmaking unit, will make the chips.", 1)
                .isEmpty());
    }

    @Test
    void its_in_a_second_clause_is_that_clauses_subject_unless_another_owner_stands_between(TextAnalyzer analyzer) {
        assertEquals(List.of("its → Advanced Micro Devices"),
                references(analyzer, "Cisco will provide the switches and AMD will provide its new chips.", 0));
        assertEquals(List.of("its → Broadcom"),
                references(analyzer, "ByteDance has bought Broadcom's switch chip and its new router.", 0));
    }

    @Test
    void a_pronoun_after_a_place_of_its_own_sentence_is_left_alone(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Apple spoke first. Sales in Germany and its neighbours fell.", 1).isEmpty());
    }

    @Test
    void his_refers_to_the_person_named_before_it(TextAnalyzer analyzer) {
        assertEquals(List.of("his → Jensen Huang"), references(analyzer, "Jensen Huang said his engineers were ready.", 0));
    }

    @Test
    void every_row_of_the_lexicon_reads_and_shows_an_example() {
        String text = Resources.text(CoreferenceLexicon.class, CoreferenceLexicon.NOUNS);
        Map<String, CoreferenceLexicon.Word> words = CoreferenceLexicon.parse(text, CoreferenceLexicon.NOUNS);
        assertTrue(words.containsKey("chipmaker") && words.containsKey("its") && words.containsKey("companies"), words.keySet().toString());
        long rows = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("word\t")).count();
        assertEquals(rows, text.lines().filter(l -> !l.startsWith("#") && l.split("\t").length == 5).count() - 1,
                "every row has five columns, the last an example");
    }

    @Test
    void a_bad_lexicon_row_fails_naming_its_line() {
        TechKgException e = assertThrows(TechKgException.class,
                () -> CoreferenceLexicon.parse("word\ttypes\tnumber\tchoose\texample\nfirm\tCompany\tsingular\tperhaps\tThe firm.\n", "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv line 2"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void a_description_with_its_home_city_refers_back_unless_a_name_follows_it(TextAnalyzer analyzer) {
        assertEquals(List.of("He → Larry Ellison", "company → Oracle"),
                references(analyzer, "Larry Ellison founded Oracle. He still works at the Austin-based company.", 1));
        assertEquals(List.of(), references(analyzer, "Oracle reported results. The Austin-based software maker, Quarnix, did too.", 1));
    }

    @Test
    void a_description_in_the_object_of_a_clause_is_not_that_clause_s_subject(TextAnalyzer analyzer) {
        assertEquals(List.of("company → Cerebras Systems"),
                references(analyzer, "Cerebras makes chips. Harbor Capital and Quill Ventures are leading the round for the company.", 1));
    }

    @Test
    void the_round_is_the_company_that_raised_it_a_few_sentences_before(TextAnalyzer analyzer) {
        String text = "Perplexity AI, a search startup based in San Francisco, has raised $500 million. It plans to hire engineers. "
                + "The round was led by Nvidia.";
        assertEquals(List.of("round → Perplexity AI"), references(analyzer, text, 2));
    }

    @Test
    void a_round_of_something_else_and_a_round_nobody_raised_refer_to_nothing(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Perplexity AI raised $500 million. The round of layoffs hit Intel.", 1).isEmpty());
        assertTrue(references(analyzer, "Intel cut jobs in Oregon. The round was led by Nvidia.", 1).isEmpty());
    }

    @Test
    void an_agency_is_the_agency_named_before_never_a_country_acting_as_government(TextAnalyzer analyzer) {
        assertEquals(List.of("agency → Korea Fair Trade Commission"), references(analyzer,
                "The Korea Fair Trade Commission opened a case. South Korea wants lower prices. The agency fined Broadcom.", 2));
        assertTrue(references(analyzer, "Indonesia wants cheaper apps. The antitrust agency ordered Google to stop.", 1).isEmpty());
    }

    @Test
    void a_description_with_a_nationality_the_article_never_used_is_left_alone(TextAnalyzer analyzer) {
        assertTrue(references(analyzer, "Ford signed a battery deal with CATL on Monday. The Chinese company, which is not state-owned, "
                + "sells batteries to carmakers.", 1).isEmpty());
    }

    @Test
    void a_company_based_in_a_city_and_its_state_is_the_company_named_before(TextAnalyzer analyzer) {
        assertEquals(List.of("company → Micron Technology"),
                references(analyzer, "Micron Technology opened a plant in Japan. The Boise, Idaho-based company employs 4,000 people there.", 1));
    }

    @Test
    void a_nationality_the_article_gave_by_the_countrys_possessive_finds_the_company(TextAnalyzer analyzer) {
        assertEquals(List.of("Japanese conglomerate → SoftBank Group"), references(analyzer,
                "Japan's SoftBank bought Arm in 2016 and sold part of it to Nvidia. The Japanese conglomerate listed Arm on Nasdaq.", 1));
        assertEquals(List.of("South Korean company → Samsung Electronics"), references(analyzer,
                "South Korea's Samsung Electronics and Apple make phones. The South Korean company sells more of them.", 1));
    }

    @Test
    void it_after_an_owner_and_its_named_parent_or_agency_is_that_parent_or_agency(TextAnalyzer analyzer) {
        assertEquals(List.of("it → Alphabet"), references(analyzer,
                "Google's parent company, Alphabet Inc., said on Tuesday that it has agreed to buy the startup Wiz.", 0));
        assertEquals(List.of("it → State Administration for Market Regulation"), references(analyzer,
                "China's State Administration for Market Regulation said that it had opened an investigation into Google.", 0));
    }

    @Test
    void its_inside_a_reported_clause_is_that_clauses_subject_not_the_reporter(TextAnalyzer analyzer) {
        assertEquals(List.of("its → Pegatron"), references(analyzer,
                "Reuters reported that Pegatron was in talks to sell its plant in India.", 0));
        assertEquals(List.of("it → Apple"), references(analyzer, "Apple said that it would appeal the ruling.", 0));
    }

    @Test
    void the_company_after_a_sentence_with_no_subject_company_is_the_one_that_sentence_refers_back_to(TextAnalyzer analyzer) {
        assertEquals(List.of("company → Lynas Rare Earths"), references(analyzer,
                "The contract with Tesla will allow Lynas Rare Earths to expand its plant in Texas. "
                        + "The company expects to ship magnets this year.", 1));
    }

    @Test
    void the_start_up_split_by_the_tokenizer_is_the_company_the_article_called_so(TextAnalyzer analyzer) {
        assertEquals(List.of("start-up → Zentrix Robotics"), references(analyzer,
                "Nvidia backed the Hangzhou start-up Zentrix Robotics. The start-up raised $150 million last March.", 1));
    }

    @Test
    void a_description_after_a_subject_pronoun_in_its_sentence_means_something_else(TextAnalyzer analyzer) {
        List<String> references = references(analyzer,
                "Infosys agreed to buy Encora. It plans to pay off the California-based company's debt through a bond sale.", 1);
        assertTrue(references.contains("It → Infosys"), references.toString());
        assertFalse(references.contains("company → Infosys"), references.toString());
    }

    @Test
    void its_after_a_list_of_names_means_a_company_named_before_the_list(TextAnalyzer analyzer) {
        assertEquals(List.of("its → Denso"), references(analyzer,
                "Denso makes radar sensors in Japan. Toyota, Honda and Nissan buy its sensors.", 1));
        assertEquals(List.of("its → Nissan Motor"), references(analyzer,
                "Denso makes radar sensors in Japan. Toyota, Honda and Nissan, which builds its own sensors, buy chips.", 1));
    }
    @Test
    void a_lower_case_head_the_tagger_calls_a_proper_noun_still_refers(TextAnalyzer analyzer) {
        assertEquals(List.of("fintech → Revolut"), references(analyzer,
                "Revolut grew fast in 2024. The London-based fintech will apply for a licence in India.", 1));
    }
}
