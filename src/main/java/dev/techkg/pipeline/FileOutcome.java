package dev.techkg.pipeline;

/**
 * What happened to one input file.
 *
 * @param file       the file as given
 * @param status     added, replaced (a changed version of a known source), unchanged (its text is stored), skipped (a
 *                   feed item stored already under its link, not fetched again) or failed
 * @param articleIri the article IRI, or null when the file failed
 * @param entities   entities found (0 unless added or replaced)
 * @param relations  facts found (0 unless added or replaced)
 * @param tokens     tokens analysed
 * @param error      why it failed, or null
 */
public record FileOutcome(String file, Status status, String articleIri, int entities, int relations, int tokens, String error) {
    /** The outcome kinds. */
    public enum Status { ADDED, REPLACED, UNCHANGED, SKIPPED, FAILED }
}
