package dev.techkg.evaluation;

import dev.techkg.evaluation.EvalReport.EntityScore;
import dev.techkg.evaluation.EvalReport.Miss;
import dev.techkg.evaluation.EvalReport.RuleScore;
import dev.techkg.evaluation.EvalReport.Score;
import dev.techkg.evaluation.GoldStandard.GoldEntity;
import dev.techkg.evaluation.GoldStandard.GoldRelation;
import dev.techkg.evaluation.SystemOutput.SystemEntity;
import dev.techkg.evaluation.SystemOutput.SystemRelation;
import dev.techkg.extraction.Relation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores system output against gold annotations, article by article. A system entity matches a gold
 * entity when one of its normalised labels is one of the gold entity's normalised names; a system fact
 * is correct when a gold fact of the same article has the same relation and matching ends (either
 * direction for symmetric relations, and a symmetric pair output both ways counts once).
 */
public final class Scorer {

    /**
     * @param gold     the gold standard
     * @param system   per gold article file name, what the system extracted (absent: nothing)
     * @param failed   files that could not be ingested
     */
    public EvalReport score(GoldStandard gold, Map<String, SystemOutput> system, List<String> failed) {
        Set<String> articles = new HashSet<>(gold.entities().keySet());
        gold.relations().forEach(r -> articles.add(r.article()));
        articles.addAll(system.keySet());

        Map<String, int[]> perRelation = new LinkedHashMap<>(); // system, correct, gold, found
        for (Relation relation : Relation.values()) {
            perRelation.put(relation.localName(), new int[4]);
        }
        Map<String, double[]> perRule = new java.util.TreeMap<>(); // facts, correct, sum of confidences
        List<Miss> falsePositives = new ArrayList<>();
        List<Miss> falseNegatives = new ArrayList<>();
        int entitySystem = 0;
        int entityMatched = 0;
        int entityTyped = 0;
        int entityGold = 0;
        int entityFound = 0;

        for (String article : articles.stream().sorted().toList()) {
            SystemOutput output = system.getOrDefault(article, new SystemOutput(List.of(), List.of()));
            List<GoldEntity> goldEntities = gold.entities().getOrDefault(article, List.of());
            for (SystemEntity entity : output.entities()) {
                entitySystem++;
                boolean matched = false;
                boolean typed = false;
                for (GoldEntity g : goldEntities) {
                    if (!Collections.disjoint(entity.normalizedLabels(), g.normalizedNames())) {
                        matched = true;
                        typed |= g.type().equals(entity.type());
                    }
                }
                entityMatched += matched ? 1 : 0;
                entityTyped += typed ? 1 : 0;
            }
            for (GoldEntity g : goldEntities) {
                entityGold++;
                if (output.entities().stream().anyMatch(e -> !Collections.disjoint(e.normalizedLabels(), g.normalizedNames()))) {
                    entityFound++;
                }
            }

            List<GoldRelation> goldRelations = gold.relations().stream().filter(r -> r.article().equals(article)).toList();
            Set<GoldRelation> found = new HashSet<>();
            Set<String> seenSymmetric = new HashSet<>();
            for (SystemRelation fact : output.relations()) {
                boolean symmetric = isSymmetric(fact.relation());
                if (symmetric) {
                    String a = fact.subject().iri();
                    String b = fact.object().iri();
                    String key = fact.relation() + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
                    if (!seenSymmetric.add(key)) {
                        continue;
                    }
                }
                int[] counts = perRelation.computeIfAbsent(fact.relation(), k -> new int[4]);
                counts[0]++;
                boolean correct = false;
                for (GoldRelation g : goldRelations) {
                    if (g.relation().equals(fact.relation()) && matches(gold, g, fact, symmetric)) {
                        correct = true;
                        found.add(g);
                    }
                }
                double[] rule = perRule.computeIfAbsent(fact.rule(), k -> new double[3]);
                rule[0]++;
                rule[1] += correct ? 1 : 0;
                rule[2] += fact.confidence();
                if (correct) {
                    counts[1]++;
                } else {
                    falsePositives.add(new Miss(article, fact.subject().label(), fact.relation(), fact.object().label(),
                            fact.evidence(), fact.rule()));
                }
            }
            for (GoldRelation g : goldRelations) {
                int[] counts = perRelation.computeIfAbsent(g.relation(), k -> new int[4]);
                counts[2]++;
                if (found.contains(g)) {
                    counts[3]++;
                } else {
                    falseNegatives.add(new Miss(article, g.subject(), g.relation(), g.object(), g.evidence(), ""));
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        int[] total = new int[4];
        perRelation.forEach((name, c) -> {
            scores.put(name, new Score(c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        List<RuleScore> rules = new ArrayList<>();
        perRule.forEach((rule, c) -> rules.add(new RuleScore(rule, (int) c[0], (int) c[1], c[2] / c[0])));
        return new EvalReport(new Score(total[0], total[1], total[2], total[3]), scores,
                new EntityScore(entitySystem, entityMatched, entityTyped, entityGold, entityFound), rules,
                falsePositives, falseNegatives, articles.size(), failed);
    }

    private static boolean isSymmetric(String relation) {
        try {
            return Relation.fromLocalName(relation).symmetric();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean matches(GoldStandard gold, GoldRelation g, SystemRelation fact, boolean symmetric) {
        Set<String> subject = gold.namesOf(g.article(), g.subject());
        Set<String> object = gold.namesOf(g.article(), g.object());
        boolean forward = !Collections.disjoint(fact.subject().normalizedLabels(), subject)
                && !Collections.disjoint(fact.object().normalizedLabels(), object);
        boolean backward = symmetric && !Collections.disjoint(fact.subject().normalizedLabels(), object)
                && !Collections.disjoint(fact.object().normalizedLabels(), subject);
        return forward || backward;
    }
}
