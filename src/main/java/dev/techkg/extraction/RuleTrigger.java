package dev.techkg.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a rule cannot match without, read off its pattern: every top-level element that must match
 * exactly once and is a plain list of words ({@code /(?i)acquisition|purchase/}, {@code [{lemma:/buy|acquire/}
 * & {tag:/VB.*}/]}), or a group each of whose alternatives needs such a word ({@code ( /ceo/ | /chief/ /executive/ )}
 * needs "ceo" or "chief"). A sentence lacking any one of them cannot match, so the rule is not tried on it:
 * TokensRegex matching is most of extraction's cost, and most rules have a word no sentence of a given
 * topic holds. Elements that are optional, repeated from zero, grouped, or real regular expressions are
 * ignored, so the trigger only ever skips rules that could not match. Immutable.
 */
final class RuleTrigger {
    /** Regex characters other than '|': a pattern with one of these is not a plain word list. */
    private static final Pattern NOT_PLAIN = Pattern.compile("[\\\\.\\[\\](){}*+?^$]");
    private static final Pattern LEMMA_OR_WORD = Pattern.compile("\\{(?:lemma|word):/((?:[^/\\\\]|\\\\.)*)/\\}");

    private static final Pattern NER_CONSTRAINT = Pattern.compile("\\{ner:(?:/((?:[^/\\\\]|\\\\.)*)/|(\\w+))\\}");

    private final List<Set<String>> required;
    private final Optional<Set<String>> firstLabels;

    private RuleTrigger(List<Set<String>> required, Optional<Set<String>> firstLabels) {
        this.required = List.copyOf(required);
        this.firstLabels = firstLabels;
    }

    /** Each set: the lower-case words (or lemmas) of which a sentence must hold one. */
    List<Set<String>> required() {
        return required;
    }

    /**
     * The entity labels ("COMPANY", "GOV", "O") one of which the first token of a match must carry; empty when
     * the pattern does not say (its first element is optional, a word, or a negation).
     */
    Optional<Set<String>> firstLabels() {
        return firstLabels;
    }

    /** Reads the trigger off an expanded TokensRegex pattern. */
    static RuleTrigger of(String pattern) {
        return new RuleTrigger(requiredWords(pattern), Optional.ofNullable(firstLabels(pattern)));
    }

    private static List<Set<String>> requiredWords(String pattern) {
        List<String> alternatives = splitAlternatives(pattern);
        if (alternatives.size() > 1) {
            // "A | B": a match needs a word of A's or of B's; when both require one, the union is required.
            Set<String> union = anyOf(alternatives);
            return union == null ? List.of() : List.of(union);
        }
        List<Set<String>> required = new ArrayList<>();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            Set<String> words = null;
            if (c == '/') {
                end = closingSlash(pattern, i) + 1;
                words = plainWords(pattern.substring(i + 1, end - 1));
            } else if (c == '[') {
                end = closing(pattern, i, '[', ']') + 1;
                words = bracketWords(pattern.substring(i + 1, end - 1));
            } else if (c == '(') {
                end = closing(pattern, i, '(', ')') + 1;
                words = groupWords(pattern.substring(i + 1, end - 1));
            } else {
                end = i + 1;
            }
            int next = skipSpaces(pattern, end);
            boolean exactlyOnce = true;
            if (next < n) {
                char q = pattern.charAt(next);
                if (q == '?' || q == '*' || q == '+') {
                    exactlyOnce = false;
                    next++;
                } else if (q == '{') {
                    exactlyOnce = false;
                    next = pattern.indexOf('}', next) + 1;
                }
            }
            if (exactlyOnce && words != null) {
                required.add(words);
            }
            i = next > end ? next : end;
        }
        return required;
    }

    /**
     * The labels the first token of a match must carry, or null when unknown: read off the first element of the
     * pattern (of each of its alternatives, into groups), when that element must match at least once and is a
     * token with a label constraint ({@code [{ner:COMPANY}]+}, {@code [{ner:/COMPANY|GOV/} & {tag:NNP}]}).
     */
    private static Set<String> firstLabels(String pattern) {
        List<String> alternatives = splitAlternatives(pattern);
        if (alternatives.size() > 1) {
            Set<String> union = new java.util.HashSet<>();
            for (String alternative : alternatives) {
                Set<String> labels = firstLabels(alternative);
                if (labels == null) {
                    return null;
                }
                union.addAll(labels);
            }
            return Set.copyOf(union);
        }
        int i = skipSpaces(pattern, 0);
        if (i >= pattern.length()) {
            return null;
        }
        char c = pattern.charAt(i);
        int end;
        Set<String> labels;
        if (c == '(') {
            end = closing(pattern, i, '(', ')') + 1;
            String content = pattern.substring(i + 1, end - 1);
            String body = content.startsWith("?$") ? content.replaceFirst("^\\?\\$\\w+", "") : content;
            labels = body.startsWith("?") ? null : firstLabels(body);
        } else if (c == '[') {
            end = closing(pattern, i, '[', ']') + 1;
            labels = bracketLabels(pattern.substring(i + 1, end - 1));
        } else {
            return null;
        }
        int next = skipSpaces(pattern, end);
        if (next < pattern.length()) {
            char q = pattern.charAt(next);
            boolean optional = q == '?' || q == '*' || (q == '{' && pattern.startsWith("0", skipSpaces(pattern, next + 1)));
            if (optional) {
                return null; // the match may start at the next element instead
            }
        }
        return labels;
    }

    /** "{ner:/COMPANY|GOV/} & {tag:NNP}": the labels a constraint of all must allow, else null. */
    private static Set<String> bracketLabels(String content) {
        if (topLevelBar(content)) {
            return null;
        }
        var matcher = NER_CONSTRAINT.matcher(content);
        while (matcher.find()) {
            boolean negated = content.substring(0, matcher.start()).stripTrailing().endsWith("!");
            if (negated) {
                continue;
            }
            if (matcher.group(2) != null) {
                return Set.of(matcher.group(2));
            }
            String regex = matcher.group(1);
            if (!regex.isEmpty() && !NOT_PLAIN.matcher(regex).find()) {
                return Set.copyOf(java.util.Arrays.asList(regex.split("\\|")));
            }
        }
        return null;
    }

    /**
     * The words one of which a group needs: "( /ceo|chair/ | /chief/ /executive/ )" needs ceo, chair or chief.
     * A named group "(?$s …)" is read as its content.
     */
    private static Set<String> groupWords(String content) {
        String body = content.startsWith("?$") ? content.replaceFirst("^\\?\\$\\w+", "") : content;
        if (body.startsWith("?")) {
            return null; // another kind of group: trust nothing
        }
        return anyOf(splitAlternatives(body));
    }

    /** The union of one required word list of each alternative; null when some alternative requires none. */
    private static Set<String> anyOf(List<String> alternatives) {
        Set<String> union = new java.util.HashSet<>();
        for (String alternative : alternatives) {
            List<Set<String>> required = requiredWords(alternative);
            if (required.isEmpty()) {
                return null;
            }
            union.addAll(required.stream().min(java.util.Comparator.comparingInt(Set::size)).orElseThrow());
        }
        return Set.copyOf(union);
    }

    /** The pattern split at its top-level '|' (outside brackets, groups, braces and regexes). */
    private static List<String> splitAlternatives(String pattern) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                i = closingSlash(pattern, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(pattern.substring(start));
        return parts;
    }

    /** "{lemma:/buy|acquire/} & {tag:/VB.*}/": the words when a lemma or word list must hold, else null. */
    private static Set<String> bracketWords(String content) {
        if (content.contains("|") && topLevelBar(content)) {
            return null;
        }
        var matcher = LEMMA_OR_WORD.matcher(content);
        while (matcher.find()) {
            int start = matcher.start();
            boolean negated = start > 0 && content.substring(0, start).stripTrailing().endsWith("!");
            if (!negated) {
                Set<String> words = plainWords(matcher.group(1));
                if (words != null) {
                    return words;
                }
            }
        }
        return null;
    }

    /** Whether a '|' stands outside every {…} and /…/ of a bracket's content: an alternative of constraints. */
    private static boolean topLevelBar(String content) {
        int depth = 0;
        boolean inRegex = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                inRegex = !inRegex;
            } else if (!inRegex && c == '{') {
                depth++;
            } else if (!inRegex && c == '}') {
                depth--;
            } else if (!inRegex && depth == 0 && c == '|') {
                return true;
            }
        }
        return false;
    }

    private static Set<String> plainWords(String regex) {
        String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        if (body.isEmpty() || NOT_PLAIN.matcher(body).find()) {
            return null;
        }
        return Set.copyOf(java.util.Arrays.asList(body.toLowerCase(Locale.ROOT).split("\\|")));
    }

    private static int closingSlash(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '/') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int closing(String s, int open, char opening, char closingChar) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                i = closingSlash(s, i);
            } else if (c == opening) {
                depth++;
            } else if (c == closingChar && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
