package org.pactgraph.server.limits;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;

/**
 * What makes ARQ keep a query within its timeout and its memory bounds, set on a dataset's
 * context: the bounded functions ({@link BoundedExpressions}), the executor whose paths and sorts
 * stop with the query ({@link CancellableExecutor}), and the number of rows a sort or
 * {@code DISTINCT} keeps in memory before it spills to disk.
 */
final class QueryBounds {
    private QueryBounds() {}

    static void install(Context cxt, int maxStringChars, long spillRows) {
        cxt.set(ARQConstants.sysOptimizerFactory, BoundedExpressions.beforeOptimizer(new StringLimit(maxStringChars)));
        QC.setFactory(cxt, CancellableExecutor.FACTORY);
        cxt.set(ARQ.spillToDiskThreshold, spillRows);
    }
}
