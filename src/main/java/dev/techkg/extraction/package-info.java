/**
 * Relation extraction: readable TokensRegex rules ({@code relations.rules} beside this package's
 * classes, each with an example sentence) matched over sentences whose entity mentions are labelled
 * with their types, giving {@link dev.techkg.extraction.CandidateRelation}s with evidence, rule id and
 * confidence. Negated and hypothetical statements are vetoed; subject and object types are checked
 * against each relation's domain and range.
 */
package dev.techkg.extraction;
