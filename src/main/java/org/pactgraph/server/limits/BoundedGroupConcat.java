package org.pactgraph.server.limits;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code GROUP_CONCAT}, with and without {@code DISTINCT}, refused as soon as the string
 * of one group grows past the {@link StringLimit}, instead of after it has filled the heap.
 */
final class BoundedGroupConcat {
    private BoundedGroupConcat() {}

    /** The bounded form of a {@code GROUP_CONCAT} aggregator, or the aggregator itself when it is another. */
    static Aggregator of(Aggregator agg, Expr expr, StringLimit limit) {
        if (agg instanceof AggGroupConcat g && !(agg instanceof Plain)) return new Plain(expr, g.getSeparator(), limit);
        if (agg instanceof AggGroupConcatDistinct g && !(agg instanceof Distinct)) return new Distinct(expr, g.getSeparator(), limit);
        return agg;
    }

    private static final class Plain extends AggGroupConcat {
        private final StringLimit limit;

        Plain(Expr expr, String separator, StringLimit limit) {
            super(expr, separator);
            this.limit = limit;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator(), limit);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExpr(), false, getSeparator(), limit);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final StringLimit limit;

        Distinct(Expr expr, String separator, StringLimit limit) {
            super(expr, separator);
            this.limit = limit;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator(), limit);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExpr(), true, getSeparator(), limit);
        }
    }

    /** One group's string so far; the separator is a space unless the query names another. */
    private static final class Concatenation extends AccumulatorExpr {
        private final StringBuilder soFar = new StringBuilder();
        private final String separator;
        private final StringLimit limit;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator, StringLimit limit) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
            this.limit = limit;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv functionEnv) {
            String value = nv.asString();
            limit.check((long) soFar.length() + (first ? 0 : separator.length()) + value.length(), "GROUP_CONCAT");
            if (!first) soFar.append(separator);
            soFar.append(value);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv functionEnv) {}

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(soFar.toString());
        }
    }
}
