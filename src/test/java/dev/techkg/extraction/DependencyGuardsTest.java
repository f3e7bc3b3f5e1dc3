package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.Gazetteer;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the dependency layer refuses to state, and what it states through coordination, control and clauses. */
@ExtendWith(SharedAnalyzer.class)
class DependencyGuardsTest {
    private final Gazetteer gazetteer = Gazetteer.loadDefault();
    private final EntityLinker linker = EntityLinker.create(gazetteer);

    private Set<String> facts(TextAnalyzer analyzer, String text) {
        // The dependency layer alone, so that a token rule cannot supply or hide a fact.
        RuleBasedExtractor extractor = RuleBasedExtractor.create(new RuleFile(List.of(), Set.of()), DependencyRules.loadDefault(),
                (SentenceParser) analyzer, gazetteer);
        return extractor.extract(linker.link(analyzer.analyze(text))).stream()
                .map(r -> r.subject() + " " + r.relation().localName() + " " + r.object())
                .collect(Collectors.toSet());
    }

    @Test
    void shares_acquired_in_a_company_are_no_takeover(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Square Enix, whose shares Sony acquired last year, makes games. "
                + "Sony acquired Bungie in 2022.");
        assertFalse(facts.contains("Sony Group acquires Square Enix"), facts.toString());
        assertTrue(facts.contains("Sony Group acquires Bungie"), facts.toString());
    }

    @Test
    void negated_denied_and_hypothetical_deals_state_no_fact(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Nvidia did not buy Arm Holdings. Microsoft denied that it had invested in Mistral AI. "
                + "Apple could acquire Intel's modem unit. Amazon is in talks to buy Anthropic. "
                + "Intel said it was unclear whether it would partner with Samsung Electronics.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" acquires ") || f.contains(" investsIn ") || f.contains(" partnersWith ")),
                facts.toString());
    }

    @Test
    void two_subjects_that_each_secured_deals_are_no_partners_but_two_that_signed_one_are(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Nvidia and Qualcomm also secured agreements in May. Intel and Samsung Electronics signed a supply agreement.");
        assertFalse(facts.contains("Nvidia partnersWith Qualcomm") || facts.contains("Qualcomm partnersWith Nvidia"), facts.toString());
        assertTrue(facts.contains("Intel partnersWith Samsung Electronics") || facts.contains("Samsung Electronics partnersWith Intel"), facts.toString());
    }

    @Test
    void a_supply_only_tested_with_samples_is_no_supply_but_a_planned_one_is(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Micron is conducting sample testing to supply HBM4 chips to Nvidia. "
                + "SK Hynix plans to start mass production to supply Nvidia.");
        assertFalse(facts.contains("Micron Technology supplies Nvidia"), facts.toString());
        assertTrue(facts.contains("SK Hynix supplies Nvidia"), facts.toString());
    }

    @Test
    void a_chief_operating_officer_leads_nothing_and_backing_received_is_no_supply(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "The deal transformed the industry, said Jeff Williams, Apple's chief operating officer. "
                + "Moveworks has received backing from investors including Kleiner Perkins and Lightspeed Venture Partners.");
        assertFalse(facts.contains("Jeff Williams leads Apple"), facts.toString());
        assertFalse(facts.contains("Kleiner Perkins supplies Moveworks"), facts.toString());
    }

    @Test
    void a_debut_on_a_ranking_is_no_supply(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "China's Gotion made its debut on SNE Research's list in the latest rankings.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void a_company_barred_from_buying_is_no_customer(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Huawei Technologies was barred from buying chips from TSMC.");
        assertFalse(facts.contains("Taiwan Semiconductor Manufacturing Company supplies Huawei Technologies"), facts.toString());
    }

    @Test
    void former_and_vice_titles_lead_nothing(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Former Intel CEO Pat Gelsinger praised the plan. Tim Cook, a vice president of Nike, spoke.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" leads ")), facts.toString());
    }

    @Test
    void a_bare_executive_a_resignation_and_a_late_chairman_lead_nothing(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Before joining Hitachi, Taro Yamada worked as an executive at Siemens. "
                + "Ken Sato quit as Toshiba president in the spring. Rivals paid tribute to the late Samsung Chairman Lee Kun-hee.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" leads ")), facts.toString());
    }

    @Test
    void a_fee_paid_and_an_approval_not_received_are_no_supply_and_no_investment(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Broadcom would owe Qualcomm a break-up fee of $2 billion. "
                + "Nvidia failed to receive approval from China for its purchase of Arm.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ") || f.contains(" investsIn ")), facts.toString());
    }

    @Test
    void an_apposition_inside_a_modal_clause_still_states_its_fact(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Microsoft could soon buy more chips from AMD, Nvidia's main rival in data centres.");
        assertTrue(facts.contains("Nvidia competesWith Advanced Micro Devices") || facts.contains("Advanced Micro Devices competesWith Nvidia"),
                facts.toString());
        assertFalse(facts.contains("Advanced Micro Devices supplies Microsoft"), facts.toString());
    }

    @Test
    void coordinated_investors_each_invest(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Amazon and Google have both invested heavily in Anthropic.");
        assertTrue(facts.containsAll(Set.of("Amazon investsIn Anthropic", "Google investsIn Anthropic")), facts.toString());
    }

    @Test
    void members_of_one_list_are_not_each_others_partners_without_a_reciprocal_word(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Apple, Microsoft and Nvidia reported strong quarterly earnings.");
        assertTrue(facts.isEmpty(), facts.toString());
    }

    @Test
    void a_buyer_named_as_customer_in_reverse_gets_the_supplier_right(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Apple buys modem chips from Qualcomm, and Tesla has ordered batteries from Panasonic.");
        assertTrue(facts.contains("Qualcomm supplies Apple"), facts.toString());
        assertFalse(facts.contains("Apple supplies Qualcomm"), facts.toString());
    }

    @Test
    void a_relative_clause_and_a_fronted_participle_give_their_facts(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Xilinx, which Advanced Micro Devices acquired in 2022, makes programmable chips. "
                + "Founded by Jensen Huang in 1993, Nvidia designs graphics chips.");
        assertTrue(facts.contains("Advanced Micro Devices acquires Xilinx"), facts.toString());
        assertTrue(facts.contains("Nvidia foundedBy Jensen Huang"), facts.toString());
    }

    @Test
    void the_person_succeeded_does_not_hold_the_title(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Priya Raman, who replaced Tom Keller as Siemens's chief executive, cut costs.");
        assertFalse(facts.contains("Tom Keller leads Siemens"), facts.toString());
    }

    @Test
    void a_maker_of_another_company_s_product_does_not_develop_it(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "TSMC will manufacture Apple's M5 chips in Arizona.");
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Taiwan Semiconductor Manufacturing Company develops")), facts.toString());
    }

    @Test
    void orders_moved_away_from_a_supplier_make_no_supply_fact(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Apple is shifting its modem orders from Qualcomm to its own chip unit.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void a_rival_of_a_company_is_not_that_company(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "TSMC makes chips for Apple's biggest rival.");
        assertFalse(facts.contains("Taiwan Semiconductor Manufacturing Company supplies Apple"), facts.toString());
    }

    @Test
    void money_received_from_a_company_is_funding_not_a_supply(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Anthropic received $4 billion from Amazon last year.");
        assertTrue(facts.contains("Amazon investsIn Anthropic"), facts.toString());
        assertFalse(facts.contains("Amazon supplies Anthropic"), facts.toString());
    }

    @Test
    void a_deal_with_a_seller_to_use_its_goods_makes_the_seller_the_supplier(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Anthropic reached an agreement with Google to use its cloud chips.");
        assertTrue(facts.contains("Google supplies Anthropic"), facts.toString());
        assertFalse(facts.contains("Anthropic supplies Google"), facts.toString());
    }

    @Test
    void access_lost_and_orders_relied_on_from_a_customer_are_no_supply(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Huawei Technologies lost access to Google's Android services after the ban. "
                + "Foxconn relies on Apple orders for half of its revenue. SoftBank Group relies on funding from Mizuho.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void a_focus_switched_to_a_rival_s_market_is_no_supply(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "AMD switched its focus to Nvidia's market. Samsung Electronics failed to win Nvidia's order.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void a_regulator_that_others_urge_to_act_has_not_acted(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Lawmakers want the Commerce Department to add Huawei to the entity list. "
                + "Senators urged the Federal Trade Commission to sue Meta Platforms.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" regulates ")), facts.toString());
    }

    @Test
    void a_company_added_to_a_regulators_list_is_regulated(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "The Commerce Department added Sugon and two other server makers to its entity list.");
        assertTrue(facts.contains("US Department of Commerce regulates Sugon"), facts.toString());
    }

    @Test
    void rules_of_a_regulator_that_hit_companies_regulate_each_of_them(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "The new export rules from the Commerce Department will hit Nvidia and Advanced Micro Devices.");
        assertTrue(facts.containsAll(Set.of("US Department of Commerce regulates Nvidia", "US Department of Commerce regulates Advanced Micro Devices")),
                facts.toString());
    }

    @Test
    void a_probe_reported_by_a_news_agency_does_not_regulate_the_agency(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Reuters first reported the Federal Trade Commission probe into Microsoft.");
        assertFalse(facts.contains("Federal Trade Commission regulates Reuters"), facts.toString());
    }

    @Test
    void a_review_faced_only_under_a_condition_and_a_party_only_harmed_are_not_regulated(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Analysts said Nvidia would face a Commerce Department review if it sold the chip. "
                + "The European Commission is examining whether Microsoft's rival Slack was harmed by the bundling.");
        assertFalse(facts.contains("US Department of Commerce regulates Nvidia"), facts.toString());
        assertFalse(facts.contains("European Commission regulates Slack"), facts.toString());
    }

    @Test
    void companies_that_use_their_own_chips_buy_none_from_each_other(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Apple and Samsung have chosen to use their own processors in most of their phones.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void an_inquiry_into_whether_a_company_broke_rules_regulates_it(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "The European Commission opened an investigation into whether Google misused the work of news publishers. "
                + "Nvidia is under an antitrust investigation opened by the State Administration for Market Regulation.");
        assertTrue(facts.containsAll(Set.of("European Commission regulates Google", "State Administration for Market Regulation regulates Nvidia")),
                facts.toString());
    }

    @Test
    void a_gerund_clause_after_a_preposition_shares_the_main_subject(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "After fining Google last year, the European Commission on Friday fined Amazon. "
                + "After buying Xilinx in 2022, Advanced Micro Devices opened an office in Lisbon.");
        assertTrue(facts.containsAll(Set.of("European Commission regulates Google", "European Commission regulates Amazon")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.equals("Advanced Micro Devices acquires Xilinx")), facts.toString());
    }

    @Test
    void a_participle_after_a_predicate_noun_has_the_subject_of_that_noun(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "The European Commission has been at the forefront of these efforts, targeting tech giants such as Google and Apple.");
        assertTrue(facts.containsAll(Set.of("European Commission regulates Google", "European Commission regulates Apple")), facts.toString());
    }

    @Test
    void a_companys_share_trailing_others_makes_it_their_rival(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Samsung's share of memory shipments fell to 17 percent, trailing behind SK Hynix and Micron Technology.");
        assertTrue(facts.containsAll(Set.of("Samsung Electronics competesWith SK Hynix", "Samsung Electronics competesWith Micron Technology")),
                facts.toString());
    }

    @Test
    void providers_a_product_merely_runs_across_supply_nothing(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Wiz said its software detects threats across several cloud providers, including Amazon Web Services and Google Cloud.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" supplies ")), facts.toString());
    }

    @Test
    void only_the_name_right_before_a_title_owns_it_not_one_coordinated_with_it(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "On Wednesday, Japanese automaker Mitsubishi Motors and Foxconn subsidiary Foxtron Vehicle Technologies signed a memorandum.");
        assertTrue(facts.contains("Foxtron Vehicle Technologies subsidiaryOf Hon Hai Precision Industry"), facts.toString());
        assertFalse(facts.contains("Foxtron Vehicle Technologies subsidiaryOf Mitsubishi Motors"), facts.toString());
    }

    @Test
    void no_plans_to_compete_and_a_division_chief_state_no_rivalry_and_no_lead(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "AMD will sell the unit because it has no plans to compete with server makers like Super Micro Computer. "
                + "The founder will report to AMD's data center chief, Forrest Norrod.");
        assertFalse(facts.contains("Advanced Micro Devices competesWith Super Micro Computer"), facts.toString());
        assertFalse(facts.contains("Forrest Norrod leads Advanced Micro Devices"), facts.toString());
    }

    @Test
    void a_contract_shared_or_won_makes_no_partner_and_no_supplier_of_the_customer(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Ericsson won a large order in India. It shared the contract with Nokia and Samsung. "
                + "Ericsson has received a new contract for selling network equipment from Bharti Airtel.");
        assertTrue(facts.stream().noneMatch(f -> f.contains(" partnersWith ")), facts.toString());
        assertFalse(facts.contains("Bharti Airtel supplies Ericsson"), facts.toString());
    }

    @Test
    void firms_that_are_the_collaborators_of_a_third_are_not_partners_of_each_other(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Google Cloud and Meta are the initial collaborators. Intel and TSMC are long-time partners.");
        assertFalse(facts.contains("Google Cloud partnersWith Meta Platforms") || facts.contains("Meta Platforms partnersWith Google Cloud"),
                facts.toString());
        assertTrue(facts.contains("Intel partnersWith Taiwan Semiconductor Manufacturing Company")
                || facts.contains("Taiwan Semiconductor Manufacturing Company partnersWith Intel"), facts.toString());
    }

    @Test
    void a_product_a_country_is_said_to_have_is_still_its_makers(TextAnalyzer analyzer) {
        Set<String> facts = facts(analyzer, "Kakao, which operates South Korea's dominant messaging app KakaoTalk, said the deal was done.");
        assertTrue(facts.contains("Kakao develops KakaoTalk"), facts.toString());
    }
}
