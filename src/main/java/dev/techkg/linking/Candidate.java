package dev.techkg.linking;

/**
 * One typed mention before short forms are merged.
 *
 * @param sentence index of the sentence
 * @param begin    first token
 * @param end      just past the last token
 * @param surface  the text as it stands
 * @param name     the canonical name it resolves to so far
 * @param type     its type in this mention
 * @param evidence how sure the type is; across an article the surest mention types the name
 */
record Candidate(int sentence, int begin, int end, String surface, String name, EntityType type, Evidence evidence) {
    /** How a mention's type was decided, weakest first. */
    enum Evidence {
        /** CoreNLP's guess. */
        TAGGER,
        /** The words around it or its shape: a product noun, an owner, a version, a legal form. */
        CONTEXT,
        /** The gazetteer. */
        GAZETTEER
    }

    boolean known() {
        return evidence == Evidence.GAZETTEER;
    }

    Candidate as(String newName, EntityType newType) {
        return new Candidate(sentence, begin, end, surface, newName, newType, evidence);
    }

    /** The same mention with a type its context decided ("Recogni … The company": a company). */
    Candidate typedByContext(EntityType newType) {
        return new Candidate(sentence, begin, end, surface, name, newType, Evidence.CONTEXT);
    }
}
