package org.pactgraph.server.limits;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** SPARQL's {@code REGEX}, matched with a {@link CancellablePattern} so that it stops with its query. */
final class CancellableRegex extends E_Regex {
    /** The compiled pattern when pattern and flags are constants, else null. */
    private final CancellablePattern constant;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        constant = isString(pattern) && (flags == null || isString(flags))
                ? compile("REGEX", pattern.getConstant(), flags == null ? null : flags.getConstant())
                : null;
    }

    static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    /**
     * A pattern given as values, with flags checked as {@link E_Regex} checks them; refused past
     * {@link QueryText#MAX_PATTERN_CHARS}, as a pattern the query builds while it runs would
     * otherwise be compiled in one call no timeout stops.
     */
    static CancellablePattern compile(String function, NodeValue pattern, NodeValue flags) {
        if (pattern.isString() && pattern.getString().length() > QueryText.MAX_PATTERN_CHARS) {
            throw patternTooLong(pattern.getString().length());
        }
        E_Regex.makeRegexEngine(pattern, flags); // the same errors as ARQ for a bad pattern or flag
        return CancellablePattern.compile(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    /**
     * Refuses to be evaluated without the query's environment, which is how ARQ's optimizer
     * evaluates functions of constants, at planning: this leaves the match to run time, under
     * the cancel flag.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw notAtPlanning("REGEX");
    }

    /** The refusal of a regular expression longer than {@link QueryText#MAX_PATTERN_CHARS}. */
    static QueryRefused patternTooLong(int length) {
        return new QueryRefused(413, "This request gives REGEX or REPLACE a pattern of " + length + " characters; this server"
                + " compiles patterns of at most " + QueryText.MAX_PATTERN_CHARS + ", since compiling one is work no timeout"
                + " stops. Match a shorter pattern, or compare with CONTAINS, STRSTARTS or = for a long fixed text.");
    }

    static ExprEvalException notAtPlanning(String function) {
        return new ExprEvalException(function + " is evaluated when the query runs, not when it is planned");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        CancellablePattern pattern = constant != null ? constant : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.find(text.getLiteralLexicalForm(), cancelSignal(env)));
    }

    static java.util.concurrent.atomic.AtomicBoolean cancelSignal(FunctionEnv env) {
        return Context.getCancelSignal(env == null ? null : env.getContext());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
