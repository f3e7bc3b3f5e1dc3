/**
 * Where the graph lives: the {@link dev.techkg.store.GraphStore} interface (one named graph per article,
 * union of all named graphs as the default graph of every query) and its embedded TDB2 implementation.
 * Every store access runs inside a transaction.
 */
package dev.techkg.store;
