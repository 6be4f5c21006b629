package org.pactgraph.load;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.model.Iris;
import org.pactgraph.review.DocumentChanges;

/**
 * Brings the inferred graph up to date after a reviewer's decision changed document graphs, as
 * an incremental load does after documents changed ({@link RegionalInference}, over the
 * ontologies and reference data the store holds), in the decision's transaction: an approved
 * fact's inferences are served at once, and an undone one's leave with it.
 */
public final class InferenceAfterReview implements DocumentChanges {
    @Override
    public void changed(DatasetGraph dsg, Set<Node> graphs, List<Triple> triples, boolean additionsOnly) {
        RegionalInference inference = new RegionalInference(dsg.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)),
                dsg.getGraph(NodeFactory.createURI(Iris.REFERENCE_GRAPH)));
        inference.update(dsg, triples, graphs, additionsOnly);
    }
}
