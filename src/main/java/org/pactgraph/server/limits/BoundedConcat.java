package org.pactgraph.server.limits;

import java.util.List;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL's {@code CONCAT}, refused before it builds a string longer than the {@link StringLimit}:
 * a chain of {@code BIND(CONCAT(?x, ?x) AS ?y)} doubles a string at each step.
 */
final class BoundedConcat extends E_StrConcat {
    private final StringLimit limit;

    BoundedConcat(ExprList args, StringLimit limit) {
        super(args);
        this.limit = limit;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        long length = 0;
        for (NodeValue v : args) {
            if (v.isLiteral()) length += v.asNode().getLiteralLexicalForm().length();
        }
        limit.check(length, "CONCAT");
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs, limit);
    }
}
