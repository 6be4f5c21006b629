package org.pactgraph.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;

/**
 * The size of the review queue, per document graph, counted from the review marks alone: a
 * marked evidence node is an undecided candidate fact (a decision removes its mark, at once and
 * at every load), one item per sentence and rule; a marked resource that is not an evidence node
 * is a new entity. Counting reads two triples per marked node, where building the items reads
 * every evidence node of the graph and hashes its key; so a page of the queue costs the graphs it
 * shows, not the whole queue. The caller holds a read transaction.
 *
 * @param graphs the document graphs with something to review, in queue order (by IRI)
 */
record QueueCounts(Map<Node, Counts> graphs) {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    /** One graph's part of the queue. */
    record Counts(int facts, int factItems, int entities) {
        int items() {
            return factItems + entities;
        }
    }

    static QueueCounts of(DatasetGraph dsg) {
        Map<Node, Set<List<Node>>> groups = new HashMap<>();
        Map<Node, int[]> factsAndEntities = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Pact.needsReview.asNode(), TRUE).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!g.isURI() || !g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)) return;
            Node s = q.getSubject();
            int[] n = factsAndEntities.computeIfAbsent(g, k -> new int[2]);
            if (dsg.contains(g, s, RDF.type.asNode(), RDF.Statement.asNode())) {
                n[0]++;
                groups.computeIfAbsent(g, k -> new HashSet<>()).add(java.util.Arrays.asList(object(dsg, g, s, Prov.wasDerivedFrom.asNode()),
                        object(dsg, g, s, Pact.extractedBy.asNode())));
            } else if (s.isURI()) {
                n[1]++;
            }
        });
        Map<Node, Counts> out = new LinkedHashMap<>();
        factsAndEntities.keySet().stream().sorted(Comparator.comparing(Node::getURI)).forEach(g -> {
            int[] n = factsAndEntities.get(g);
            Counts c = new Counts(n[0], groups.getOrDefault(g, Set.of()).size(), n[1]);
            if (c.items() > 0) out.put(g, c);
        });
        return new QueueCounts(java.util.Collections.unmodifiableMap(out));
    }

    int items() {
        return graphs.values().stream().mapToInt(Counts::items).sum();
    }

    int facts() {
        return graphs.values().stream().mapToInt(Counts::facts).sum();
    }

    int factItems() {
        return graphs.values().stream().mapToInt(Counts::factItems).sum();
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
