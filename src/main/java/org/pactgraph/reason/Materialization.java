package org.pactgraph.reason;

import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What materialisation found: the entailed triples that were not asserted (for the inferred
 * graph), the contradictions, and figures. The entailed triples come as a list in the order they
 * were found; as a graph only when asked, since most callers go through them once.
 */
public final class Materialization {
    private final Schema schema;
    private final List<Triple> inferredTriples;
    private final List<Clash> clashes;
    private final long assertedFacts;
    private final long derivedFacts;
    private Graph inferred;

    /**
     * @param schema the axioms the rules ran with
     * @param inferredTriples the entailed triples about named things, none of them asserted
     * @param clashes the contradictions; empty when the data is consistent with the ontology
     * @param assertedFacts distinct asserted triples read
     * @param derivedFacts facts derived, including those about anonymous class expressions that
     *     the inferred graph leaves out
     */
    public Materialization(Schema schema, List<Triple> inferredTriples, List<Clash> clashes, long assertedFacts, long derivedFacts) {
        this.schema = schema;
        this.inferredTriples = Collections.unmodifiableList(inferredTriples);
        this.clashes = List.copyOf(clashes);
        this.assertedFacts = assertedFacts;
        this.derivedFacts = derivedFacts;
    }

    public Schema schema() {
        return schema;
    }

    public List<Triple> inferredTriples() {
        return inferredTriples;
    }

    /** The entailed triples as a graph, made on the first call. */
    public synchronized Graph inferred() {
        if (inferred == null) {
            inferred = GraphFactory.createDefaultGraph();
            inferredTriples.forEach(inferred::add);
        }
        return inferred;
    }

    public List<Clash> clashes() {
        return clashes;
    }

    public long assertedFacts() {
        return assertedFacts;
    }

    public long derivedFacts() {
        return derivedFacts;
    }

    /** True when no rule concluded a contradiction. */
    public boolean consistent() {
        return clashes.isEmpty();
    }
}
