/**
 * Evaluation of extraction against gold annotations: a gold folder ({@code articles/*.txt},
 * {@code gold.tsv}, {@code entities.tsv}) is ingested into a temporary store and the resulting graphs are
 * scored per relation and overall (precision, recall, F1) and for entities, with the matching rules of
 * the TechKG evaluation format (names normalised as {@link dev.techkg.linking.Names} does). It also shows
 * where facts come from (facts, correct and precision per rule and per rule family or template) and why
 * gold facts were missed (entity missing, entity untagged in the evidence's sentence, no rule fired),
 * using the sentences and mentions of the pipeline's in-memory result.
 */
package dev.techkg.evaluation;
