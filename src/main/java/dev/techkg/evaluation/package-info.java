/**
 * Evaluation of extraction against gold annotations: a gold folder ({@code articles/*.txt},
 * {@code gold.tsv}, {@code entities.tsv}) is ingested into a temporary store and the resulting graphs are
 * scored per relation and overall (precision, recall, F1) and for entities, with the matching rules of
 * the TechKG evaluation format (names normalised as {@link dev.techkg.linking.Names} does).
 */
package dev.techkg.evaluation;
