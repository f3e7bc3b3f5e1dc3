/**
 * The command-line interface (picocli): {@code ingest}, {@code query}, {@code export}, {@code load},
 * {@code delete}, {@code validate}, {@code eval}, {@code serve}, {@code backup} and {@code restore}, each
 * taking {@code --store DIR}. Options are checked before the store opens: a wrong command line exits 2, a failure 1,
 * each with one line on stderr, never a stack trace. picocli is used only here, and nothing of {@code web} is.
 */
package dev.techkg.cli;
