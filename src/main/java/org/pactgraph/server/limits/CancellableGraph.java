package org.pactgraph.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A graph whose every {@code find} stops, with {@link QueryCancelledException}, once its query
 * is cancelled. Jena evaluates a property path for one start node in a single call that loops
 * over {@code graph.find} until it has every end node, and the query's own iterators only look
 * at the cancel flag between such calls: {@code (!<x>|^!<x>){,20}} from one node walks for
 * minutes. Every step of that walk goes through {@code find}, so the flag is looked at there,
 * and the triples walked from one start node are counted against the {@link HeldRowsLimit}.
 */
final class CancellableGraph extends GraphWrapper {
    private final AtomicBoolean cancelled;
    private final HeldRowsLimit limit;
    private long walked;

    CancellableGraph(Graph graph, AtomicBoolean cancelled, HeldRowsLimit limit) {
        super(graph);
        this.cancelled = cancelled;
        this.limit = limit;
    }

    /**
     * The path has given a row, or starts from its next node: the triples counted from here on
     * are the next walk. Jena collects the nodes a path reaches from one start in sets before it
     * gives the first of them, and those sets are at most as large as the triples walked between
     * two rows, so bounding that walk bounds them.
     */
    void startWalk() {
        walked = 0;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
        return new Checked(super.find(triple));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return new Checked(super.find(s, p, o));
    }

    /** The triples found, unless the query was cancelled before each one. */
    private final class Checked extends NiceIterator<Triple> {
        private final ExtendedIterator<Triple> found;

        Checked(ExtendedIterator<Triple> found) {
            if (cancelled.get()) {
                found.close();
                throw new QueryCancelledException();
            }
            this.found = found;
        }

        @Override
        public boolean hasNext() {
            if (cancelled.get()) {
                found.close();
                throw new QueryCancelledException();
            }
            return found.hasNext();
        }

        @Override
        public Triple next() {
            Triple t = found.next();
            limit.check(++walked, "triples walked by a property path from one start node",
                    "Narrow the query: give the path's start or end, use fewer repetitions, or name the predicates.");
            return t;
        }

        @Override
        public void close() {
            found.close();
        }
    }
}
