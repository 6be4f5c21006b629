package org.pactgraph.server.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;

/**
 * Builds the description of a resource: its symmetric concise bounded description (every
 * statement with the resource as subject or object, in every graph, closed over blank nodes),
 * the same for the hash resources that belong to its document ({@code .../x#amount}), the labels
 * of every resource it links to, and the provenance of each statement: the {@code rdf:Statement}
 * that reifies it, the text span it was derived from and the rule that extracted it. Quads keep
 * their graph, so a page can tell extracted, curated and inferred statements apart.
 */
final class ResourceDescriber {
    /** Properties that name a resource for people, copied for every linked resource. */
    static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph store;

    ResourceDescriber(DatasetGraph store) {
        this.store = store;
    }

    /** The description; empty when the store says nothing of the resource. Call inside a read transaction. */
    DatasetGraph describe(String iri) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.prefixes().putAll(store.prefixes());
        Node resource = NodeFactory.createURI(iri);
        Set<Node> described = new HashSet<>();
        symmetric(resource, out, described);
        if (out.isEmpty()) return out;
        // Hash resources linked from or to the resource belong to its document.
        for (Node n : nodesOf(out)) {
            if (n.isURI() && n.getURI().startsWith(iri + "#")) symmetric(n, out, described);
        }
        List<Quad> statements = Iter.toList(out.find());
        for (Quad q : statements) provenance(q, out);
        for (Node n : nodesOf(out)) {
            if (n.isURI() && !described.contains(n)) {
                for (Node label : LABELS) copy(store.find(Node.ANY, n, label, Node.ANY), out);
            }
        }
        return out;
    }

    private void symmetric(Node node, DatasetGraph out, Set<Node> described) {
        if (!described.add(node)) return;
        Deque<Node> blanks = new ArrayDeque<>();
        for (Quad q : Iter.toList(store.find(Node.ANY, node, Node.ANY, Node.ANY))) {
            out.add(q);
            if (q.getObject().isBlank()) blanks.add(q.getObject());
        }
        for (Quad q : Iter.toList(store.find(Node.ANY, Node.ANY, Node.ANY, node))) {
            out.add(q);
            if (q.getSubject().isBlank()) blanks.add(q.getSubject());
        }
        Set<Node> seen = new HashSet<>();
        while (!blanks.isEmpty()) {
            Node b = blanks.pop();
            if (!seen.add(b)) continue;
            for (Quad q : Iter.toList(store.find(Node.ANY, b, Node.ANY, Node.ANY))) {
                out.add(q);
                if (q.getObject().isBlank()) blanks.add(q.getObject());
            }
        }
    }

    /** Adds the reification of the statement, with its span and rule, when it was extracted. */
    private void provenance(Quad q, DatasetGraph out) {
        if (q.getSubject().isBlank() || q.getObject().isBlank()) return;
        Iterator<Quad> reified = store.find(Node.ANY, Node.ANY, RDF.subject.asNode(), q.getSubject());
        try {
            while (reified.hasNext()) {
                Quad r = reified.next();
                Node statement = r.getSubject();
                if (store.contains(r.getGraph(), statement, RDF.predicate.asNode(), q.getPredicate())
                        && store.contains(r.getGraph(), statement, RDF.object.asNode(), q.getObject())) {
                    copy(store.find(Node.ANY, statement, Node.ANY, Node.ANY), out);
                    for (Node via : List.of(Prov.wasDerivedFrom.asNode(), Pact.extractedBy.asNode())) {
                        store.find(r.getGraph(), statement, via, Node.ANY).forEachRemaining(
                                s -> copy(store.find(Node.ANY, s.getObject(), Node.ANY, Node.ANY), out));
                    }
                }
            }
        } finally {
            Iter.close(reified);
        }
    }

    private static Set<Node> nodesOf(DatasetGraph dsg) {
        Set<Node> nodes = new java.util.LinkedHashSet<>();
        dsg.find().forEachRemaining(q -> {
            nodes.add(q.getSubject());
            nodes.add(q.getObject());
        });
        return nodes;
    }

    private static void copy(Iterator<Quad> quads, DatasetGraph out) {
        quads.forEachRemaining(out::add);
    }
}
