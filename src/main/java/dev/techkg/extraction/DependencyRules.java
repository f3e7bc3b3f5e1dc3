package dev.techkg.extraction;

import dev.techkg.Resources;
import dev.techkg.TechKgException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency layer's data: role-labelled templates shared by all relations ({@code dependency-templates.txt}),
 * the per-relation trigger lexicon that instantiates them ({@code dependency-triggers.tsv}), and the guard words
 * under which no fact is taken. The formats are described at the top of each file; parsing fails fast, naming
 * the line of a bad entry.
 *
 * @param templates the templates by id, in file order
 * @param triggers  the trigger rows, in file order
 * @param guards    word lists by kind: the guards (governing, modal, negation, title, conditional), and the name
 *                  suffixes and agent nouns that let a role node stand for a name next to it
 */
public record DependencyRules(Map<String, Template> templates, List<Trigger> triggers, Map<String, Set<String>> guards) {
    public static final String TEMPLATES = "dependency-templates.txt";
    public static final String TRIGGERS = "dependency-triggers.tsv";
    private static final Pattern LIST_PLACEHOLDER = Pattern.compile("@\\{([a-z-]+)}");
    private static final Set<String> GUARD_KINDS = Set.of("governing", "governing-supplies", "modal", "negation", "title", "conditional", "counterfactual");
    private static final Set<String> NAME_LISTS = Set.of("suffixes", "agents", "things", "qualified-titles", "title-qualifiers",
            "review-requests", "relational", "money", "holdings", "government-nouns", "goods", "subsidies", "inquiries", "whole-organisation", "clause-openers", "orders-won",
            "descriptor-nouns", "wishes", "object-control", "qualification", "not-goods", "part-owned", "past-title", "acting-titles", "two-way-verbs", "regional-offices", "stake-words", "securities", "rivalry-aims", "making", "opponents", "benchmarks", "mutual-nouns", "chief-roles", "hedged-roles", "takeover-deals", "whole-stakes", "own-whole-stakes", "disclosures", "sales", "reach-nouns", "founding-verbs",
            "held-not-goods", "made-not-goods", "audiences", "business-sites", "listed-goods-verbs", "buyer-groups", "substitutes", "holding-verbs", "violations", "regarding", "buying-verbs");

    public DependencyRules {
        templates = Map.copyOf(templates);
        triggers = List.copyOf(triggers);
        guards = Map.copyOf(guards);
    }

    /**
     * One template: a Semgrex pattern with the trigger word as node {@code t}, the relation's two roles as nodes
     * {@code a} and {@code b}, and placeholders {@code @LEMMA} (the trigger's lemmas) and {@code @PREP} (the
     * case marker the trigger takes, e.g. "in" for "invest in").
     */
    public record Template(String id, String pattern, String about, int line) {}

    /**
     * One row of the lexicon: these lemmas, in this template, state this relation.
     *
     * @param reversed whether the relation's subject is role b ("Tencent buys chips from Nvidia": b supplies a)
     * @param examples sentences with the fact they must give, "sentence => Subject | relation | Object"
     */
    public record Trigger(Relation relation, String template, List<String> lemmas, List<String> prepositions,
                          boolean reversed, double confidence, List<String> examples, int line) {
        public Trigger {
            lemmas = List.copyOf(lemmas);
            prepositions = List.copyOf(prepositions);
            examples = List.copyOf(examples);
        }

        /** The rule id of facts from this row: template and relation, e.g. "verb-object/acquires". */
        public String ruleId() {
            return template + "/" + relation.localName();
        }
    }

    /** Loads the shipped templates and lexicon. */
    public static DependencyRules loadDefault() {
        return parse(Resources.text(DependencyRules.class, TEMPLATES), TEMPLATES,
                Resources.text(DependencyRules.class, TRIGGERS), TRIGGERS);
    }

    /** Parses the two files; the names are used in error messages. */
    public static DependencyRules parse(String templatesText, String templatesName, String triggersText, String triggersName) {
        Map<String, Template> templates = new LinkedHashMap<>();
        Map<String, Set<String>> guards = new LinkedHashMap<>();
        String id = null;
        String about = "";
        int idLine = 0;
        String[] lines = templatesText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new TechKgException(templatesName + " line " + (i + 1) + ": expected 'key: value', found: " + line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "template" -> {
                    id = value;
                    about = "";
                    idLine = i + 1;
                }
                case "about" -> about = value;
                case "pattern" -> {
                    if (id == null) {
                        throw new TechKgException(templatesName + " line " + (i + 1) + ": 'pattern:' before any 'template:'");
                    }
                    for (String node : List.of("=t", "=a", "=b", "@LEMMA")) {
                        if (!value.contains(node)) {
                            throw new TechKgException(templatesName + " line " + (i + 1) + ": template '" + id
                                    + "' lacks " + node + " (every template names its trigger t, its roles a and b, and uses @LEMMA)");
                        }
                    }
                    if (templates.containsKey(id)) {
                        throw new TechKgException(templatesName + " line " + idLine + ": template '" + id + "' is defined twice (first on line "
                                + templates.get(id).line() + "); give each template its own id");
                    }
                    templates.put(id, new Template(id, value, about, idLine));
                    id = null;
                }
                // A list may take several lines: each adds to it.
                default -> {
                    boolean names = key.startsWith("names ") && NAME_LISTS.contains(key.substring(6).strip());
                    if (!names && (!key.startsWith("guard ") || !GUARD_KINDS.contains(key.substring(6).strip()))) {
                        throw new TechKgException(templatesName + " line " + (i + 1) + ": unknown key '" + key
                                + "' (known: template, about, pattern, names " + String.join("|", new TreeSet<>(NAME_LISTS))
                                + ", guard " + String.join("|", new TreeSet<>(GUARD_KINDS)) + ")");
                    }
                    guards.merge(key.substring(6).strip(), Set.copyOf(Arrays.asList(value.toLowerCase(Locale.ROOT).split("\\s+"))),
                            DependencyRules::union);
                }
            }
        }
        Map<String, Template> expanded = new HashMap<>();
        for (Template template : templates.values()) {
            expanded.put(template.id(), new Template(template.id(), withLists(template, guards, templatesName), template.about(), template.line()));
        }
        return new DependencyRules(expanded, triggers(triggersText, triggersName, expanded), guards);
    }

    /** The pattern with each {@code @{list}} replaced by the words of that "names" list, joined by "|". */
    private static String withLists(Template template, Map<String, Set<String>> lists, String templatesName) {
        Matcher placeholder = LIST_PLACEHOLDER.matcher(template.pattern());
        StringBuilder pattern = new StringBuilder();
        while (placeholder.find()) {
            Set<String> words = lists.get(placeholder.group(1));
            if (words == null || words.isEmpty()) {
                throw new TechKgException(templatesName + " line " + template.line() + ": template '" + template.id()
                        + "' uses @{" + placeholder.group(1) + "}, but no 'names " + placeholder.group(1) + ":' list is defined");
            }
            placeholder.appendReplacement(pattern, Matcher.quoteReplacement(String.join("|", new TreeSet<>(words))));
        }
        placeholder.appendTail(pattern);
        return pattern.toString();
    }

    private static List<Trigger> triggers(String text, String name, Map<String, Template> templates) {
        List<Trigger> triggers = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            int number = i + 1;
            if (columns[0].isEmpty() && columns.length >= 2 && columns[1].strip().startsWith("example:")) {
                // A continuation line: one more example for the row above.
                if (triggers.isEmpty()) {
                    throw new TechKgException(name + " line " + number + ": an example line before any trigger row");
                }
                int row = triggers.get(triggers.size() - 1).line();
                String example = columns[1].strip().substring("example:".length()).strip();
                for (int k = 0; k < triggers.size(); k++) {
                    Trigger last = triggers.get(k);
                    if (last.line() == row) {
                        List<String> examples = new ArrayList<>(last.examples());
                        examples.add(example);
                        triggers.set(k, new Trigger(last.relation(), last.template(), last.lemmas(), last.prepositions(),
                                last.reversed(), last.confidence(), examples, row));
                    }
                }
                continue;
            }
            if (columns.length < 6) {
                throw new TechKgException(name + " line " + number
                        + ": expected 6 tab-separated columns (relation, template, lemmas, preposition, roles, confidence), found "
                        + columns.length);
            }
            Relation relation;
            try {
                relation = Relation.fromLocalName(columns[0].strip());
            } catch (IllegalArgumentException e) {
                throw new TechKgException(name + " line " + number + ": " + e.getMessage(), e);
            }
            List<String> rowTemplates = Arrays.stream(columns[1].strip().split("\\|")).map(String::strip).toList();
            for (String template : rowTemplates) {
                if (!templates.containsKey(template)) {
                    throw new TechKgException(name + " line " + number + ": unknown template '" + template + "' (known: "
                            + String.join(", ", templates.keySet()) + ")");
                }
            }
            String roles = columns[4].strip();
            if (!roles.equals("a>b") && !roles.equals("b>a")) {
                throw new TechKgException(name + " line " + number + ": roles must be 'a>b' or 'b>a', found '" + roles + "'");
            }
            double confidence;
            try {
                confidence = Double.parseDouble(columns[5].strip());
            } catch (NumberFormatException e) {
                throw new TechKgException(name + " line " + number + ": confidence '" + columns[5].strip() + "' is not a number");
            }
            if (confidence <= 0 || confidence > 1) {
                throw new TechKgException(name + " line " + number + ": confidence " + confidence + " is outside (0, 1]");
            }
            List<String> lemmas = Arrays.stream(columns[2].strip().split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (lemmas.isEmpty() || lemmas.contains("-")) {
                throw new TechKgException(name + " line " + number + ": a trigger row needs its lemmas");
            }
            String prep = columns[3].strip();
            List<String> prepositions = prep.equals("-") ? List.of()
                    : Arrays.stream(prep.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> examples = columns.length > 6 && columns[6].strip().startsWith("example:")
                    ? List.of(columns[6].strip().substring("example:".length()).strip()) : List.of();
            for (String template : rowTemplates) {
                if (templates.get(template).pattern().contains("@PREP") && prepositions.isEmpty()) {
                    throw new TechKgException(name + " line " + number + ": template '" + template + "' needs a preposition");
                }
                triggers.add(new Trigger(relation, template, lemmas, prepositions, roles.equals("b>a"), confidence, examples, number));
            }
        }
        return triggers;
    }

    /** The guard words of a kind, lower-case; empty when the file has none. */
    public Set<String> guard(String kind) {
        return guards.getOrDefault(kind, Set.of());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
