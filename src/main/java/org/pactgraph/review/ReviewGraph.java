package org.pactgraph.review;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Nif;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;

/**
 * How a document graph, as {@code extract.StatementMapper} writes it, is read for review: its
 * document, its evidence nodes (each fact with its sentence, confidence and rule) and its new
 * entities (resources marked {@code pact:needsReview true}), each with its decision key.
 */
final class ReviewGraph {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

    private ReviewGraph() {}

    /** An evidence node of a document graph. */
    record Evidence(Node node, Triple triple, Node span, String sentence, int begin, int end, Double confidence, Node rule,
                    boolean candidate, String key, String reason) {}

    /** A resource of a document graph marked for review. */
    record Entity(Node node, List<String> labels, String key) {}

    /** The document a document graph describes, or null. */
    static Node documentOf(Graph g) {
        var it = g.find(Node.ANY, RDF.type.asNode(), Pact.Document.asNode());
        return it.hasNext() ? it.next().getSubject() : null;
    }

    /** Every evidence node of the graph that points at a sentence. */
    static List<Evidence> evidence(Graph g, Node document) {
        List<Evidence> out = new ArrayList<>();
        for (Node e : g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).mapWith(Triple::getSubject).toList()) {
            Triple t = reified(g, e);
            Node span = object(g, e, Prov.wasDerivedFrom.asNode());
            if (t == null || span == null) continue;
            Node anchor = object(g, span, Nif.anchorOf.asNode());
            if (anchor == null || !anchor.isLiteral()) continue;
            String sentence = anchor.getLiteralLexicalForm();
            Node label = object(g, span, RDFS.label.asNode());
            Node conf = object(g, e, Pact.confidence.asNode());
            Double confidence = conf != null && conf.isLiteral() ? Double.valueOf(conf.getLiteralLexicalForm()) : null;
            out.add(new Evidence(e, t, span, label != null && label.isLiteral() ? label.getLiteralLexicalForm() : sentence,
                    number(g, span, Nif.beginIndex.asNode()), number(g, span, Nif.endIndex.asNode()), confidence,
                    object(g, e, Pact.extractedBy.asNode()), g.contains(e, Pact.needsReview.asNode(), TRUE),
                    DecisionKeys.ofFact(document.getURI(), sentence, t), reason(g, e)));
        }
        return out;
    }

    /** Why a load sent the evidence node's fact to review ({@code pact:reviewReason}), or empty. */
    private static String reason(Graph g, Node e) {
        Node why = object(g, e, Pact.reviewReason.asNode());
        return why != null && why.isLiteral() ? why.getLiteralLexicalForm() : "";
    }

    /** Every resource the graph asserts is to be reviewed. */
    static List<Entity> entities(Graph g, Node document) {
        List<Entity> out = new ArrayList<>();
        for (Node n : g.find(Node.ANY, Pact.needsReview.asNode(), TRUE).mapWith(Triple::getSubject).toList()) {
            if (isEvidence(g, n) || !n.isURI()) continue;
            List<String> labels = g.find(n, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().toString()).toList();
            out.add(new Entity(n, labels, DecisionKeys.ofEntity(document.getURI(), n, labels)));
        }
        return out;
    }

    /** True for an evidence node. */
    static boolean isEvidence(Graph g, Node n) {
        return g.contains(n, RDF.type.asNode(), RDF.Statement.asNode());
    }

    /** The triple an evidence node reifies, or null. */
    static Triple reified(Graph g, Node e) {
        Node s = object(g, e, RDF.subject.asNode());
        Node p = object(g, e, RDF.predicate.asNode());
        Node o = object(g, e, RDF.object.asNode());
        return s == null || p == null || o == null ? null : Triple.create(s, p, o);
    }

    static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static int number(Graph g, Node s, Node p) {
        Node n = object(g, s, p);
        try {
            return n == null ? -1 : Integer.parseInt(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
