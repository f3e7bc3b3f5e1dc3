package dev.techkg.extraction;

import dev.techkg.TechKgException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed rule file: rules with their macros expanded, and the veto words. The format is described
 * at the top of {@code relations.rules}. Parsing fails fast, naming the line of a bad entry.
 *
 * @param rules the rules, in file order
 * @param veto  words (lower-case) that cancel a match near them
 * @param relationVeto words (lower-case) that cancel a match of one relation near them ("former" for leads)
 */
public record RuleFile(List<Rule> rules, Set<String> veto, Map<Relation, Set<String>> relationVeto) {
    /** The rule resource shipped with TechKG. */
    public static final String RESOURCE = "relations.rules";
    private static final Pattern MACRO = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");

    public RuleFile {
        rules = List.copyOf(rules);
        veto = Set.copyOf(veto);
        relationVeto = Map.copyOf(relationVeto);
    }

    /** Rules with veto words for every relation alike. */
    public RuleFile(List<Rule> rules, Set<String> veto) {
        this(rules, veto, Map.of());
    }

    /** The veto words of one relation's matches: those of every relation and its own. */
    public Set<String> vetoFor(Relation relation) {
        Set<String> own = relationVeto.get(relation);
        if (own == null) {
            return veto;
        }
        Set<String> all = new java.util.HashSet<>(veto);
        all.addAll(own);
        return all;
    }

    /** Loads the shipped rules. */
    public static RuleFile loadDefault() {
        try (InputStream in = RuleFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TechKgException("The rule file " + RESOURCE + " is missing from the class path");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new TechKgException("Cannot read the rule file: " + e.getMessage(), e);
        }
    }

    /** Parses a rule file; {@code name} is used in error messages. */
    public static RuleFile parse(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> macros = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        Set<String> veto = Set.of();
        Map<Relation, Set<String>> relationVeto = new HashMap<>();
        Map<String, String> block = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        int blockLine = 0;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    rules.add(rule(block, examples, blockLine, name));
                    block.clear();
                    examples.clear();
                }
                continue;
            }
            if (trimmed.startsWith("$")) {
                int equals = trimmed.indexOf('=');
                if (equals < 0) {
                    throw new TechKgException(name + " line " + number + ": a macro needs '$NAME = pattern'");
                }
                String macro = trimmed.substring(1, equals).strip();
                macros.put(macro, expand(trimmed.substring(equals + 1).strip(), macros, name, number));
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                throw new TechKgException(name + " line " + number + ": expected 'key: value', found: " + trimmed);
            }
            String key = trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = trimmed.substring(colon + 1).strip();
            if (key.startsWith("veto ")) {
                try {
                    // The relation as written: its name is camel case ("veto partnersWith:").
                    relationVeto.put(Relation.fromLocalName(trimmed.substring(0, colon).strip().substring(5).strip()),
                            Set.copyOf(Arrays.asList(value.toLowerCase(Locale.ROOT).split("\\s+"))));
                } catch (IllegalArgumentException e) {
                    throw new TechKgException(name + " line " + number + ": " + e.getMessage(), e);
                }
                continue;
            }
            switch (key) {
                case "veto" -> veto = Set.copyOf(Arrays.asList(value.toLowerCase(Locale.ROOT).split("\\s+")));
                case "example" -> examples.add(value);
                case "pattern" -> block.put(key, expand(value, macros, name, number));
                case "rule", "relation", "confidence", "pairs" -> {
                    if (block.isEmpty()) {
                        blockLine = number;
                    }
                    block.put(key, value);
                }
                default -> throw new TechKgException(name + " line " + number + ": unknown key '" + key
                        + "' (known: rule, relation, confidence, example, pattern, pairs, veto, veto RELATION)");
            }
        }
        if (!block.isEmpty()) {
            rules.add(rule(block, examples, blockLine, name));
        }
        return new RuleFile(rules, veto, relationVeto);
    }

    private static Rule rule(Map<String, String> block, List<String> examples, int line, String name) {
        for (String required : List.of("rule", "relation", "confidence", "pattern")) {
            if (!block.containsKey(required)) {
                throw new TechKgException(name + " line " + line + ": rule block without '" + required + ":'");
            }
        }
        double confidence;
        try {
            confidence = Double.parseDouble(block.get("confidence"));
        } catch (NumberFormatException e) {
            throw new TechKgException(name + " line " + line + ": confidence '" + block.get("confidence") + "' is not a number");
        }
        if (confidence < 0 || confidence > 1) {
            throw new TechKgException(name + " line " + line + ": confidence " + confidence + " is outside 0..1");
        }
        Relation relation;
        try {
            relation = Relation.fromLocalName(block.get("relation"));
        } catch (IllegalArgumentException e) {
            throw new TechKgException(name + " line " + line + ": " + e.getMessage(), e);
        }
        String pairs = block.getOrDefault("pairs", "");
        if (!pairs.isEmpty() && !pairs.equals("objects")) {
            throw new TechKgException(name + " line " + line + ": 'pairs:' takes only the value 'objects'");
        }
        return new Rule(block.get("rule"), relation, confidence, block.get("pattern"), examples, pairs.equals("objects"), line);
    }

    private static String expand(String pattern, Map<String, String> macros, String name, int line) {
        Matcher matcher = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String body = macros.get(matcher.group(1));
            if (body == null) {
                throw new TechKgException(name + " line " + line + ": unknown macro $" + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement("( " + body + " )"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
