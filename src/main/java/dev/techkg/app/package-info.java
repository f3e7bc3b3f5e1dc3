/**
 * Wiring: the one place that builds the services ({@link dev.techkg.app.Wiring}), from a typed
 * {@link dev.techkg.app.Config} parsed once at the edge. Expensive parts (the CoreNLP models) are built
 * only when a command first needs them.
 */
package dev.techkg.app;
