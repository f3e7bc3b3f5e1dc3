/**
 * Wiring: the one place that builds the services ({@link dev.techkg.app.Wiring}), from typed settings parsed once at
 * the edge: {@link dev.techkg.app.Config} (the store, a TDB2 folder or a remote SPARQL dataset, is a
 * {@link dev.techkg.app.StoreLocation}) and, for the server, {@link dev.techkg.app.ServerSettings} and
 * {@link dev.techkg.app.AccessPolicy}, each default and check declared once. The web server is built from small named
 * parts (its health report, upload jobs, the index read and model loading in the background). Expensive parts (the
 * CoreNLP models) are built only when a command first needs them.
 */
package dev.techkg.app;
