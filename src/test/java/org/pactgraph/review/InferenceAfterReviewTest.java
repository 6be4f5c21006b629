package org.pactgraph.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.InferenceAfterReview;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.store.TdbStore;

/**
 * A decision's inferences are served at once, not at the next load: approving a candidate
 * funding puts its inverse ({@code pact:funds}) and its super-properties in the inferred graph
 * in the decision's transaction, and undoing it takes them out again; a decision that contradicts
 * the ontology is refused and changes nothing. Real TDB2 store, a real
 * load of the project's data with a document that has a candidate.
 */
class InferenceAfterReviewTest {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);
    private static final Node ELM_FENWICK = DecisionsSurviveReloadsTest.ELM_FENWICK;
    private static final Node GORSE = DecisionsSurviveReloadsTest.GORSE;

    @Test
    void anApprovedFactsInferencesAreServedAtOnceAndLeaveWithItsUndo() {
        Path project = TestData.copyOfProjectWith(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"));
        Path store = project.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        Function<DatasetGraph, Boolean> fundsInferred = dsg -> Txn.calculateRead(dsg, () ->
                dsg.contains(INFERRED, GORSE, Pact.funds.asNode(), ELM_FENWICK) && dsg.contains(INFERRED, ELM_FENWICK, Pact.participant.asNode(), GORSE));

        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            Candidate funding = Txn.calculateRead(dsg, () -> ReviewQueue.of(dsg).stream()
                    .filter(c -> c.kind() == Candidate.Kind.FACT && c.adds().stream().anyMatch(t -> t.getPredicate().equals(Pact.fundedBy.asNode())))
                    .findFirst().orElseThrow());
            assertFalse(fundsInferred.apply(dsg), "a candidate is not reasoned over");
            Reviewer reviewer = new Reviewer(dsg, DecisionsSurviveReloadsTest.CLOCK).following(new InferenceAfterReview());

            reviewer.approve(funding.key(), "alice");
            assertTrue(fundsInferred.apply(dsg), "approved: Gorse funds the partnership and takes part in it, in the inferred graph at once");

            reviewer.undo(funding.key(), "alice");
            assertFalse(fundsInferred.apply(dsg), "undone: the inferences went with the fact");

            // An edit that makes a person fund the partnership contradicts the ontology (a funder is an organisation,
            // and organisations and people are disjoint): refused with the reason, and nothing changed.
            ReviewException refused = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class,
                    () -> reviewer.edit(funding.key(), null, "person:gina-raimondo", "alice"));
            assertTrue(refused.getMessage().contains("contradict its ontology"), refused.getMessage());
            assertTrue(Txn.calculateRead(dsg, () -> Decisions.in(dsg).size() == 0
                    && !dsg.find(Node.ANY, ELM_FENWICK, Pact.fundedBy.asNode(), Node.ANY).hasNext()), "the refused edit left the store as it was");
        } finally {
            TdbStore.close(dsg);
        }
    }
}
