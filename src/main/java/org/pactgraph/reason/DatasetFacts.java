package org.pactgraph.reason;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Prov;

/**
 * The facts of a PactGraph dataset: asserted triples are those of any named graph but the
 * inferred one. A triple of a document graph comes from the sentence its evidence node points
 * at ({@code rdf:Statement} with {@code prov:wasDerivedFrom} a text span); a curated one from
 * the {@code dct:source} of its subject. The caller holds a read transaction.
 */
public final class DatasetFacts implements Facts {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);

    private final DatasetGraph dsg;
    private final BiFunction<Node, Triple, String> fileOf;
    private final Graph inferred;

    /**
     * The facts of the dataset; {@code fileOf} names the file that a triple of a graph was read
     * from, or gives null when that is not known.
     */
    public DatasetFacts(DatasetGraph dsg, BiFunction<Node, Triple, String> fileOf) {
        this(dsg, fileOf, null);
    }

    /** The facts of a stored dataset, whose files are no longer known. */
    public DatasetFacts(DatasetGraph dsg) {
        this(dsg, (g, t) -> null, null);
    }

    private DatasetFacts(DatasetGraph dsg, BiFunction<Node, Triple, String> fileOf, Graph inferred) {
        this.dsg = dsg;
        this.fileOf = fileOf;
        this.inferred = inferred;
    }

    /**
     * The asserted facts of a stored dataset with freshly inferred ones in place of its inferred
     * graph, which may be out of date (user graphs written since the load).
     */
    public static DatasetFacts withInferred(DatasetGraph dsg, Graph inferred) {
        return new DatasetFacts(dsg, (g, t) -> null, inferred);
    }

    @Override
    public boolean isAsserted(Triple t) {
        var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                if (!isInferred(it.next())) return true;
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    @Override
    public boolean holds(Triple t) {
        if (inferred == null) return dsg.contains(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        return inferred.contains(t) || isAsserted(t);
    }

    @Override
    public List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (inferred == null || !isInferred(q)) out.add(q.asTriple());
        });
        if (inferred != null) inferred.find(s, p, o).forEachRemaining(out::add);
        return new ArrayList<>(out);
    }

    @Override
    public List<Source> sources(Triple t) {
        List<Source> out = new ArrayList<>();
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).forEachRemaining(q -> {
            if (!isInferred(q)) graphs.add(q.getGraph());
        });
        for (Node g : graphs) {
            String file = fileOf.apply(g, t);
            List<Source> evidence = evidence(g, t, file);
            if (!evidence.isEmpty()) {
                out.addAll(evidence);
            } else {
                List<String> refs = new ArrayList<>();
                dsg.find(g, t.getSubject(), DCTerms.source.asNode(), Node.ANY).forEachRemaining(q -> refs.add(text(q.getObject())));
                // Sorted: a store gives them in the order its node ids happen to have, which differs between loaders.
                refs.sort(null);
                out.add(new Source(text(g), file, null, null, refs));
            }
        }
        return out;
    }

    /** The sentences a document graph gives as evidence for the triple. */
    private List<Source> evidence(Node g, Triple t, String file) {
        List<Source> out = new ArrayList<>();
        if (!g.isURI() || !g.getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE)) return out;
        dsg.find(g, Node.ANY, RDF.subject.asNode(), t.getSubject()).forEachRemaining(q -> {
            Node e = q.getSubject();
            if (!dsg.contains(g, e, RDF.predicate.asNode(), t.getPredicate()) || !dsg.contains(g, e, RDF.object.asNode(), t.getObject())) return;
            dsg.find(g, e, Prov.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(d -> {
                Node span = d.getObject();
                String sentence = first(g, span, RDFS.label.asNode());
                out.add(new Source(g.getURI(), file, sentence, text(span), List.of()));
            });
        });
        return out;
    }

    private String first(Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? text(it.next().getObject()) : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static boolean isInferred(Quad q) {
        return q.getGraph().equals(INFERRED);
    }

    private static String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
