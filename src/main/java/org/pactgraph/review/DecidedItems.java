package org.pactgraph.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;

/**
 * Finds, for an undo, what a decision was made on. An item's key is not stored (each of its
 * facts' decisions is), so it is found again as the review queue made it: the decided evidence
 * nodes one rule read from one sentence, whose keys hash to the item's key
 * ({@link DecisionKeys#ofGroup}). The caller holds a transaction.
 */
final class DecidedItems {
    private DecidedItems() {}

    /** The keys of the facts decided as the item of {@code itemKey}, or none. */
    static List<String> factKeys(DatasetGraph dsg, Decisions standing, String itemKey) {
        Set<Node> seen = new HashSet<>();
        for (Decision d : standing.all()) {
            if (d.onEntity() || d.verdict() == Decision.Verdict.MERGE || d.about() == null) continue;
            Node about = evidenceOf(dsg, d);
            if (!seen.add(about)) continue;
            for (Node g : documentGraphsNaming(dsg, about, true)) {
                var graph = dsg.getGraph(g);
                Node document = ReviewGraph.documentOf(graph);
                if (document == null) continue;
                List<ReviewGraph.Evidence> evidence = ReviewGraph.evidence(graph, document);
                ReviewGraph.Evidence first = evidence.stream().filter(e -> e.node().equals(about)).findFirst().orElse(null);
                if (first == null) continue;
                List<String> keys = evidence.stream()
                        .filter(e -> e.span().equals(first.span()) && Objects.equals(e.rule(), first.rule()) && standing.get(e.key()).isPresent())
                        .map(ReviewGraph.Evidence::key).distinct().toList();
                if (!keys.isEmpty() && DecisionKeys.ofGroup(keys).equals(itemKey)) return keys;
            }
        }
        return List.of();
    }

    /** The document graphs a decision touched: those of its evidence node, or those whose evidence names its entity. */
    static Set<Node> graphsOf(DatasetGraph dsg, Decision d) {
        Set<Node> out = new LinkedHashSet<>(documentGraphsNaming(dsg, d.onEntity() ? d.about() : evidenceOf(dsg, d), true));
        if (d.about() != null && d.about().isURI()) {
            out.addAll(documentGraphsNaming(dsg, d.about(), false));
        }
        return out;
    }

    /**
     * The document graphs an undone merge touched: those whose evidence names the merged resource,
     * or a resource merged into it before (a chain through it), read from the decisions that stood
     * before the undo. Only these are rebuilt, not every document graph of the store.
     */
    static Set<Node> graphsOfMerge(DatasetGraph dsg, Decisions before, Node merged) {
        Map<Node, Node> direct = new HashMap<>();
        for (Decision d : before.all()) {
            if (d.verdict() == Decision.Verdict.MERGE) direct.put(d.statement().getSubject(), d.statement().getObject());
        }
        Set<Node> out = new LinkedHashSet<>(documentGraphsNaming(dsg, merged, false));
        for (Node from : direct.keySet()) {
            Node at = from;
            for (int i = 0; i <= direct.size() && at != null && !at.equals(merged); i++) at = direct.get(at);
            if (merged.equals(at)) out.addAll(documentGraphsNaming(dsg, from, false));
        }
        return out;
    }

    /** The document graphs where the node is the subject or object of any triple: those a merge of it rewrites. */
    static Set<Node> graphsNamingAnywhere(DatasetGraph dsg, Node n) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getGraph()));
        dsg.find(Node.ANY, Node.ANY, Node.ANY, n).forEachRemaining(q -> out.add(q.getGraph()));
        out.removeIf(g -> !g.isURI() || !g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE));
        return out;
    }

    /**
     * The evidence node a fact's decision was made on, as the store has it now. The decision names
     * the node it was made on, whose IRI holds its sentence's offsets: after the document was
     * edited elsewhere and loaded again, the same sentence and fact (the same key) have a new node,
     * found through the reified fact. The decided node when neither is found.
     */
    private static Node evidenceOf(DatasetGraph dsg, Decision d) {
        if (!documentGraphsNaming(dsg, d.about(), true).isEmpty() || d.statement() == null) return d.about();
        Triple t = d.statement();
        var quads = dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), t.getSubject());
        while (quads.hasNext()) {
            Quad q = quads.next();
            Node g = q.getGraph();
            Node e = q.getSubject();
            if (!g.isURI() || !g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)
                    || !dsg.contains(g, e, RDF.predicate.asNode(), t.getPredicate()) || !dsg.contains(g, e, RDF.object.asNode(), t.getObject())) {
                continue;
            }
            var graph = dsg.getGraph(g);
            Node document = ReviewGraph.documentOf(graph);
            if (document != null && ReviewGraph.evidence(graph, document).stream().anyMatch(x -> x.node().equals(e) && x.key().equals(d.key()))) {
                return e;
            }
        }
        return d.about();
    }

    /** Document graphs where the node is an evidence node ({@code asEvidence}), or the subject or object of one. */
    private static List<Node> documentGraphsNaming(DatasetGraph dsg, Node n, boolean asEvidence) {
        List<Node> out = new ArrayList<>();
        if (n == null) return out;
        if (asEvidence) {
            dsg.find(Node.ANY, n, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(q -> out.add(q.getGraph()));
        } else {
            dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), n).forEachRemaining(q -> out.add(q.getGraph()));
            dsg.find(Node.ANY, Node.ANY, RDF.object.asNode(), n).forEachRemaining(q -> out.add(q.getGraph()));
        }
        return out.stream().filter(g -> g.isURI() && g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)).distinct().toList();
    }
}
