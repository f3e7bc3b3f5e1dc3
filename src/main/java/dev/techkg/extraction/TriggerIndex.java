package dev.techkg.extraction;

import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules' triggers inverted into one word index, so that finding the rules a sentence could match costs
 * a lookup per token rather than a test per rule: every (rule, required word list) pair is a bit; a
 * sentence's words set the bits of the lists they belong to, at their position; a rule is possible when all
 * its lists' bits are set, and a match of it cannot start after the last of them. Immutable and thread-safe.
 */
final class TriggerIndex {
    private final Map<String, int[]> bitsByWord;
    private final int[] firstBit;
    private final int[] bitCount;
    private final int bitCountTotal;

    private TriggerIndex(Map<String, int[]> bitsByWord, int[] firstBit, int[] bitCount, int bitCountTotal) {
        this.bitsByWord = bitsByWord;
        this.firstBit = firstBit;
        this.bitCount = bitCount;
        this.bitCountTotal = bitCountTotal;
    }

    static TriggerIndex of(List<RuleTrigger> triggers) {
        Map<String, List<Integer>> bits = new HashMap<>();
        int[] firstBit = new int[triggers.size()];
        int[] bitCount = new int[triggers.size()];
        int next = 0;
        for (int rule = 0; rule < triggers.size(); rule++) {
            List<Set<String>> required = triggers.get(rule).required();
            firstBit[rule] = next;
            bitCount[rule] = required.size();
            for (Set<String> words : required) {
                int bit = next++;
                words.forEach(word -> bits.computeIfAbsent(word, k -> new ArrayList<>()).add(bit));
            }
        }
        Map<String, int[]> bitsByWord = new HashMap<>();
        bits.forEach((word, list) -> bitsByWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return new TriggerIndex(Map.copyOf(bitsByWord), firstBit, bitCount, next);
    }

    /**
     * For each rule (by index), the last token a match of it can start at in the sentence, or -1 when the
     * sentence lacks one of its required words: a match holds each required word at or after its start.
     */
    int[] latestStarts(Sentence sentence) {
        int[] lastSeen = new int[bitCountTotal];
        java.util.Arrays.fill(lastSeen, -1);
        for (Token token : sentence.tokens()) {
            mark(lastSeen, token.word(), token.index());
            mark(lastSeen, token.lemma(), token.index());
        }
        int last = sentence.tokens().size() - 1;
        int[] latest = new int[firstBit.length];
        for (int rule = 0; rule < firstBit.length; rule++) {
            int start = last;
            for (int bit = firstBit[rule]; bit < firstBit[rule] + bitCount[rule]; bit++) {
                start = Math.min(start, lastSeen[bit]);
            }
            latest[rule] = start;
        }
        return latest;
    }

    private void mark(int[] lastSeen, String word, int index) {
        int[] bits = bitsByWord.get(word);
        if (bits == null) {
            bits = bitsByWord.get(word.toLowerCase(Locale.ROOT));
        }
        if (bits != null) {
            for (int bit : bits) {
                lastSeen[bit] = index;
            }
        }
    }
}
