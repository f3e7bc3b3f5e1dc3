package dev.techkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A ticker written after a company's name is blanked; capitalised words that only look like one are kept. */
class InlineTickersTest {
    private final InlineTickers tickers = InlineTickers.load();

    private static String visible(String blanked) {
        return blanked.replace(InlineTickers.FILLER, '_');
    }

    @Test
    void a_ticker_after_a_name_with_its_legal_suffix_is_written_over_letter_for_letter() {
        String text = "Nvidia Corp. NVDA and Microsoft Corp. MSFT, like Tesla Inc. TSLA.";
        String blanked = tickers.blanked(text);
        assertEquals("Nvidia Corp. ____ and Microsoft Corp. ____, like Tesla Inc. ____.", visible(blanked));
        assertEquals(text.length(), blanked.length());
    }

    @Test
    void a_ticker_after_a_possessive_or_a_bare_name_is_written_over() {
        assertEquals("Apple's ____ iPhone sold well, and Qualcomm ____ rose.", visible(tickers.blanked("Apple's AAPL iPhone sold well, and Qualcomm QCOM rose.")));
    }

    @Test
    void names_acronyms_and_common_capitalised_words_after_a_name_are_kept() {
        String text = "Samsung SDI, Alibaba AI models, Apple TV and LG Display grew; IBM IBM; the US FTC sued.";
        assertSame(text, tickers.blanked(text));
    }
}
