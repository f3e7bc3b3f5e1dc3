package dev.techkg.evaluation;

import java.util.EnumMap;
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
 * @param perFamily      the same per rule family or template ({@link Scorer#family(String)}), by family
 * @param falsePositives system facts that match no gold fact
 * @param falseNegatives gold facts the system did not find, each with its cause
 * @param articles       how many articles were scored
 * @param failedFiles    files that could not be ingested, with the reason
 */
public record EvalReport(Score micro, Map<String, Score> perRelation, EntityScore entities, List<RuleScore> perRule,
                         List<RuleScore> perFamily, List<Miss> falsePositives, List<Miss> falseNegatives, int articles,
                         List<String> failedFiles) {

    /** Why a gold fact was missed. */
    public enum Cause {
        /** Its subject or object matches no system entity of the article. */
        ENTITY_MISSING("entity missing"),
        /** Both ends are system entities of the article, but at least one was not found in the evidence's sentence. */
        ENTITY_UNTAGGED("entity untagged in that sentence"),
        /** Both ends were found in the evidence's sentence, and no rule gave this fact. */
        NO_RULE_FIRED("no rule fired");

        private final String label;

        Cause(String label) {
            this.label = label;
        }

        /** The cause as the report prints it. */
        public String label() {
            return label;
        }
    }

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
     * How one rule (or one rule family) did: its precision here against the confidence it gives its facts. A rule whose confidence
     * is far above its precision claims too much.
     */
    public record RuleScore(String rule, int facts, int correct, double meanConfidence) {
        public double precision() {
            return facts == 0 ? 0 : (double) correct / facts;
        }
    }

    /**
     * A fact in one list and not the other.
     *
     * @param rule     the rule of a false positive; empty for a false negative
     * @param cause    why a false negative was missed; null for a false positive
     * @param entities the gold names of the entities the cause is about (missing or untagged); may be empty
     */
    public record Miss(String article, String subject, String relation, String object, String evidence, String rule,
                       Cause cause, List<String> entities) {
        public Miss {
            entities = List.copyOf(entities);
        }

        /** A system fact that matches no gold fact. */
        public static Miss falsePositive(String article, String subject, String relation, String object, String evidence, String rule) {
            return new Miss(article, subject, relation, object, evidence, rule, null, List.of());
        }

        /** A gold fact the system did not find, with why. */
        public static Miss falseNegative(String article, String subject, String relation, String object, String evidence,
                                         Cause cause, List<String> entities) {
            return new Miss(article, subject, relation, object, evidence, "", cause, entities);
        }
    }

    /** The number of false negatives per cause, every cause listed. */
    public Map<Cause, Integer> causes() {
        Map<Cause, Integer> counts = new EnumMap<>(Cause.class);
        for (Cause cause : Cause.values()) {
            counts.put(cause, 0);
        }
        falseNegatives.forEach(m -> counts.merge(m.cause(), 1, Integer::sum));
        return counts;
    }

    /** The report as text for people; {@code verbose} adds the false positives and negatives. */
    public String toText(boolean verbose) {
        StringBuilder out = new StringBuilder();
        if (verbose) {
            out.append("False positives (system facts not in the gold set):\n");
            falsePositives.forEach(m -> out.append(line(m)));
            out.append("\nFalse negatives (gold facts not found), with their cause:\n");
            falseNegatives.forEach(m -> out.append(line(m)));
            out.append('\n');
        }
        out.append(ruleTable("rule family", perFamily)).append('\n');
        out.append(ruleTable("rule", perRule)).append('\n');
        out.append(String.format(Locale.ROOT, "false negatives by cause (%d):%n", falseNegatives.size()));
        causes().forEach((cause, n) -> out.append(String.format(Locale.ROOT, "  %-42s %6d%n", cause.label(), n)));
        out.append('\n');
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

    private static String ruleTable(String heading, List<RuleScore> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-44s %6s %7s %6s %10s%n", heading, "facts", "correct", "P", "confidence"));
        scores.forEach(r -> out.append(String.format(Locale.ROOT, "%-44s %6d %7d %6.3f %10.3f%n",
                r.rule(), r.facts(), r.correct(), r.precision(), r.meanConfidence())));
        return out.toString();
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-16s %6d %6d %7d %6d %6.3f %6.3f %6.3f%n",
                name, s.gold(), s.system(), s.correct(), s.found(), s.precision(), s.recall(), s.f1());
    }

    private static String line(Miss m) {
        String tag = m.cause() != null
                ? "  [" + m.cause().label() + (m.entities().isEmpty() ? "" : ": " + String.join(", ", m.entities())) + "]"
                : m.rule().isEmpty() ? "" : "  [" + m.rule() + "]";
        return String.format(Locale.ROOT, "  %s  %s %s %s%s%n      \"%s\"%n", m.article(), m.subject(), m.relation(), m.object(),
                tag, m.evidence());
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
        json.put("rules", rules("rule", perRule));
        json.put("ruleFamilies", rules("family", perFamily));
        json.put("falsePositives", misses(falsePositives));
        json.put("falseNegatives", misses(falseNegatives));
        JsonObject causes = new JsonObject();
        causes().forEach((cause, n) -> causes.put(cause.label(), n));
        json.put("falseNegativeCauses", causes);
        JsonArray failed = new JsonArray();
        failedFiles.forEach(failed::add);
        json.put("failedFiles", failed);
        return json;
    }

    private static JsonArray rules(String key, List<RuleScore> scores) {
        JsonArray rules = new JsonArray();
        for (RuleScore r : scores) {
            JsonObject rule = new JsonObject();
            rule.put(key, r.rule());
            rule.put("facts", r.facts());
            rule.put("correct", r.correct());
            rule.put("precision", number(r.precision()));
            rule.put("meanConfidence", number(r.meanConfidence()));
            rules.add(rule);
        }
        return rules;
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
            if (m.cause() == null) {
                json.put("rule", m.rule());
            } else {
                json.put("cause", m.cause().label());
                JsonArray entities = new JsonArray();
                m.entities().forEach(entities::add);
                json.put("entities", entities);
            }
            array.add(json);
        }
        return array;
    }
}
