package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.TechKgException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleFileTest {
    private static RuleFile parse(String text) throws Exception {
        return RuleFile.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.rules");
    }

    @Test
    void macros_expand_in_patterns_and_blocks_become_rules() throws Exception {
        RuleFile file = parse("veto: not never\n$CO = [{ner:COMPANY}]+\n\nrule: a.b\nrelation: acquires\nconfidence: 0.5\n"
                + "example: X bought Y.\npattern: (?$s $CO) /bought/ (?$o $CO)\n");
        Rule rule = file.rules().get(0);
        assertEquals("a.b", rule.id());
        assertEquals(Relation.ACQUIRES, rule.relation());
        assertEquals("(?$s ( [{ner:COMPANY}]+ )) /bought/ (?$o ( [{ner:COMPANY}]+ ))", rule.pattern());
        assertTrue(file.veto().contains("never"));
    }

    @Test
    void a_veto_line_names_its_relation_as_the_vocabulary_spells_it() throws Exception {
        RuleFile file = parse("veto partnersWith: shared split\nveto leads: former\n");
        assertTrue(file.vetoFor(Relation.PARTNERS_WITH).contains("shared"));
        assertTrue(file.vetoFor(Relation.LEADS).contains("former"));
    }

    @Test
    void mistakes_are_reported_with_the_line() {
        assertEquals("test.rules line 2: unknown macro $NOPE",
                assertThrows(TechKgException.class, () -> parse("rule: x\npattern: $NOPE\n")).getMessage());
        assertTrue(assertThrows(TechKgException.class, () -> parse("rule: x\nrelation: owns\nconfidence: 1\npattern: /a/\n"))
                .getMessage().contains("Unknown relation 'owns'"));
        assertTrue(assertThrows(TechKgException.class, () -> parse("rule: x\nrelation: leads\nconfidence: 2\npattern: /a/\n"))
                .getMessage().contains("outside 0..1"));
        assertTrue(assertThrows(TechKgException.class, () -> parse("rule: x\nrelation: leads\npattern: /a/\n"))
                .getMessage().contains("without 'confidence:'"));
    }
}
