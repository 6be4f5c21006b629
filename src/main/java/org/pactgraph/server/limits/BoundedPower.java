package org.pactgraph.server.limits;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.library.Math_pow;

/**
 * {@code math:pow} as ARQ computes it, refused before it raises an integer to a power of more
 * than {@value BoundedValue#MAX_DIGITS} digits: ARQ raises integers with {@code BigInteger.pow},
 * one call that {@code math:pow(10, 1000000000)} would keep busy for minutes. Checked before the
 * call, as its result could only be checked once it is built.
 */
final class BoundedPower extends ExprFunction2 {
    private static final Math_pow POW = new Math_pow();

    BoundedPower(Expr base, Expr exponent) {
        super(base, exponent, "math:pow");
    }

    @Override
    public NodeValue eval(NodeValue base, NodeValue exponent) {
        if (base.isInteger() && exponent.isInteger() && base.getInteger().abs().bitLength() > 1
                && exponent.getInteger().signum() > 0
                && exponent.getInteger().multiply(java.math.BigInteger.valueOf(base.getInteger().abs().bitLength() - 1))
                        .compareTo(java.math.BigInteger.valueOf(BoundedValue.MAX_BITS)) > 0) {
            throw BoundedValue.tooManyDigits("math:pow");
        }
        return POW.exec(base, exponent);
    }

    @Override
    public Expr copy(Expr base, Expr exponent) {
        return new BoundedPower(base, exponent);
    }
}
