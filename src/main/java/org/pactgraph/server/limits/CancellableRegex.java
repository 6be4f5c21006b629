package org.pactgraph.server.limits;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL's {@code REGEX} with the JDK's regular expressions, as ARQ's default, but matched over a
 * {@link CancellableText}: a pattern that backtracks catastrophically stops with its query.
 */
final class CancellableRegex extends E_Regex {
    /** The compiled pattern when pattern and flags are constants, else null. */
    private final Pattern constant;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        constant = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern("REGEX", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString())
                : null;
    }

    static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
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

    static ExprEvalException notAtPlanning(String function) {
        return new ExprEvalException(function + " is evaluated when the query runs, not when it is planned");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constant != null ? constant : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        String lexical = text.getLiteralLexicalForm();
        try {
            return NodeValue.booleanReturn(pattern.matcher(new CancellableText(lexical, Context.getCancelSignal(env == null ? null : env.getContext()))).find());
        } catch (StackOverflowError e) {
            throw tooDeep("REGEX", pattern, lexical.length());
        }
    }

    /**
     * The refusal of a match that recursed past the thread's stack: {@code java.util.regex}
     * recurses once for each repetition of a group with alternatives, such as {@code (a|aa)+},
     * and would otherwise fail the request with a bare 500.
     */
    static QueryRefused tooDeep(String function, Pattern pattern, int length) {
        return new QueryRefused(HttpSC.UNPROCESSABLE_ENTITY_422, function + ": the pattern \"" + pattern.pattern()
                + "\" nests too deeply over a string of " + length + " characters. Use a pattern without a repeated group"
                + " of alternatives (such as a+ for (a|aa)+), or match shorter strings.");
    }

    /** A pattern given at run time, with flags checked as {@link E_Regex} checks them. */
    static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        E_Regex.makeRegexEngine(pattern, flags); // the same errors as ARQ for a bad pattern or flag
        return RegexEngine.makePattern(function, pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
