package org.pactgraph.server.limits;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.impl.XSDBaseNumericType;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.web.HttpSC;

/**
 * The value of a function, refused when it is a string longer than the {@link StringLimit} or an
 * integer or decimal of more than {@value #MAX_DIGITS} digits. Every function that can build a
 * string or a number is evaluated under it, so each value a query builds is bounded, and with
 * bounded arguments no single call (a {@code BigInteger} product, an {@code fn:concat}) runs long
 * or allocates much: a chain of squarings or doublings is refused at its first step past a
 * bound. As {@link #parsedAsNumber} it guards a cast or {@code STRDT} to a number, whose parsing
 * of a long digit string is itself one uninterruptible call.
 */
final class BoundedValue extends ExprFunction1 {
    /** The most digits an integer or decimal value of a query may have. */
    static final int MAX_DIGITS = 1_000;
    /** About {@value #MAX_DIGITS} decimal digits, in bits. */
    static final int MAX_BITS = (int) Math.ceil(MAX_DIGITS * Math.log(10) / Math.log(2));

    private final StringLimit limit;
    private final String function;
    private final boolean parsedAsNumber;

    private BoundedValue(Expr value, String function, StringLimit limit, boolean parsedAsNumber) {
        super(value, "pactgraph:bounded");
        this.function = function;
        this.limit = limit;
        this.parsedAsNumber = parsedAsNumber;
    }

    /** The result of {@code function}, bounded. */
    static BoundedValue result(Expr function, String name, StringLimit limit) {
        return new BoundedValue(function, name, limit, false);
    }

    /** An argument that {@code function} parses as a number: its text may have no more than {@value #MAX_DIGITS} characters. */
    static BoundedValue parsedAsNumber(Expr argument, String name, StringLimit limit) {
        return new BoundedValue(argument, name, limit, true);
    }

    /** Whether a cast to, or {@code STRDT} with, this datatype parses its text into an integer or decimal. */
    static boolean isExactNumber(String datatypeIri) {
        RDFDatatype type = TypeMapper.getInstance().getTypeByName(datatypeIri);
        return type instanceof XSDBaseNumericType;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (parsedAsNumber) {
            if (v.isLiteral() && v.asNode().getLiteralLexicalForm().length() > MAX_DIGITS) throw tooManyDigits(function);
            return v;
        }
        if (v.isInteger() && v.getInteger().bitLength() > MAX_BITS) throw tooManyDigits(function);
        if (v.isDecimal() && (v.getDecimal().precision() > MAX_DIGITS || Math.abs(v.getDecimal().scale()) > MAX_DIGITS)) throw tooManyDigits(function);
        if (v.isLiteral()) limit.check(v.asNode().getLiteralLexicalForm().length(), function);
        return v;
    }

    /** The refusal of a number of more than {@value #MAX_DIGITS} digits built with {@code function}. */
    static QueryRefused tooManyDigits(String function) {
        return new QueryRefused(HttpSC.PAYLOAD_TOO_LARGE_413, "This query builds a number of more than " + MAX_DIGITS
                + " digits with " + function + "; this server's limit is " + MAX_DIGITS
                + " digits. Narrow the query: fewer steps of arithmetic, or smaller numbers.");
    }

    @Override
    public Expr copy(Expr value) {
        return new BoundedValue(value, function, limit, parsedAsNumber);
    }
}
