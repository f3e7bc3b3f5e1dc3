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

/** Product names are recognised whole: with their hyphens, versions, tiers, generations and series. */
@ExtendWith(SharedAnalyzer.class)
class ProductNamesTest {
    private final EntityLinker linker = EntityLinker.create(Gazetteer.loadDefault());

    private Map<String, Entity> link(TextAnalyzer analyzer, String text) {
        return linker.link(analyzer.analyze(text)).entitiesByName();
    }

    private static void assertProduct(Map<String, Entity> entities, String name) {
        Entity entity = entities.get(name);
        assertNotNull(entity, () -> name + " not found whole in " + entities.keySet());
        assertEquals(EntityType.PRODUCT, entity.type(), entity::toString);
    }

    @Test
    void craft_vehicles_and_hardware_named_by_their_model_are_products(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Blue Origin said its New Glenn rocket will fly in May. "
                + "Ford will supply its E-Transit vans to the courier. The lab ordered twelve Dell PowerEdge servers.");
        assertProduct(entities, "New Glenn");
        assertProduct(entities, "E-Transit");
        assertProduct(entities, "Dell PowerEdge");
    }

    @Test
    void a_plus_sign_written_onto_a_name_is_part_of_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The series will stream on Disney+ and Apple TV+ next year. "
                + "France's Canal+ agreed to buy the broadcaster.");
        assertProduct(entities, "Disney+");
        assertProduct(entities, "Apple TV+");
        assertEquals(EntityType.COMPANY, entities.get("Canal+").type(), entities::toString);
    }

    @Test
    void a_quoted_name_with_a_product_noun_in_its_apposition_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "In June, Figure unveiled \u201cHelix,\u201d a general-purpose robot model.");
        assertProduct(entities, "Helix");
    }

    @Test
    void a_capitalised_product_noun_inside_a_longer_name_does_not_cut_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Waymo began as the Google Self-Driving Car Project in 2009.");
        assertTrue(entities.values().stream().noneMatch(e -> e.type() == EntityType.PRODUCT), entities::toString);
    }

    @Test
    void a_product_noun_in_capitals_after_a_name_is_not_part_of_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Tesla will soon add the Model X SUV to its line-up. "
                + "Nvidia sells the Blackwell GPU to Microsoft, which also sells the Surface Laptop.");
        assertProduct(entities, "Model X");
        assertProduct(entities, "Blackwell");
        assertProduct(entities, "Surface Laptop");
        assertFalse(entities.containsKey("Model X SUV"), entities::toString);
    }

    @Test
    void an_owned_name_before_a_noun_of_its_kind_is_a_product_but_not_a_place_or_a_line_of_business(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Xiaomi said its own Loop LiquidCool technology cools the phone. "
                + "TSMC's CoWoS packaging technology is sold out. Samsung's Personal Data Engine learns from users. "
                + "Intel's Arizona technology center opened, and Infosys's ER&D service offerings grew. The agency's Phase 1 review ended.");
        assertProduct(entities, "Loop LiquidCool");
        assertProduct(entities, "CoWoS");
        assertProduct(entities, "Personal Data Engine");
        assertEquals(EntityType.PLACE, entities.get("Arizona").type(), entities::toString);
        assertTrue(entities.values().stream().noneMatch(e -> e.type() == EntityType.PRODUCT
                && (e.name().contains("ER&D") || e.name().startsWith("Phase"))), entities::toString);
    }

    @Test
    void a_company_name_ending_in_a_paid_tier_is_its_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Vodafone will offer a free year of Perplexity Pro to its users.");
        assertProduct(entities, "Perplexity Pro");
        assertEquals(EntityType.COMPANY, entities.get("Vodafone Group").type(), entities::toString);
    }

    @Test
    void a_name_set_off_by_commas_after_an_owned_product_noun_is_a_product_not_a_place(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Apple introduced its latest operating system, Big Sur, in June. "
                + "Nvidia opened its new office in Santa Clara in May.");
        assertProduct(entities, "Big Sur");
        assertEquals(EntityType.PLACE, entities.get("Santa Clara").type(), entities::toString);
    }

    @Test
    void names_listed_as_examples_of_a_product_noun_are_products(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Ford will put the new cells into vehicles, including the Mustang Mach-E "
                + "and F-150 Lightning. Nvidia sells chips like the H100 and B200 to Oracle.");
        assertProduct(entities, "Mustang Mach-E");
        assertProduct(entities, "F-150 Lightning");
        assertProduct(entities, "B200");
        assertEquals(EntityType.COMPANY, entities.get("Oracle").type(), entities::toString);
    }

    @Test
    void a_hyphenated_model_name_keeps_its_version_and_size(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The lab released Llama-3.1-8B weights for researchers."), "Llama-3.1-8B");
    }

    @Test
    void an_owned_acronym_before_a_product_noun_is_a_product_even_tagged_as_a_common_noun(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "OpenAI shipped its latest GPT models to developers."), "GPT");
    }

    @Test
    void a_known_product_keeps_the_capitalised_tier_after_it(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Google showed its new Gemini Pro and Imagen 2 models on Monday."), "Gemini Pro");
    }

    @Test
    void a_decimal_version_keeps_the_tier_after_it(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Developers can now call Gemini 2.5 Flash through the API."), "Gemini 2.5 Flash");
    }

    @Test
    void a_four_digit_model_number_belongs_to_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The new handset runs on an Exynos 2500 processor."), "Exynos 2500");
    }

    @Test
    void name_words_a_plus_sign_and_a_number_belong_to_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Reviewers tested AMD's Ryzen AI Max+ 395 in a thin laptop."), "Ryzen AI Max+ 395");
    }

    @Test
    void a_model_code_and_a_tier_after_a_known_name_stay_with_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Buyers preferred the Galaxy S25 Ultra to older phones.");
        assertProduct(entities, "Galaxy S25 Ultra");
        assertFalse(entities.containsKey("Galaxy"), entities.keySet()::toString);
    }

    @Test
    void a_model_word_after_a_known_product_and_its_version_belongs_to_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Gamers queued for the PlayStation Portal last week."), "PlayStation Portal");
        assertProduct(link(analyzer, "The lab released Llama 4 Scout to developers."), "Llama 4 Scout");
        assertProduct(link(analyzer, "Reviewers liked the Galaxy Z Fold 6 hinge."), "Galaxy Z Fold 6");
        assertProduct(link(analyzer, "Budget buyers chose the Galaxy A series."), "Galaxy A series");
    }

    @Test
    void a_known_name_a_title_or_a_weekday_after_a_product_is_no_part_of_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Users of ChatGPT Microsoft surveyed said Copilot Tuesday updates helped.");
        assertProduct(entities, "ChatGPT");
        assertProduct(entities, "Copilot");
        assertEquals(EntityType.COMPANY, entities.get("Microsoft").type(), entities.keySet()::toString);
    }

    @Test
    void a_lower_case_model_keeps_its_hyphenated_tier(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "OpenAI made o3-mini free for all users."), "o3-mini");
        assertProduct(link(analyzer, "The bot now answers with GPT-4o mini by default."), "GPT-4o mini");
    }

    @Test
    void a_short_code_followed_by_a_tier_is_one_product_per_tier(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The laptop ships with an M4 Pro or an M4 Max chip.");
        assertProduct(entities, "M4 Pro");
        assertProduct(entities, "M4 Max");
    }

    @Test
    void a_code_of_capitals_and_digits_is_a_product_on_its_own(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "SK Hynix plans to sell HBM4 to several customers next year."), "HBM4");
    }

    @Test
    void a_lower_case_architecture_name_before_a_device_noun_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The software runs natively on arm64 laptops."), "arm64");
    }

    @Test
    void a_generation_and_its_number_belong_to_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Its phones use the Snapdragon 8 Gen 3 chip."), "Snapdragon 8 Gen 3");
        assertProduct(link(analyzer, "Older phones used the Snapdragon 8 Plus Gen 1 chip."), "Snapdragon 8 Plus Gen 1");
        assertProduct(link(analyzer, "Qualcomm said its Gen 3 platform ships in phones this year."), "Gen 3");
    }

    @Test
    void a_numbered_model_before_series_names_the_model(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Vivo priced its X200 series below rival flagships.");
        assertProduct(entities, "X200");
        assertFalse(entities.containsKey("X200 series"), entities.keySet()::toString);
        Map<String, Entity> phones = link(analyzer, "The update reached the Pixel 10 series first and the Galaxy A series later.");
        assertProduct(phones, "Pixel 10");
        assertProduct(phones, "Galaxy A series");
    }

    @Test
    void a_company_name_right_before_a_model_is_part_of_its_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "In that test the laptop beat the Apple M3 by a wide margin."), "Apple M3");
        assertProduct(link(analyzer, "Reviewers set it against an Intel Core Ultra 7 laptop."), "Intel Core Ultra 7");
    }

    @Test
    void a_name_with_a_model_number_and_a_tier_is_a_product_owned_or_not(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Xiaomi's Mi 12 Ultra sold out within an hour."), "Mi 12 Ultra");
        assertProduct(link(analyzer, "Stores want more phones like the Mi 12 Ultra on their shelves."), "Mi 12 Ultra");
    }

    @Test
    void a_series_name_and_code_after_their_makers_name_are_one_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The lab will rent a large AMD Instinct MI470 GPU cluster."), "AMD Instinct MI470");
    }

    @Test
    void an_owned_model_number_before_a_known_name_belongs_to_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The search firm bought 900 of Huawei's 920C Ascend chips last month.");
        assertProduct(entities, "920C Ascend");
        assertFalse(entities.containsKey("Ascend"), entities.keySet()::toString);
    }

    @Test
    void a_letter_and_a_tier_with_its_number_stay_with_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Shops cut the price of the Galaxy Z Flip6 before the holidays."), "Galaxy Z Flip6");
    }

    @Test
    void a_capitalised_product_noun_after_a_name_ends_that_name_but_not_in_a_heading(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The firm showed a new Surface Laptop with a faster chip."), "Surface Laptop");
        assertProduct(link(analyzer, "Schools bought a Surface Laptop and a Surface Pro tablet."), "Surface Laptop");
        Map<String, Entity> heading = link(analyzer, "Vendor Shows New Surface Laptop With Faster Chip");
        assertFalse(heading.containsKey("Surface Laptop"), heading.keySet()::toString);
    }

    @Test
    void a_short_product_name_that_is_also_a_plural_noun_is_the_product_inside_a_sentence_only(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The vendor will sell its suite without Teams in some markets."), "Microsoft Teams");
        Map<String, Entity> opening = link(analyzer, "Teams from both companies met in Lisbon.");
        assertFalse(opening.containsKey("Microsoft Teams"), opening.keySet()::toString);
    }

    @Test
    void a_code_like_vehicle_model_before_a_vehicle_noun_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The carmaker said the R3T pickup would get a cheaper trim."), "R3T");
    }

    @Test
    void a_company_name_a_model_number_and_a_tier_name_the_companys_phone(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Reviewers liked the Xiaomi 15 Ultra camera."), "Xiaomi 15 Ultra");
        assertProduct(link(analyzer, "The chip powers its flagship Xiaomi 16s Pro and a new tablet."), "Xiaomi 16s Pro");
    }

    @Test
    void a_letter_and_a_tier_after_a_known_name_stay_with_it(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "The notebook runs on a Snapdragon X Elite processor."), "Snapdragon X Elite");
    }

    @Test
    void an_owned_name_with_a_model_number_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Gamers queued for Nvidia's RTX 5090 on launch day."), "RTX 5090");
    }

    @Test
    void a_code_after_an_owner_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "DeepSeek said its V4 will arrive in spring."), "V4");
        Map<String, Entity> entities = link(analyzer, "Analysts compared OpenAI's o3 with Moonshot's K3 model.");
        assertProduct(entities, "o3");
        assertProduct(entities, "K3");
    }

    @Test
    void quarters_groups_of_nations_and_counts_are_no_products(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Revenue rose in Q3, analysts said. ChatGPT reached 400 million weekly users.");
        assertFalse(entities.containsKey("Q3"), entities.keySet()::toString);
        assertProduct(entities, "ChatGPT");
        assertFalse(entities.keySet().stream().anyMatch(name -> name.contains("400")), entities.keySet()::toString);
    }

    @Test
    void a_name_taken_for_a_person_next_to_a_product_noun_is_a_product_at_every_mention(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze(
                "Users praised the assistant Marisol, and the startup said Marisol would reach Europe soon."));
        assertProduct(text.entitiesByName(), "Marisol");
        assertEquals(java.util.List.of(EntityType.PRODUCT, EntityType.PRODUCT),
                text.mentions().stream().filter(m -> m.entityName().equals("Marisol")).map(Mention::type).toList());
    }

    @Test
    void a_product_found_by_its_context_is_found_at_its_bare_mentions_too(TextAnalyzer analyzer) {
        LinkedText text = linker.link(analyzer.analyze(
                "The startup sells the note-taking app Quillora. Teachers said Quillora saves them an hour a day."));
        assertProduct(text.entitiesByName(), "Quillora");
        assertEquals(2, text.mentions().stream().filter(m -> m.entityName().equals("Quillora")).count(), text.mentions()::toString);
        assertEquals(1, text.mentionsIn(1).stream().filter(m -> m.type() == EntityType.PRODUCT).count(), text.mentions()::toString);
    }

    @Test
    void a_kind_of_chip_is_no_product_but_a_named_generation_is(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Micron said its HBM sales doubled as SoCs and DRAM prices rose, and HBM4 ships next year.");
        assertProduct(entities, "HBM4");
        assertFalse(entities.containsKey("HBM"), entities::toString);
        assertFalse(entities.containsKey("SoCs"), entities::toString);
        assertFalse(entities.containsKey("DRAM"), entities::toString);
    }

    @Test
    void a_company_name_with_a_model_word_or_a_lettered_number_before_a_product_noun_names_a_model(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The chip ships in the Honor 400S smartphone and the Honor Pad 9 Pro tablet.");
        assertProduct(entities, "Honor 400S");
        assertProduct(entities, "Honor Pad 9 Pro");
        Map<String, Entity> counts = link(analyzer, "Honor 300 stores opened, and Honor sold 40 million phones.");
        assertEquals(EntityType.COMPANY, counts.get("Honor").type(), counts::toString);
        assertTrue(counts.keySet().stream().noneMatch(name -> name.startsWith("Honor 300")), counts.keySet()::toString);
    }

    @Test
    void an_owned_model_code_keeps_the_series_name_before_it(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Samsung's Exynos X990 modem ships next year."), "Exynos X990");
        assertProduct(link(analyzer, "AMD's Instinct MI355 chips ship this quarter."), "Instinct MI355");
        assertProduct(link(analyzer, "The firm may now sell its Instinct MI290 accelerators abroad."), "Instinct MI290");
    }

    @Test
    void a_quoted_name_before_a_product_noun_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Google worked with Arm to develop its own \"Axon\" CPU."), "Axon");
    }

    @Test
    void a_company_name_and_a_model_number_after_a_determiner_or_before_a_possessive_name_a_model(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "OnePlus showed the OnePlus 15 at an event, after the OnePlus 13's camera drew praise.");
        assertProduct(entities, "OnePlus 15");
        assertProduct(entities, "OnePlus 13");
        assertEquals(EntityType.COMPANY, entities.get("OnePlus").type(), entities::toString);
        Map<String, Entity> others = link(analyzer, "The Nasdaq 100 fell as the Huawei 5G rollout slowed and the Samsung 3 process slipped.");
        assertTrue(others.keySet().stream().noneMatch(name -> name.matches(".*\\d.*")), others.keySet()::toString);
    }

    @Test
    void a_reasoning_variant_and_a_version_split_by_the_tokenizer_stay_in_the_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "On Tuesday the startup Moonshot AI announced Kimi K2.5."), "Kimi K2.5");
        assertProduct(link(analyzer, "Hours earlier, Alibaba launched Qwen3-Max-Thinking."), "Qwen3-Max-Thinking");
        assertProduct(link(analyzer, "Moonshot AI released Kimi K2 Thinking, an upgraded reasoning model."), "Kimi K2 Thinking");
    }

    @Test
    void a_name_in_apposition_to_a_product_noun_phrase_or_called_by_one_is_a_product(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "DeepSeek is speeding up the launch of its next-generation AI model, R2."), "R2");
        assertProduct(link(analyzer, "Qualcomm released a new single-board computer, the Arduino UNO Q, on Tuesday."), "Arduino UNO Q");
        assertProduct(link(analyzer, "Honor will not offer the updates to its latest foldable, the Magic V3."), "Magic V3");
        assertProduct(link(analyzer, "Nvidia said the Rubin platform will include a CPU named Vera."), "Vera");
        Map<String, Entity> customer = link(analyzer, "TSMC makes chips for its biggest customer, Apple.");
        assertEquals(EntityType.COMPANY, customer.get("Apple").type(), customer::toString);
        Map<String, Entity> said = link(analyzer, "The firm launched its new phone, Xiaomi said.");
        assertEquals(EntityType.COMPANY, said.get("Xiaomi").type(), said::toString);
    }

    @Test
    void an_owned_mixed_case_word_before_a_product_noun_a_name_right_after_one_and_a_lettered_series_are_products(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "LG Electronics is best known for its CLOi robots."), "CLOi");
        assertProduct(link(analyzer, "Krafton said its hit game PUBG sold well."), "PUBG");
        assertProduct(link(analyzer, "Microsoft cut the price of the Xbox Series X on Monday."), "Xbox Series X");
        Map<String, Entity> generic = link(analyzer, "Nvidia shipped its GPU servers to the smartphone maker Xiaomi.");
        assertFalse(generic.containsKey("GPU"), generic::toString);
        assertEquals(EntityType.COMPANY, generic.get("Xiaomi").type(), generic::toString);
    }

    @Test
    void a_model_before_series_an_owned_capital_before_a_hyphenated_modifier_and_a_mixed_case_name_after_a_product_noun(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Huawei held a launch event for the Pura 80 series in Dubai."), "Pura 80");
        assertProduct(link(analyzer, "Xpeng unveiled its next-generation Iron humanoid robot on Wednesday."), "Iron");
        assertProduct(link(analyzer, "Isomorphic Labs will spend the money on its AI drug design engine IsoDDE."), "IsoDDE");
        assertProduct(link(analyzer, "Infosys will build agents on its Topaz AI platform."), "Topaz");
        Map<String, Entity> adjectives = link(analyzer, "Samsung sells its Chinese phones in India.");
        assertFalse(adjectives.containsKey("Chinese"), adjectives::toString);
    }

    @Test
    void names_of_several_words_listed_after_a_plural_product_noun_are_products_but_an_owner_is_not(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Ubisoft owns some of the best-known game franchises in Europe, including "
                + "Far Cry, Need for Speed and Rayman. Banks run chips such as Nvidia's H100.");
        assertProduct(entities, "Need for Speed");
        assertProduct(entities, "Rayman");
        assertEquals(EntityType.COMPANY, entities.get("Nvidia").type(), entities::toString);
    }

    @Test
    void names_listed_after_another_noun_that_follows_a_product_noun_are_not_products(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Lumora Systems builds custom AI tools for clients like Unilever and Philips.");
        assertEquals(EntityType.COMPANY, entities.get("Unilever").type(), entities::toString);
        assertEquals(EntityType.COMPANY, entities.get("Philips").type(), entities::toString);
    }

    @Test
    void a_service_word_after_a_company_an_xr_tier_and_a_zero_padded_code_name_products(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Google Pay competes with PhonePe. Samsung launched the Galaxy XR headset. "
                + "Motorola launched the Moto G05 phone. The G7 met in Canada.");
        assertEquals(EntityType.PRODUCT, entities.get("Google Pay").type(), entities::toString);
        assertEquals(EntityType.PRODUCT, entities.get("Galaxy XR").type(), entities::toString);
        assertTrue(entities.values().stream().anyMatch(e -> e.name().endsWith("G05") && e.type() == EntityType.PRODUCT), entities::toString);
        assertTrue(entities.values().stream().noneMatch(e -> e.name().equals("G7") && e.type() == EntityType.PRODUCT), entities::toString);
    }

    @Test
    void a_letter_model_keeps_its_tier_and_a_process_node_stays_outside_the_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Huawei launched the MateBook X Pro laptop in May. "
                + "Samsung put its Exynos 2500 3nm processor in the new phone.");
        assertProduct(entities, "MateBook X Pro");
        assertProduct(entities, "Exynos 2500");
        assertFalse(entities.containsKey("MateBook X"), entities::toString);
        assertFalse(entities.containsKey("Exynos 2500 3nm"), entities::toString);
    }

    @Test
    void a_capitalised_word_between_a_maker_and_a_product_noun_names_a_model(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Uber will deploy over 20,000 Lucid Gravity SUVs in its robotaxi network. "
                + "The startup unveiled its Wall-OSS foundation model.");
        assertProduct(entities, "Lucid Gravity");
        assertEquals(EntityType.COMPANY, entities.get("Lucid Group").type(), entities::toString);
        assertProduct(entities, "Wall-OSS");
    }

    @Test
    void a_quoted_name_before_a_product_noun_is_a_product_wherever_else_it_stands(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Huawei claims its new \u201cSuperPod\u201d systems can link thousands of chips. "
                + "A single SuperPod holds 8,192 processors.");
        assertProduct(entities, "SuperPod");
    }

    @Test
    void a_brand_cased_name_before_protocol_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Rotating chairman Eric Xu said the push will rely on a new UnifiedBus protocol.");
        assertProduct(entities, "UnifiedBus");
    }

    @Test
    void a_makers_name_words_and_a_version_name_a_model(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Xiaomi launched the Xiaomi Smart Band 9 in March. Honor unveiled the Honor Magic V5 "
                + "foldable on Wednesday. Huawei released the Huawei Watch GT 5 last week.");
        assertProduct(entities, "Xiaomi Smart Band 9");
        assertProduct(entities, "Honor Magic V5");
        assertProduct(entities, "Huawei Watch GT 5");
        assertEquals(EntityType.COMPANY, entities.get("Xiaomi").type(), entities::toString);
    }

    @Test
    void a_network_generation_after_a_company_is_no_model_but_stays_in_a_model_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Samsung 5G phones sold well. Samsung's Galaxy A16 5G became the best-selling Android phone.");
        assertFalse(entities.containsKey("Samsung 5G"), entities::toString);
        assertProduct(entities, "Galaxy A16 5G");
    }

    @Test
    void technology_kinds_and_company_boards_are_no_entities(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The deal will expand ST's leading MEMS sensors technology. Ceconomy's Management "
                + "Board and Supervisory Board fully support the offer.");
        assertFalse(entities.containsKey("MEMS"), entities::toString);
        assertFalse(entities.containsKey("Management Board"), entities::toString);
        assertFalse(entities.containsKey("Supervisory Board"), entities::toString);
        Map<String, Entity> owner = link(analyzer, "JD.com offered to buy CECONOMY AG. CECONOMY's Management Board supports the offer.");
        assertTrue(owner.keySet().stream().noneMatch(name -> name.contains("Board")), owner::toString);
    }

    @Test
    void a_listed_name_keeps_its_hyphen_and_a_family_of_models_is_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Sega is known for franchises like Sonic, Space-Harrier and Yakuza. Google said it "
                + "will open the company's Gemini Foundation Models to developers.");
        assertProduct(entities, "Space-Harrier");
        assertFalse(entities.containsKey("Space"), entities::toString);
        assertProduct(entities, "Gemini Foundation Models");
    }

    @Test
    void indian_and_singaporean_private_limited_forms_leave_the_name(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Infosys will buy Kestrel Analytics Pvt Ltd and Lotus Cloud Services Private "
                + "Limited, while Grab Holdings Pte. Ltd. watches.");
        assertTrue(entities.containsKey("Kestrel Analytics"), entities::toString);
        assertTrue(entities.containsKey("Lotus Cloud Services"), entities::toString);
    }

    @Test
    void a_series_word_before_a_model_code_stays_in_the_name_after_a_determiner_or_an_owner(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Huawei launched the Mate X5 foldable last year. Arm's Neoverse V3 cores are used by Amazon. "
                + "The Chinese X7 phone sold well.");
        assertProduct(entities, "Mate X5");
        assertProduct(entities, "Neoverse V3");
        assertProduct(entities, "X7");
        assertProduct(link(analyzer, "AMD will launch the Instinct MI450 next year."), "Instinct MI450");
    }

    @Test
    void a_year_before_a_product_name_is_no_part_of_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Apple plans to use the chip in its 2026 iPhone lineup.");
        assertProduct(entities, "iPhone");
        assertTrue(entities.keySet().stream().noneMatch(name -> name.startsWith("2026")), entities::toString);
    }
    @Test
    void a_name_after_an_owned_service_or_app_noun_is_the_owners_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Zentro said its grocery service Zentro Fresh now reaches Lyon. "
                + "Ridewell said its own booking app Ridewell Go would stay open.");
        assertProduct(entities, "Zentro Fresh");
        assertProduct(entities, "Ridewell Go");
        // Without an owner a service noun describes a company: "ride-hailing service Uber".
        assertEquals(EntityType.COMPANY, link(analyzer, "The ride-hailing service Lyft raised prices.").get("Lyft").type());
    }

    @Test
    void a_listed_name_after_the_is_whole(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Honor sold foldable phones like the Magic V5 and the Magic V3 in Europe.");
        assertProduct(entities, "Magic V5");
        assertProduct(entities, "Magic V3");
    }

    @Test
    void a_product_named_after_its_maker_is_the_product_named_without_it(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The Qualcomm Snapdragon X Elite leads the benchmark. Laptops with the "
                + "Snapdragon X Elite ship in June, and the Snapdragon X series chips follow.");
        assertProduct(entities, "Snapdragon X Elite");
        assertFalse(entities.containsKey("Qualcomm Snapdragon X Elite"), entities::toString);
        assertTrue(entities.get("Snapdragon X Elite").surfaceForms().contains("Qualcomm Snapdragon X Elite"), entities::toString);
        assertTrue(entities.values().stream().anyMatch(e -> e.surfaceForms().contains("Snapdragon X")), entities::toString);
    }
    @Test
    void a_version_the_tokenizer_split_after_its_letter_stays_with_a_known_name(TextAnalyzer analyzer) {
        assertProduct(link(analyzer, "Baidu released its Ernie X1.1 on Tuesday, ahead of rivals."), "Ernie X1.1");
    }
    @Test
    void a_short_month_and_a_day_are_a_date_not_a_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "Moore Threads stock has doubled since its Dec 5 debut in Shanghai.");
        assertTrue(entities.keySet().stream().noneMatch(name -> name.startsWith("Dec")), entities::toString);
        assertTrue(link(analyzer, "WhatsApp co-founder Jan Koum sold shares.").containsKey("Jan Koum"));
    }
    @Test
    void a_numbered_fund_is_no_product(TextAnalyzer analyzer) {
        Map<String, Entity> entities = link(analyzer, "The SoftBank Vision Fund 2 led the round for Zentro.");
        assertTrue(entities.values().stream().noneMatch(e -> e.type() == EntityType.PRODUCT), entities::toString);
    }
}
