/**
 * SPARQL over the store: queries typed on the command line or saved in {@code queries/*.rq}, with the
 * TechKG prefixes preset, variables bound by substitution (never by pasting text into the query), and
 * results written in the standard formats.
 */
package dev.techkg.query;
