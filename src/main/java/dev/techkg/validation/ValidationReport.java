package dev.techkg.validation;

import java.util.List;

/**
 * The result of validating the store.
 *
 * @param graphs     how many graphs were checked
 * @param conforming how many conform
 * @param violations every result, graph by graph
 */
public record ValidationReport(int graphs, int conforming, List<Violation> violations) {
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** Whether every graph conforms. */
    public boolean conforms() {
        return graphs == conforming;
    }
}
