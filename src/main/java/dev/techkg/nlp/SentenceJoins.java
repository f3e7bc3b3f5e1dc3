package dev.techkg.nlp;

import dev.techkg.Resources;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Apple Inc. CEO Tim Cook said demand was strong": the tokenizer reads a company abbreviation before a capitalised word
 * as the end of a sentence and adds a full stop of its own, which cuts the title from its company (and "Warner Bros.
 * Discovery" in two). After splitting, a sentence that ends so is joined to the next when that opens with a title word,
 * or with any capitalised word after an abbreviation that only stands inside names. Word lists in
 * {@code split-names.txt}. Immutable.
 */
final class SentenceJoins {
    private final Set<String> abbreviations;
    private final Set<String> insideNames;
    private final Set<String> titles;

    SentenceJoins(Set<String> abbreviations, Set<String> insideNames, Set<String> titles) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.insideNames = Set.copyOf(insideNames);
        this.titles = Set.copyOf(titles);
    }

    static SentenceJoins load() {
        Map<String, List<String>> sections = Resources.sections(SentenceJoins.class, "split-names.txt");
        return new SentenceJoins(words(sections, "abbreviations"), words(sections, "inside-names"), words(sections, "titles"));
    }

    private static Set<String> words(Map<String, List<String>> sections, String name) {
        return Set.of(String.join(" ", sections.getOrDefault(name, List.of())).trim().split("\\s+"));
    }

    /** Joins the wrongly split sentences of a tokenized, split document in place; a document without any is left alone. */
    void join(Annotation document, String text) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        List<List<CoreLabel>> joined = new ArrayList<>();
        boolean changed = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
            List<CoreLabel> previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && !tokens.isEmpty() && splitInsideName(previous, tokens.get(0))) {
                CoreLabel stop = previous.remove(previous.size() - 1);
                CoreLabel abbreviation = previous.get(previous.size() - 1);
                // The abbreviation takes its full stop back, as the text has it.
                abbreviation.setEndPosition(stop.endPosition());
                abbreviation.setOriginalText(text.substring(abbreviation.beginPosition(), stop.endPosition()));
                abbreviation.set(CoreAnnotations.AfterAnnotation.class, stop.get(CoreAnnotations.AfterAnnotation.class));
                previous.addAll(tokens);
                changed = true;
            } else {
                joined.add(tokens);
            }
        }
        if (changed) {
            rebuild(document, joined, text);
        }
    }

    /** Whether a sentence ending in these tokens was split inside a name before the first token of the next. */
    private boolean splitInsideName(List<CoreLabel> sentence, CoreLabel next) {
        int n = sentence.size();
        if (n < 2 || !".".equals(sentence.get(n - 1).word())) {
            return false;
        }
        CoreLabel abbreviation = sentence.get(n - 2);
        CoreLabel stop = sentence.get(n - 1);
        String word = abbreviation.word();
        // The tokenizer's own full stop follows the abbreviation directly: "Inc" + "." of "Inc.".
        if (stop.beginPosition() != abbreviation.endPosition() || !abbreviations.contains(word) && !insideNames.contains(word)) {
            return false;
        }
        String first = next.word();
        if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
            return false;
        }
        return insideNames.contains(word) || titles.contains(first.toLowerCase(Locale.ROOT));
    }

    private static void rebuild(Annotation document, List<List<CoreLabel>> joined, String text) {
        List<CoreMap> sentences = new ArrayList<>(joined.size());
        List<CoreLabel> all = new ArrayList<>();
        for (List<CoreLabel> tokens : joined) {
            int index = sentences.size();
            CoreMap sentence = new ArrayCoreMap();
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            for (int k = 0; k < tokens.size(); k++) {
                tokens.get(k).setIndex(k + 1);
                tokens.get(k).setSentIndex(index);
            }
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + tokens.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
            all.addAll(tokens);
            sentences.add(sentence);
        }
        document.set(CoreAnnotations.TokensAnnotation.class, all);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }
}
