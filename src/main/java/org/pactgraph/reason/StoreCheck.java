package org.pactgraph.reason;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.model.Iris;

/**
 * Reasons over a stored dataset again: are its asserted graphs (user graphs written since the
 * load included) consistent with its ontologies, and is its inferred graph still what they
 * entail? The caller holds a read transaction.
 *
 * @param asserted distinct asserted triples
 * @param inferred triples entailed now
 * @param stored triples in the stored inferred graph
 * @param missing entailed now but not stored
 * @param stale stored but no longer entailed
 * @param clashes the contradictions
 * @param report the consistency report, empty when consistent
 */
public record StoreCheck(long asserted, long inferred, long stored, long missing, long stale, List<Clash> clashes, String report) {
    public static StoreCheck of(DatasetGraph dsg, PrefixMapping prefixes) {
        Materialization m = new Materializer().materialize(new AssertedGraph(dsg));
        Graph stored = dsg.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH));
        long missing = m.inferred().find().toList().stream().filter(t -> !stored.contains(t)).count();
        long stale = stored.find().toList().stream().filter(t -> !m.inferred().contains(t)).count();
        String report = m.consistent() ? ""
                : ConsistencyReport.render(m.clashes(), m.schema(), DatasetFacts.withInferred(dsg, m.inferred()), prefixes);
        return new StoreCheck(m.assertedFacts(), m.inferred().size(), stored.size(), missing, stale, m.clashes(), report);
    }

    public boolean consistent() {
        return clashes.isEmpty();
    }

    /** True when the stored inferred graph holds exactly what is entailed now. */
    public boolean upToDate() {
        return missing == 0 && stale == 0;
    }
}
