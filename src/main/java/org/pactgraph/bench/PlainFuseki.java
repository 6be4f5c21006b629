package org.pactgraph.bench;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * The baseline server of the startup benchmark: jena-fuseki-main's {@code FusekiServer} with no
 * module, serving a TDB2 database read-only at {@code /pactgraph} on loopback. Jena's own
 * {@code FusekiServerPlainCmd} would do, but it needs log4j2, which PactGraph does not ship.
 * Usage: {@code PlainFuseki PORT TDB2-FOLDER}.
 */
public final class PlainFuseki {
    private PlainFuseki() {}

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(args[1]));
        FusekiServer.create().port(Integer.parseInt(args[0])).loopback(true).add("/pactgraph", dsg, false).build().start().join();
    }
}
