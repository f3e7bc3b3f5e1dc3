package dev.techkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.nlp.TextAnalyzer;
import dev.techkg.testing.Cli;
import dev.techkg.testing.SharedAnalyzer;
import dev.techkg.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on a gold folder written for this test (gold-causes): one fact found, and one missed for
 * each cause: the product is never recognised ("sparrow"), the supplier is not named in the sentence that
 * states the sale, and the partnership sentence names both firms but no rule reads it.
 */
@ExtendWith(SharedAnalyzer.class)
class EvalCommandTest {
    @TempDir
    Path temp;
    Path gold;
    Cli cli;

    @BeforeEach
    void setUp(TextAnalyzer analyzer) {
        gold = TestFiles.copyFolder("gold-causes", temp);
        cli = new Cli(analyzer, temp.resolve("store"));
    }

    @Test
    void eval_labels_every_missed_fact_with_its_cause_and_counts_facts_per_rule_and_family() {
        Cli.Result result = cli.run("eval", "--gold", gold.toString(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonObject json = JSON.parse(result.out());

        JsonObject causes = json.get("falseNegativeCauses").getAsObject();
        assertEquals(1, causes.get("entity missing").getAsNumber().value().intValue(), result.out());
        assertEquals(1, causes.get("entity untagged in that sentence").getAsNumber().value().intValue(), result.out());
        assertEquals(1, causes.get("no rule fired").getAsNumber().value().intValue(), result.out());
        List<String> misses = json.get("falseNegatives").getAsArray().stream().map(JsonValue::getAsObject)
                .map(m -> m.get("subject").getAsString().value() + " " + m.get("relation").getAsString().value() + " "
                        + m.get("object").getAsString().value() + ": " + m.get("cause").getAsString().value()
                        + " " + m.get("entities").getAsArray())
                .toList();
        assertEquals(List.of("Nvidia supplies Dell: entity untagged in that sentence [ \"Nvidia\" ]",
                "Nvidia partnersWith Dell: no rule fired [ ]",
                "Oracle develops sparrow: entity missing [ \"sparrow\" ]"), misses);

        JsonObject leads = json.get("ruleFamilies").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(f -> f.get("family").getAsString().value().equals("leads")).findFirst().orElseThrow();
        assertEquals(1, leads.get("facts").getAsNumber().value().intValue());
        assertEquals(1, leads.get("correct").getAsNumber().value().intValue());
    }

    @Test
    void verbose_eval_lists_each_missed_fact_with_its_cause_and_ends_with_the_summary_lines() {
        Cli.Result result = cli.run("eval", "--gold", gold.toString(), "--verbose");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        assertTrue(out.contains("Nvidia supplies Dell  [entity untagged in that sentence: Nvidia]"), out);
        assertTrue(out.contains("Nvidia partnersWith Dell  [no rule fired]"), out);
        assertTrue(out.contains("Oracle develops sparrow  [entity missing: sparrow]"), out);
        assertTrue(out.matches("(?s).*\nleads +1 +1 +1\\.000 .*\nleads\\.org-title-person +1 +1 +1\\.000 .*"), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(lines.size() - 2).startsWith("entities: "), out);
        assertEquals("relations: precision 1.000, recall 0.250, F1 0.400", lines.get(lines.size() - 1));
    }
}
