package org.pactgraph.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.RegexEngine;

/**
 * A regular expression of {@code REGEX} or {@code REPLACE}, matched so that it stops with its
 * query. The JDK's backtracking matcher can take exponential time ({@code ^(a+)+$}), and even
 * with its memoisation quadratic time in loops that read no character, where no check can be
 * made: a pattern RE2/J takes is therefore matched by RE2/J, in time linear in the text, over a
 * {@link CancellableText}. The few RE2/J refuses (back-references, look-around, the {@code x}
 * flag) are matched by the JDK, over a {@link CancellableText} too. ARQ's own compilation comes
 * first, so a bad pattern or flag gives ARQ's error.
 */
final class CancellablePattern {
    private final String function;
    private final Pattern jdk;
    /** The same pattern for RE2/J, or null when RE2/J cannot take it. */
    private final com.google.re2j.Pattern linear;

    private CancellablePattern(String function, Pattern jdk, com.google.re2j.Pattern linear) {
        this.function = function;
        this.jdk = jdk;
        this.linear = linear;
    }

    static CancellablePattern compile(String function, String pattern, String flags) {
        Pattern jdk = RegexEngine.makePattern(function, pattern, flags);
        return new CancellablePattern(function, jdk, linear(pattern, flags));
    }

    private static com.google.re2j.Pattern linear(String pattern, String flags) {
        String f = flags == null ? "" : flags;
        if (f.contains("x")) return null;
        int mask = (f.contains("i") ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0)
                | (f.contains("s") ? com.google.re2j.Pattern.DOTALL : 0)
                | (f.contains("m") ? com.google.re2j.Pattern.MULTILINE : 0);
        try {
            return com.google.re2j.Pattern.compile(f.contains("q") ? com.google.re2j.Pattern.quote(pattern) : pattern, mask);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the pattern occurs in the text. */
    boolean find(String text, AtomicBoolean cancelled) {
        CancellableText t = new CancellableText(text, cancelled);
        try {
            return linear != null ? linear.matcher(t).find() : jdk.matcher(t).find();
        } catch (StackOverflowError e) {
            throw tooDeep(text.length());
        }
    }

    /**
     * The text with every match replaced, as ARQ replaces (a zero-length match only when it is the
     * first), or null when nothing matched; refused past the limit while it is built.
     */
    String replace(String text, String replacement, AtomicBoolean cancelled, StringLimit limit) {
        CancellableText t = new CancellableText(text, cancelled);
        StringBuilder result = null;
        try {
            Matches m = linear != null ? Matches.of(linear.matcher(t)) : Matches.of(jdk.matcher(t));
            while (m.find().getAsBoolean()) {
                if (result == null) result = new StringBuilder();
                else if (m.start().getAsInt() == m.end().getAsInt()) continue;
                m.appendReplacement().accept(result, replacement);
                limit.check(result.length(), function);
            }
            if (result != null) m.appendTail().accept(result);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException(function + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw tooDeep(text.length());
        }
        if (result == null) return null;
        limit.check(result.length(), function);
        return result.toString();
    }

    /** The part of a matcher that replacing uses, the same for RE2/J's and the JDK's. */
    private record Matches(BooleanSupplier find, IntSupplier start, IntSupplier end,
                           BiConsumer<StringBuilder, String> appendReplacement, Consumer<StringBuilder> appendTail) {
        static Matches of(com.google.re2j.Matcher m) {
            return new Matches(m::find, m::start, m::end, m::appendReplacement, m::appendTail);
        }

        static Matches of(java.util.regex.Matcher m) {
            return new Matches(m::find, m::start, m::end, m::appendReplacement, m::appendTail);
        }
    }

    /**
     * The refusal of a match that recursed past the thread's stack: the JDK's matcher recurses
     * once for each repetition of a group with alternatives, and the request would otherwise fail
     * with a bare 500.
     */
    private QueryRefused tooDeep(int length) {
        return new QueryRefused(org.apache.jena.web.HttpSC.UNPROCESSABLE_ENTITY_422, function + ": the pattern \"" + jdk.pattern()
                + "\" nests too deeply over a string of " + length + " characters. Use a pattern without a repeated group"
                + " of alternatives (such as a+ for (a|aa)+), or match shorter strings.");
    }
}
