package dev.techkg.linking;

import dev.techkg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * News cites its sources: "According to Nikkei and the Wall Street Journal, Rapidus is partnering with IBM." A source
 * named so is no party to what it reports, and no antecedent of a later "it" or "the firms". Used by coreference and
 * by both extraction layers.
 */
public final class Attribution {
    private static final Pattern CITING = Pattern.compile("citing|quoting");

    private static final int MAX_LIST = 12;
    /** The most words a dateline puts before its credit ("NEW YORK CITY, March 3 (Reuters)"). */
    private static final int DATELINE_WORDS = 8;
    /** Participles of reporting whose "by" names a news source. */
    private static final Set<String> REPORTED = Set.of("reported", "cited", "quoted");
    /** Read once: an immutable list. */
    private static final NewsOutlets OUTLETS = NewsOutlets.load();

    private Attribution() {
    }

    /**
     * Whether the mention is "according to" it, in a list of names that follows "according to", an agency's credit in
     * a dateline ("SAN FRANCISCO (Reuters) -", "(AP) —"), the agent of "reported by", the one a source "told", or the
     * subject of "reported" with a clause after it, or the source a report cites ("citing Reuters, Wolfspeed has
     * appointed …").
     */
    public static boolean cited(List<Token> tokens, Mention mention) {
        if (credit(tokens, mention) || reporter(tokens, mention) || reportsAClause(tokens, mention) || citedSource(tokens, mention)) {
            return true;
        }
        // "Investing.com -- The regulator said …": an outlet's dateline opens the story it tells.
        if (mention.begin() == 0 && mention.end() < tokens.size() && tokens.get(mention.end()).word().matches("--|—|–")
                && OUTLETS.outlet(mention.entityName())) {
            return true;
        }
        // "According to Nikkei, Rapidus is partnering …": after the comma, a name with its verb is the clause's subject.
        if (mention.begin() > 0 && tokens.get(mention.begin() - 1).word().equals(",") && mention.end() < tokens.size()
                && tokens.get(mention.end()).tag().matches("VB.*|MD")) {
            return false;
        }
        for (int k = mention.begin() - 1; k >= 1 && k >= mention.begin() - MAX_LIST; k--) {
            String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals("to") && tokens.get(k - 1).word().equalsIgnoreCase("according")) {
                return true;
            }
            if (!(word.equals("the") || word.equals("and") || word.equals(",") || word.equals("or") || tokens.get(k).tag().startsWith("NNP"))) {
                return false;
            }
        }
        return false;
    }

    /** The object of "citing" or "quoting" ("According to ijiwei, citing Reuters, …", "…, quoting the Financial Times"). */
    private static boolean citedSource(List<Token> tokens, Mention mention) {
        int k = mention.begin() - 1;
        if (k >= 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        return k >= 0 && CITING.matcher(tokens.get(k).word().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The agent of a verb of reporting in the passive, or the one a source talked to: "the deal, first reported by
     * Reuters", "a plan quoted by Bloomberg", "the company told Reuters". (A subject that "reported" may be a party:
     * "Apple reported record sales".)
     */
    private static boolean reporter(List<Token> tokens, Mention mention) {
        int before = mention.begin() - 1;
        if (before >= 1 && tokens.get(before).word().equalsIgnoreCase("by")) {
            return REPORTED.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
        }
        return before >= 0 && tokens.get(before).word().equalsIgnoreCase("told")
                && (mention.end() == tokens.size() || tokens.get(mention.end()).word().matches("[,.;:]|(?i)in|on|last|this"));
    }

    /**
     * A subject that reports what others did, as news outlets do: "X reported, citing local media, that …"; a news
     * outlet's "Reuters reports the acquisition is intended to …", "Nikkei reported that …", "TechCrunch adds that …". Not "Apple reported record
     * sales", "Nvidia reported that its sales rose": a company reporting on itself is a party.
     */
    private static boolean reportsAClause(List<Token> tokens, Mention mention) {
        int verb = mention.end();
        if (verb + 2 < tokens.size() && OUTLETS.reportNoun(tokens.get(verb).word().toLowerCase(Locale.ROOT))
                && tokens.get(verb + 1).tag().matches("VBZ|VBD")) {
            verb++; // "The Chosun Daily report notes that …": the outlet's report speaks for it
        }
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        String verbWord = tokens.get(verb).word().toLowerCase(Locale.ROOT);
        Token next = tokens.get(verb + 1);
        String word = next.word().toLowerCase(Locale.ROOT);
        if (OUTLETS.reports(verbWord) && word.equals(",") && verb + 2 < tokens.size()
                && tokens.get(verb + 2).word().toLowerCase(Locale.ROOT).matches("citing|quoting")) {
            return true; // "X reported, citing people familiar with the matter, …": only news reports so
        }
        if (!(OUTLETS.reports(verbWord) || OUTLETS.outletVerb(verbWord)) || !OUTLETS.outlet(mention.entityName())) {
            return false;
        }
        if (word.equals("that")) {
            return true;
        }
        if (!next.tag().matches("DT|NNP|NNPS|PRP")) {
            return false;
        }
        for (int k = verb + 2; k < tokens.size() && !tokens.get(k).word().matches("[,.;:]"); k++) {
            if (tokens.get(k).tag().matches("VBZ|VBD|VBP|MD")) {
                return true; // a finite verb of its own: a reported clause
            }
        }
        return false;
    }

    /** A name in brackets followed by a dash, among the first words of the sentence: a dateline's credit. */
    private static boolean credit(List<Token> tokens, Mention mention) {
        int open = mention.begin() - 1;
        int close = mention.end();
        return open >= 0 && open <= DATELINE_WORDS && close + 1 < tokens.size() && bracket(tokens.get(open), "-LRB-", "(")
                && bracket(tokens.get(close), "-RRB-", ")") && tokens.get(close + 1).word().matches("-+|\u2013|\u2014");
    }

    private static boolean bracket(Token token, String escaped, String plain) {
        return token.word().equals(escaped) || token.word().equals(plain);
    }
}
