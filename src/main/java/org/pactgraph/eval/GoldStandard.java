package org.pactgraph.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The statements a document is expected to yield, read from a Turtle file. Statements are
 * compared in a canonical form: numbers by value (so "3"^^xsd:positiveInteger equals 3.0), text
 * with its runs of blanks squeezed and with one spelling of quotes, apostrophes and dashes (the
 * extractor's normaliser writes "it's" for the text's "it\u2019s"; a gold standard may
 * copy either).
 */
public final class GoldStandard {
    private GoldStandard() {}

    /** Reads a gold standard, failing with the file, line and column of a syntax error. */
    public static Set<Triple> read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new EvaluationException(file + ": " + e.getMessage(), "fix the Turtle of the gold standard");
        }
        Set<Triple> triples = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> triples.add(canonical(t)));
        return triples;
    }

    /** The statement in the form in which statements are compared. */
    public static Triple canonical(Triple t) {
        return Triple.create(t.getSubject(), t.getPredicate(), canonical(t.getObject()));
    }

    private static Node canonical(Node o) {
        if (!o.isLiteral()) return o;
        String lexical = o.getLiteralLexicalForm();
        if (o.getLiteralDatatype() instanceof XSDDatatype dt && isNumber(dt)) {
            try {
                BigDecimal v = new BigDecimal(lexical.strip());
                return NodeFactory.createLiteralDT(v.compareTo(BigDecimal.ZERO) == 0 ? "0" : v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
            } catch (NumberFormatException e) {
                return o;
            }
        }
        String squeezed = org.pactgraph.extract.TextNormalizer.plain(lexical).replaceAll("\\s+", " ").strip();
        if (squeezed.equals(lexical)) return o;
        return o.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(squeezed, o.getLiteralDatatype())
                : NodeFactory.createLiteralLang(squeezed, o.getLiteralLanguage());
    }

    private static boolean isNumber(XSDDatatype dt) {
        return dt.equals(XSDDatatype.XSDdecimal) || dt.equals(XSDDatatype.XSDinteger) || dt.equals(XSDDatatype.XSDdouble)
                || dt.equals(XSDDatatype.XSDpositiveInteger) || dt.equals(XSDDatatype.XSDnonNegativeInteger)
                || dt.equals(XSDDatatype.XSDint) || dt.equals(XSDDatatype.XSDlong) || dt.equals(XSDDatatype.XSDfloat);
    }
}
