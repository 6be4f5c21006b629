package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** What the explainer may ask of a store: which triples are asserted, which hold, and where asserted ones come from. */
public interface Facts {
    /** True when the triple is stated in a graph other than the inferred one. */
    boolean isAsserted(Triple t);

    /** True when the triple is asserted or inferred. */
    boolean holds(Triple t);

    /** The asserted and inferred triples matching the pattern ({@link Node#ANY} for any), without repeats. */
    List<Triple> find(Node s, Node p, Node o);

    /** Where an asserted triple comes from: one entry per graph or evidence sentence. */
    List<Source> sources(Triple t);
}
