/**
 * Corrections people make to the graph, kept apart from what extraction wrote: each {@link dev.techkg.curation.Correction}
 * is a resource with a PROV-O record in the named graph {@code https://w3id.org/techkg/curation}, which
 * {@link dev.techkg.curation.CurationLog} reads and appends to (never rewrites: an undo is itself a correction), and
 * {@link dev.techkg.curation.Curation} is what the active ones say, in the form the graph index applies when it is
 * built (merged IRIs, types, names, rejected and added facts), and which review-queue flags a person dismissed (a
 * dismissal names a flag by its id; the flags themselves are computed, never stored). Immutable values; the log is
 * thread-safe.
 */
package dev.techkg.curation;
