package dev.techkg.linking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped word lists and shapes read as a linguist would expect. */
class NameRulesTest {
    private final NameRules rules = NameRules.loadDefault();

    @Test
    void capitals_with_digits_are_model_codes_but_quarters_halves_and_fiscal_years_are_not() {
        for (String code : new String[] {"HBM4", "B200", "H20", "MI300X", "HBM3e"}) {
            assertTrue(rules.isCode(code), code);
        }
        for (String notCode : new String[] {"Q3", "H1", "FY2025", "G20", "CO2", "B2B", "L4", "S1"}) {
            assertFalse(rules.isCode(notCode) || rules.isWeakCode(notCode), notCode);
        }
    }

    @Test
    void short_and_lower_case_codes_need_a_sign_around_them() {
        for (String weak : new String[] {"V4", "R1", "o3", "arm64", "Qwen3"}) {
            assertTrue(rules.isWeakCode(weak), weak);
            assertFalse(rules.isCode(weak), weak);
        }
    }

    @Test
    void generic_words_adjective_compounds_and_trailing_common_nouns_are_no_names() {
        for (String generic : new String[] {"AI", "Cloud", "GPU", "CEO", "Store", "May", "Internet", "American AI", "AI-powered",
                "AI ecosystem"}) {
            assertTrue(rules.isGeneric(generic), generic);
        }
        // "App Store" is made of generic words: only the gazetteer, which is not checked against them, makes it a name.
        for (String name : new String[] {"Google Cloud", "Mistral AI", "X200 series", "GPT-4o mini", "Le Chat"}) {
            assertFalse(rules.isGeneric(name), name);
        }
    }
}
