package dev.techkg.evaluation;

import dev.techkg.evaluation.EvalReport.Cause;
import dev.techkg.evaluation.EvalReport.EntityScore;
import dev.techkg.evaluation.EvalReport.Miss;
import dev.techkg.evaluation.EvalReport.RuleScore;
import dev.techkg.evaluation.EvalReport.Score;
import dev.techkg.evaluation.GoldStandard.GoldEntity;
import dev.techkg.evaluation.GoldStandard.GoldRelation;
import dev.techkg.evaluation.SystemOutput.SystemEntity;
import dev.techkg.evaluation.SystemOutput.SystemRelation;
import dev.techkg.evaluation.SystemOutput.SystemSentence;
import dev.techkg.extraction.Relation;
import dev.techkg.linking.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores system output against gold annotations, article by article. A system entity matches a gold
 * entity when one of its normalised labels is one of the gold entity's normalised names; a system fact
 * is correct when a gold fact of the same article has the same relation and matching ends (either
 * direction for symmetric relations, and a symmetric pair output both ways counts once).
 *
 * <p>Facts are also counted per rule and per rule family (see {@link #family(String)}), and each missed gold
 * fact is given a {@link Cause}: one of its entities matches no system entity of the article; both exist but
 * one was not found in the sentence of the gold evidence; or both were found there and no rule fired.
 */
public final class Scorer {
    private static final String REFERENCE_SUFFIX = "+reference";

    /**
     * The family a rule id belongs to, so that one can see which templates earn their keep: a
     * {@code +reference} suffix (the fact rests on a coreference) is dropped; an id with a {@code /} is a
     * template applied per relation ({@code dep.svo/acquires}) and its family is the part before the first
     * {@code /} ({@code dep.svo}); any other id ({@code leads.org-title-person}) belongs to the rule group
     * before its first {@code .} ({@code leads}). An empty id is {@code (none)}.
     */
    public static String family(String rule) {
        String id = rule.endsWith(REFERENCE_SUFFIX) ? rule.substring(0, rule.length() - REFERENCE_SUFFIX.length()) : rule;
        if (id.isEmpty()) {
            return "(none)";
        }
        int slash = id.indexOf('/');
        if (slash > 0) {
            return id.substring(0, slash);
        }
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }

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
        Map<String, double[]> perRule = new TreeMap<>(); // facts, correct, sum of confidences
        Map<String, double[]> perFamily = new TreeMap<>();
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
                for (double[] rule : List.of(perRule.computeIfAbsent(fact.rule(), k -> new double[3]),
                        perFamily.computeIfAbsent(family(fact.rule()), k -> new double[3]))) {
                    rule[0]++;
                    rule[1] += correct ? 1 : 0;
                    rule[2] += fact.confidence();
                }
                if (correct) {
                    counts[1]++;
                } else {
                    falsePositives.add(Miss.falsePositive(article, fact.subject().label(), fact.relation(), fact.object().label(),
                            fact.evidence(), fact.rule()));
                }
            }
            for (GoldRelation g : goldRelations) {
                int[] counts = perRelation.computeIfAbsent(g.relation(), k -> new int[4]);
                counts[2]++;
                if (found.contains(g)) {
                    counts[3]++;
                } else {
                    falseNegatives.add(cause(gold, g, output));
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
        return new EvalReport(new Score(total[0], total[1], total[2], total[3]), scores,
                new EntityScore(entitySystem, entityMatched, entityTyped, entityGold, entityFound), ruleScores(perRule),
                ruleScores(perFamily), falsePositives, falseNegatives, articles.size(), failed);
    }

    private static List<RuleScore> ruleScores(Map<String, double[]> counts) {
        List<RuleScore> rules = new ArrayList<>();
        counts.forEach((rule, c) -> rules.add(new RuleScore(rule, (int) c[0], (int) c[1], c[2] / c[0])));
        return rules;
    }

    /**
     * A missed gold fact with its cause. The sentences of the gold evidence are those of the system's sentences
     * that the evidence (each of its {@code …}-separated fragments) overlaps, compared with whitespace collapsed;
     * an entity was found there when the pipeline named it or referred back to it in one of them. Without
     * sentences (or when the evidence is not found among them) an entity counts as found when one of its
     * normalised labels occurs as words in the normalised evidence.
     */
    static Miss cause(GoldStandard gold, GoldRelation g, SystemOutput output) {
        List<SystemEntity> subjects = matching(output, gold.namesOf(g.article(), g.subject()));
        List<SystemEntity> objects = matching(output, gold.namesOf(g.article(), g.object()));
        List<String> concerned = new ArrayList<>();
        Cause cause;
        if (subjects.isEmpty() || objects.isEmpty()) {
            cause = Cause.ENTITY_MISSING;
            if (subjects.isEmpty()) {
                concerned.add(g.subject());
            }
            if (objects.isEmpty()) {
                concerned.add(g.object());
            }
        } else {
            Predicate<SystemEntity> inEvidence = inEvidence(g.evidence(), output.sentences());
            if (subjects.stream().noneMatch(inEvidence)) {
                concerned.add(g.subject());
            }
            if (objects.stream().noneMatch(inEvidence)) {
                concerned.add(g.object());
            }
            cause = concerned.isEmpty() ? Cause.NO_RULE_FIRED : Cause.ENTITY_UNTAGGED;
        }
        return Miss.falseNegative(g.article(), g.subject(), g.relation(), g.object(), g.evidence(), cause, concerned);
    }

    private static List<SystemEntity> matching(SystemOutput output, Set<String> names) {
        return output.entities().stream().filter(e -> !Collections.disjoint(e.normalizedLabels(), names)).toList();
    }

    /** Whether an entity was found in the sentences of the evidence. */
    private static Predicate<SystemEntity> inEvidence(String evidence, List<SystemSentence> sentences) {
        List<String> fragments = Arrays.stream(evidence.split("…")).map(Scorer::collapse).filter(f -> !f.isEmpty()).toList();
        if (fragments.isEmpty()) {
            Set<String> all = new HashSet<>();
            sentences.forEach(s -> all.addAll(s.entities()));
            return sentences.isEmpty() ? e -> false : e -> all.contains(e.label());
        }
        StringBuilder joined = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (SystemSentence sentence : sentences) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            int begin = joined.length();
            joined.append(collapse(sentence.text()));
            spans.add(new int[] {begin, joined.length()});
        }
        Set<String> found = new HashSet<>();
        boolean located = !sentences.isEmpty();
        for (String fragment : fragments) {
            int at = joined.indexOf(fragment);
            if (at < 0) {
                located = false;
                break;
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (spans.get(i)[0] < at + fragment.length() && at < spans.get(i)[1]) {
                    found.addAll(sentences.get(i).entities());
                }
            }
        }
        if (located) {
            return e -> found.contains(e.label());
        }
        String words = " " + Names.normalize(evidence) + " ";
        return e -> e.normalizedLabels().stream().anyMatch(label -> !label.isEmpty() && words.contains(" " + label + " "));
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
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
