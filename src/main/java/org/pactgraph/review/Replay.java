package org.pactgraph.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Applies the decisions to a document's graph as the extractor wrote it, or to one they were
 * applied to already (applying them twice changes nothing more). Each load applies them to every
 * document graph it builds, and a decision made while serving to the graphs it touches, so that:
 * an approved candidate is asserted in its document's graph, with the type and label of the
 * resources the extractor minted for it; an edited one is asserted with the subject or object the
 * reviewer chose; a rejected fact is not asserted there, even when a changed rule became sure of
 * it; an approved entity loses its review mark; a rejected entity leaves the graph; a merged
 * resource is rewritten to the one it was merged into (its names become {@code skos:altLabel}s
 * there, its types and review mark go). Evidence nodes stay as the extractor wrote them, so that
 * keys are always computed from what the extractor said; a decided one loses its review mark.
 * A fact that a load sent to review because it broke a shape ({@code pact:reviewReason}) is
 * rebuilt as a candidate, as the load left it.
 */
public final class Replay {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
    private static final Node NEEDS_REVIEW = Pact.needsReview.asNode();

    private final Decisions decisions;
    private final Map<Node, Node> merges;

    public Replay(Decisions decisions) {
        this.decisions = decisions;
        this.merges = decisions.merges();
    }

    /** True when there is nothing to apply. */
    public boolean isEmpty() {
        return decisions.size() == 0;
    }

    /**
     * The evidence nodes of a document graph whose fact a reviewer approved: the fact is then a
     * person's word, which a load keeps asserted when it conflicts with another extracted value.
     */
    public Set<Node> approvedEvidence(Graph g) {
        Node document = ReviewGraph.documentOf(g);
        if (isEmpty() || document == null) return Set.of();
        Set<Node> out = new HashSet<>();
        for (ReviewGraph.Evidence e : ReviewGraph.evidence(g, document)) {
            if (decisions.get(e.key()).filter(d -> d.verdict() == Decision.Verdict.APPROVE).isPresent()) out.add(e.node());
        }
        return out;
    }

    /** Applies the decisions to every document graph of the dataset; the caller holds a write transaction. */
    public void applyToDocuments(DatasetGraph dsg) {
        if (isEmpty()) return;
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)) graphs.add(g);
        });
        for (Node g : graphs) applyTo(dsg.getGraph(g));
    }

    /** Applies the decisions to one document graph, in place. */
    public void applyTo(Graph g) {
        if (isEmpty()) return;
        Node document = ReviewGraph.documentOf(g);
        if (document == null) return;
        Set<Triple> refused = new LinkedHashSet<>();
        Set<Triple> asserted = new LinkedHashSet<>();
        for (ReviewGraph.Evidence e : ReviewGraph.evidence(g, document)) {
            var d = decisions.get(e.key());
            if (d.isEmpty()) continue;
            g.delete(Triple.create(e.node(), NEEDS_REVIEW, TRUE));
            Triple yes = d.get().asserted();
            if (yes != null) asserted.add(yes);
            if (d.get().verdict() == Decision.Verdict.REJECT || d.get().verdict() == Decision.Verdict.EDIT) refused.add(e.triple());
        }
        refused.forEach(g::delete);
        for (Triple t : asserted) {
            g.add(t);
            declare(g, t.getSubject());
            declare(g, t.getObject());
        }
        for (ReviewGraph.Entity e : ReviewGraph.entities(g, document)) {
            var d = decisions.get(e.key());
            if (d.isEmpty()) continue;
            if (d.get().verdict() == Decision.Verdict.APPROVE) g.delete(Triple.create(e.node(), NEEDS_REVIEW, TRUE));
            if (d.get().verdict() == Decision.Verdict.REJECT) remove(g, e.node());
        }
        if (!merges.isEmpty()) rewrite(g);
    }

    /**
     * Puts a document graph back as the extractor wrote it, then applies the decisions: what an
     * undo needs, since a decision applied in place cannot be taken back from the graph alone (a
     * rejected entity took its facts with it; a merge rewrote names). The extractor's writing is
     * recovered from what replay never changes: the document's description, its sentence spans,
     * its rules and its evidence nodes, each of which says its fact and its confidence (a fact at
     * or above the threshold was asserted, one below it was a candidate, marked for review).
     * The graph is changed in place, by the difference only.
     */
    public void rebuild(Graph g) {
        Node document = ReviewGraph.documentOf(g);
        if (document == null) return;
        Graph fresh = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Set<Node> kept = new HashSet<>(List.of(document));
        for (Node type : new Node[] {RDF.Statement.asNode(), Pact.TextSpan.asNode(), Pact.ExtractionRule.asNode()}) {
            kept.addAll(g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList());
        }
        g.find().forEachRemaining(t -> {
            if (kept.contains(t.getSubject()) && !(t.getPredicate().equals(NEEDS_REVIEW) && ReviewGraph.isEvidence(g, t.getSubject()))) fresh.add(t);
        });
        for (Node e : g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).mapWith(Triple::getSubject).toList()) {
            Triple t = ReviewGraph.reified(g, e);
            Node confidence = ReviewGraph.object(g, e, Pact.confidence.asNode());
            if (t == null || confidence == null || !confidence.isLiteral()) continue;
            // A fact that a load sent to review because it broke a shape (it has a reason) is a candidate whatever its confidence.
            boolean candidate = Double.parseDouble(confidence.getLiteralLexicalForm()) < org.pactgraph.extract.Confidence.THRESHOLD
                    || g.contains(e, Pact.reviewReason.asNode(), Node.ANY);
            if (candidate) fresh.add(Triple.create(e, NEEDS_REVIEW, TRUE));
            else fresh.add(t);
        }
        applyTo(fresh);
        List<Triple> gone = g.find().filterDrop(fresh::contains).toList();
        gone.forEach(g::delete);
        fresh.find().forEachRemaining(g::add);
    }

    /** Asserts the candidate declarations (type, label) of a resource the extractor minted for candidates only. */
    private static void declare(Graph g, Node resource) {
        if (!resource.isURI()) return;
        for (Node e : g.find(Node.ANY, RDF.subject.asNode(), resource).mapWith(Triple::getSubject).toList()) {
            if (!g.contains(e, NEEDS_REVIEW, TRUE)) continue;
            Triple t = ReviewGraph.reified(g, e);
            if (t != null && ReviewQueue.DECLARING.contains(t.getPredicate())) {
                g.add(t);
                g.delete(Triple.create(e, NEEDS_REVIEW, TRUE));
            }
        }
    }

    /** Removes what the graph asserts of or about an entity, and the review marks of candidates about it. */
    private static void remove(Graph g, Node entity) {
        List<Triple> gone = new ArrayList<>(g.find(entity, Node.ANY, Node.ANY).toList());
        gone.addAll(g.find(Node.ANY, Node.ANY, entity).filterKeep(t -> !ReviewGraph.isEvidence(g, t.getSubject())).toList());
        gone.forEach(g::delete);
        Set<Node> about = new HashSet<>(g.find(Node.ANY, RDF.subject.asNode(), entity).mapWith(Triple::getSubject).toList());
        about.addAll(g.find(Node.ANY, RDF.object.asNode(), entity).mapWith(Triple::getSubject).toList());
        about.forEach(e -> g.delete(Triple.create(e, NEEDS_REVIEW, TRUE)));
    }

    /** Rewrites merged resources to the ones they were merged into, outside evidence nodes. */
    private void rewrite(Graph g) {
        List<Triple> touched = new ArrayList<>();
        for (Node from : merges.keySet()) {
            touched.addAll(g.find(from, Node.ANY, Node.ANY).toList());
            touched.addAll(g.find(Node.ANY, Node.ANY, from).filterKeep(t -> !ReviewGraph.isEvidence(g, t.getSubject())).toList());
        }
        for (Triple t : touched) {
            g.delete(t);
            Node s = merges.getOrDefault(t.getSubject(), t.getSubject());
            Node p = t.getPredicate();
            Node o = t.getObject().isURI() ? merges.getOrDefault(t.getObject(), t.getObject()) : t.getObject();
            if (!s.equals(t.getSubject())) {
                if (p.equals(RDF.type.asNode()) || p.equals(NEEDS_REVIEW)) continue;
                if (p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode())) p = SKOS.altLabel.asNode();
            }
            if (!s.equals(o)) g.add(Triple.create(s, p, o));
        }
    }
}
