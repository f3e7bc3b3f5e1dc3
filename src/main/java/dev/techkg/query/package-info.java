/**
 * Reading the store. {@link dev.techkg.query.SparqlService} is the one road for SPARQL, for the web and the command
 * line alike: it parses a query (as sent by a protocol client, or with the
 * {@link dev.techkg.query.SparqlService#PRESET_PREFIXES} when a person typed it, or saved in {@code queries/*.rq}
 * ({@link dev.techkg.query.SavedQueries})), binds variables by substitution ({@link dev.techkg.query.Terms}, never by
 * pasting text into the query; a saved query's header documents its parameters, one
 * {@code # param: ?var (kind, default value) what it does} line each ({@link dev.techkg.query.Parameter}), and
 * {@link dev.techkg.query.ParameterResolver} reads values by kind and refuses those that would match nothing), executes it and writes the answer in an {@link dev.techkg.query.AnswerFormat}: by
 * media type for the protocol, by {@link dev.techkg.query.ResultFormat} name on the command line. Every query runs
 * within bounds ({@link dev.techkg.query.QueryLimits}): no SERVICE call but to allowed endpoints
 * ({@link dev.techkg.query.ServicePolicy}), a time limit, a row cap, a cap on the strings it builds, and a place in
 * line with a memory guard ({@link dev.techkg.query.QueryGate}). The read services behind the JSON APIs live here
 * too: {@link dev.techkg.query.SearchService} finds words in names, evidence and articles through the store's text
 * index; {@link dev.techkg.query.EntityService} and {@link dev.techkg.query.GraphService} answer from the in-memory
 * index of {@code dev.techkg.index}, as do the saved queries that read every fact on the server, and
 * {@code partners-of-rivals} (its sentences looked up in the store) ({@link dev.techkg.query.IndexedQueries}: the rows
 * of their SPARQL), {@link dev.techkg.query.ArticleService} from
 * the store, and whole graphs are
 * written out by {@link dev.techkg.query.ExportService}. Corrections are checked and stored by
 * {@link dev.techkg.query.CurationService}; {@link dev.techkg.query.ReviewQueue} raises the review queue's flags (possible
 * contradictions, merge suggestions) from the index and the articles' text, for a person to resolve.
 */
package dev.techkg.query;
