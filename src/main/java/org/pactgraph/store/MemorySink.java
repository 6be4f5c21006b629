package org.pactgraph.store;

import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A sink into a fresh transactional dataset in memory, written in one write transaction. */
final class MemorySink implements Sink {
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    @Override
    public StreamRDF stream() {
        dsg.begin(TxnType.WRITE);
        return StreamRDFLib.dataset(dsg);
    }

    @Override
    public DatasetGraph finish() {
        dsg.commit();
        dsg.end();
        return dsg;
    }

    @Override
    public void abandon(RuntimeException cause) {
        if (dsg.isInTransaction()) dsg.abort();
        dsg.end();
    }

    /** The dataset written, once finished. */
    DatasetGraph dataset() {
        return dsg;
    }
}
