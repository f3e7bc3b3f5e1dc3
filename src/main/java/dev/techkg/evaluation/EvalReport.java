package dev.techkg.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Scores of one evaluation.
 *
 * @param micro          all relations together
 * @param perRelation    per relation name, in the contract's order
 * @param entities       entity precision and recall
 * @param perRule        per rule id, its facts, how many are correct and their mean confidence, by rule id
 * @param falsePositives system facts that match no gold fact
 * @param falseNegatives gold facts the system did not find
 * @param articles       how many articles were scored
 * @param failedFiles    files that could not be ingested, with the reason
 */
public record EvalReport(Score micro, Map<String, Score> perRelation, EntityScore entities, List<RuleScore> perRule,
                         List<Miss> falsePositives, List<Miss> falseNegatives, int articles, List<String> failedFiles) {

    /** Relation counts and figures. */
    public record Score(int system, int correct, int gold, int found) {
        public double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Entity counts and figures. */
    public record EntityScore(int system, int matched, int typedMatched, int gold, int found) {
        public double precision() {
            return system == 0 ? 0 : (double) matched / system;
        }

        public double typedPrecision() {
            return system == 0 ? 0 : (double) typedMatched / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }
    }

    /**
     * How one rule did: its precision here against the confidence it gives its facts. A rule whose confidence
     * is far above its precision claims too much.
     */
    public record RuleScore(String rule, int facts, int correct, double meanConfidence) {
        public double precision() {
            return facts == 0 ? 0 : (double) correct / facts;
        }
    }

    /** A fact in one list and not the other. */
    public record Miss(String article, String subject, String relation, String object, String evidence, String rule) {}

    /** The report as text for people; {@code verbose} adds the false positives and negatives. */
    public String toText(boolean verbose) {
        StringBuilder out = new StringBuilder();
        if (verbose) {
            out.append("False positives (system facts not in the gold set):\n");
            falsePositives.forEach(m -> out.append(line(m)));
            out.append("\nFalse negatives (gold facts not found):\n");
            falseNegatives.forEach(m -> out.append(line(m)));
            out.append('\n');
            out.append(String.format(Locale.ROOT, "%-44s %6s %7s %6s %10s%n", "rule", "facts", "correct", "P", "confidence"));
            perRule.forEach(r -> out.append(String.format(Locale.ROOT, "%-44s %6d %7d %6.3f %10.3f%n",
                    r.rule(), r.facts(), r.correct(), r.precision(), r.meanConfidence())));
            out.append('\n');
        }
        failedFiles.forEach(f -> out.append("failed: ").append(f).append('\n'));
        out.append(String.format(Locale.ROOT, "%-16s %6s %6s %7s %6s %6s %6s %6s%n",
                "relation", "gold", "system", "correct", "found", "P", "R", "F1"));
        perRelation.forEach((name, s) -> out.append(row(name, s)));
        out.append(row("micro", micro));
        out.append(String.format(Locale.ROOT,
                "entities: precision %.3f, typed precision %.3f, recall %.3f (system %d, gold %d) over %d articles%n",
                entities.precision(), entities.typedPrecision(), entities.recall(), entities.system(), entities.gold(), articles));
        out.append(String.format(Locale.ROOT, "relations: precision %.3f, recall %.3f, F1 %.3f%n",
                micro.precision(), micro.recall(), micro.f1()));
        return out.toString();
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-16s %6d %6d %7d %6d %6.3f %6.3f %6.3f%n",
                name, s.gold(), s.system(), s.correct(), s.found(), s.precision(), s.recall(), s.f1());
    }

    private static String line(Miss m) {
        return String.format(Locale.ROOT, "  %s  %s %s %s%s%n      \"%s\"%n", m.article(), m.subject(), m.relation(), m.object(),
                m.rule().isEmpty() ? "" : "  [" + m.rule() + "]", m.evidence());
    }

    /** The report as JSON for machines. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("articles", articles);
        json.put("micro", score(micro));
        JsonObject relations = new JsonObject();
        perRelation.forEach((name, s) -> relations.put(name, score(s)));
        json.put("relations", relations);
        JsonObject e = new JsonObject();
        e.put("system", entities.system());
        e.put("gold", entities.gold());
        e.put("precision", number(entities.precision()));
        e.put("typedPrecision", number(entities.typedPrecision()));
        e.put("recall", number(entities.recall()));
        json.put("entities", e);
        JsonArray rules = new JsonArray();
        for (RuleScore r : perRule) {
            JsonObject rule = new JsonObject();
            rule.put("rule", r.rule());
            rule.put("facts", r.facts());
            rule.put("correct", r.correct());
            rule.put("precision", number(r.precision()));
            rule.put("meanConfidence", number(r.meanConfidence()));
            rules.add(rule);
        }
        json.put("rules", rules);
        json.put("falsePositives", misses(falsePositives));
        json.put("falseNegatives", misses(falseNegatives));
        JsonArray failed = new JsonArray();
        failedFiles.forEach(failed::add);
        json.put("failedFiles", failed);
        return json;
    }

    private static JsonObject score(Score s) {
        JsonObject json = new JsonObject();
        json.put("gold", s.gold());
        json.put("system", s.system());
        json.put("correct", s.correct());
        json.put("found", s.found());
        json.put("precision", number(s.precision()));
        json.put("recall", number(s.recall()));
        json.put("f1", number(s.f1()));
        return json;
    }

    /** A figure rounded to four decimals, as JSON. */
    private static JsonNumber number(double value) {
        return JsonNumber.value(Math.round(value * 10000) / 10000.0);
    }

    private static JsonArray misses(List<Miss> misses) {
        JsonArray array = new JsonArray();
        for (Miss m : misses) {
            JsonObject json = new JsonObject();
            json.put("article", m.article());
            json.put("subject", m.subject());
            json.put("relation", m.relation());
            json.put("object", m.object());
            json.put("evidence", m.evidence());
            json.put("rule", m.rule());
            array.add(json);
        }
        return array;
    }
}
