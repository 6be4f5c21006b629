package org.pactgraph.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.store.TdbStore;

/** {@link Explainer#explainAll} over the store loaded from the project's data. */
class EveryDerivationTest {
    /** Runs the check with an explainer over the project's store, in a read transaction. */
    private static void overTheProjectStore(java.util.function.BiConsumer<DatasetGraph, Explainer> check) {
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        try {
            Txn.executeRead(store, () -> check.accept(store, Explainer.over(store)));
        } finally {
            TdbStore.close(store);
        }
    }

    @Test
    void everyInferredTripleHasEveryDerivationDownToAssertedTriplesTheShallowestAmongThem() {
        overTheProjectStore((store, explainer) -> {
            List<Triple> inferred = store.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH)).find().toList();
            List<String> wrong = new ArrayList<>();
            int several = 0;
            for (Triple t : inferred) {
                WholeProof whole = explainer.explainAll(t).orElse(null);
                Derivation shallowest = explainer.explain(t).orElseThrow();
                if (whole == null || !whole.complete() || whole.root().isAsserted()) {
                    wrong.add("no whole proof of " + t);
                    continue;
                }
                Proof.Way first = whole.root().ways().get(0);
                if (!first.rule().equals(shallowest.rule()) || !java.util.Objects.equals(first.axiom(), shallowest.axiom())) {
                    wrong.add(t + ": first derivation " + first.rule() + ", shallowest " + shallowest.rule());
                }
                if (whole.root().ways().size() > 1) several++;
                check(whole.root(), explainer, Collections.newSetFromMap(new IdentityHashMap<>()), wrong);
            }
            assertEquals(List.of(), wrong);
            assertTrue(several > 100, "triples with more than one derivation: " + several);
        });
    }

    /** Leaves are asserted with a source; every premise of a derivation holds; no derivation uses its own conclusion. */
    private static void check(Proof p, Explainer explainer, Set<Proof> seen, List<String> wrong) {
        if (!seen.add(p)) return;
        if (p.isAsserted()) {
            if (!explainer.facts().isAsserted(p.triple()) || p.sources().isEmpty()) wrong.add("leaf " + p.triple() + " is not asserted with a source");
            return;
        }
        for (Proof.Way way : p.ways()) {
            for (Proof premise : way.premises()) {
                if (premise.triple().equals(p.triple())) wrong.add(p.triple() + " is its own premise by " + way.rule());
                check(premise, explainer, seen, wrong);
            }
        }
    }

    @Test
    void aTripleWithOneDerivationReadsAsTheShallowestExplanation() {
        overTheProjectStore((store, explainer) -> {
            Triple t = explainer.terms().triple("porg:keio-university", "pact:locatedIn", "place:japan");
            WholeProof whole = explainer.explainAll(t).orElseThrow();
            assertEquals(1, whole.root().ways().size());
            assertEquals(new DerivationText(explainer.text()).render(explainer.explain(t).orElseThrow()), new ProofText(explainer.text()).render(whole));
        });
    }

    @Test
    void aTripleThatDoesNotHoldHasNoProof() {
        overTheProjectStore((store, explainer) ->
                assertFalse(explainer.explainAll(explainer.terms().triple("porg:nvidia", "a", "pact:University")).isPresent()));
    }
}
