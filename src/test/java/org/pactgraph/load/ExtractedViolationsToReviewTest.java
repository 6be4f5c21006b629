package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.review.Candidate;
import org.pactgraph.review.ReviewException;
import org.pactgraph.server.RunningServer;
import org.pactgraph.review.Reviewer;
import org.pactgraph.store.TdbStore;
import org.apache.jena.system.Txn;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.ValidationException;

/**
 * Two announcements give one initiative (the partners' life sciences initiative of 2024) two places
 * in its series, the third and the fourth, which shape:Initiative refuses: the load goes on, both
 * ordinals go to review with the reason, and the asserted graph passes the shapes. A person's
 * word stays: an ordinal a reviewer approved, or one the reference data gives, keeps its place at
 * the next full load and the extracted ones go. Hand-written data that breaks a shape by itself
 * still refuses the load, and the store stays as it was.
 */
class ExtractedViolationsToReviewTest {
    private static final Path CASE = Path.of("src/test/resources/load/demotion");
    private static final String THIRD = "announcements/2024-03-04-space-mou.md";
    private static final String FOURTH = "announcements/2024-03-06-research-mou.md";
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX post: <https://w3id.org/pactgraph/id/post/> "
            + "PREFIX initiative: <https://w3id.org/pactgraph/id/initiative/> PREFIX porg: <https://w3id.org/pactgraph/id/org/> ";

    private static Path project;
    private static Path store;
    private static LoadReport report;
    private static DatasetGraph loaded;

    @BeforeAll
    static void loadTwoAnnouncementsThatGiveOneInitiativeTwoPlacesInItsSeries() throws IOException {
        project = TestData.copyOfProject();
        for (String name : List.of("2024-03-04-space-mou.md", "2024-03-06-research-mou.md")) {
            Files.copy(CASE.resolve(name), project.resolve("data/announcements").resolve(name));
        }
        Files.copy(CASE.resolve("freedonia.ttl"), project.resolve("data/reference/freedonia.ttl"));
        store = TestData.scratchFolder("pactgraph-demotion-").resolve("store");
        report = new Loader().load(settings(project, store));
        loaded = LoaderTest.content(store);
    }

    @Test
    void bothOrdinalsOfTheInitiativeGoToReviewWithTheShapeAsReasonAndTheLoadGoesOn() {
        assertEquals("full", report.kind());
        assertFalse(ask(loaded, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n }"), "an ordinal is still asserted");
        assertEquals(2, count(loaded, "GRAPH ?g { ?e rdf:subject initiative:life-sciences-2024 ; rdf:predicate pact:ordinal ; "
                + "pact:needsReview true ; pact:reviewReason ?why FILTER (CONTAINS(?why, 'shape:Initiative') && CONTAINS(?why, 'at most one place')) }"));
        assertTrue(ask(loaded, "GRAPH ?g { ?partnership pact:partOfInitiative initiative:life-sciences-2024 }"),
                "the facts that break no shape stay asserted");
    }

    @Test
    void theReviewQueueShowsTheCuratorWhyTheLoadSentEachOrdinalThere() {
        List<org.pactgraph.review.Candidate> ordinals = org.pactgraph.review.ReviewQueue.of(loaded).stream()
                .filter(c -> c.facts().values().stream().anyMatch(t -> t.getPredicate().getURI().endsWith("#ordinal"))).toList();
        assertEquals(2, ordinals.size(), ordinals.toString());
        ordinals.forEach(c -> assertTrue(c.reason().startsWith("broke shape:Initiative when loaded: initiative:life-sciences-2024 pact:ordinal"), c.reason()));
        assertTrue(org.pactgraph.review.QueueText.of(org.pactgraph.review.ReviewQueue.page(loaded, 0, 500))
                .contains("sent to review by the load: broke shape:Initiative"));
    }

    @Test
    void theAssertedGraphPassesTheShapes() {
        ShapesValidator validator = new ShapesValidator(RdfFileReader.read(project.resolve("ontology/shapes.ttl")), Namespaces.standard());
        assertEquals(List.of(), validator.violations(new AssertedGraph(loaded), Map.of()));
    }

    @Test
    void theReportCountsTheFactsSentToReviewByShapeAndNamesTheirDocuments() {
        assertEquals(Map.of("shape:Initiative", 2L), report.demotedByShape());
        assertEquals(List.of(THIRD, FOURTH), List.copyOf(report.demotedDocuments("shape:Initiative")));
    }

    @Test
    void ofEquallySureValuesAllGoAndOfUnequalOnesOnlyTheSurestStays() {
        Triple a = fact("a");
        Triple b = fact("b");
        Triple c = fact("c");
        assertEquals(Set.of(a, b), Set.copyOf(ViolatingFactsToReview.lessSure(ordered(a, 0.9, b, 0.9), 1)));
        assertEquals(Set.of(a, c), Set.copyOf(ViolatingFactsToReview.lessSure(ordered(a, 0.8, b, 0.95, c, 0.7), 1)));
        assertEquals(Set.of(c), Set.copyOf(ViolatingFactsToReview.lessSure(ordered(a, 0.8, b, 0.95, c, 0.7), 2)));
        assertEquals(Set.of(b, c), Set.copyOf(ViolatingFactsToReview.lessSure(ordered(a, 0.95, b, 0.8, c, 0.8), 2)));
        assertEquals(Set.of(a, b), Set.copyOf(ViolatingFactsToReview.lessSure(ordered(a, 0.8, b, 0.95), 0)));
    }

    @Test
    void anIncrementalLoadPutsTheFactsBackWhenTheConflictGoesAndSendsThemBackWhenItReturns() throws IOException {
        Path ownProject = copyOf(project);
        Path ownStore = copyOf(store);
        Path fourth = ownProject.resolve("data").resolve(FOURTH);
        byte[] text = Files.readAllBytes(fourth);

        Files.delete(fourth);
        LoadReport without = new Loader().load(settings(ownProject, ownStore));
        assertTrue(without.kind().startsWith("incremental"), without.kind());
        assertEquals(List.of(), without.demoted());
        DatasetGraph alone = LoaderTest.content(ownStore);
        assertTrue(ask(alone, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n FILTER (?n = 3) }"),
                "the ordinal of the one document left is not asserted again");
        assertFalse(ask(alone, "GRAPH ?g { ?e pact:reviewReason ?why }"), "a reason is left");

        Files.write(fourth, text);
        LoadReport again = new Loader().load(settings(ownProject, ownStore));
        assertTrue(again.kind().startsWith("incremental"), again.kind());
        assertEquals(Map.of("shape:Initiative", 2L), again.demotedByShape());
        assertFalse(ask(LoaderTest.content(ownStore), "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n }"));
    }

    @Test
    void anOrdinalAReviewerApprovedStaysThroughTheNextFullLoadAndTheOtherGoesToReview() throws IOException {
        Path ownProject = copyOf(project);
        Path ownStore = copyOf(store);
        DatasetGraph dsg = TdbStore.at(ownStore).open();
        try {
            Candidate third = Txn.calculateRead(dsg, () -> ordinals(dsg)).stream()
                    .filter(c -> c.sentence().contains("third")).findFirst().orElseThrow();
            new Reviewer(dsg, Clock.fixed(Instant.parse("2026-12-05T23:00:00Z"), ZoneOffset.UTC)).approve(third.key(), "alice");
        } finally {
            TdbStore.close(dsg);
        }
        // A new reference file: the next load is a full one, which extracts both announcements again.
        Files.writeString(ownProject.resolve("data/reference/freedonia-dams.ttl"), Files.readString(CASE.resolve("freedonia.ttl"))
                .replace("department-of-the-interior", "department-of-dams").replace("of the Interior", "of Dams").replace("/interior", "/dams")
                .replace("space-agency", "dam-agency").replace("Space Agency", "Dam Agency").replace("/space", "/dam")
                .replace("research-council", "dam-council").replace("Research Council", "Dam Council").replace("/research", "/dam-council"));

        LoadReport again = new Loader().load(settings(ownProject, ownStore));
        assertEquals("full", again.kind());
        assertEquals(Map.of("shape:Initiative", 1L), again.demotedByShape());
        assertEquals(List.of(FOURTH), List.copyOf(again.demotedDocuments("shape:Initiative")));
        DatasetGraph after = LoaderTest.content(ownStore);
        assertTrue(ask(after, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n FILTER (?n = 3) }"), "the approved ordinal went");
        assertEquals(1, count(after, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n }"));
        assertEquals(1, count(after, "GRAPH ?g { ?e rdf:subject initiative:life-sciences-2024 ; rdf:predicate pact:ordinal ; "
                + "pact:needsReview true ; pact:reviewReason ?why }"));
    }

    @Test
    void approvingTheSecondOrdinalIsRefusedNamingTheShapeAndTheOneAssertedAndTheStoreStaysAsItWas() throws IOException {
        Path ownStore = copyOf(store);
        InferenceAfterReview checked = new InferenceAfterReview(project.resolve("ontology/shapes.ttl"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T23:00:00Z"), ZoneOffset.UTC);
        DatasetGraph dsg = TdbStore.at(ownStore).open();
        String fourth;
        try {
            List<Candidate> both = Txn.calculateRead(dsg, () -> ordinals(dsg));
            String third = both.stream().filter(c -> c.sentence().contains("third")).findFirst().orElseThrow().key();
            fourth = both.stream().filter(c -> c.sentence().contains("fourth")).findFirst().orElseThrow().key();
            new Reviewer(dsg, clock).following(checked).approve(third, "alice");
        } finally {
            TdbStore.close(dsg);
        }
        DatasetGraph approved = LoaderTest.content(ownStore);
        assertTrue(ask(approved, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n FILTER (?n = 3) }"), "the first approval was refused");

        DatasetGraph again = TdbStore.at(ownStore).open();
        try {
            ReviewException refused = assertThrows(ReviewException.class, () -> new Reviewer(again, clock).following(checked).approve(fourth, "bob"));
            assertTrue(refused.getMessage().contains("initiative:life-sciences-2024 break shape:Initiative"), refused.getMessage());
            assertTrue(refused.getMessage().contains("already asserted: initiative:life-sciences-2024 pact:ordinal \"3\""), refused.getMessage());
            assertTrue(refused.hint().contains("reject or undo the other value first"), refused.hint());
        } finally {
            TdbStore.close(again);
        }
        DatasetGraph after = LoaderTest.content(ownStore);
        assertTrue(IsoMatcher.isomorphic(approved, after), "the refused approval changed the store");
    }

    @Test
    void theServersReviewRouteRefusesTheSecondOrdinalWithTheSameMessage() throws IOException {
        Path ownStore = copyOf(store);
        DatasetGraph dsg = TdbStore.at(ownStore).open();
        List<Candidate> both;
        try {
            both = Txn.calculateRead(dsg, () -> ordinals(dsg));
        } finally {
            TdbStore.close(dsg);
        }
        Path users = RunningServer.usersFile("alice", "write", "alice-secret");
        try (RunningServer server = RunningServer.over(ownStore, RunningServer.loopback().withAuthFile(users))) {
            HttpResponse<String> first = approve(server, both.get(0).key());
            assertEquals(200, first.statusCode(), first.body());
            HttpResponse<String> second = approve(server, both.get(1).key());
            assertEquals(400, second.statusCode(), second.body());
            assertTrue(second.body().contains("break shape:Initiative") && second.body().contains("already asserted: initiative:life-sciences-2024 pact:ordinal")
                    && second.body().contains("reject or undo the other value first"), second.body());
            String count = server.query(PREFIXES + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?o } }", "text/csv").body();
            assertEquals(List.of("n", "1"), count.lines().toList(), "one ordinal is asserted");
        }
    }

    private static HttpResponse<String> approve(RunningServer server, String key) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/review/decide"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=approve&key=" + RunningServer.encode(key)));
        return server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
    }

    @Test
    void anOrdinalTheReferenceDataGivesStaysAndBothExtractedOnesGoToReview() throws IOException {
        Path ownProject = copyOf(project);
        Path ownStore = copyOf(store);
        Files.copy(CASE.resolve("hand-written-ordinal.ttl"), ownProject.resolve("data/reference/hand-written-ordinal.ttl"));

        LoadReport again = new Loader().load(settings(ownProject, ownStore));
        assertEquals(Map.of("shape:Initiative", 2L), again.demotedByShape());
        DatasetGraph after = LoaderTest.content(ownStore);
        assertTrue(ask(after, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n FILTER (?n = 5) }"));
        assertEquals(1, count(after, "GRAPH ?g { initiative:life-sciences-2024 pact:ordinal ?n }"));
        ShapesValidator validator = new ShapesValidator(RdfFileReader.read(ownProject.resolve("ontology/shapes.ttl")), Namespaces.standard());
        assertEquals(List.of(), validator.violations(new AssertedGraph(after), Map.of()));
    }

    private static List<Candidate> ordinals(DatasetGraph dsg) {
        return org.pactgraph.review.ReviewQueue.of(dsg).stream()
                .filter(c -> c.facts().values().stream().anyMatch(t -> t.getPredicate().getURI().endsWith("#ordinal"))).toList();
    }

    @Test
    void handWrittenDataBreakingAShapeStillRefusesTheLoadAndLeavesTheStoreAsItWas() throws IOException {
        Path ownProject = copyOf(project);
        Path ownStore = copyOf(store);
        Files.copy(CASE.resolve("hand-written-post.ttl"), ownProject.resolve("data/reference/hand-written-post.ttl"));

        ValidationException refused = assertThrows(ValidationException.class, () -> new Loader().load(settings(ownProject, ownStore)));
        assertTrue(refused.violations().stream().anyMatch(v -> v.focusNode().equals("post:freedonian-minister-of-dams")
                && v.shape().equals("shape:Post") && v.source().endsWith("hand-written-post.ttl")), refused.report());
        DatasetGraph after = LoaderTest.content(ownStore);
        assertEquals(loaded.stream().count(), after.stream().count());
        assertTrue(IsoMatcher.isomorphic(loaded, after), "the refused load changed the store");
    }

    /** A copy of the shared project or store, for a test that changes it. */
    private static Path copyOf(Path folder) throws IOException {
        Path copy = TestData.scratchFolder("pactgraph-demotion-copy-").resolve(folder.getFileName().toString());
        TestData.copyTree(folder, copy);
        return copy;
    }

    private static LoadSettings settings(Path project, Path store) {
        return new LoadSettings(project.resolve("data"), project.resolve("ontology"), store);
    }

    private static Triple fact(String org) {
        Node post = NodeFactory.createURI("https://w3id.org/pactgraph/id/post/p");
        return Triple.create(post, NodeFactory.createURI("https://w3id.org/pactgraph/ontology#postIn"),
                NodeFactory.createURI("https://w3id.org/pactgraph/id/org/" + org));
    }

    private static Map<Triple, Double> ordered(Object... pairs) {
        Map<Triple, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put((Triple) pairs[i], (Double) pairs[i + 1]);
        return out;
    }

    private static boolean ask(DatasetGraph dsg, String pattern) {
        return QueryExec.dataset(dsg).query(PREFIXES + "ASK { " + pattern + " }").ask();
    }

    private static long count(DatasetGraph dsg, String pattern) {
        var row = QueryExec.dataset(dsg).query(PREFIXES + "SELECT (COUNT(*) AS ?n) { " + pattern + " }").select().next();
        return Long.parseLong(row.get("n").getLiteralLexicalForm());
    }
}
