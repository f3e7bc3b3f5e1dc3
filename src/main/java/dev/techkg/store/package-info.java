/**
 * Where the graph lives: one named graph per article, the union of all named graphs as the default graph of
 * every query. {@link dev.techkg.store.GraphStore} is the sum of four roles, and code takes only the role it
 * needs: {@link dev.techkg.store.ArticleStore} (ingest), {@link dev.techkg.store.SparqlStore} (queries, updates,
 * graph reads), {@link dev.techkg.store.DatasetTransfer} (export, load, backup, restore) and
 * {@link dev.techkg.store.ChangeTracking} (the data version caches watch) and {@link dev.techkg.store.FullText} (a Lucene
 * index of names, evidence sentences and article texts, {@link dev.techkg.store.TextFields}: Jena's text index, written
 * in each TDB2 write transaction; in memory and kept up from the changed graphs for a remote store). Two implementations: the embedded TDB2
 * store, where every access runs inside a transaction, and a remote SPARQL 1.1 store reached through Jena's RDFLink
 * (SPARQL Query, SPARQL Update, Graph Store Protocol), which many processes can share; its connection, failure
 * messages and dataset I/O are classes of their own. What both share (canonical decimals, quad counting, backup
 * reading) is in the package-private {@code StoreSupport}, and their change log in {@code TrackedStore}. Nothing
 * here depends on extraction or linking: the store takes finished {@link dev.techkg.rdf.ArticleGraph}s.
 */
package dev.techkg.store;
