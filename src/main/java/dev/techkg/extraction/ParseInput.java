package dev.techkg.extraction;

import dev.techkg.linking.Mention;
import dev.techkg.nlp.Sentence;
import dev.techkg.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence as the dependency parser should see it. The tagger often takes an unfamiliar name for an adjective
 * or a verb ("Anthropic/JJ", "Waymo/VB"), and the parser then builds the wrong tree around it; linking already
 * knows which tokens are names, so they are tagged as proper nouns before parsing.
 */
final class ParseInput {
    /** The particles that end a noun made of a verb and a hyphen ("start-up", "spin-offs", "buy-out", "tie-up"). */
    private static final Pattern PARTICLE_NOUN_ENDS = Pattern.compile("(?i)(up|off|out|over|in)s?");

    private ParseInput() {
    }

    /**
     * The sentence with every name word of a named mention tagged NNP (its function words, "of" in "Department of
     * Justice", and a possessive keep their tags; an "and" inside a name is a name word, or the parser splits
     * "Competition and Markets Authority" into two conjuncts and loses the phrase around them), a noun right after a modal read as the verb it is ("will
     * partner with"), and an adjective that ends its noun phrase before a participle read as the noun it is ("a
     * round led by").
     */
    static Sentence withNamesTagged(Sentence sentence, List<Mention> names, Set<String> verbsReadAsNouns) {
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        boolean changed = false;
        for (Mention name : names) {
            // "Arm counts customers such as Apple", "Arm counts Apple among …": a verb right after a name, before its
            // object, that the tagger read as a plural noun.
            int next = name.end();
            if (next + 1 < tokens.size() && tokens.get(next).tag().equals("NNS") && verbsReadAsNouns.contains(tokens.get(next).word())
                    && tokens.get(next + 1).tag().matches("DT|NNS|NNPS?|JJ.*|CD|PRP\\$")) {
                tokens.set(next, retagged(tokens.get(next), "VBZ"));
                changed = true;
            }
            for (int i = name.begin(); i < name.end(); i++) {
                Token token = tokens.get(i);
                boolean innerConjunction = i > name.begin() && i < name.end() - 1 && (token.word().equals("and") || token.word().equals("&"));
                if (innerConjunction || !token.tag().startsWith("NNP") && !token.tag().equals("POS") && !token.tag().equals("CD") && nameWord(token.word())) {
                    tokens.set(i, retagged(token, "NNP"));
                    changed = true;
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int before = i - 1;
            while (before > 0 && tokens.get(before).tag().startsWith("RB")) {
                before--;
            }
            if ((token.tag().equals("NN") || token.tag().equals("NNS")) && tokens.get(before).tag().equals("MD")
                    && Character.isLowerCase(token.word().codePointAt(0))) {
                tokens.set(i, retagged(token, "VB"));
                changed = true;
            }
        }
        if (tokens.size() > 2 && tokens.get(0).tag().equals("JJ") && tokens.get(0).word().endsWith("ed") && tokens.get(1).tag().equals("IN")) {
            // "Headquartered in Taiwan, the company …": an opening participle the tagger read as an adjective.
            tokens.set(0, retagged(tokens.get(0), "VBN"));
            changed = true;
        }
        for (int i = 2; i + 1 < tokens.size(); i++) {
            // "its first chip, called the Xring O1": a verb of naming after a noun and a comma is its participle.
            Token token = tokens.get(i);
            if (token.tag().equals("VBD") && token.word().matches("(?i)called|named|dubbed") && tokens.get(i - 1).word().equals(",")
                    && tokens.get(i - 2).tag().startsWith("NN")) {
                tokens.set(i, retagged(token, "VBN"));
                changed = true;
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            // "a $1.1 billion round led by Coatue": an adjective that ends its noun phrase before a participle is its
            // noun (the tagger reads "round" as an adjective, and the parser then loses the round).
            Token token = tokens.get(i);
            String before = tokens.get(i - 1).tag();
            String after = tokens.get(i + 1).tag();
            if (token.tag().equals("JJ") && (before.equals("DT") || before.equals("CD") || before.equals("$"))
                    && (after.equals("VBN") || after.equals("VBD"))) {
                tokens.set(i, retagged(token, "NN"));
                changed = true;
            }
        }
        for (int i = 1; i + 2 < tokens.size(); i++) {
            // "artificial intelligence start-up xAI", "the AI start-ups Mistral and Cohere": the tokenizer splits the
            // noun at its hyphen and the tagger reads a verb and its particle; after a determiner, an owner, an
            // adjective or a noun, the two halves are one noun.
            Token verb = tokens.get(i);
            Token particle = tokens.get(i + 2);
            if (verb.tag().startsWith("VB") && tokens.get(i + 1).word().equals("-")
                    && PARTICLE_NOUN_ENDS.matcher(particle.word()).matches() && tokens.get(i - 1).tag().matches("DT|PRP\\$|POS|JJ.*|NN.*|CD")) {
                tokens.set(i, retagged(verb, "NN"));
                tokens.set(i + 2, retagged(particle, particle.word().endsWith("s") ? "NNS" : "NN"));
                changed = true;
            }
        }
        return changed ? new Sentence(sentence.index(), sentence.text(), tokens) : sentence;
    }

    private static boolean nameWord(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first)
                || (word.length() > 1 && Character.isUpperCase(word.codePointAt(1)));
    }

    private static Token retagged(Token token, String tag) {
        return new Token(token.index(), token.word(), token.originalText(), token.lemma(), tag, token.ner(), token.begin(), token.end());
    }
}
