/**
 * Where the graph lives: the {@link dev.techkg.store.GraphStore} interface (one named graph per article,
 * union of all named graphs as the default graph of every query) and its two implementations: the embedded
 * TDB2 store, where every access runs inside a transaction, and a remote SPARQL 1.1 store reached through
 * Jena's RDFLink (SPARQL Query, SPARQL Update, Graph Store Protocol), which many processes can share.
 */
package dev.techkg.store;
