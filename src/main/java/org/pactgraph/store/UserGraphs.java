package org.pactgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pactgraph.review.Decisions;
import org.pactgraph.review.Replay;

/**
 * The graphs of a store that are not PactGraph's own ({@link OwnGraphs}), and the reviewers'
 * decisions ({@link OwnGraphs#isCarried}), as quads: what a load
 * carries from the generation in use into the one it builds, and what a server carries over when
 * it moves to a new generation. Users' graphs are written by hand through the update and Graph
 * Store endpoints, so they are small next to the loaded ones and are held in memory.
 *
 * @param quads every quad of every user graph
 */
public record UserGraphs(List<Quad> quads) {
    public UserGraphs {
        quads = List.copyOf(quads);
    }

    /** No user graph. */
    public static final UserGraphs NONE = new UserGraphs(List.of());

    /** The user graphs of a dataset; the caller holds a transaction on it. */
    public static UserGraphs of(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (OwnGraphs.isCarried(g)) graphs.add(g);
        });
        for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return new UserGraphs(out);
    }

    /**
     * Makes the dataset's user graphs exactly these: drops those it has and adds these, then
     * applies the review decisions among them to the document graphs (a load that could not read
     * them, since a server held them, built those graphs without them). The caller holds a write
     * transaction.
     */
    public void replaceIn(DatasetGraph dsg) {
        List<Node> present = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (OwnGraphs.isCarried(g)) present.add(g);
        });
        present.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        quads.forEach(dsg::add);
        new Replay(Decisions.of(quads)).applyToDocuments(dsg);
    }

    /** The review decisions among these graphs. */
    public Decisions decisions() {
        return Decisions.of(quads);
    }

    /** The number of distinct user graphs. */
    public long graphCount() {
        return quads.stream().map(Quad::getGraph).distinct().count();
    }
}
