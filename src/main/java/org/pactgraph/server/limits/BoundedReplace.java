package org.pactgraph.server.limits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REPLACE} as ARQ does it (a zero-length match is replaced only when it is the
 * first match; the result keeps the text's language or datatype), with the text matched over a
 * {@link CancellableText} so that a catastrophic pattern stops with its query, and the result
 * refused past the {@link StringLimit} while it is built.
 */
final class BoundedReplace extends E_StrReplace {
    private final Pattern constant;
    private final StringLimit limit;

    BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags, StringLimit limit) {
        super(text, pattern, replacement, flags);
        this.limit = limit;
        constant = CancellableRegex.isString(pattern) && (flags == null || CancellableRegex.isString(flags))
                ? CancellableRegex.compile("REPLACE", pattern.getConstant(), flags == null ? null : flags.getConstant())
                : null;
    }

    /** Left to run time, as {@link CancellableRegex#eval(List)} is. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw CancellableRegex.notAtPlanning("REPLACE");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constant != null ? constant : CancellableRegex.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String lexical = text.getLiteralLexicalForm();
        Matcher m = pattern.matcher(new CancellableText(lexical, Context.getCancelSignal(env == null ? null : env.getContext())));
        StringBuilder result = null;
        try {
            while (m.find()) {
                if (result == null) result = new StringBuilder();
                else if (m.start() == m.end()) continue;
                m.appendReplacement(result, replacement);
                limit.check(result.length(), "REPLACE");
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw CancellableRegex.tooDeep("REPLACE", pattern, lexical.length());
        }
        if (result == null) return args.get(0);
        m.appendTail(result);
        limit.check(result.length(), "REPLACE");
        String replaced = result.toString();
        if (replaced.equals(lexical)) return args.get(0);
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(),
                text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null, limit);
    }
}
