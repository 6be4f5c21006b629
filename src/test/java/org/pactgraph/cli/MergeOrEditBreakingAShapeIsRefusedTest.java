package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.TdbStore;

/**
 * A merge goes through the same shape check as an approval, on the CLI and on the server: merging
 * the funding the extractor minted for the seed announcement's AI initiative into a funding the
 * reference data gives for one partnership would give that funding a second funded item and a
 * second share, which the funding shapes refuse. An edit goes through the same check: putting a
 * theme where a candidate put a funder is refused by shape:Funding. The refusal names the shape and the resources, and the store stays as it
 * was. (The extractor gives the funding no name, and review merges only named resources: the test
 * names it in its document graph first, as an approved label would.) Merges that break nothing are
 * recorded as before (ReviewQueueServerTest, DecisionsSurviveReloadsTest).
 */
class MergeOrEditBreakingAShapeIsRefusedTest {
    private static final String EXTRACTED_FUNDING = "funding:2024-04-09-us-japan-ai-partnerships-1";
    private static final String REFERENCE_FUNDING = "funding:cmu-keio-ai-2024";
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> "
            + "PREFIX funding: <https://w3id.org/pactgraph/id/funding/> ";

    @Test
    void theCliRefusesAMergeGivingOneFundingTwoFundedItemsNamingTheShapeAndLeavesTheStoreAsItWas() {
        Path store = storeWithANamedExtractedFunding("pactgraph-merge-cli-");
        DatasetGraph before = content(store);

        CliTest.Run r = CliTest.run("review", "merge", EXTRACTED_FUNDING, REFERENCE_FUNDING, "--store", store.toString(), "--user", "alice");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Merging <" + EXTRACTED_FUNDING + "> into <" + REFERENCE_FUNDING + ">"), r.err());
        assertTrue(r.err().contains("This decision would make " + REFERENCE_FUNDING + " break shape:"), r.err());
        assertTrue(r.err().contains("already asserted: ") && r.err().contains(REFERENCE_FUNDING + " pact:fundedItem partnership:cmu-keio-ai-2024"), r.err());
        assertTrue(r.err().strip().endsWith("Nothing was changed"), r.err());
        assertTrue(IsoMatcher.isomorphic(before, content(store)), "the refused merge changed the store");
    }

    @Test
    void theServerAnswers400WithTheSameMessageAndServesTheStoreAsItWas() {
        Path store = storeWithANamedExtractedFunding("pactgraph-merge-server-");
        Path users = RunningServer.usersFile("alice", "write", "alice-secret");
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback().withAuthFile(users))) {
            HttpRequest.Builder merge = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/review/decide"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("action=merge&from=" + RunningServer.encode(EXTRACTED_FUNDING)
                            + "&into=" + RunningServer.encode(REFERENCE_FUNDING)));
            HttpResponse<String> refused = server.send(RunningServer.withCredentials(merge, "alice", "alice-secret").build());

            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Merging <" + EXTRACTED_FUNDING + "> into <" + REFERENCE_FUNDING + ">: This decision would make "
                    + REFERENCE_FUNDING + " break shape:"), refused.body());
            String items = server.query(PREFIXES + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { funding:cmu-keio-ai-2024 pact:fundedItem ?i } }", "text/csv").body();
            assertEquals(List.of("n", "1"), items.lines().toList(), "the reference funding still funds one item");
            String decisions = server.query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/pactgraph/graph/decisions> { ?s ?p ?o } }", "text/csv").body();
            assertEquals(List.of("n", "0"), decisions.lines().toList(), "the refused merge was recorded");
        }
    }

    @Test
    void theCliRefusesAnEditThatMakesAThemeAFunderAndLeavesTheStoreAsItWas() throws java.io.IOException {
        Path project = TestData.copyOfProject();
        java.nio.file.Files.copy(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"),
                project.resolve("data/announcements/ambiguous-partnership.md"));
        Path store = project.resolve("store");
        new org.pactgraph.load.Loader().load(new org.pactgraph.load.LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        DatasetGraph before = content(store);
        String key = funderItemKey(store);

        CliTest.Run r = CliTest.run("review", "edit", key, "--object", "theme:quantum-computing", "--store", store.toString(), "--user", "alice",
                "--ontology", project.resolve("ontology").toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("This decision would make funding:ambiguous-partnership-1 break shape:Funding (A funding's funders are organisations.)"),
                r.err());
        assertTrue(IsoMatcher.isomorphic(before, content(store)), "the refused edit changed the store");
    }

    /** The key of the fixture's candidate funding (its funder from the sentence after the partnerships). */
    private static String funderItemKey(Path store) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            return Txn.calculateRead(dsg, () -> org.pactgraph.review.ReviewQueue.of(dsg).stream()
                    .filter(c -> c.facts().values().stream().anyMatch(t -> t.getPredicate().getURI().endsWith("#funder")))
                    .findFirst().orElseThrow(() -> new AssertionError(org.pactgraph.review.QueueText.of(org.pactgraph.review.ReviewQueue.page(dsg, 0, 50))))
                    .key());
        } finally {
            TdbStore.close(dsg);
        }
    }

    /** A loaded seed store whose extracted funding has a name in its document graph. */
    private static Path storeWithANamedExtractedFunding(String prefix) {
        Path store = TestData.loadedStoreAt(TestData.scratchFolder(prefix).resolve("store"));
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            Txn.executeWrite(dsg, () -> {
                Node funding = NodeFactory.createURI("https://w3id.org/pactgraph/id/funding/2024-04-09-us-japan-ai-partnerships-1");
                Node graph = dsg.find(Node.ANY, funding, Node.ANY, Node.ANY).next().getGraph();
                dsg.add(graph, funding, RDFS.label.asNode(), NodeFactory.createLiteralLang("Funding of the AI partnerships", "en"));
            });
        } finally {
            TdbStore.close(dsg);
        }
        return store;
    }

    /** The store's quads, copied into memory. */
    private static DatasetGraph content(Path store) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
            assertFalse(copy.isEmpty());
            return copy;
        } finally {
            TdbStore.close(dsg);
        }
    }
}
