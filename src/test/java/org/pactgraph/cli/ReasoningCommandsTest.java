package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.store.TdbStore;

/** {@code pactgraph explain} and {@code pactgraph check} on real stores. */
class ReasoningCommandsTest {
    @TempDir Path tmp;

    @Test
    void explainShowsTheRulesDownToAssertedTriplesAsInTheReadme() throws IOException {
        CliTest.Run r = CliTest.run("explain", "--store", TestData.loadedStore().toString(), "porg:keio-university", "pact:locatedIn", "place:japan");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("src/test/resources/reason/explain/keio-located-in-japan.txt")), r.out());
    }

    @Test
    void explainTakesFullIrisAndShowsTheSentenceOfAnExtractedFact() {
        CliTest.Run r = CliTest.run("explain", "--store", TestData.loadedStore().toString(),
                "<https://w3id.org/pactgraph/id/org/nvidia>", "pact:involvedIn", "partnership:uw-tsukuba-ai-2024");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("porg:nvidia pact:involvedIn partnership:uw-tsukuba-ai-2024   [prp-inv2: pact:involvedIn owl:inverseOf pact:participant]"), r.out());
        assertTrue(r.out().contains("[prp-spo1: pact:fundedBy rdfs:subPropertyOf pact:participant]"), r.out());
        assertTrue(r.out().contains("sentence <https://w3id.org/pactgraph/id/document/2024-04-09-us-japan-ai-partnerships#char="), r.out());
    }

    @Test
    void explainSaysWhenATripleDoesNotHold() {
        CliTest.Run r = CliTest.run("explain", "--store", TestData.loadedStore().toString(), "porg:nvidia", "a", "pact:University");
        assertEquals(1, r.code());
        assertEquals("pactgraph: porg:nvidia a pact:University is neither asserted nor inferred in the store - check the names"
                + " (for example with pactgraph query 'DESCRIBE <IRI>'), or load again if the data changed", r.err().strip());
    }

    @Test
    void explainCallsAnUnknownPrefixBadUsage() {
        CliTest.Run r = CliTest.run("explain", "--store", TestData.loadedStore().toString(), "nope:x", "a", "pact:University");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown prefix 'nope:' in nope:x - use one of "), r.err());
    }

    @Test
    void checkFindsTheProjectDataConsistentAndTheInferredGraphUpToDate() {
        CliTest.Run r = CliTest.run("check", "--store", TestData.loadedStore().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)The store .* is consistent with its ontologies: [0-9,]+ asserted triples entail [0-9,]+ more \\(OWL 2 RL\\)\\.\n"
                + "The inferred graph is up to date\\.\n"), r.out());
    }

    @Test
    void checkReportsAContradictionWrittenIntoAUserGraphSinceTheLoad() {
        Path store = TestData.loadedStoreAt(tmp.resolve("store"));
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            // What an update through 'serve --auth' could write: user graphs are not checked when written.
            Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://w3id.org/pactgraph/graph/user/notes"),
                    NodeFactory.createURI("https://w3id.org/pactgraph/id/org/nvidia"), RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/pactgraph/ontology#University")));
        } finally {
            TdbStore.close(dsg);
        }
        CliTest.Run r = CliTest.run("check", "--store", store.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("The data contradicts the ontology: 1 clash (cax-adc):\n1. porg:nvidia: an instance of two disjoint classes"), r.out());
        assertTrue(r.out().contains("porg:nvidia a pact:University   [asserted]\n          in <https://w3id.org/pactgraph/graph/user/notes>"), r.out());
        assertTrue(r.out().contains("The inferred graph is out of date: "), r.out());
    }
}
