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
 * fact's inferences are served at once, and an undone one's leave with it. A decision whose
 * facts contradict the ontology is refused with a {@link org.pactgraph.review.ReviewException}
 * (an answer of 400 from the review API), its transaction aborted.
 */
public final class InferenceAfterReview implements DocumentChanges {
    @Override
    public void changed(DatasetGraph dsg, Set<Node> graphs, List<Triple> triples, boolean additionsOnly) {
        RegionalInference inference = new RegionalInference(dsg.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)),
                dsg.getGraph(NodeFactory.createURI(Iris.REFERENCE_GRAPH)));
        try {
            inference.update(dsg, triples, graphs, additionsOnly);
        } catch (org.pactgraph.reason.InconsistencyException e) {
            // Thrown inside the decision's transaction, which is aborted: the store stays as it was.
            throw new org.pactgraph.review.ReviewException("This decision would make the store contradict its ontology: " + e.getMessage(),
                    "decide otherwise (reject the item, or edit it with another resource); nothing was changed");
        }
    }
}
