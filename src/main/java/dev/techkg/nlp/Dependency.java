package dev.techkg.nlp;

/**
 * One typed dependency between two tokens of a sentence, in the enhanced++ Universal Dependencies scheme
 * ("nsubj", "obj", "obl:in", "nmod:poss", "conj:and", "nsubj:xsubj", …).
 *
 * @param governor  index of the head token in its sentence, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation's name, with its case marker where enhanced++ adds one ("obl:from")
 */
public record Dependency(int governor, int dependent, String relation) {}
