package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.LinkedText;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every rule of relations.rules finds its relation in each of its own example sentences. */
@ExtendWith(SharedAnalyzer.class)
class RuleExamplesTest {

    @TestFactory
    List<DynamicTest> every_rule_matches_its_example_sentences(TextAnalyzer analyzer) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        EntityLinker linker = EntityLinker.create(gazetteer);
        RuleFile rules = RuleFile.loadDefault();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            // The rule on its own, so that another rule finding the same fact cannot hide it.
            RuleBasedExtractor extractor = RuleBasedExtractor.create(new RuleFile(List.of(rule), rules.veto()), gazetteer);
            assertTrue(!rule.examples().isEmpty(), "rule " + rule.id() + " has no example sentence");
            for (String example : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example, () -> {
                    LinkedText linked = linker.link(analyzer.analyze(example));
                    List<CandidateRelation> found = extractor.extract(linked);
                    // An example may rest on a reference ("its Vision Pro"): the rule id then carries the suffix.
                    assertTrue(found.stream().anyMatch(r -> r.rule().equals(rule.id())
                                    || r.rule().equals(rule.id() + RuleBasedExtractor.REFERENCE_RULE_SUFFIX)),
                            () -> "rule " + rule.id() + " (" + rule.relation().localName() + ") found nothing in: " + example
                                    + "\n  entities: " + linked.entities().stream().map(e -> e.name() + "/" + e.type()).collect(Collectors.joining(", "))
                                    + "\n  found: " + found);
                }));
            }
        }
        return tests;
    }
}
