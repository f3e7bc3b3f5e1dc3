/**
 * The command-line interface (picocli): {@code ingest}, {@code query}, {@code export}, {@code load},
 * {@code delete}, {@code validate}, {@code eval}, {@code serve}, {@code backup} and {@code restore}, each
 * taking {@code --store DIR}. Errors become one line on stderr and a non-zero exit code, never a stack trace.
 */
package dev.techkg.cli;
