package org.pactgraph.server.ontology;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.server.ontology.OntologyModel.Token;

/**
 * Writes an OWL class expression for people, in the Manchester syntax's words: named classes
 * as links, {@code A or B}, {@code A and B}, {@code not A}, {@code p some C}, {@code p only C},
 * {@code p value x}, {@code p min n}, and property chains as {@code p ∘ q}.
 */
final class ClassExpressions {
    private final Graph ontology;
    private final TermLinks terms;

    ClassExpressions(Graph ontology, TermLinks terms) {
        this.ontology = ontology;
        this.terms = terms;
    }

    /** The expression as tokens; a named class is one link. */
    List<Token> of(Node expression) {
        List<Token> out = new ArrayList<>();
        write(expression, out, 0);
        return out;
    }

    /** The members of an RDF list, joined by a word. */
    List<Token> list(Node head, String joiner) {
        List<Token> out = new ArrayList<>();
        String sep = "";
        for (Node n : members(head)) {
            if (!sep.isEmpty()) out.add(Token.text(sep));
            write(n, out, 1);
            sep = joiner;
        }
        return out;
    }

    private void write(Node n, List<Token> out, int depth) {
        if (!n.isBlank()) {
            out.add(terms.token(n));
            return;
        }
        if (depth > 8) {
            out.add(Token.text("\u2026"));
            return;
        }
        boolean nested = depth > 0;
        if (nested) out.add(Token.text("("));
        Node union = object(n, OWL2.unionOf.asNode());
        Node intersection = object(n, OWL2.intersectionOf.asNode());
        Node complement = object(n, OWL2.complementOf.asNode());
        Node oneOf = object(n, OWL2.oneOf.asNode());
        Node property = object(n, OWL2.onProperty.asNode());
        if (union != null) {
            out.addAll(list(union, " or "));
        } else if (intersection != null) {
            out.addAll(list(intersection, " and "));
        } else if (complement != null) {
            out.add(Token.text("not "));
            write(complement, out, depth + 1);
        } else if (oneOf != null) {
            out.add(Token.text("{"));
            out.addAll(list(oneOf, ", "));
            out.add(Token.text("}"));
        } else if (property != null) {
            restriction(n, property, out, depth);
        } else {
            out.add(Token.text("(an anonymous class)"));
        }
        if (nested) out.add(Token.text(")"));
    }

    private void restriction(Node n, Node property, List<Token> out, int depth) {
        out.add(terms.token(property));
        Node[] kinds = {OWL2.someValuesFrom.asNode(), OWL2.allValuesFrom.asNode(), OWL2.hasValue.asNode(),
            OWL2.minCardinality.asNode(), OWL2.maxCardinality.asNode(), OWL2.cardinality.asNode(),
            OWL2.minQualifiedCardinality.asNode(), OWL2.maxQualifiedCardinality.asNode(), OWL2.qualifiedCardinality.asNode()};
        String[] words = {" some ", " only ", " value ", " min ", " max ", " exactly ", " min ", " max ", " exactly "};
        for (int i = 0; i < kinds.length; i++) {
            Node value = object(n, kinds[i]);
            if (value == null) continue;
            out.add(Token.text(words[i]));
            if (value.isLiteral()) {
                out.add(Token.text(value.getLiteralLexicalForm()));
                Node on = object(n, OWL2.onClass.asNode());
                if (on != null) {
                    out.add(Token.text(" "));
                    write(on, out, depth + 1);
                }
            } else {
                write(value, out, depth + 1);
            }
            return;
        }
    }

    private Node object(Node s, Node p) {
        var it = ontology.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The members of an RDF list, stopping at a cycle or a broken list. */
    List<Node> members(Node head) {
        List<Node> out = new ArrayList<>();
        Node at = head;
        while (at != null && !at.equals(RDF.nil.asNode()) && out.size() < 1000) {
            Node first = object(at, RDF.first.asNode());
            if (first == null) break;
            out.add(first);
            at = object(at, RDF.rest.asNode());
        }
        return out;
    }
}
