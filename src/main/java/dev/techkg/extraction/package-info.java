/**
 * Relation extraction in two layers, both data a linguist can read, each row with example sentences the tests
 * check. The token layer matches TokensRegex rules ({@code relations.rules}) over sentences whose entity mentions
 * are labelled with their types. The dependency layer ({@link dev.techkg.extraction.DependencyRules}:
 * {@code dependency-templates.txt}, role-labelled Semgrex templates shared by all relations, and
 * {@code dependency-triggers.tsv}, the words that instantiate them per relation) matches the enhanced++ parse of the
 * sentences that could hold a fact. Guards judged on the parse and veto words drop negated, modal, conditional and
 * attributed statements; subject and object types are checked against each relation's domain and range. Three
 * structural rules need no pattern ({@link dev.techkg.extraction.ProductNameRule}, {@link dev.techkg.extraction.MakerPhraseRule},
 * {@link dev.techkg.extraction.HeadOfStateRule}). {@link dev.techkg.extraction.RuleBasedExtractor} combines them
 * into {@link dev.techkg.extraction.CandidateRelation}s with evidence, rule id and confidence.
 */
package dev.techkg.extraction;
