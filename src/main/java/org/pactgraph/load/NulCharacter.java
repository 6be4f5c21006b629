package org.pactgraph.load;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * U+0000 (NUL) in RDF text. Turtle, N-Triples, SPARQL and JSON write it as an escape (a
 * backslash, then u0000 or U00000000); once in a literal it cannot be written as RDF/XML or
 * XML at all (XML 1.0 has no way to carry it), so dumps and pages in those formats would fail.
 * PactGraph refuses it where data comes in: at load, in updates and in Graph Store writes.
 */
public final class NulCharacter {
    /** What a refusal says was found. */
    public static final String FOUND = "the character U+0000 (NUL), which RDF/XML and XML cannot carry";

    private NulCharacter() {}

    /** A line and column, both from 1. */
    public record Position(long line, long column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** True when a term of the triple holds NUL. */
    public static boolean in(Triple t) {
        return in(t.getSubject()) || in(t.getPredicate()) || in(t.getObject());
    }

    private static boolean in(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm().indexOf('\0') >= 0;
        if (n.isURI()) return n.getURI().indexOf('\0') >= 0;
        if (n.isTripleTerm()) return in(n.getTriple());
        return false;
    }

    /**
     * Where the text first writes NUL: the character itself, or a backslash followed by u0000
     * or U00000000, unless that backslash is itself escaped (two backslashes are one, then text).
     */
    public static Optional<Position> firstIn(CharSequence text) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\0' || c == '\\' && escapesNul(text, i)) {
                return Optional.of(new Position(line, i - lineStart + 1));
            } else if (c == '\\') {
                i++; // an escaped character, a backslash included, starts nothing
            }
        }
        return Optional.empty();
    }

    private static boolean escapesNul(CharSequence text, int at) {
        if (at + 1 >= text.length()) return false;
        int digits = switch (text.charAt(at + 1)) {
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits == 0 || at + 2 + digits > text.length()) return false;
        for (int k = at + 2; k < at + 2 + digits; k++) {
            if (text.charAt(k) != '0') return false;
        }
        return true;
    }
}
