package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTriggerTest {

    @Test
    void required_word_lists_are_read_from_exactly_once_elements_only() {
        RuleTrigger trigger = RuleTrigger.of("(?$s [{ner:COMPANY}]+) /(?i)the/? [{lemma:/acquire|buy/} & {tag:/VB.*/}] "
                + "[{ner:O}]{0,3} /of/ ( /a/ | /b/ ) /(?i)co-?founder/ (?$o [{ner:COMPANY}]+)");
        assertEquals(List.of(Set.of("acquire", "buy"), Set.of("of"), Set.of("a", "b")), trigger.required());
    }

    @Test
    void a_sentence_without_a_required_word_cannot_match() {
        RuleTrigger trigger = RuleTrigger.of("[{ner:GOV}]+ /(?i)fined|sued/ /by/");
        TriggerIndex index = TriggerIndex.of(List.of(trigger));
        assertTrue(index.latestStarts(sentence("the", "FTC", "sued", "by"))[0] >= 0);
        assertEquals(-1, index.latestStarts(sentence("the", "FTC", "praised", "by"))[0]);
    }

    @Test
    void a_match_cannot_start_after_the_last_of_a_word_it_needs() {
        TriggerIndex index = TriggerIndex.of(List.of(RuleTrigger.of("[{ner:COMPANY}]+ /buys/ [{ner:COMPANY}]+"),
                RuleTrigger.of("[{ner:COMPANY}]+ [{ner:COMPANY}]+")));
        int[] latest = index.latestStarts(sentence("Acme", "buys", "Beta", "and", "Gamma", "buys", "Delta", "today"));
        assertEquals(5, latest[0]);
        assertEquals(7, latest[1], "a rule that needs no word may start anywhere");
    }

    @Test
    void negated_constraints_and_regexes_require_nothing() {
        assertEquals(List.of(), RuleTrigger.of("[!{word:/of|by/}] [{ner:O} | {word:/x/}] /[.;]/ /a.b/").required());
        assertEquals(List.of(), RuleTrigger.of("/a/ /b/ | [{ner:O}]").required());
    }

    @Test
    void alternatives_require_one_word_of_any_of_them() {
        assertEquals(List.of(Set.of("a", "c")), RuleTrigger.of("/a/ /b/ | /c/").required());
        assertEquals(List.of(Set.of("ceo", "chief")),
                RuleTrigger.of("[{ner:PERSON}]+ ( /(?i)ceo/ | /(?i)chief/ /(?i)executive/ )").required());
    }

    @Test
    void most_shipped_rules_have_a_word_that_lets_sentences_without_it_skip_them() {
        List<Rule> rules = RuleFile.loadDefault().rules();
        long withTrigger = rules.stream().filter(rule -> !RuleTrigger.of(rule.pattern()).required().isEmpty()).count();
        assertTrue(withTrigger >= rules.size() * 3 / 4, withTrigger + " of " + rules.size() + " rules have a trigger");
    }

    @Test
    void a_match_starts_at_a_token_with_the_label_of_the_first_element() {
        assertEquals(Optional.of(Set.of("COMPANY")), RuleTrigger.of("(?$s [{ner:COMPANY}]+) /buys/ (?$o [{ner:COMPANY}]+)").firstLabels());
        assertEquals(Optional.of(Set.of("COMPANY", "GOV")),
                RuleTrigger.of("( [{ner:/COMPANY|GOV/}]+ /'s/ | [{ner:COMPANY} & {tag:\"PRP$\"}] ) /chip/").firstLabels());
    }

    @Test
    void an_optional_first_element_a_word_or_a_negation_leaves_the_start_open() {
        assertEquals(Optional.empty(), RuleTrigger.of("[{ner:GOV}]? [{ner:COMPANY}]+ /buys/").firstLabels());
        assertEquals(Optional.empty(), RuleTrigger.of("[{ner:GOV}]{0,2} [{ner:COMPANY}]+").firstLabels());
        assertEquals(Optional.empty(), RuleTrigger.of("/(?i)acquisition/ /of/ [{ner:COMPANY}]+").firstLabels());
        assertEquals(Optional.empty(), RuleTrigger.of("[!{ner:COMPANY}] /buys/").firstLabels());
        assertEquals(Optional.empty(), RuleTrigger.of("[{ner:COMPANY} | {word:/it/}] /buys/").firstLabels());
        assertEquals(Optional.empty(), RuleTrigger.of("[{ner:COMPANY}]+ /buys/ | /it/ /buys/").firstLabels());
    }

    private static dev.techkg.nlp.Sentence sentence(String... words) {
        List<dev.techkg.nlp.Token> tokens = new java.util.ArrayList<>();
        for (String word : words) {
            tokens.add(new dev.techkg.nlp.Token(tokens.size(), word, word, word.toLowerCase(java.util.Locale.ROOT), "NN", "O", 0, 0));
        }
        return new dev.techkg.nlp.Sentence(0, String.join(" ", words), tokens);
    }
}
