package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.linking.EntityLinker;
import dev.techkg.linking.Gazetteer;
import dev.techkg.linking.LinkedText;
import dev.techkg.nlp.SentenceParser;
import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.SharedAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every row of the trigger lexicon, on its own, gives the fact each of its example sentences states. */
@ExtendWith(SharedAnalyzer.class)
class DependencyExamplesTest {

    @TestFactory
    List<DynamicTest> every_trigger_row_finds_the_fact_of_its_examples(TextAnalyzer analyzer) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        EntityLinker linker = EntityLinker.create(gazetteer);
        DependencyRules rules = DependencyRules.loadDefault();
        RuleFile noTokenRules = new RuleFile(List.of(), RuleFile.loadDefault().veto());
        List<DynamicTest> tests = new ArrayList<>();
        Map<Integer, List<DependencyRules.Trigger>> rows = rules.triggers().stream()
                .collect(Collectors.groupingBy(DependencyRules.Trigger::line, TreeMap::new, Collectors.toList()));
        for (List<DependencyRules.Trigger> rowTriggers : rows.values()) {
            // The row on its own (all the templates it names), so that another row or a token rule finding the same
            // fact cannot hide it.
            DependencyRules alone = new DependencyRules(rules.templates(), rowTriggers, rules.guards());
            RuleBasedExtractor extractor = RuleBasedExtractor.create(noTokenRules, alone, (SentenceParser) analyzer, gazetteer);
            DependencyRules.Trigger trigger = rowTriggers.get(0);
            Set<String> ids = rowTriggers.stream().map(DependencyRules.Trigger::ruleId).collect(Collectors.toSet());
            String row = String.join("|", ids) + " (line " + trigger.line() + ")";
            assertTrue(!trigger.examples().isEmpty(), row + " has no example sentence");
            for (String example : trigger.examples()) {
                tests.add(DynamicTest.dynamicTest(row + ": " + example, () -> {
                    String[] parts = example.split("=>");
                    assertEquals(2, parts.length, row + ": an example is 'sentence => Subject | relation | Object'");
                    String expected = parts[1].strip().replaceAll("\\s*\\|\\s*", " | ");
                    LinkedText linked = linker.link(analyzer.analyze(parts[0].strip()));
                    List<String> found = extractor.extract(linked).stream()
                            .filter(r -> ids.contains(r.rule().replace(RuleBasedExtractor.REFERENCE_RULE_SUFFIX, "")))
                            .map(r -> r.subject() + " | " + r.relation().localName() + " | " + r.object()).toList();
                    assertTrue(found.contains(expected), () -> row + " did not give '" + expected + "' in: " + parts[0]
                            + "\n  entities: " + linked.entities().stream().map(e -> e.name() + "/" + e.type()).collect(Collectors.joining(", "))
                            + "\n  found: " + found);
                }));
            }
        }
        return tests;
    }
}
