package dev.techkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A query builder for a remote store that sends substitutions as a {@code VALUES} block at the start of the
 * query's WHERE group, instead of Jena's syntactic replacement. That replacement is fine for a query run in
 * this JVM, but its text is not always SPARQL ({@code bound("x")}, {@code GROUP BY (<iri> AS ?v)}), and a
 * server refuses it. Everything else goes to the HTTP builder unchanged. Not thread-safe (one per query).
 */
final class RemoteQueryBuilder implements QueryExecBuilder {
    private final QueryExecBuilder http;
    private final Map<Var, Node> substitutions = new LinkedHashMap<>();
    private Query query;

    RemoteQueryBuilder(QueryExecBuilder http) {
        this.http = http;
    }

    /** The query with the substituted variables bound by a {@code VALUES} block that heads its WHERE group. */
    static Query withValues(Query query, Map<Var, Node> values) {
        if (values.isEmpty()) {
            return query;
        }
        Query copy = query.cloneQuery();
        ElementData data = new ElementData();
        BindingBuilder row = Binding.builder();
        values.forEach((var, value) -> {
            // Jena writes an IRI between < and > as it is: one holding '>' or a space would end the term early and the
            // rest would be read as query text. Such a value is refused, never written.
            if (value.isURI() && !value.getURI().chars().allMatch(c -> c > ' ' && "<>\"{}|^`\\".indexOf(c) < 0)) {
                throw new StoreException("Not a valid IRI for ?" + var.getVarName() + ": '" + value.getURI() + "'");
            }
            if (!value.isURI() && !value.isLiteral()) {
                throw new StoreException("?" + var.getVarName() + " can be given an IRI or a literal only, not " + value);
            }
            data.add(var);
            row.add(var, value);
        });
        data.add(row.build());
        // A new group, so the original (possibly shared, parsed once) query is never changed.
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        Element pattern = copy.getQueryPattern();
        if (pattern instanceof ElementGroup existing) {
            existing.getElements().forEach(group::addElement);
        } else if (pattern != null) {
            group.addElement(pattern);
        }
        copy.setQueryPattern(group);
        return copy;
    }

    @Override
    public QueryExecBuilder query(Query query) {
        this.query = query;
        return this;
    }

    @Override
    public QueryExecBuilder query(String queryString) {
        return query(QueryFactory.create(queryString));
    }

    @Override
    public QueryExecBuilder query(String queryString, Syntax syntax) {
        return query(QueryFactory.create(queryString, syntax));
    }

    @Override
    public QueryExecBuilder parseCheck(boolean parseCheck) {
        http.parseCheck(parseCheck);
        return this;
    }

    @Override
    public QueryExecBuilder set(Symbol symbol, Object value) {
        http.set(symbol, value);
        return this;
    }

    @Override
    public QueryExecBuilder set(Symbol symbol, boolean value) {
        http.set(symbol, value);
        return this;
    }

    @Override
    public QueryExecBuilder context(Context context) {
        http.context(context);
        return this;
    }

    @Override
    public QueryExecBuilder substitution(Binding binding) {
        binding.forEach(substitutions::put);
        return this;
    }

    @Override
    public QueryExecBuilder substitution(Var var, Node value) {
        substitutions.put(var, value);
        return this;
    }

    @Override
    public QueryExecBuilder timeout(long value, TimeUnit timeUnit) {
        http.timeout(value, timeUnit);
        return this;
    }

    @Override
    public QueryExecBuilder timeout(long value) {
        http.timeout(value);
        return this;
    }

    @Override
    public QueryExecBuilder initialTimeout(long timeout, TimeUnit timeUnit) {
        http.initialTimeout(timeout, timeUnit);
        return this;
    }

    @Override
    public QueryExecBuilder overallTimeout(long timeout, TimeUnit timeUnit) {
        http.overallTimeout(timeout, timeUnit);
        return this;
    }

    @Override
    public Context getContext() {
        return http.getContext();
    }

    @Override
    public QueryExec build() {
        return http.query(withValues(query, substitutions)).build();
    }
}
