package dev.techkg.query;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The string functions of a query with a bound on the strings they build, so that a query cannot exhaust the heap
 * by doubling a string (nested REPLACE, CONCAT of a variable with itself, in BIND chains): CONCAT adds up its
 * arguments' lengths before building anything, REPLACE and GROUP_CONCAT stop as soon as their result grows past
 * the bound, and ENCODE_FOR_URI, UCASE, LCASE and calls of other functions (fn:, afn:) check what they return (at
 * most nine times the length of their input, itself bounded). A string past the bound stops the whole query with a
 * {@link QueryLimitException} (not an expression error, which SPARQL would quietly turn into an unbound
 * variable). Queries run in this JVM only: a remote store applies its own limits.
 */
final class BoundedStrings {
    private static final String FN = ARQConstants.fnPrefix;

    private BoundedStrings() {}

    /** A copy of the query whose string functions stop at {@code maxChars} characters. */
    static Query apply(Query query, int maxChars) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_StrEncodeForURI) {
                    return new Encode(arg, maxChars);
                }
                if (func instanceof E_StrUpperCase) {
                    return new Upper(arg, maxChars);
                }
                if (func instanceof E_StrLowerCase) {
                    return new Lower(arg, maxChars);
                }
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(ExprAggregator aggregate) {
                if (aggregate.getAggregator() instanceof GroupConcat || aggregate.getAggregator() instanceof GroupConcatDistinct) {
                    return aggregate;
                }
                if (aggregate.getAggregator() instanceof AggGroupConcat g) {
                    return new ExprAggregator(aggregate.getVar(), new GroupConcat(g.getExprList().get(0), g.getSeparator(), maxChars));
                }
                if (aggregate.getAggregator() instanceof AggGroupConcatDistinct g) {
                    return new ExprAggregator(aggregate.getVar(), new GroupConcatDistinct(g.getExprList().get(0), g.getSeparator(), maxChars));
                }
                return super.transform(aggregate);
            }

            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof Concat || func instanceof Replace || func instanceof Call) {
                    return super.transform(func, args);
                }
                if (func instanceof E_StrConcat || func instanceof E_Function f && f.getFunctionIRI().equals(FN + "concat")) {
                    return new Concat(args, maxChars);
                }
                if ((func instanceof E_StrReplace || func instanceof E_Function f2 && f2.getFunctionIRI().equals(FN + "replace"))
                        && (args.size() == 3 || args.size() == 4)) {
                    return new Replace(args, maxChars);
                }
                if (func instanceof E_Function f) {
                    return new Call(f.getFunctionIRI(), args, maxChars);
                }
                return super.transform(func, args);
            }
        });
    }

    static NodeValue checked(NodeValue value, String function, int maxChars) {
        if (value != null && value.isLiteral() && value.asNode().getLiteralLexicalForm().length() > maxChars) {
            throw tooLong(function, maxChars);
        }
        return value;
    }

    static QueryLimitException tooLong(String function, int maxChars) {
        return new QueryLimitException(QueryLimitException.Kind.TOO_COMPLEX, function + " built a string longer than the limit of "
                + maxChars + " characters, and the query was stopped; a query may not build strings that long");
    }

    /** GROUP_CONCAT, stopped as soon as the string it builds is longer than the bound (4 M rows of a cross product would fill a small heap). */
    private static final class GroupConcat extends AggGroupConcat {
        private final int maxChars;

        GroupConcat(Expr expr, String separator, int maxChars) {
            super(expr, separator);
            this.maxChars = maxChars;
        }

        @Override
        public Accumulator createAccumulator() {
            return new BoundedConcatenation(getExpr(), getSeparator(), false, maxChars);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new GroupConcat(exprs.get(0), getSeparator(), maxChars);
        }
    }

    /** GROUP_CONCAT(DISTINCT …), bounded as {@link GroupConcat}. */
    private static final class GroupConcatDistinct extends AggGroupConcatDistinct {
        private final int maxChars;

        GroupConcatDistinct(Expr expr, String separator, int maxChars) {
            super(expr, separator);
            this.maxChars = maxChars;
        }

        @Override
        public Accumulator createAccumulator() {
            return new BoundedConcatenation(getExpr(), getSeparator(), true, maxChars);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new GroupConcatDistinct(exprs.get(0), getSeparator(), maxChars);
        }
    }

    private static final class BoundedConcatenation extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private final int maxChars;
        private boolean first = true;

        BoundedConcatenation(Expr expr, String separator, boolean distinct, int maxChars) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
            this.maxChars = maxChars;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String text = value.asString();
            if ((long) joined.length() + (first ? 0 : separator.length()) + text.length() > maxChars) {
                throw tooLong("GROUP_CONCAT", maxChars);
            }
            if (!first) {
                joined.append(separator);
            }
            joined.append(text);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // SPARQL: a row whose value is an error is left out
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }

    /** CONCAT: the arguments' total length is checked before they are joined. */
    private static final class Concat extends E_StrConcat {
        private final int maxChars;

        Concat(ExprList args, int maxChars) {
            super(args);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long total = 0;
            for (NodeValue arg : args) {
                total += NodeValueOps.checkAndGetStringLiteral("CONCAT", arg).getLiteralLexicalForm().length();
                if (total > maxChars) {
                    throw tooLong("CONCAT", maxChars);
                }
            }
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs, maxChars);
        }
    }

    /** REPLACE, as Jena computes it, stopped as soon as its result is longer than the bound. */
    private static final class Replace extends E_StrReplace {
        private final int maxChars;

        Replace(ExprList args, int maxChars) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0)).getLiteralLexicalForm();
            String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
            String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern compiled = RegexEngine.makePattern("REPLACE", pattern, flags);
            String result = replaceAll(compiled.matcher(text), replacement);
            if (result == null || result.equals(text)) {
                return args.get(0);
            }
            Node original = args.get(0).asNode();
            return NodeValue.makeNode(NodeFactory.createLiteral(result, original.getLiteralLanguage(), original.getLiteralDatatype()));
        }

        /** Jena's replaceAll (one empty match at most, as ARQ does), with the bound checked after each replacement. */
        private String replaceAll(Matcher matcher, String replacement) {
            try {
                StringBuilder built = null;
                while (matcher.find()) {
                    if (built == null) {
                        built = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(built, replacement);
                    if (built.length() > maxChars) {
                        throw tooLong("REPLACE", maxChars);
                    }
                }
                if (built == null) {
                    return null;
                }
                matcher.appendTail(built);
                if (built.length() > maxChars) {
                    throw tooLong("REPLACE", maxChars);
                }
                return built.toString();
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
            }
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, maxChars);
        }
    }

    private static final class Encode extends E_StrEncodeForURI {
        private final int maxChars;

        Encode(Expr arg, int maxChars) {
            super(arg);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked(super.eval(v), "ENCODE_FOR_URI", maxChars);
        }

        @Override
        public Expr copy(Expr expr) {
            return new Encode(expr, maxChars);
        }
    }

    private static final class Upper extends E_StrUpperCase {
        private final int maxChars;

        Upper(Expr arg, int maxChars) {
            super(arg);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked(super.eval(v), "UCASE", maxChars);
        }

        @Override
        public Expr copy(Expr expr) {
            return new Upper(expr, maxChars);
        }
    }

    private static final class Lower extends E_StrLowerCase {
        private final int maxChars;

        Lower(Expr arg, int maxChars) {
            super(arg);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return checked(super.eval(v), "LCASE", maxChars);
        }

        @Override
        public Expr copy(Expr expr) {
            return new Lower(expr, maxChars);
        }
    }

    /** A call of a function by IRI, whose result is checked. */
    private static final class Call extends E_Function {
        private final int maxChars;

        Call(String iri, ExprList args, int maxChars) {
            super(iri, args);
            this.maxChars = maxChars;
        }

        @Override
        public NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            return checked(super.evalSpecial(binding, env), "<" + getFunctionIRI() + ">", maxChars);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Call(getFunctionIRI(), newArgs, maxChars);
        }
    }
}
