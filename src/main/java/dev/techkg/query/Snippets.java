package dev.techkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Highlighted snippets for search results, as HTML: the text escaped, each match wrapped in {@code <mark>}. Matches
 * are the words whose analysed form (lower case, stem) is one of the query's, so "regulators" marks "regulator";
 * for a name, also the query text itself where it occurs in it ("clou" in "Alibaba Cloud"). Nothing of the text is
 * ever markup: only the {@code <mark>} tags this class writes are. Thread-safe (an analyzer per call).
 */
final class Snippets {
    /** Characters of context shown before the first match of a long text. */
    static final int BEFORE = 80;

    private Snippets() {
    }

    /** A span of the text to mark. */
    private record Span(int start, int end) {}

    /**
     * The text with its matches marked; a long text cut to about {@code length} characters around its first match
     * (with "…" where cut).
     *
     * @param terms  the query's analysed terms
     * @param phrase the query as typed, also marked where it occurs (case-insensitively), or null
     * @param length the most characters to show, or 0 for all
     */
    static String highlight(String text, Analyzer analyzer, String field, Set<String> terms, String phrase, int length) {
        List<Span> spans = matches(text, analyzer, field, terms, phrase);
        int from = 0;
        int to = text.length();
        if (length > 0 && text.length() > length) {
            int first = spans.isEmpty() ? 0 : spans.get(0).start();
            from = Math.max(0, first - BEFORE);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from++; // start at a word
            }
            to = Math.min(text.length(), from + length);
            while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
                to--; // end at a word
            }
            if (to <= from) {
                to = Math.min(text.length(), from + length);
            }
        }
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append("… ");
        }
        int at = from;
        for (Span span : spans) {
            if (span.start() < at || span.end() > to) {
                continue;
            }
            escape(text, at, span.start(), html);
            html.append("<mark>");
            escape(text, span.start(), span.end(), html);
            html.append("</mark>");
            at = span.end();
        }
        escape(text, at, to, html);
        if (to < text.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** The spans to mark, in text order, none overlapping. */
    private static List<Span> matches(String text, Analyzer analyzer, String field, Set<String> terms, String phrase) {
        List<Span> spans = new ArrayList<>();
        if (phrase != null && !phrase.isBlank()) {
            String lower = text.toLowerCase(Locale.ROOT);
            String wanted = phrase.strip().toLowerCase(Locale.ROOT);
            // Lower-casing keeps the length of these texts' characters; where it does not, offsets would drift: skip.
            if (lower.length() == text.length()) {
                for (int i = lower.indexOf(wanted); i >= 0; i = lower.indexOf(wanted, i + wanted.length())) {
                    spans.add(new Span(i, i + wanted.length()));
                }
            }
        }
        if (!terms.isEmpty()) {
            try (TokenStream tokens = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    if (terms.contains(term.toString())) {
                        spans.add(new Span(offset.startOffset(), offset.endOffset()));
                    }
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Span> disjoint = new ArrayList<>();
        int end = -1;
        for (Span span : spans) {
            if (span.start() >= end) {
                disjoint.add(span);
                end = span.end();
            }
        }
        return disjoint;
    }

    /** Appends text[from, to) with HTML's special characters escaped. */
    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
