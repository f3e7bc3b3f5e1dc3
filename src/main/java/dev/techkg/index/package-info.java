/**
 * The in-memory graph index behind the entity and graph APIs: {@link dev.techkg.index.GraphIndex} holds each
 * entity's names, classes and mention count, sorted name indexes (whole names, tails from each word) and every {@link dev.techkg.index.Fact} with its
 * statements, read from the store as one {@link dev.techkg.index.GraphPart} per named graph;
 * {@link dev.techkg.index.IndexUpdater} builds the next index after a write from the graphs it changed, sharing the
 * rest ({@link dev.techkg.index.ShardedMap}, {@link dev.techkg.index.SortedArray}); and
 * {@link dev.techkg.index.GraphIndexCache} keeps the current index and reads it again when the store changes. From it
 * come each fact's {@link dev.techkg.index.Timeline} (first and last report, reports, outlets, near-copies once) and
 * the article list, without a store scan per request; {@link dev.techkg.index.FirstReports}, the facts by the day of
 * their first report, kept at each write, so the facts first reported in a period are a range lookup; and {@link dev.techkg.index.StoredView}, the index as the store
 * holds it (no correction applied), from which the saved queries that read every fact are answered.
 * Immutable indexes, a thread-safe cache.
 */
package dev.techkg.index;
