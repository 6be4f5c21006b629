package org.pactgraph.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.InferenceAfterReview;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.model.Pact;
import org.pactgraph.reason.StoreCheck;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.store.TdbStore;

/**
 * A decision's inferences are served at once, not at the next load: approving a candidate
 * funding puts its inverse ({@code pact:funds}) and its super-properties in the inferred graph
 * in the decision's transaction, and undoing it takes them out again; a decision that contradicts
 * the ontology is refused and changes nothing. The closure of the ontologies and reference data
 * that one instance keeps across decisions gives what a fresh reasoning gives, and is read again
 * when a load moved the store to a new generation. Real TDB2 store, a real load of the project's
 * data with a document that has a candidate.
 */
class InferenceAfterReviewTest {
    private static final Node INFERRED = NodeFactory.createURI(Iris.INFERRED_GRAPH);
    private static final Node ELM_FENWICK = DecisionsSurviveReloadsTest.ELM_FENWICK;
    private static final Node GORSE = DecisionsSurviveReloadsTest.GORSE;
    private static Path loaded;

    @Test
    void anApprovedFactsInferencesAreServedAtOnceAndLeaveWithItsUndo() {
        Path store = loadedWithACandidate().resolve("store");
        Function<DatasetGraph, Boolean> fundsInferred = dsg -> Txn.calculateRead(dsg, () ->
                dsg.contains(INFERRED, GORSE, Pact.funds.asNode(), ELM_FENWICK) && dsg.contains(INFERRED, ELM_FENWICK, Pact.participant.asNode(), GORSE));

        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            Candidate funding = candidateFunding(dsg);
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

    @Test
    void decisionsInARowWithTheKeptClosureLeaveWhatAFreshReasoningEntails() {
        Path store = loadedWithACandidate().resolve("store");
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            InferenceAfterReview kept = new InferenceAfterReview();
            Reviewer reviewer = new Reviewer(dsg, DecisionsSurviveReloadsTest.CLOCK).following(kept);
            reviewer.approve(candidateFunding(dsg).key(), "alice");
            reviewer.approve(firstNewEntity(dsg).key(), "alice");

            StoreCheck check = Txn.calculateRead(dsg, () -> StoreCheck.of(dsg, Namespaces.standard()));
            assertTrue(check.upToDate(), "after two decisions with one kept closure the inferred graph is what the whole store entails: "
                    + check.missing() + " entailed triples missing, " + check.stale() + " stale");
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(INFERRED, GORSE, Pact.funds.asNode(), ELM_FENWICK)), "the first decision's inference is there");
        } finally {
            TdbStore.close(dsg);
        }
    }

    @Test
    void aDecisionOnANewGenerationReasonsWithThatGenerationsOntology() throws IOException {
        Path project = loadedWithACandidate();
        Path store = project.resolve("store");
        LiveDataset live = LiveDataset.open(TdbStore.at(store), message -> { });
        try {
            Reviewer reviewer = new Reviewer(live, DecisionsSurviveReloadsTest.CLOCK).following(new InferenceAfterReview());
            reviewer.approve(firstNewEntity(live).key(), "alice"); // the first generation's closure is kept now
            Path first = live.generation();

            // The next generation's ontology makes every funder a backer: a closure kept from the first would not know it.
            Files.writeString(project.resolve("ontology/pactgraph.ttl"), """

                    pact:backedBy a owl:ObjectProperty ;
                        rdfs:label "backed by"@en ;
                        skos:definition "An organisation that stands behind a partnership (a test's property)."@en .
                    pact:fundedBy rdfs:subPropertyOf pact:backedBy .
                    """, StandardOpenOption.APPEND);
            new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
            Node backedBy = NodeFactory.createURI(Pact.NS + "backedBy");

            reviewer.approve(candidateFunding(live).key(), "alice");
            assertNotEquals(first, live.generation(), "the load moved the store to a new generation");
            assertTrue(Txn.calculateRead(live, () -> live.contains(INFERRED, ELM_FENWICK, backedBy, GORSE)),
                    "the decision on the new generation reasoned with its ontology (pact:fundedBy under pact:backedBy)");
        } finally {
            live.close();
        }
    }

    /** The project with a document that has a candidate funding, loaded once into its folder {@code store}. */
    @BeforeAll
    static void load() {
        loaded = TestData.copyOfProjectWith(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"));
        new Loader().load(new LoadSettings(loaded.resolve("data"), loaded.resolve("ontology"), loaded.resolve("store")));
    }

    /** A copy of that project and its store, for a test that decides on it (a copy takes a fraction of a load's time). */
    private static Path loadedWithACandidate() {
        try {
            Path copy = TestData.scratchFolder("pactgraph-inference-after-review-");
            TestData.copyTree(loaded, copy);
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Candidate candidateFunding(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> ReviewQueue.of(dsg).stream()
                .filter(c -> c.kind() == Candidate.Kind.FACT && c.adds().stream().anyMatch(t -> t.getPredicate().equals(Pact.fundedBy.asNode())))
                .findFirst().orElseThrow());
    }

    private static Candidate firstNewEntity(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> ReviewQueue.of(dsg).stream().filter(c -> c.kind() == Candidate.Kind.ENTITY).findFirst().orElseThrow());
    }
}
