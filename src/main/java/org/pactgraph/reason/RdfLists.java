package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/** Reads an RDF collection (rdf:first / rdf:rest) into a list, stopping at a cycle. */
final class RdfLists {
    private RdfLists() {}

    static List<Node> toList(Graph g, Node head) {
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node cell = head;
        while (cell != null && !cell.equals(RDF.nil.asNode()) && seen.add(cell)) {
            Node first = object(g, cell, RDF.first.asNode());
            if (first == null) break;
            items.add(first);
            cell = object(g, cell, RDF.rest.asNode());
        }
        return items;
    }

    /** The first object of the subject for the property, or null. */
    static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
