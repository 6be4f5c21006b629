package org.pactgraph.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pactgraph.reason.DatasetFacts;
import org.pactgraph.reason.Facts;
import org.pactgraph.reason.Source;
import org.pactgraph.store.UnionByNodeId;

/**
 * The facts of a store as an incremental load asks for them when it re-derives an inference:
 * {@link #find} gives at most {@value #AT_MOST} matches, since one rule instance whose premises
 * hold is enough, and a resource that thousands of documents link to (an extraction rule, a
 * theme) would otherwise be read whole for each question. Provenance is the store's own
 * ({@link DatasetFacts}). The caller holds a transaction.
 */
final class NearbyFacts implements Facts {
    static final int AT_MOST = 64;

    private final DatasetGraph dsg;
    private final DatasetFacts all;

    NearbyFacts(DatasetGraph dsg) {
        this.dsg = dsg;
        this.all = new DatasetFacts(dsg);
    }

    @Override
    public boolean isAsserted(Triple t) {
        return all.isAsserted(t);
    }

    @Override
    public boolean holds(Triple t) {
        return dsg.contains(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public List<Triple> find(Node s, Node p, Node o) {
        List<Triple> out = new ArrayList<>();
        Iterator<Triple> it = inAnyGraph(dsg, s, p, o);
        while (it.hasNext() && out.size() < AT_MOST) out.add(it.next());
        Iter.close(it);
        return out;
    }

    @Override
    public List<Source> sources(Triple t) {
        return all.sources(t);
    }

    /**
     * The distinct triples of every graph, the inferred one included, that match the pattern; in TDB2 without decoding the
     * graph of each quad (a university's type is repeated in thousands of document graphs).
     */
    static Iterator<Triple> inAnyGraph(DatasetGraph dsg, Node s, Node p, Node o) {
        return UnionByNodeId.of(dsg, null).flatMap(u -> u.find(s, p, o))
                .orElseGet(() -> Iter.distinct(Iter.map(dsg.find(Node.ANY, s, p, o), Quad::asTriple)));
    }
}
