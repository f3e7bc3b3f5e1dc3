package dev.techkg.extraction;

import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules' triggers inverted into one word index, so that finding the rules a sentence could match costs
 * a lookup per token rather than a test per rule: every (rule, required word list) pair is a bit; a
 * sentence's words set the bits of the lists they belong to; a rule is possible when all its lists' bits are
 * set. Immutable and thread-safe.
 */
final class TriggerIndex {
    private final Map<String, int[]> bitsByWord;
    private final BitSet alwaysSet;
    private final int[] firstBit;
    private final int[] bitCount;

    private TriggerIndex(Map<String, int[]> bitsByWord, BitSet alwaysSet, int[] firstBit, int[] bitCount) {
        this.bitsByWord = bitsByWord;
        this.alwaysSet = alwaysSet;
        this.firstBit = firstBit;
        this.bitCount = bitCount;
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
        return new TriggerIndex(Map.copyOf(bitsByWord), new BitSet(), firstBit, bitCount);
    }

    /** The rules (by index) whose required words the sentence holds, as a set of rule indexes. */
    BitSet possibleRules(Sentence sentence) {
        BitSet present = (BitSet) alwaysSet.clone();
        for (Token token : sentence.tokens()) {
            mark(present, token.word());
            mark(present, token.lemma());
        }
        BitSet rules = new BitSet(firstBit.length);
        for (int rule = 0; rule < firstBit.length; rule++) {
            int from = firstBit[rule];
            int to = from + bitCount[rule];
            if (bitCount[rule] == 0 || present.nextClearBit(from) >= to) {
                rules.set(rule);
            }
        }
        return rules;
    }

    private void mark(BitSet present, String word) {
        int[] bits = bitsByWord.get(word);
        if (bits == null) {
            bits = bitsByWord.get(word.toLowerCase(Locale.ROOT));
        }
        if (bits != null) {
            for (int bit : bits) {
                present.set(bit);
            }
        }
    }
}
