/**
 * Entity linking: finds the mentions of companies, government bodies, people, places and products in an
 * analysed text (CoreNLP's named entities, boosted by the domain {@link dev.techkg.linking.Gazetteer} and by
 * product names found by their shape and context), types each mention (a country or capital used for its
 * government in that mention becomes the country as a government body), and merges all surface forms of one
 * thing into one canonical entity, within an article and, through canonical names, across articles. The word
 * lists and patterns it uses are data files beside its classes.
 * {@link dev.techkg.linking.EntityLinker} composes the parts: name spans ({@code NameSpans}, {@code ProductSpans}),
 * typing ({@code MentionTyper}, {@code NameRules}) and short-form merging ({@code ShortForms}).
 * {@link dev.techkg.linking.Coreference} resolves the pronouns and descriptions that refer back to a named thing
 * ("its", "the chipmaker", "the two companies"): {@code Anaphors} finds the phrases, {@code Antecedents} chooses
 * what they mean, with a lexicon a linguist can read ({@code coreference-nouns.tsv}, read by
 * {@code CoreferenceLexicon}).
 */
package dev.techkg.linking;
