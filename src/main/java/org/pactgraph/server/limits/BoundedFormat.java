package org.pactgraph.server.limits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.sprintf;
import org.apache.jena.web.HttpSC;

/**
 * The format argument of {@code afn:sprintf}, refused when its widths and precisions add up to
 * more characters than the {@link StringLimit}. The JDK's formatter pads a value to its width in
 * one call that nothing can stop: {@code afn:sprintf("%999999999d", 1)} built a string of a
 * billion characters for 40 s past a 5 s timeout before its value could be measured.
 */
final class BoundedFormat extends ExprFunction1 {
    /** A conversion's argument index and flags, then its width and precision (java.util.Formatter's syntax). */
    private static final Pattern SPECIFIER = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(<]*(\\d*)(?:\\.(\\d*))?");

    private final StringLimit limit;
    private final String function;

    BoundedFormat(Expr format, String function, StringLimit limit) {
        super(format, "pactgraph:boundedFormat");
        this.function = function;
        this.limit = limit;
    }

    /** Whether the function IRI names ARQ's {@code sprintf}, under whichever name. */
    static boolean isSprintf(String iri) {
        if (iri.equals("java:" + sprintf.class.getName())) return true;
        FunctionFactory factory = FunctionRegistry.get().get(iri);
        try {
            return factory != null && factory.create(iri) instanceof sprintf;
        } catch (RuntimeException notMade) {
            return false;
        }
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (!v.isLiteral()) return v;
        String format = v.asNode().getLiteralLexicalForm();
        long chars = format.length();
        Matcher m = SPECIFIER.matcher(format);
        while (m.find()) {
            chars += number(m.group(1)) + number(m.group(2));
            limit.check(chars, function);
        }
        return v;
    }

    /** A width or precision, saturated: ten or more digits are more than any limit. */
    private static long number(String digits) {
        if (digits == null || digits.isEmpty()) return 0;
        return digits.length() > 9 ? Long.MAX_VALUE / 4 : Long.parseLong(digits);
    }

    @Override
    public Expr copy(Expr format) {
        return new BoundedFormat(format, function, limit);
    }
}
