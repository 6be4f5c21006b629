package org.pactgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes JSON-LD 1.1 as the triples and quads come, holding only the current subject's
 * properties in memory (Jena's own JSON-LD writer builds the whole document first). Each run of
 * quads with one subject becomes a node object, each named graph a {@code {"@id": g, "@graph":
 * [...]}} object; literals are written as value objects with their exact lexical form, so that
 * reading the dump back gives the same RDF. The context is {@link JsonLdContext}, embedded.
 */
public final class JsonLdStreamWriter extends TextStreamWriter {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    private final JsonLdContext context;
    private Node graph;
    private boolean firstTop = true;
    private boolean firstInGraph = true;
    private Node subject;
    private final Map<Node, List<Node>> properties = new LinkedHashMap<>();

    public JsonLdStreamWriter(OutputStream out, JsonLdContext context) {
        super(out);
        this.context = context;
    }

    @Override
    public void start() {
        write("{\n  \"@context\": " + context.json() + ",\n  \"@graph\": [");
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? null : quad.getGraph();
        if (!Objects.equals(g, graph)) {
            flushNode();
            switchGraph(g);
        }
        if (!quad.getSubject().equals(subject)) {
            flushNode();
            subject = quad.getSubject();
        }
        properties.computeIfAbsent(quad.getPredicate(), k -> new ArrayList<>()).add(quad.getObject());
    }

    @Override
    void end() {
        flushNode();
        switchGraph(null);
        write("\n  ]\n}\n");
    }

    private void switchGraph(Node g) {
        if (graph != null) write("\n    ]}");
        graph = g;
        if (g != null) {
            write(separatorTop() + "{\"@id\": " + JsonText.quote(id(g)) + ", \"@graph\": [");
            firstInGraph = true;
        }
    }

    private String separatorTop() {
        String s = firstTop ? "\n    " : ",\n    ";
        firstTop = false;
        return s;
    }

    private void flushNode() {
        if (subject == null) return;
        String indent = graph == null ? "    " : "      ";
        String sep;
        if (graph == null) {
            sep = separatorTop();
        } else {
            sep = firstInGraph ? "\n" + indent : ",\n" + indent;
            firstInGraph = false;
        }
        StringBuilder sb = new StringBuilder(sep).append("{\"@id\": ").append(JsonText.quote(id(subject)));
        for (Map.Entry<Node, List<Node>> e : properties.entrySet()) {
            boolean types = e.getKey().equals(RDF.type.asNode()) && e.getValue().stream().allMatch(Node::isURI);
            sb.append(",\n").append(indent).append("  ")
                    .append(JsonText.quote(types ? "@type" : compact(e.getKey().getURI()))).append(": [");
            String vsep = "";
            for (Node o : e.getValue()) {
                sb.append(vsep).append(types ? JsonText.quote(compact(o.getURI())) : value(o));
                vsep = ", ";
            }
            sb.append(']');
        }
        sb.append('}');
        write(sb.toString());
        subject = null;
        properties.clear();
    }

    private String compact(String iri) {
        String prefix = context.prefixFor(iri);
        if (prefix != null) {
            String local = iri.substring(context.namespace(prefix).length());
            if (LOCAL.matcher(local).matches()) return prefix + ":" + local;
        }
        return iri;
    }

    private static String id(Node node) {
        if (node.isURI()) return node.getURI();
        if (node.isBlank()) return "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel());
        throw new ExportException("JSON-LD cannot name the node " + node + " as a subject or graph",
                "export this data as N-Quads or TriG instead");
    }

    private String value(Node o) {
        if (!o.isLiteral()) return "{\"@id\": " + JsonText.quote(id(o)) + "}";
        StringBuilder sb = new StringBuilder("{\"@value\": ").append(JsonText.quote(o.getLiteralLexicalForm()));
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            sb.append(", \"@language\": ").append(JsonText.quote(lang));
        } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
            sb.append(", \"@type\": ").append(JsonText.quote(compact(o.getLiteralDatatypeURI())));
        }
        return sb.append('}').toString();
    }
}
