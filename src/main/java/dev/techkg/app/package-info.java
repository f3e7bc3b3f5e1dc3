/**
 * Wiring: the one place that builds the services ({@link dev.techkg.app.Wiring}), from a typed
 * {@link dev.techkg.app.Config} parsed once at the edge (the store, a TDB2 folder or a remote SPARQL dataset, is a
{@link dev.techkg.app.StoreLocation}). Expensive parts (the CoreNLP models) are built
 * only when a command first needs them.
 */
package dev.techkg.app;
