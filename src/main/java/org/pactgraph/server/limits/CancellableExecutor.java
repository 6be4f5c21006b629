package org.pactgraph.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's executor of algebra (which falls back on ARQ's for other datasets) with the two steps
 * that ARQ's timeout does not stop made to stop with it. A timeout only sets the query's cancel
 * flag, which ARQ's iterators look at between rows; but a property path is evaluated for one
 * start node in a single call, and a sort sorts each batch of rows it spills to disk in a single
 * call. Paths are therefore evaluated over a {@link CancellableGraph}, and sorts compare rows
 * with a comparator that looks at the flag. What a path walks from one start node and the groups
 * of a {@code GROUP BY} are bounded by the {@link HeldRowsLimit}. Everything else, basic graph patterns included,
 * runs on TDB2's own code unchanged.
 */
final class CancellableExecutor extends OpExecutorTDB2 {
    /** Makes one such executor for each step of a query's evaluation. */
    static final OpExecutorFactory FACTORY = CancellableExecutor::new;

    private CancellableExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        if (cancelled == null || execCxt.getActiveGraph() == null) return super.execute(opPath, input);
        CancellableGraph graph = new CancellableGraph(execCxt.getActiveGraph(), cancelled, HeldRowsLimit.of(execCxt.getContext()));
        ExecutionContext checked = ExecutionContext.copyChangeActiveGraph(execCxt, graph);
        return new QueryIterPath(opPath.getTriplePath(), input, checked) {
            @Override
            protected QueryIterator nextStage(Binding start) {
                graph.startWalk();
                return super.nextStage(start);
            }

            @Override
            protected Binding moveToNextBinding() {
                Binding row = super.moveToNextBinding();
                graph.startWalk();
                return row;
            }
        };
    }

    @Override
    protected QueryIterator execute(OpGroup opGroup, QueryIterator input) {
        QueryIterator rows = exec(opGroup.getSubOp(), input);
        if (!opGroup.getGroupVars().isEmpty()) {
            rows = new CountedGroups(rows, opGroup.getGroupVars(), HeldRowsLimit.of(execCxt.getContext()), execCxt);
        }
        return new QueryIterGroup(rows, opGroup.getGroupVars(), opGroup.getAggregators(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        AtomicBoolean cancelled = execCxt.getCancelSignal();
        if (cancelled == null) return super.execute(opOrder, input);
        QueryIterator rows = exec(opOrder.getSubOp(), input);
        BindingComparator order = new BindingComparator(opOrder.getConditions(), execCxt);
        return QueryIterSort.create(rows, (Binding a, Binding b) -> {
            if (cancelled.get()) throw new QueryCancelledException();
            return order.compare(a, b);
        }, execCxt);
    }
}
