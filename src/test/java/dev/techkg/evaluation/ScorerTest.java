package dev.techkg.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.evaluation.EvalReport.Cause;
import dev.techkg.evaluation.EvalReport.Miss;
import dev.techkg.evaluation.EvalReport.RuleScore;
import dev.techkg.evaluation.GoldStandard.GoldEntity;
import dev.techkg.evaluation.GoldStandard.GoldRelation;
import dev.techkg.evaluation.SystemOutput.SystemEntity;
import dev.techkg.evaluation.SystemOutput.SystemRelation;
import dev.techkg.evaluation.SystemOutput.SystemSentence;
import dev.techkg.linking.LinkedText;
import dev.techkg.linking.Mention;
import dev.techkg.linking.Names;
import dev.techkg.nlp.AnalyzedText;
import dev.techkg.nlp.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Scoring per rule and rule family, and the cause given to each missed fact, on output built by hand. */
class ScorerTest {
    private static final String ARTICLE = "01-test.txt";

    private static final SystemEntity KESTREL = entity("Kestrel Systems", "Kestrel");
    private static final SystemEntity BRAMBLE = entity("Bramble Labs", "Bramble");
    private static final SystemEntity HALYARD = entity("Halyard");

    @Test
    void a_rule_belongs_to_its_group_and_a_template_to_the_part_before_its_slash() {
        assertEquals("leads", Scorer.family("leads.org-title-person"));
        assertEquals("develops", Scorer.family("develops.possessive+reference"));
        assertEquals("dep.svo", Scorer.family("dep.svo/acquires"));
        assertEquals("dep.svo", Scorer.family("dep.svo/supplies+reference"));
        assertEquals("dep.appos", Scorer.family("dep.appos/subsidiaryOf"));
        assertEquals("(none)", Scorer.family(""));
    }

    @Test
    void facts_are_counted_per_rule_and_per_family_with_reference_facts_in_their_rules_family() {
        GoldStandard gold = gold(List.of(goldRelation("Kestrel Systems", "acquires", "Bramble Labs", "Kestrel bought Bramble."),
                goldRelation("Kestrel Systems", "investsIn", "Halyard", "Kestrel put money into Halyard.")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE, HALYARD), List.of(
                fact(KESTREL, "acquires", BRAMBLE, "dep.svo/acquires", 0.8),
                fact(KESTREL, "investsIn", HALYARD, "dep.svo/investsIn+reference", 0.6),
                fact(BRAMBLE, "acquires", HALYARD, "dep.svo/acquires", 0.8),
                fact(KESTREL, "supplies", HALYARD, "supplies.verb-to", 0.7)));

        EvalReport report = new Scorer().score(gold, Map.of(ARTICLE, output), List.of());

        Map<String, RuleScore> families = byName(report.perFamily());
        assertEquals(Set.of("dep.svo", "supplies"), families.keySet());
        assertEquals(3, families.get("dep.svo").facts());
        assertEquals(2, families.get("dep.svo").correct());
        assertEquals(2.0 / 3, families.get("dep.svo").precision(), 1e-9);
        assertEquals(0, families.get("supplies").correct());
        Map<String, RuleScore> rules = byName(report.perRule());
        assertEquals(2, rules.get("dep.svo/acquires").facts());
        assertEquals(1, rules.get("dep.svo/acquires").correct());
        assertEquals(1, rules.get("dep.svo/investsIn+reference").correct());
    }

    @Test
    void a_missed_fact_whose_entity_matches_no_system_entity_has_the_entity_missing() {
        GoldStandard gold = gold(List.of(goldRelation("Kestrel Systems", "acquires", "Bramble Labs", "Kestrel bought Bramble.")));
        SystemOutput output = new SystemOutput(List.of(KESTREL), List.of(),
                List.of(new SystemSentence("Kestrel bought Bramble.", Set.of("Kestrel Systems"))));

        Miss miss = onlyMiss(gold, output);

        assertEquals(Cause.ENTITY_MISSING, miss.cause());
        assertEquals(List.of("Bramble Labs"), miss.entities());
    }

    @Test
    void a_missed_fact_whose_entity_was_found_only_in_other_sentences_has_it_untagged_in_that_sentence() {
        GoldStandard gold = gold(List.of(goldRelation("Kestrel Systems", "supplies", "Bramble Labs",
                "Bramble said it had bought the chips.")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE), List.of(), List.of(
                new SystemSentence("Kestrel reported record sales.", Set.of("Kestrel Systems")),
                new SystemSentence("Bramble said it had bought the chips.", Set.of("Bramble Labs"))));

        Miss miss = onlyMiss(gold, output);

        assertEquals(Cause.ENTITY_UNTAGGED, miss.cause());
        assertEquals(List.of("Kestrel Systems"), miss.entities());
    }

    @Test
    void a_name_in_the_sentence_that_the_system_did_not_tag_there_counts_as_untagged() {
        // The sentence names Kestrel, but the pipeline found Kestrel only in the first sentence.
        GoldStandard gold = gold(List.of(goldRelation("Kestrel Systems", "partnersWith", "Bramble Labs",
                "Bramble teamed up with Kestrel on storage.")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE), List.of(), List.of(
                new SystemSentence("Kestrel reported record sales.", Set.of("Kestrel Systems")),
                new SystemSentence("Bramble teamed up with Kestrel on storage.", Set.of("Bramble Labs"))));

        assertEquals(Cause.ENTITY_UNTAGGED, onlyMiss(gold, output).cause());
    }

    @Test
    void a_missed_fact_with_both_entities_found_in_the_evidence_sentence_is_no_rule_fired() {
        GoldStandard gold = gold(List.of(goldRelation("Kestrel Systems", "partnersWith", "Bramble Labs",
                "Kestrel and Bramble were seen together")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE), List.of(), List.of(
                new SystemSentence("Nothing here.", Set.of()),
                new SystemSentence("On Monday Kestrel and Bramble were seen together at the fair.", Set.of("Kestrel Systems", "Bramble Labs"))));

        Miss miss = onlyMiss(gold, output);

        assertEquals(Cause.NO_RULE_FIRED, miss.cause());
        assertEquals(List.of(), miss.entities());
    }

    @Test
    void evidence_over_two_sentences_or_in_fragments_looks_in_every_sentence_it_overlaps() {
        List<SystemSentence> sentences = List.of(
                new SystemSentence("Kestrel had a good year.", Set.of("Kestrel Systems")),
                new SystemSentence("Its   new chips\n ship to Bramble.", Set.of("Kestrel Systems", "Bramble Labs")),
                new SystemSentence("Halyard was not involved.", Set.of("Halyard")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE, HALYARD), List.of(), sentences);

        assertEquals(Cause.NO_RULE_FIRED, onlyMiss(gold(List.of(goldRelation("Halyard", "supplies", "Bramble Labs",
                "a good year. Its new chips ship to Bramble. Halyard was"))), output).cause());
        assertEquals(Cause.NO_RULE_FIRED, onlyMiss(gold(List.of(goldRelation("Halyard", "supplies", "Bramble Labs",
                "Halyard was not…ship to Bramble"))), output).cause());
        assertEquals(Cause.ENTITY_UNTAGGED, onlyMiss(gold(List.of(goldRelation("Halyard", "supplies", "Bramble Labs",
                "ship to Bramble"))), output).cause());
    }

    @Test
    void without_the_systems_sentences_the_names_in_the_evidence_text_decide() {
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE), List.of());

        assertEquals(Cause.NO_RULE_FIRED, onlyMiss(gold(List.of(goldRelation("Kestrel Systems", "partnersWith", "Bramble Labs",
                "Kestrel's talks with Bramble"))), output).cause());
        assertEquals(Cause.ENTITY_UNTAGGED, onlyMiss(gold(List.of(goldRelation("Kestrel Systems", "partnersWith", "Bramble Labs",
                "the company's talks with Bramble"))), output).cause());
    }

    @Test
    void an_entity_referred_back_to_in_a_sentence_counts_as_found_there() {
        AnalyzedText analysis = new AnalyzedText("Kestrel grew. Its chips ship to Bramble.", List.of(
                new Sentence(0, "Kestrel grew.", List.of()), new Sentence(1, "Its chips ship to Bramble.", List.of())));
        LinkedText linked = new LinkedText(analysis, List.of(),
                List.of(new Mention(0, 0, 1, "Kestrel", "Kestrel Systems"), new Mention(1, 4, 5, "Bramble", "Bramble Labs")),
                List.of(new Mention(1, 0, 1, "Its", "Kestrel Systems")));

        List<SystemSentence> sentences = Evaluator.sentences(linked);

        assertEquals(List.of(new SystemSentence("Kestrel grew.", Set.of("Kestrel Systems")),
                new SystemSentence("Its chips ship to Bramble.", Set.of("Kestrel Systems", "Bramble Labs"))), sentences);
    }

    @Test
    void the_report_counts_misses_per_cause_and_still_ends_with_the_summary_lines() {
        GoldStandard gold = gold(List.of(
                goldRelation("Kestrel Systems", "acquires", "Bramble Labs", "Kestrel bought Bramble."),
                goldRelation("Kestrel Systems", "investsIn", "Halyard", "Kestrel put money into Halyard."),
                goldRelation("Kestrel Systems", "supplies", "Bramble Labs", "Bramble buys chips.")));
        SystemOutput output = new SystemOutput(List.of(KESTREL, BRAMBLE),
                List.of(fact(KESTREL, "acquires", BRAMBLE, "acquires.verb", 0.8)), List.of(
                new SystemSentence("Kestrel bought Bramble.", Set.of("Kestrel Systems", "Bramble Labs")),
                new SystemSentence("Kestrel put money into Halyard.", Set.of("Kestrel Systems")),
                new SystemSentence("Bramble buys chips.", Set.of("Bramble Labs"))));

        EvalReport report = new Scorer().score(gold, Map.of(ARTICLE, output), List.of());

        assertEquals(Map.of(Cause.ENTITY_MISSING, 1, Cause.ENTITY_UNTAGGED, 1, Cause.NO_RULE_FIRED, 0), report.causes());
        String text = report.toText(false);
        assertTrue(text.matches("(?s).*entity missing +1\n.*entity untagged in that sentence +1\n.*no rule fired +0\n.*"), text);
        assertTrue(text.matches("(?s).*\nacquires +1 +1 +1\\.000 +0\\.800\n.*"), text);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(lines.size() - 2).startsWith("entities: "), text);
        assertTrue(lines.get(lines.size() - 1).startsWith("relations: precision 1.000, recall 0.333"), text);
        String verbose = report.toText(true);
        assertTrue(verbose.contains("Kestrel Systems investsIn Halyard  [entity missing: Halyard]"), verbose);
        assertTrue(verbose.contains("Kestrel Systems supplies Bramble Labs  [entity untagged in that sentence: Kestrel Systems]"), verbose);

        JsonObject json = report.toJson();
        assertEquals(1, json.get("falseNegativeCauses").getAsObject().get("entity missing").getAsNumber().value().intValue());
        assertEquals(0, json.get("falseNegativeCauses").getAsObject().get("no rule fired").getAsNumber().value().intValue());
        JsonObject first = json.get("falseNegatives").getAsArray().get(0).getAsObject();
        assertEquals("entity missing", first.get("cause").getAsString().value());
        assertEquals("Halyard", first.get("entities").getAsArray().get(0).getAsString().value());
        assertEquals("acquires", json.get("ruleFamilies").getAsArray().get(0).getAsObject().get("family").getAsString().value());
    }

    private static Miss onlyMiss(GoldStandard gold, SystemOutput output) {
        List<Miss> misses = new Scorer().score(gold, Map.of(ARTICLE, output), List.of()).falseNegatives();
        assertEquals(1, misses.size(), misses.toString());
        return misses.get(0);
    }

    private static Map<String, RuleScore> byName(List<RuleScore> scores) {
        return scores.stream().collect(Collectors.toMap(RuleScore::rule, r -> r));
    }

    private static SystemEntity entity(String name, String... aliases) {
        Set<String> labels = new java.util.LinkedHashSet<>();
        labels.add(Names.normalize(name));
        Arrays.stream(aliases).map(Names::normalize).forEach(labels::add);
        return new SystemEntity("https://w3id.org/techkg/id/" + name.toLowerCase().replace(' ', '-'), name, "Company", labels);
    }

    private static SystemRelation fact(SystemEntity subject, String relation, SystemEntity object, String rule, double confidence) {
        return new SystemRelation(subject, relation, object, "", rule, confidence);
    }

    private static GoldRelation goldRelation(String subject, String relation, String object, String evidence) {
        return new GoldRelation(ARTICLE, subject, relation, object, evidence);
    }

    /** Gold entities Kestrel Systems (also "Kestrel"), Bramble Labs (also "Bramble") and Halyard, and the given facts. */
    private static GoldStandard gold(List<GoldRelation> relations) {
        List<GoldEntity> entities = List.of(
                new GoldEntity(ARTICLE, "Kestrel Systems", "Company", Set.of(Names.normalize("Kestrel Systems"), Names.normalize("Kestrel"))),
                new GoldEntity(ARTICLE, "Bramble Labs", "Company", Set.of(Names.normalize("Bramble Labs"), Names.normalize("Bramble"))),
                new GoldEntity(ARTICLE, "Halyard", "Company", Set.of(Names.normalize("Halyard"))));
        return new GoldStandard(Map.of(ARTICLE, entities), relations);
    }
}
