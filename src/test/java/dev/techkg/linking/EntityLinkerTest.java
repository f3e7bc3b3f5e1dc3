package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void a_government_body_named_after_its_countrys_possessive_is_also_known_by_the_name_that_follows(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "China's Ministry of Commerce added three drone makers to its list on Friday.");
        Entity ministry = entities.get("Ministry of Commerce of China");
        assertTrue(ministry.surfaceForms().containsAll(Set.of("China's Ministry of Commerce", "Ministry of Commerce")), entities.toString());
    }

    @Test
    void a_title_the_tagger_took_into_a_company_name_is_no_part_of_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Laurent Therivel, former UScellular CEO, said in a statement.");
        assertTrue(entities.containsKey("UScellular"), entities::toString);
        assertTrue(!entities.containsKey("UScellular CEO"), entities::toString);
    }

    @Test
    void a_company_named_once_in_full_is_found_where_its_first_word_stands_alone(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze(
                "Zeltra Communications sells speech software. Nuance Communications bought it. Zeltra, which has offices in Ohio, grew. "
                        + "Global demand rose. Nuance now leads the market."));
        List<String> names = linked.mentions().stream().map(m -> m.surface() + " → " + m.entityName()).toList();
        assertTrue(names.contains("Zeltra → Zeltra Communications"), names.toString());
        assertTrue(names.contains("Nuance → Nuance Communications"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Global")), names.toString());
    }

    @Test
    void a_name_that_raises_money_is_a_company_and_a_person_who_raises_concerns_is_not(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Quillonix raised $58 million in a series B round. Jensen Huang raised concerns.");
        assertEquals(EntityType.COMPANY, entities.get("Quillonix").type(), entities.toString());
        assertEquals(EntityType.PERSON, entities.get("Jensen Huang").type(), entities.toString());
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
    void an_acronym_the_article_spells_out_names_that_body_not_the_gazetteers_body_of_the_same_letters(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Seoul, May 2 Hanbit Mall was fined the most by the Fair Trade Commission (FTC) "
                + "over three years. Last year the FTC fined it for rigging search results.");
        assertTrue(entities.get("Fair Trade Commission").surfaceForms().contains("FTC"), entities.toString());
        assertFalse(entities.containsKey("Federal Trade Commission"), entities.toString());
        Map<String, Entity> american = link(analyzer, "The Federal Trade Commission (FTC) sued Amazon. The FTC wants a trial.");
        assertTrue(american.get("Federal Trade Commission").surfaceForms().contains("FTC"), american.toString());
    }

    @Test
    void initials_of_a_company_named_in_full_earlier_are_that_company(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("Zentrix Instruments will build two plants in Ohio. "
                + "ZI said the plants would open in 2027. Carmakers such as Ford rely on ZI's chips."));
        Map<String, Entity> entities = linked.entitiesByName();
        assertTrue(entities.get("Zentrix Instruments").surfaceForms().contains("ZI"), entities.toString());
        assertFalse(entities.containsKey("ZI"), entities.toString());
        assertTrue(linked.mentionsIn(2).stream().anyMatch(m -> m.entityName().equals("Zentrix Instruments")), linked.mentionsIn(2)::toString);
    }

    @Test
    void a_capitalised_common_word_before_a_company_head_inside_a_sentence_is_a_company_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Not long ago, Reflection AI was just another rising name in the valley.");
        assertEquals(EntityType.COMPANY, entities.get("Reflection AI").type(), entities.toString());
    }

    @Test
    void a_unit_name_after_its_owners_name_is_the_unit_where_it_stands_alone(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Regulators fined GM Cruise after a crash. Later, California revoked Cruise's permits.");
        assertEquals(EntityType.COMPANY, entities.get("GM Cruise").type(), entities.toString());
        assertTrue(entities.get("GM Cruise").surfaceForms().contains("Cruise"), entities.toString());
    }

    @Test
    void a_us_state_that_revokes_or_sues_acts_as_its_government_and_stays_a_place_elsewhere(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("Texas sued Google over its ad business. Tesla moved its headquarters to Texas."));
        assertEquals(EntityType.GOVERNMENT_BODY, linked.mentionsIn(0).get(0).type(), linked.mentionsIn(0)::toString);
        assertTrue(linked.mentionsIn(1).stream().anyMatch(m -> m.entityName().equals("Texas") && m.type() == EntityType.PLACE), linked.mentionsIn(1)::toString);
    }

    @Test
    void a_department_store_is_a_business_not_a_government_department(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Shinsegae Department Store Group and the Commerce Ministry both opened offices in Busan.");
        assertEquals(EntityType.COMPANY, entities.get("Shinsegae Department Store Group").type(), entities.toString());
    }

    @Test
    void products_are_found_by_the_gazetteer_by_their_version_and_by_a_product_noun(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Apple sold more iPhones. Google launched Gemini 3. Broadcom's Tomahawk switch chip shipped.");
        assertEquals(EntityType.PRODUCT, entities.get("iPhone").type());
        assertEquals(EntityType.PRODUCT, entities.get("Gemini 3").type());
        assertEquals(EntityType.PRODUCT, entities.get("Tomahawk").type());
    }

    @Test
    void an_administration_named_after_its_leader_is_the_government(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The Biden administration fined ZTE, and the Trump administration banned Huawei.");
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("United States").type());
        assertTrue(entities.get("United States").surfaceForms().containsAll(java.util.Set.of("Biden administration", "Trump administration")),
                entities.toString());
        assertFalse(entities.containsKey("Joe Biden"), entities.toString());
    }

    @Test
    void a_country_listed_with_a_government_is_a_government_too(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Regulators in the United States and the United Kingdom are reviewing the deal.");
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("United States").type());
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("United Kingdom").type());
    }

    @Test
    void adjectives_and_measures_do_not_become_product_names(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Huawei stopped buying American chips. Broadcom's Tomahawk 5-nanometer switch chip and its Bailly switch shipped.");
        assertFalse(entities.containsKey("American"), entities.toString());
        assertEquals(EntityType.PRODUCT, entities.get("Tomahawk").type(), entities.toString());
        assertEquals(EntityType.PRODUCT, entities.get("Bailly").type(), entities.toString());
    }

    @Test
    void its_and_the_company_refer_back_to_the_company_in_subject_position(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze(
                "For Nvidia, the quarter was strong. Its revenue beat Intel's. The company also said its CUDA tools grew."));
        java.util.List<String> antecedents = text.references().stream().map(Mention::entityName).distinct().toList();
        assertEquals(java.util.List.of("Nvidia"), antecedents, text.references().toString());
        assertEquals(3, text.references().size(), text.references().toString());
        assertFalse(text.entitiesByName().get("Nvidia").surfaceForms().contains("its"), "a reference is not a name");
    }

    @Test
    void a_pronoun_after_a_government_of_its_own_sentence_is_not_read_as_a_company(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze(
                "Apple appealed. The European Commission said its review of the App Store continues."));
        assertTrue(text.referencesIn(1).stream().noneMatch(r -> r.entityName().equals("Apple")), text.references().toString());
    }

    @Test
    void a_pronoun_after_an_unnamed_organisation_is_left_unresolved(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze("Microsoft has invested heavily in OpenAI. The startup said its next model is ready."));
        assertTrue(text.referencesIn(1).isEmpty(), text.references().toString());
    }

    @Test
    void an_unknown_name_the_words_around_it_call_a_company_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, """
                Quarnix, a unit of Oracle, sells billing software to clinics. Founded by two nurses in 2016, Velmora \
                makes hospital beds. Sequoia Capital took a stake in Dravik last year. Meta worked with OptiLumen on the \
                glasses, and the Israeli startup Toralis helped. AMD completed its acquisition of Vantiro AI, a lab in Helsinki. \
                Harbor Capital and Quill Ventures led the round.""");
        for (String name : new String[] {"Quarnix", "Velmora", "Dravik", "OptiLumen", "Toralis", "Vantiro AI", "Harbor Capital", "Quill Ventures"}) {
            assertEquals(EntityType.COMPANY, entities.get(name) == null ? null : entities.get(name).type(), name + " in " + entities);
        }
    }

    @Test
    void an_unknown_capitalised_word_without_such_words_around_it_is_no_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Analysts said Apple's AirLoop feature was slow, and Monday trading was calm.");
        assertFalse(entities.containsKey("AirLoop") && entities.get("AirLoop").type() == EntityType.COMPANY, entities.toString());
        assertFalse(entities.containsKey("Monday"), entities.toString());
    }

    @Test
    void a_name_that_is_acquired_founded_or_has_founders_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Qualcomm has acquired Nuvia, formed in 2019 by three engineers, for $1.4 billion. "
                + "Nuvia founders Gerard Williams and Manu Gulati joined. Yang Zhilin, who founded Moonglade, spoke. "
                + "AMD bought Nod.ai and Arm bought Foundries.io.");
        for (String company : List.of("Nuvia", "Moonglade", "Nod.ai", "Foundries.io")) {
            assertEquals(EntityType.COMPANY, entities.get(company).type(), company + " in " + entities);
        }
    }

    @Test
    void a_web_address_name_split_at_its_colon_is_one_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Nvidia agreed to buy Run:ai, an Israeli startup, while Alibaba (NYSE: BABA) fell.");
        assertEquals(EntityType.COMPANY, entities.get("Run:ai").type(), entities::toString);
        assertFalse(entities.containsKey("BABA"), entities::toString);
    }

    @Test
    void a_company_name_with_a_country_or_region_after_it_is_its_local_unit(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The watchdog fined Google India and Amazon EU last year. "
                + "Its US unit, SAP America, will buy a startup. Apple and India signed a pact.");
        for (String unit : List.of("Google India", "Amazon EU", "SAP America")) {
            assertEquals(EntityType.COMPANY, entities.get(unit).type(), unit + " in " + entities);
        }
        assertTrue(entities.containsKey("Apple") && entities.containsKey("India"), entities::toString);
    }

    @Test
    void a_known_company_named_without_the_suffix_news_drops_is_that_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Microsoft hired most of Inflection's staff. But Inflection kept its chatbot. "
                + "The Reality of the market was harsh.");
        assertEquals(EntityType.COMPANY, entities.get("Inflection AI").type(), entities::toString);
        assertFalse(entities.containsKey("Reality Labs"), entities::toString);
    }

    @Test
    void a_capitalised_adjective_after_a_company_noun_is_the_company_and_so_are_its_later_mentions(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "IBM agreed to buy data streaming company Confluent for $11 billion. "
                + "Confluent serves thousands of banks.");
        assertEquals(EntityType.COMPANY, entities.get("Confluent").type(), entities::toString);
    }

    @Test
    void a_generic_word_between_a_known_company_and_a_noun_does_not_extend_its_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The former Databricks AI chief raised $475 million. AMD acquired Silo AI last year.");
        assertTrue(entities.containsKey("Databricks") && !entities.containsKey("Databricks AI"), entities::toString);
        assertTrue(entities.containsKey("Silo AI"), entities::toString);
    }

    @Test
    void a_name_right_after_a_place_based_is_a_company_and_state_abbreviations_are_the_state(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The deal gives California-based Zorvex a new owner. "
                + "The Santa Clara, Calif.-based chipmaker Intel cut jobs.");
        assertEquals(EntityType.COMPANY, entities.get("Zorvex").type(), entities::toString);
        assertEquals(EntityType.PLACE, entities.get("California").type(), entities::toString);
        assertFalse(entities.containsKey("Calif."), entities::toString);
    }

    @Test
    void a_person_described_as_the_companys_officer_stays_a_person(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Google hired Lina Park, the company's chief technology officer, in 2019. "
                + "Park joined from Oracle.");
        assertEquals(EntityType.PERSON, entities.get("Lina Park").type(), entities::toString);
        assertFalse(entities.containsKey("Park"), entities::toString);
    }

    @Test
    void an_agencys_bracketed_acronym_in_its_own_language_names_the_agency(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The National Data Protection Authority of Brazil (ANPD) ordered Meta to "
                + "suspend its new privacy policy. The ANPD has focused on the issue since Tuesday. In a statement, the ANPD said "
                + "Meta had five days to comply.");
        Entity agency = entities.get("National Data Protection Authority of Brazil");
        assertEquals(EntityType.GOVERNMENT_BODY, agency.type(), entities::toString);
        assertTrue(agency.surfaceForms().contains("ANPD"), entities::toString);
        assertFalse(entities.containsKey("ANPD"), entities::toString);
    }

    @Test
    void capitalised_words_joined_by_a_hyphen_before_a_legal_form_are_one_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Kessler-Brandt GmbH, which was founded in 1952 by Otto Kessler, supplies sensors to Bosch.");
        assertEquals(EntityType.COMPANY, entities.get("Kessler-Brandt").type(), entities::toString);
        assertFalse(entities.containsKey("Brandt"), entities::toString);
    }

    @Test
    void a_title_and_of_before_a_legal_name_are_not_part_of_the_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "\"Demand stayed firm,\" said Anna Berg, Chief Executive Officer of Kessler Werke AG.");
        assertEquals(EntityType.COMPANY, entities.get("Kessler Werke").type(), entities::toString);
        assertEquals(EntityType.PERSON, entities.get("Anna Berg").type(), entities::toString);
        assertEquals(2, entities.size(), entities::toString);
    }

    @Test
    void a_long_legal_name_the_tagger_marks_whole_stays_whole(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "The plant ships seat frames to Lumina Motor Engineering & Manufacturing North America, Inc. in Kentucky.");
        assertEquals(EntityType.COMPANY, entities.get("Lumina Motor Engineering & Manufacturing North America").type(), entities::toString);
    }

    @Test
    void a_full_person_name_after_investor_stays_a_person_but_a_fund_after_it_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Ek co-founded the firm in 2020 with early Spotify investor Shakil Khan. "
                + "The round drew existing investor Thrive Capital.");
        assertEquals(EntityType.PERSON, entities.get("Shakil Khan").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("Thrive Capital").type(), entities::toString);
    }

    @Test
    void a_name_with_a_long_described_startup_in_apposition_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Wayvora, the UK autonomous driving software startup, has raised new funds.");
        assertEquals(EntityType.COMPANY, entities.get("Wayvora").type(), entities::toString);
    }

    @Test
    void a_full_person_name_with_investor_in_apposition_stays_a_person(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Harbor Lane Capital was founded by Tom Vale, a prominent American investor and donor.");
        assertEquals(EntityType.PERSON, entities.get("Tom Vale").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("Harbor Lane Capital").type(), entities::toString);
    }

    @Test
    void a_lone_name_continued_by_the_company_in_the_next_sentence_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Marlow appears to have beaten the trend of chip startups this year. "
                + "The startup, based in Austin, is building an inference chip. Elon Musk praised the chip. "
                + "Musk said little more. The company declined to comment.");
        assertEquals(EntityType.COMPANY, entities.get("Marlow").type(), entities::toString);
        assertEquals(EntityType.PERSON, entities.get("Elon Musk").type(), entities::toString);
    }

    @Test
    void a_name_bought_or_taken_over_is_a_company_but_not_before_a_noun(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "HPE bought Aruba in 2015. Kunlun took over Grindr without a review. "
                + "The fund bought Manhattan offices last year.");
        assertEquals(EntityType.COMPANY, entities.get("Aruba").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("Grindr").type(), entities::toString);
        assertEquals(EntityType.PLACE, entities.get("Manhattan").type(), entities::toString);
    }

    @Test
    void a_name_ending_in_a_company_head_word_is_a_company_whatever_the_tagger_said(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Beijing Kunlun Tech took over Grindr in 2016.");
        assertEquals(EntityType.COMPANY, entities.get("Beijing Kunlun Tech").type(), entities::toString);
    }

    @Test
    void a_city_before_based_stays_a_place_after_acquired(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Qualcomm acquired Lyon-based Veritec in March.");
        assertEquals(EntityType.PLACE, entities.get("Lyon").type(), entities::toString);
    }

    @Test
    void a_city_before_its_state_and_based_is_a_place_whatever_the_tagger_said(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Plymouth, Michigan-based Rivian, founded in 2009, raised more money.");
        assertEquals(EntityType.PLACE, entities.get("Plymouth").type(), entities::toString);
        assertEquals(EntityType.PLACE, entities.get("Michigan").type(), entities::toString);
    }

    @Test
    void a_ticker_a_company_noun_a_which_clause_or_analysts_after_it_make_a_name_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Kenya's Telvora (TLVR.NR) and Japan's Mizuhara (NYSE: MZH) won the licence. "
                + "Robotics startup Corvana said it raised $90 million. Valtrix, which was founded in 2021, builds chips. "
                + "The round was led by VC firms Jane Street and Thrive Capital. Berenberg analysts said the deal was fair.");
        for (String company : List.of("Telvora", "Mizuhara", "Corvana", "Valtrix", "Jane Street", "Berenberg")) {
            assertTrue(entities.containsKey(company), company + " in " + entities);
            assertEquals(EntityType.COMPANY, entities.get(company).type(), company + " in " + entities);
        }
    }

    @Test
    void a_lone_word_taken_for_a_person_that_starts_a_company_name_is_that_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Toyota will invest $500 million in Joby Aviation. Joby wants to fly air taxis in Dubai.");
        assertFalse(entities.containsKey("Joby"), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Joby Aviation").type(), entities::toString);
    }

    @Test
    void names_listed_with_companies_are_companies(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The ban covers Hytera Communications, Norvik Digital Technology and Dahua Technology. "
                + "Existing investors Qualcomm Ventures, Brightline, and Intel Capital also took part.");
        for (String company : List.of("Norvik Digital Technology", "Brightline")) {
            assertTrue(entities.containsKey(company), company + " in " + entities);
            assertEquals(EntityType.COMPANY, entities.get(company).type(), company + " in " + entities);
        }
    }

    @Test
    void names_given_as_examples_of_startups_or_rivals_are_companies(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Big chipmakers are spending more, while startups like Quorvane join the race. "
                + "Rivals such as Veltrix and Omnisar have raised money.");
        for (String name : new String[] {"Quorvane", "Veltrix", "Omnisar"}) {
            assertTrue(entities.containsKey(name) && entities.get(name).type() == EntityType.COMPANY, name + " in " + entities);
        }
    }

    @Test
    void a_numbered_model_before_series_is_also_known_with_the_series_word(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Oppo sold more phones after the launch of its new Reno 12 series.");
        assertTrue(entities.containsKey("Reno 12"), entities.keySet()::toString);
        assertTrue(entities.get("Reno 12").surfaceForms().contains("Reno 12 series"), entities.get("Reno 12")::toString);
    }

    @Test
    void a_brand_cased_name_after_a_product_noun_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Users of the messaging app KakaoTalk grew fast. The chipmaker VeltraNova raised money.");
        assertEquals(EntityType.PRODUCT, entities.get("KakaoTalk").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("VeltraNova").type(), entities::toString);
    }

    @Test
    void a_known_models_tier_names_a_product_of_its_own(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Google's Gemini 2.5 Pro topped the benchmark, ahead of Gemini 2.5. "
                + "Huawei's Mate 60 Pro sold better than the Mate 60.");
        assertTrue(entities.containsKey("Gemini 2.5 Pro"), entities.keySet().toString());
        assertTrue(entities.containsKey("Gemini 2.5"), entities.keySet().toString());
        assertTrue(entities.containsKey("Mate 60 Pro"), entities.keySet().toString());
        assertEquals(EntityType.PRODUCT, entities.get("Mate 60 Pro").type());
    }

    @Test
    void a_name_before_robots_or_drones_after_an_owner_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Baidu's Kestra drones will deliver parcels in Wuhan.");
        assertTrue(entities.containsKey("Kestra"), entities.keySet().toString());
        assertEquals(EntityType.PRODUCT, entities.get("Kestra").type());
    }

    @Test
    void a_stock_ticker_written_after_a_name_is_no_part_of_it_and_no_name_of_its_own(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "MediaTek stepped up its competition with Qualcomm QCOM in phones, "
                + "aiming to challenge Apple's AAPL iPhone 17. Samsung SDI makes batteries.");
        assertTrue(entities.containsKey("Qualcomm"), entities.keySet().toString());
        assertTrue(entities.keySet().stream().noneMatch(name -> name.contains("QCOM") || name.contains("AAPL")), entities.keySet().toString());
        assertTrue(entities.containsKey("Samsung SDI"), entities.keySet().toString());
    }

    @Test
    void a_name_in_apposition_after_a_persons_title_is_a_person(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer,
                "Vodafone Group chief executive, Margherita Della Valle, said the partnership with Microsoft will help.");
        assertEquals(EntityType.PERSON, entities.get("Margherita Della Valle").type(), entities.toString());
    }

    @Test
    void a_capitalised_date_word_inside_a_sentence_can_start_a_company_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The venture joined Abu Dhabi-based Next Orbit Ventures and Tower Semiconductor. "
                + "The deal closes next week.");
        assertTrue(entities.containsKey("Next Orbit Ventures"), entities.keySet().toString());
        assertTrue(entities.keySet().stream().noneMatch(name -> name.equals("Orbit Ventures")), entities.keySet().toString());
    }

    @Test
    void a_registered_chinese_name_with_its_city_in_brackets_is_one_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The list now names Hualong (Shenzhen) Microsystems Co. and Jinpeng (Tianjin) Co. among others.");
        assertEquals(EntityType.COMPANY, entities.get("Hualong (Shenzhen) Microsystems").type(), entities.keySet().toString());
        assertEquals(EntityType.COMPANY, entities.get("Jinpeng (Tianjin)").type(), entities.keySet().toString());
    }

    @Test
    void a_known_company_with_name_words_and_a_place_after_it_is_a_local_company_of_its_own(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Nintendo is acquiring Bandai Namco Studios Singapore, the team behind a paper game.");
        assertEquals(EntityType.COMPANY, entities.get("Bandai Namco Studios Singapore").type(), entities.keySet().toString());
        assertFalse(entities.containsKey("Singapore"), entities.keySet().toString());
    }

    @Test
    void a_colon_ending_a_phrase_before_a_name_does_not_make_it_a_ticker(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Both firms dropped news: SoftBank said it will buy DigitalBridge. Nvidia (NASDAQ: NVDA) rose.");
        assertTrue(entities.containsKey("SoftBank Group"), entities.keySet().toString());
        assertTrue(entities.keySet().stream().noneMatch(name -> name.contains("NVDA") || name.contains("NASDAQ")), entities.keySet().toString());
    }

    @Test
    void an_apposition_headed_by_a_company_noun_after_a_country_or_an_owned_round_make_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Nvidia poured money into Nscale, a UK data center company, last year. "
                + "Sequoia Capital led Glean's latest funding round. The U.S. Navy bought drones.");
        assertEquals(EntityType.COMPANY, entities.get("Nscale").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Glean").type(), entities.toString());
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("U.S. Navy").type(), entities.toString());
    }

    @Test
    void an_acronym_of_all_the_capitals_of_a_camel_cased_name_joins_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "SoftBank Group (SBG) agreed to buy Ampere Computing. Ampere will be acquired by SBG.");
        assertFalse(entities.containsKey("SBG"), entities.keySet().toString());
        assertTrue(entities.get("SoftBank Group").surfaceForms().contains("SBG"), entities.get("SoftBank Group").surfaceForms().toString());
    }

    @Test
    void unknown_names_are_companies_by_their_shape_or_what_they_agree_to_undergo(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Quantrix agreed to be bought by Thoma Bravo. Lumex will take control of VoltaQ soon. "
                + "Kestrel raised $20 million in a round led by Iron Pillar.");
        assertEquals(EntityType.COMPANY, entities.get("Quantrix").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("VoltaQ").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Iron Pillar").type(), entities.toString());
    }

    @Test
    void coordinated_funds_with_their_city_are_two_funds_and_a_place(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Blue Water Autonomy raised $14 million from Eclipse of Palo Alto, Calif., "
                + "and Riot Ventures and Impatient Ventures of Los Angeles.");
        assertEquals(EntityType.COMPANY, entities.get("Riot Ventures").type(), entities.keySet().toString());
        assertEquals(EntityType.COMPANY, entities.get("Impatient Ventures").type(), entities.keySet().toString());
        assertEquals(EntityType.PLACE, entities.get("Los Angeles").type(), entities.keySet().toString());
    }

    @Test
    void a_company_noun_opening_a_sentence_and_a_lower_tagged_head_word_are_read_as_such(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Rival Tata Consultancy Services reports $1.8 billion a year. "
                + "MP Materials, which runs a rare earths mine, signed a deal. Samsung's CFO will join the Business Support Task Force.");
        assertEquals(EntityType.COMPANY, entities.get("Tata Consultancy Services").type(), entities.keySet().toString());
        assertEquals(EntityType.COMPANY, entities.get("MP Materials").type(), entities.keySet().toString());
        assertTrue(entities.containsKey("Business Support Task Force"), entities.keySet().toString());
    }

    @Test
    void a_plural_acronym_before_a_name_is_a_common_noun(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Quanta counts US-based CSPs Meta Platforms Inc and Microsoft Corp among its clients. "
                + "Chinese OEMs buy more memory this year.");
        assertTrue(entities.containsKey("Meta Platforms"), entities.keySet().toString());
        assertTrue(entities.keySet().stream().noneMatch(name -> name.contains("CSPs") || name.contains("OEMs")), entities.keySet().toString());
    }

    @Test
    void a_one_word_name_read_as_a_place_among_listed_companies_is_a_company_but_a_list_of_cities_stays_places(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "WeRide faces fierce competition from Deeproute, Pony.ai, AutoX and Baidu. "
                + "Apple and Google opened offices in Seattle, Austin and Cupertino.");
        assertEquals(EntityType.COMPANY, entities.get("Deeproute").type(), entities.toString());
        assertEquals(EntityType.PLACE, entities.get("Cupertino").type(), entities.toString());
    }

    @Test
    void a_name_backed_by_investors_or_described_as_backed_by_one_is_a_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Encora, backed by Advent International and Warburg Pincus, makes software. "
                + "Meizu, an Alibaba Group Holding-backed smartphone maker, cut prices.");
        assertEquals(EntityType.COMPANY, entities.get("Encora").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Meizu").type(), entities.toString());
    }

    @Test
    void an_amount_with_a_currency_code_is_no_name_and_a_competition_board_is_a_regulator(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The unit was valued at CNY21 billion (USD3 billion) after its latest round. "
                + "The Turkish Competition Board approved the deal on Friday.");
        assertTrue(entities.keySet().stream().noneMatch(name -> name.startsWith("CNY") || name.startsWith("USD")), entities.keySet().toString());
        assertTrue(entities.values().stream().anyMatch(e -> e.name().contains("Competition Board") && e.type() == EntityType.GOVERNMENT_BODY),
                entities.toString());
    }

    @Test
    void a_nationality_before_an_unknown_agency_name_is_part_of_its_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The Italian Competition Authority fined Apple on Friday.");
        assertEquals(EntityType.GOVERNMENT_BODY, entities.get("Italian Competition Authority").type(), entities::toString);
        assertFalse(entities.containsKey("Competition Authority"), entities::toString);
    }

    @Test
    void a_stock_ticker_in_brackets_is_no_company_but_a_bracketed_acronym_stays_the_companys(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Amazon (AMZN) will buy chips from Intel (INTC) next year. "
                + "ChangXin Memory Technologies (CXMT) makes DRAM.");
        assertFalse(entities.containsKey("AMZN"), entities::toString);
        assertFalse(entities.containsKey("INTC"), entities::toString);
        assertTrue(entities.get("ChangXin Memory Technologies").surfaceForms().contains("CXMT"), entities::toString);
    }

    @Test
    void generic_technology_acronyms_are_no_names(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Techpoint, a California-based IC designer, sells ICT services and ADAS chips. "
                + "ASML may not ship its EUV lithography machines to China.");
        assertTrue(entities.keySet().stream().noneMatch(name -> name.equals("IC") || name.equals("ICT") || name.equals("ADAS") || name.equals("EUV")),
                entities.keySet().toString());
    }

    @Test
    void a_name_spelled_with_other_capitals_is_the_same_entity(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The chipmaker QuantaRay raised money this week. Investors said Quantaray could list next year.");
        assertEquals(EntityType.COMPANY, entities.get("QuantaRay").type(), entities.toString());
        assertFalse(entities.containsKey("Quantaray"), entities.keySet().toString());
    }

    @Test
    void words_of_finance_and_memory_types_are_no_names(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The startup raked in $50 million in a round led by VC firms Tidewater Capital and "
                + "Orchard Ventures. Its SRAM chips are fast, and its IPO is due next year.");
        assertTrue(entities.containsKey("Tidewater Capital"), entities.keySet().toString());
        assertTrue(entities.keySet().stream().noneMatch(name -> name.equals("VC") || name.equals("SRAM") || name.equals("IPO")),
                entities.keySet().toString());
    }

    @Test
    void a_lone_word_taken_for_a_person_without_title_or_full_name_is_a_company_but_a_titled_surname_stays_a_person(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Kovalo bought out Drift Labs for $3 million last year. PM Modi praised the plan.");
        assertEquals(EntityType.COMPANY, entities.get("Kovalo").type(), entities.toString());
        assertEquals(EntityType.PERSON, entities.get("Modi").type(), entities.toString());
    }

    @Test
    void a_country_that_puts_a_company_on_a_long_named_trade_list_acts_as_its_government(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("The US placed Kovalo Systems on a U.S. trade restriction list in 2023."));
        assertEquals(EntityType.GOVERNMENT_BODY, linked.mentionsIn(0).stream().filter(m -> m.surface().equals("US")).findFirst()
                .orElseThrow().type(), linked.mentionsIn(0).toString());
    }

    @Test
    void a_name_set_off_by_an_apposition_headed_by_a_product_noun_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Zentrix unveiled Falcon Lake, its next-generation laptop platform, on Tuesday. "
                + "Lumora announced the launch of Corvid, a reasoning model for lawyers. "
                + "Kestrel AI released Kestrel-M, a 12-billion parameter open-weights model.");
        assertEquals(EntityType.PRODUCT, entities.get("Falcon Lake").type(), entities.toString());
        assertEquals(EntityType.PRODUCT, entities.get("Corvid").type(), entities.toString());
        assertEquals(EntityType.PRODUCT, entities.get("Kestrel-M").type(), entities.toString());
        assertEquals(EntityType.COMPANY, entities.get("Kestrel AI").type(), entities.toString());
    }

    @Test
    void a_name_before_a_word_for_part_of_a_company_is_that_unit_not_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The chip was designed by Samsung's System LSI division.");
        assertTrue(entities.values().stream().anyMatch(e -> e.name().contains("LSI") && e.type() == EntityType.COMPANY), entities.toString());
        assertTrue(entities.values().stream().noneMatch(e -> e.name().contains("LSI") && e.type() == EntityType.PRODUCT), entities.toString());
    }

    @Test
    void a_product_name_grows_over_capitalised_words_before_its_product_noun(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Qualcomm and BMW unveiled their jointly developed Snapdragon Ride Pilot system.");
        assertEquals(EntityType.PRODUCT, entities.get("Snapdragon Ride Pilot").type(), entities.toString());
    }

    @Test
    void a_ringgit_amount_is_no_product_and_a_lone_word_after_a_place_preposition_is_no_company(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Kovalo announced a RM1 billion investment. It has already invested in "
                + "tech parks in Nusajaya and Kempas.");
        assertTrue(entities.keySet().stream().noneMatch(name -> name.startsWith("RM")), entities.keySet().toString());
        assertTrue(entities.values().stream().noneMatch(e -> e.name().equals("Kempas") && e.type() == EntityType.COMPANY), entities.toString());
    }

    @Test
    void a_lone_surname_of_a_known_person_or_of_a_founder_stays_a_person(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Musk's xAI raised money this week. Kovalo co-founded Drift Labs in 2019.");
        assertEquals(EntityType.PERSON, entities.get("Musk").type(), entities.toString());
        assertEquals(EntityType.PERSON, entities.get("Kovalo").type(), entities.toString());
    }

    @Test
    void a_lone_word_that_context_makes_a_company_is_that_company_at_its_untagged_mentions_too(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("GM already owns 90% of Cruise and will fold Cruise robotaxi efforts into its own. "
                + "Last year, Cruise admitted to filing a false report. A former Xbox executive became Cruise's new CEO in June."));
        long cruise = linked.mentions().stream().filter(m -> m.entityName().equals("Cruise")).count();
        assertEquals(EntityType.COMPANY, linked.entitiesByName().get("Cruise").type());
        assertEquals(4, cruise, linked.mentions()::toString);
    }

    @Test
    void a_company_name_without_its_closing_kind_words_is_the_same_company(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("Red Kite Capital Partners led the round. Later, Red Kite sold its shares to Meta."));
        List<String> names = linked.mentions().stream().map(m -> m.surface() + " → " + m.entityName()).toList();
        assertTrue(names.contains("Red Kite → Red Kite Capital Partners"), names.toString());
    }

    @Test
    void a_legal_form_before_a_name_opens_a_company_of_its_own(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "PT Samsung Electronics Indonesia, Samsung's local unit, opened a plant.");
        assertEquals(EntityType.COMPANY, entities.get("PT Samsung Electronics Indonesia").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("Samsung Electronics").type(), entities::toString);
    }

    @Test
    void a_surname_of_a_person_named_in_full_stays_that_person_where_its_context_suggests_a_company(TextAnalyzer analyzer) {
        LinkedText linked = linker.link(analyzer.analyze("Jony Ive left Apple in 2019. In 2024, Ive and a few others created a startup "
                + "and began collaborating with OpenAI. OpenAI is acquiring Ive's io."));
        assertEquals(EntityType.PERSON, linked.entitiesByName().get("Jony Ive").type());
        assertTrue(linked.mentions().stream().noneMatch(m -> m.entityName().equals("Ive")), linked.mentions()::toString);
    }
    @Test
    void a_nationality_before_a_known_company_is_no_part_of_its_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Renault agreed to sell Chinese Geely a 26% stake in its Brazilian unit.");
        assertTrue(entities.containsKey("Geely Holding Group"), entities::toString);
        assertTrue(entities.keySet().stream().noneMatch(name -> name.startsWith("Chinese")), entities::toString);
    }
}
