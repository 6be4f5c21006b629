package org.pactgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.review.Replay;

/**
 * Where a statement of the store comes from: the announcements whose extraction asserts it, each
 * with its evidence nodes and the extractor's confidence, or nothing when any graph asserts it
 * without such evidence (the ontologies, the reference data, a user's graph, or what a reviewer
 * asserted in a document's graph in words of their own). Only the former may go to review, and of
 * them not one that a reviewer approved ({@link Occurrence#approved}).
 */
final class ExtractedStatements {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);

    /**
     * One document graph's assertion of a statement, with the evidence nodes that reify it there;
     * approved when a reviewer's standing decision approved it from one of them.
     */
    record Occurrence(Node graph, String document, List<Node> evidence, double confidence, boolean approved) {}

    private final DatasetGraph dsg;
    private final Replay decisions;
    private final Map<Node, String> documents = new HashMap<>();
    private final Map<Node, Set<Node>> approved = new HashMap<>();

    /** The caller holds a transaction on the dataset while this is used; the decisions tell the approved facts. */
    ExtractedStatements(DatasetGraph dsg, Replay decisions) {
        this.dsg = dsg;
        this.decisions = decisions;
    }

    /** The document graphs whose extraction asserts the statement, or empty when some graph asserts it without evidence. */
    Optional<List<Occurrence>> of(Triple t) {
        List<Occurrence> out = new ArrayList<>();
        var quads = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (q.getGraph().equals(INFERRED)) continue;
            Optional<Occurrence> o = extracted(q.getGraph(), t);
            if (o.isEmpty()) return Optional.empty();
            out.add(o.get());
        }
        return Optional.of(out);
    }

    /** True when a reviewer approved the statement in any document: a person's word, which stays. */
    static boolean approved(List<Occurrence> occurrences) {
        return occurrences.stream().anyMatch(Occurrence::approved);
    }

    /** The surest confidence with which any document asserts the statement. */
    static double confidence(List<Occurrence> occurrences) {
        return occurrences.stream().mapToDouble(Occurrence::confidence).max().orElse(0);
    }

    private Optional<Occurrence> extracted(Node graph, Triple t) {
        if (!graph.isURI() || !graph.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)) return Optional.empty();
        List<Node> evidence = new ArrayList<>();
        double confidence = 0;
        var reifying = dsg.find(graph, Node.ANY, RDF.subject.asNode(), t.getSubject());
        while (reifying.hasNext()) {
            Node e = reifying.next().getSubject();
            if (!dsg.contains(graph, e, RDF.predicate.asNode(), t.getPredicate()) || !dsg.contains(graph, e, RDF.object.asNode(), t.getObject())) continue;
            evidence.add(e);
            var c = dsg.find(graph, e, Pact.confidence.asNode(), Node.ANY);
            if (c.hasNext()) confidence = Math.max(confidence, Double.parseDouble(c.next().getObject().getLiteralLexicalForm()));
        }
        if (evidence.isEmpty()) return Optional.empty();
        Set<Node> approvedHere = approved.computeIfAbsent(graph, g -> decisions.approvedEvidence(dsg.getGraph(g)));
        boolean isApproved = evidence.stream().anyMatch(approvedHere::contains);
        return Optional.of(new Occurrence(graph, documentOf(graph), List.copyOf(evidence), confidence, isApproved));
    }

    /** The path of the announcement a document graph was extracted from, as the document's identifier gives it. */
    private String documentOf(Node graph) {
        return documents.computeIfAbsent(graph, g -> {
            var docs = dsg.find(g, Node.ANY, RDF.type.asNode(), Pact.Document.asNode());
            while (docs.hasNext()) {
                var id = dsg.find(g, docs.next().getSubject(), DCTerms.identifier.asNode(), Node.ANY);
                if (id.hasNext()) return id.next().getObject().getLiteralLexicalForm();
            }
            return g.getURI();
        });
    }
}
