package org.pactgraph.review;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What else must follow when a decision changed document graphs, in the decision's own write
 * transaction: the graphs it changed and the triples it added or removed there. The load stage
 * brings the inferred graph up to date over them; {@link #NONE} leaves that to the next load.
 */
@FunctionalInterface
public interface DocumentChanges {
    /** Nothing follows: inferences wait for the next load. */
    DocumentChanges NONE = (dsg, graphs, triples, additionsOnly) -> { };

    /**
     * Called inside the decision's write transaction, after the document graphs hold their new
     * content; {@code additionsOnly} when nothing was removed from them.
     */
    void changed(DatasetGraph dsg, Set<Node> graphs, List<Triple> triples, boolean additionsOnly);
}
