package dev.techkg.validation;

/**
 * One SHACL result.
 *
 * @param graph    the article graph it was found in
 * @param focus    the node that does not conform
 * @param path     the property path, or empty
 * @param message  the shape's message
 * @param severity Violation, Warning or Info
 */
public record Violation(String graph, String focus, String path, String message, String severity) {}
