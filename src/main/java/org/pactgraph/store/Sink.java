package org.pactgraph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a full load writes: an empty dataset that a store switches to once the load is done
 * ({@link Store#replaceWith}). The load streams its quads into {@link #stream()}, then calls
 * {@link #finish()} and reads what it wrote, in a read transaction on the dataset returned, to
 * check what only the whole graph shows. A store gives a TDB2 bulk loader into a fresh
 * generation ({@link TdbStore}) or a dataset in memory ({@link MemoryStore}, and
 * {@link SparqlStore}, which sends it to the remote store afterwards).
 */
public interface Sink {
    /** Where the quads and prefixes go; called once, before anything is written. */
    StreamRDF stream();

    /** Ends the writing; the dataset holding everything written, to be read in read transactions. */
    DatasetGraph finish();

    /** Ends the writing after a failure; the store then switches to nothing. */
    void abandon(RuntimeException cause);
}
