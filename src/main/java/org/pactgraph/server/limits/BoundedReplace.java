package org.pactgraph.server.limits;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REPLACE} as ARQ does it (the result keeps the text's language or datatype, and
 * is the text itself when nothing changed), matched with a {@link CancellablePattern} so that it
 * stops with its query, and refused past the {@link StringLimit} while it is built.
 */
final class BoundedReplace extends E_StrReplace {
    private final CancellablePattern constant;
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
        CancellablePattern pattern = constant != null ? constant
                : CancellableRegex.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String lexical = text.getLiteralLexicalForm();
        String replaced = pattern.replace(lexical, replacement, CancellableRegex.cancelSignal(env), limit);
        if (replaced == null || replaced.equals(lexical)) return args.get(0);
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, text.getLiteralLanguage(),
                text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null, limit);
    }
}
