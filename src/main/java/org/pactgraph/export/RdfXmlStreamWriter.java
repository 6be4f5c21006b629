package org.pactgraph.export;

import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes RDF/XML as the triples come, one {@code rdf:Description} per run of triples with the
 * same subject, so that memory stays constant whatever the size of the store (Jena's RDF/XML
 * writers walk a whole graph and keep a set of its subjects). The namespaces of the store's
 * prefixes are declared on the root element; a predicate outside them declares its own
 * namespace on its element. Named graphs cannot be expressed in RDF/XML: quads are written as
 * their triples.
 */
public final class RdfXmlStreamWriter extends TextStreamWriter {
    private static final Pattern NC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private final Map<String, String> prefixByNamespace = new TreeMap<>();
    private Node subject;

    public RdfXmlStreamWriter(OutputStream out, PrefixMap prefixes) {
        super(out);
        prefixByNamespace.put(RDF.getURI(), "rdf");
        prefixes.getMapping().forEach((p, ns) -> {
            if (NC_NAME.matcher(p).matches() && !p.toLowerCase(java.util.Locale.ROOT).startsWith("xml")
                    && !p.contains(".") && !prefixByNamespace.containsKey(ns)) {
                prefixByNamespace.put(ns, p);
            }
        });
    }

    @Override
    public void start() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
        prefixByNamespace.forEach((ns, p) -> sb.append("\n    xmlns:").append(p).append("=\"").append(attribute(ns)).append('"'));
        write(sb.append(">\n").toString());
    }

    @Override
    public void triple(Triple t) {
        if (!t.getSubject().equals(subject)) {
            closeSubject();
            subject = t.getSubject();
            write("  <rdf:Description " + reference("about", subject) + ">\n");
        }
        write("    " + property(t.getPredicate().getURI(), t.getObject()) + "\n");
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    void end() {
        closeSubject();
        write("</rdf:RDF>\n");
    }

    private void closeSubject() {
        if (subject != null) write("  </rdf:Description>\n");
        subject = null;
    }

    private String property(String predicate, Node object) {
        String qname = null;
        String declaration = "";
        int split = splitPoint(predicate);
        if (split < 0) {
            throw new ExportException("The predicate <" + predicate + "> cannot be written in RDF/XML: its IRI does not end in an XML name",
                    "export as Turtle, N-Triples, N-Quads, TriG or JSON-LD instead");
        }
        String ns = predicate.substring(0, split);
        String prefix = prefixByNamespace.get(ns);
        if (prefix == null) {
            prefix = "ns0";
            declaration = " xmlns:ns0=\"" + attribute(ns) + "\"";
        }
        qname = prefix + ":" + predicate.substring(split);
        if (!object.isLiteral()) return "<" + qname + declaration + " " + reference("resource", object) + "/>";
        String lang = object.getLiteralLanguage();
        String attrs;
        if (lang != null && !lang.isEmpty()) {
            attrs = " xml:lang=\"" + attribute(lang) + "\"";
        } else if (XSDDatatype.XSDstring.getURI().equals(object.getLiteralDatatypeURI())) {
            attrs = "";
        } else {
            attrs = " rdf:datatype=\"" + attribute(object.getLiteralDatatypeURI()) + "\"";
        }
        return "<" + qname + declaration + attrs + ">" + text(object.getLiteralLexicalForm()) + "</" + qname + ">";
    }

    /** The start of the longest XML name that ends the IRI, or -1 when it ends in none. */
    private static int splitPoint(String iri) {
        int i = iri.length();
        while (i > 0 && isNameChar(iri.charAt(i - 1))) i--;
        while (i < iri.length() && !isNameStart(iri.charAt(i))) i++;
        return i < iri.length() && i > 0 ? i : -1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
    }

    private static String reference(String attribute, Node node) {
        if (node.isURI()) return "rdf:" + attribute + "=\"" + attribute(node.getURI()) + "\"";
        if (node.isBlank()) return "rdf:nodeID=\"b" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()) + "\"";
        throw new ExportException("RDF/XML cannot write the node " + node, "export as N-Quads or TriG instead");
    }

    private static String text(String s) {
        return escape(s, false);
    }

    private static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                // XML parsers normalise line ends and attribute white space: keep them as references.
                case '\r' -> sb.append("&#xD;");
                case '\n' -> sb.append(attribute ? "&#xA;" : "\n");
                case '\t' -> sb.append(attribute ? "&#x9;" : "\t");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        throw new ExportException("The text \"" + s + "\" holds the character U+" + String.format("%04X", (int) c)
                                + ", which XML 1.0 cannot carry", "export as Turtle, N-Triples or JSON-LD instead");
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
