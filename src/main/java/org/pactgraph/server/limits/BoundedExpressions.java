package org.pactgraph.server.limits;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * A step added before ARQ's optimizer that puts PactGraph's bounded forms in place of the
 * functions that could run without end or build strings without bound: {@code REGEX} and
 * {@code REPLACE} match over a {@link CancellableText}; {@code CONCAT}, {@code REPLACE} and
 * {@code GROUP_CONCAT} stop at the {@link StringLimit}. Each bounded form gives the same answers
 * as ARQ's within the bounds. It comes before the optimizer because the optimizer evaluates
 * functions of constants once, at planning: {@code REPLACE} of two long constants could
 * otherwise build its string there, unbounded.
 */
final class BoundedExpressions {
    private BoundedExpressions() {}

    /** This rewrite, then ARQ's optimizer (whichever is set globally). */
    static RewriteFactory beforeOptimizer(StringLimit limit) {
        return context -> {
            var optimizer = Optimize.getFactory().create(context);
            return op -> optimizer.rewrite(rewrite(op, limit));
        };
    }

    /** The algebra with every such function in its bounded form. */
    static Op rewrite(Op op, StringLimit limit) {
        return Transformer.transform(new Aggregates(limit), new Functions(limit), op);
    }

    private static final class Functions extends ExprTransformCopy {
        private final StringLimit limit;

        Functions(StringLimit limit) {
            this.limit = limit;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (func instanceof E_StrReplace && !(func instanceof BoundedReplace)) {
                return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limit);
            }
            if (func instanceof E_StrConcat && !(func instanceof BoundedConcat)) return new BoundedConcat(args, limit);
            return super.transform(func, args);
        }
    }

    private static final class Aggregates extends TransformCopy {
        private final StringLimit limit;

        Aggregates(StringLimit limit) {
            this.limit = limit;
        }

        @Override
        public Op transform(OpGroup group, Op subOp) {
            List<ExprAggregator> bounded = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator a : group.getAggregators()) {
                Aggregator agg = a.getAggregator();
                Aggregator b = agg.getExprList() == null || agg.getExprList().size() != 1 ? agg
                        : BoundedGroupConcat.of(agg, agg.getExprList().get(0), limit);
                changed |= b != agg;
                bounded.add(b == agg ? a : new ExprAggregator(a.getVar(), b));
            }
            return changed ? OpGroup.create(subOp, group.getGroupVars(), bounded) : super.transform(group, subOp);
        }
    }
}
