package org.pactgraph.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.store.TdbStore;

/** Explanations over the store loaded from the project's data. */
class ExplainerTest {
    @Test
    void everyInferredTripleOfTheProjectDataIsExplainedDownToAssertedTriplesWithTheirSources() {
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        try {
            Txn.executeRead(store, () -> {
                Explainer explainer = Explainer.over(store);
                List<Triple> inferred = store.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH)).find().toList();
                List<String> unexplained = new ArrayList<>();
                for (Triple t : inferred) {
                    Derivation d = explainer.explain(t).orElse(null);
                    if (d == null || d.isAsserted()) {
                        unexplained.add(t.toString());
                        continue;
                    }
                    for (Derivation leaf : d.leaves()) {
                        assertTrue(explainer.facts().isAsserted(leaf.triple()), leaf.triple() + " in the explanation of " + t);
                        assertTrue(!leaf.sources().isEmpty(), leaf.triple() + " has no source, in the explanation of " + t);
                    }
                }
                assertEquals(List.of(), unexplained);
                assertTrue(inferred.size() > 1000, "the inferred graph has " + inferred.size() + " triples");
            });
        } finally {
            TdbStore.close(store);
        }
    }

    @Test
    void aTripleThatNeitherIsAssertedNorFollowsHasNoExplanation() {
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        try {
            Txn.executeRead(store, () -> assertTrue(Explainer.over(store).explain(Triple.create(
                    NodeFactory.createURI(Iris.ID_BASE + "org/nvidia"), org.apache.jena.vocabulary.RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/pactgraph/ontology#University"))).isEmpty()));
        } finally {
            TdbStore.close(store);
        }
    }
}
