package org.pactgraph.server.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_NumAbs;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLang;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.E_UnaryMinus;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * A step added before ARQ's optimizer that puts PactGraph's bounded forms in place of the
 * functions that could run without end or build values without bound: {@code REGEX},
 * {@code REPLACE}, {@code fn:matches} and {@code fn:replace} match over a {@link CancellableText};
 * {@code CONCAT}, {@code REPLACE} and {@code GROUP_CONCAT} stop at the {@link StringLimit}; every
 * other function that can build a longer string or a larger number (arithmetic,
 * {@code ENCODE_FOR_URI}, the case functions, {@code STRDT}, {@code STRLANG} and every function
 * called by IRI, such as {@code fn:concat}, {@code afn:strjoin} and the casts) has its value
 * bounded by a {@link BoundedValue}. Each bounded form gives the same answers as ARQ's within the
 * bounds. It comes before the optimizer because the optimizer evaluates functions of constants
 * once, at planning: {@code REPLACE} of two long constants could otherwise build its string
 * there, unbounded.
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
        private static final String FN = "http://www.w3.org/2005/xpath-functions#";
        private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
        /** The built-ins whose value can be longer or have more digits than their arguments'. */
        private static final Set<Class<?>> GROWING = Set.of(E_Add.class, E_Subtract.class, E_Multiply.class, E_Divide.class,
                E_UnaryMinus.class, E_NumAbs.class, E_StrEncodeForURI.class, E_StrUpperCase.class, E_StrLowerCase.class,
                E_StrDatatype.class, E_StrLang.class);

        private final StringLimit limit;

        Functions(StringLimit limit) {
            this.limit = limit;
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            return bounded(super.transform(func, arg));
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            if (func instanceof E_StrDatatype && arg2.isConstant() && arg2.getConstant().isIRI()
                    && BoundedValue.isExactNumber(arg2.getConstant().asNode().getURI())) {
                arg1 = BoundedValue.parsedAsNumber(arg1, "STRDT", limit);
            }
            return bounded(super.transform(func, arg1, arg2));
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Function f) return function(f.getFunctionIRI(), args);
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) return regex(args);
            if (func instanceof E_StrReplace && !(func instanceof BoundedReplace)) return replace(args);
            if (func instanceof E_StrConcat && !(func instanceof BoundedConcat)) return new BoundedConcat(args, limit);
            return super.transform(func, args);
        }

        /**
         * A function of the registry by its IRI: the XPath regular expressions as their SPARQL
         * built-ins, which ARQ makes of them, in bounded form; every other one ({@code fn:concat},
         * which unlike {@code CONCAT} takes numbers, {@code afn:strjoin}, the casts and the rest)
         * with its value bounded, and a cast to an integer or decimal with its text bounded before
         * it is parsed.
         */
        private Expr function(String iri, ExprList args) {
            int n = args.size();
            try {
                if (iri.equals(FN + "matches") && (n == 2 || n == 3)) return regex(args);
                if (iri.equals(FN + "replace") && (n == 3 || n == 4)) return replace(args);
            } catch (ExprEvalException badPattern) {
                // A constant pattern that does not compile: the XPath function, unlike the
                // built-in, fails on each row and not on the query, so it is left to fail there.
                return new E_Function(iri, args);
            }
            if (iri.equals(MATH + "pow") && n == 2) return BoundedValue.result(new BoundedPower(args.get(0), args.get(1)), iri, limit);
            ExprList bounded = args;
            if (n == 1 && BoundedValue.isExactNumber(iri)) bounded = new ExprList(BoundedValue.parsedAsNumber(args.get(0), iri, limit));
            if (n >= 1 && BoundedFormat.isSprintf(iri)) {
                bounded = new ExprList(new BoundedFormat(args.get(0), iri, limit));
                for (int i = 1; i < n; i++) bounded.add(args.get(i));
            }
            return BoundedValue.result(new E_Function(iri, bounded), iri, limit);
        }

        private Expr regex(ExprList args) {
            return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        private Expr replace(ExprList args) {
            return new BoundedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, limit);
        }

        private Expr bounded(Expr e) {
            return e instanceof ExprFunction f && GROWING.contains(f.getClass())
                    ? BoundedValue.result(f, f.getFunctionSymbol().getSymbol().toUpperCase(java.util.Locale.ROOT), limit)
                    : e;
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
