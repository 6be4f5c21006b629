package org.pactgraph.server.limits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;

/**
 * The rows going into a {@code GROUP BY}, passed on unchanged while they make at most the
 * {@link HeldRowsLimit}'s number of groups: ARQ holds every group in memory until the last row,
 * so {@code GROUP BY ?a ?b} over a cross product grew the heap by gigabytes. The keys are
 * computed as ARQ computes them (a variable's value, or its expression's, none on an error).
 */
final class CountedGroups extends QueryIter1 {
    private final VarExprList keys;
    private final HeldRowsLimit limit;
    private final Set<List<Node>> seen = new HashSet<>();

    CountedGroups(QueryIterator rows, VarExprList keys, HeldRowsLimit limit, ExecutionContext execCxt) {
        super(rows, execCxt);
        this.keys = keys;
        this.limit = limit;
    }

    @Override
    protected boolean hasNextBinding() {
        return getInput().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        Binding row = getInput().nextBinding();
        List<Node> key = new ArrayList<>(keys.size());
        for (Var v : keys.getVars()) key.add(keys.get(v, row, getExecContext()));
        if (seen.add(key)) {
            limit.check(seen.size(), "groups", "Narrow the query: group by fewer or coarser values, or filter the rows first.");
        }
        return row;
    }

    @Override
    protected void requestSubCancel() {}

    @Override
    protected void closeSubIterator() {
        seen.clear();
    }
}
