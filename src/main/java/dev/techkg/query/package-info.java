/**
 * SPARQL over the store: queries typed on the command line or saved in {@code queries/*.rq}, with the
 * TechKG prefixes preset, variables bound by substitution (never by pasting text into the query), and
 * results written in the standard formats. Every query runs within bounds ({@link dev.techkg.query.QueryLimits}): no
 * SERVICE call but to allowed endpoints ({@link dev.techkg.query.ServicePolicy}), a time limit, a row cap, a cap on
 * the strings it builds, and a place in line with a memory guard ({@link dev.techkg.query.QueryGate}). Whole graphs
 * are written out by {@link dev.techkg.query.ExportService}.
 */
package dev.techkg.query;
