package org.pactgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.pactgraph.model.Iris;

/**
 * A store for the tests of answers left unread: {@code id/org/big}, whose page is some 3 KB a
 * line (2,000 lines, about 6 MB, are more than the loopback's socket buffers hold, so a client
 * reading nothing leaves its answer stuck), and {@code id/org/small}, a page of one line.
 */
public final class BigPages {
    private BigPages() {
    }

    /** The two resources, the big one with {@code lines} statements of some 3 KB each. */
    public static DatasetGraph withLines(int lines) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node big = NodeFactory.createURI(Iris.ID_BASE + "org/big");
        for (int i = 0; i < lines; i++) {
            data.add(Quad.defaultGraphIRI, big, NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(i + " " + "x".repeat(3000)));
        }
        data.add(Quad.defaultGraphIRI, NodeFactory.createURI(Iris.ID_BASE + "org/small"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("small"));
        return data;
    }
}
