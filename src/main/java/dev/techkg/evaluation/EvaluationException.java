package dev.techkg.evaluation;

import dev.techkg.TechKgException;

/** A gold folder that is missing parts or has malformed rows. */
public class EvaluationException extends TechKgException {
    public EvaluationException(String message) {
        super(message);
    }
}
