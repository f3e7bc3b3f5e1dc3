package dev.techkg.extraction;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.TechKgException;
import org.junit.jupiter.api.Test;

/** Mistakes in the template and trigger files fail at load time with a message that names the line. */
class DependencyRulesFileTest {
    private static final String TRIGGERS = "acquires\tverb-object\tbuy\t-\ta>b\t0.8\n";

    @Test
    void a_template_id_defined_twice_is_refused_with_both_lines() {
        String templates = "template: verb-object\npattern: {lemma:@LEMMA}=t >nsubj {}=a >obj {}=b\n\n"
                + "template: verb-object\npattern: {lemma:@LEMMA}=t >nsubj {}=b >obj {}=a\n";
        TechKgException error = assertThrows(TechKgException.class,
                () -> DependencyRules.parse(templates, "templates.txt", TRIGGERS, "triggers.tsv"));
        assertTrue(error.getMessage().contains("line 4") && error.getMessage().contains("first on line 1"), error.getMessage());
    }

    @Test
    void one_definition_of_each_template_loads() {
        String templates = "template: verb-object\npattern: {lemma:@LEMMA}=t >nsubj {}=a >obj {}=b\n";
        assertTrue(DependencyRules.parse(templates, "templates.txt", TRIGGERS, "triggers.tsv").templates().containsKey("verb-object"));
    }

    @Test
    void a_list_placeholder_stands_for_its_names_list_and_an_unknown_one_is_refused() {
        String templates = "names audiences: user customer\n"
                + "template: verb-object\npattern: {lemma:@LEMMA}=t >nsubj {}=a >obj {lemma!:/^(@{audiences})$/}=b\n";
        String pattern = DependencyRules.parse(templates, "templates.txt", TRIGGERS, "triggers.tsv").templates().get("verb-object").pattern();
        assertTrue(pattern.contains("^(customer|user)$"), pattern);
        TechKgException error = assertThrows(TechKgException.class, () -> DependencyRules.parse(
                templates.replace("@{audiences}", "@{listeners}"), "templates.txt", TRIGGERS, "triggers.tsv"));
        assertTrue(error.getMessage().contains("@{listeners}") && error.getMessage().contains("line 2"), error.getMessage());
    }
}
