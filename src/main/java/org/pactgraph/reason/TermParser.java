package org.pactgraph.reason;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.PactGraphException;

/**
 * Reads a term of a triple as people type it: {@code <https://...>} or a bare https IRI, a
 * prefixed name with the standard prefixes ({@code porg:nvidia}), {@code a} for rdf:type, or a
 * literal in Turtle or N-Triples syntax ({@code "50000000.0"^^xsd:decimal}, {@code 3.5}).
 */
public final class TermParser {
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:(\\S*)");

    /** A term that is none of these. */
    public static final class BadTermException extends PactGraphException {
        BadTermException(String message, String hint) {
            super(message, hint);
        }
    }

    private final PrefixMapping prefixes;

    public TermParser(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** A triple of three terms as people type them. */
    public org.apache.jena.graph.Triple triple(String subject, String predicate, String object) {
        return org.apache.jena.graph.Triple.create(parse(subject), parse(predicate), parse(object));
    }

    public Node parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("a")) return RDF.type.asNode();
        if (t.startsWith("<") && t.endsWith(">") && t.length() > 2) return NodeFactory.createURI(t.substring(1, t.length() - 1));
        if (t.matches("(?i)https?://\\S+|urn:\\S+")) return NodeFactory.createURI(t);
        if (t.startsWith("\"") || t.startsWith("'") || t.matches("[+-]?[0-9.][0-9.eE+-]*|true|false")) return literal(t);
        var m = PREFIXED.matcher(t);
        if (m.matches()) {
            String prefix = m.group(1) == null ? "" : m.group(1);
            String ns = prefixes.getNsPrefixURI(prefix);
            if (ns == null) {
                throw new BadTermException("Unknown prefix '" + prefix + ":' in " + t,
                        "use one of " + String.join(":, ", prefixes.getNsPrefixMap().keySet()) + ": or write the whole IRI in <...>");
            }
            return NodeFactory.createURI(ns + m.group(2));
        }
        throw new BadTermException("'" + t + "' is not an IRI, a prefixed name or a literal",
                "write <https://...>, a prefixed name such as porg:nvidia, or a literal such as \"50000000.0\"^^xsd:decimal");
    }

    private Node literal(String t) {
        try {
            Node n = NodeFactoryExtra.parseNode(t, PrefixMapFactory.create(prefixes));
            if (n.isLiteral()) return n;
        } catch (RuntimeException e) {
            // Reported below with what a literal looks like.
        }
        throw new BadTermException("'" + t + "' is not a literal in Turtle syntax",
                "write it as \"text\"@en, \"50000000.0\"^^xsd:decimal or a number");
    }
}
