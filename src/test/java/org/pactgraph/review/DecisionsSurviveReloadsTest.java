package org.pactgraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.extract.Extraction;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Fact;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.StatementMapper;
import org.pactgraph.load.InputGraphs;
import org.pactgraph.load.InputFiles;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Pact;
import org.pactgraph.store.TdbStore;

/**
 * Decisions are data that outlive the graphs they were made on: approved, rejected and merged
 * candidates keep their decisions through a full load, an incremental load and a change of the
 * extractor's confidence that keeps the triple; a changed sentence is reviewed again; an undone
 * decision puts its item back in the queue at once and stays undone through a load. Real TDB2
 * store, real loads of the project's data with a document that has a candidate.
 */
class DecisionsSurviveReloadsTest {
    static final String ID = "https://w3id.org/pactgraph/id/";
    static final Node ELM_FENWICK = uri(ID + "partnership/elm-university-fenwick-university-2032");
    static final Node GORSE = uri(ID + "org/gorse-systems");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T06:00:00Z"), ZoneOffset.UTC);

    static Path project;
    static Path store;
    static Path doc;

    @BeforeAll
    static void load() throws IOException {
        project = TestData.copyOfProject();
        doc = project.resolve("data/announcements/ambiguous-partnership.md");
        Files.copy(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"), doc);
        store = project.resolve("store");
        load(store);
    }

    @Test
    void decisionsAndTheirUndosKeepThroughFullAndIncrementalLoadsAndAChangedSentenceIsReviewedAgain() throws IOException {
        Candidate funding = onStore(dsg -> find(ReviewQueue.of(dsg), Pact.fundedBy.asNode(), GORSE));
        assertEquals(0.6, funding.confidence());
        assertTrue(funding.sentence().contains("$2 million from Gorse Systems"), funding.sentence());
        assertTrue(funding.adds().contains(Triple.create(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE)), funding.adds().toString());
        Candidate entity = onStore(dsg -> ReviewQueue.of(dsg).stream()
                .filter(c -> c.kind() == Candidate.Kind.ENTITY && c.about().getURI().contains("/partnership/cedar-")).findFirst().orElseThrow());
        Candidate partner = onStore(dsg -> ReviewQueue.of(dsg).stream()
                .filter(c -> c.kind() == Candidate.Kind.ENTITY && c.about().getURI().endsWith("/org/cedar-university")).findFirst().orElseThrow());
        ReviewException dangling = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class,
                () -> decide(dsg -> new Reviewer(dsg, CLOCK).reject(partner.key(), "bob")));
        assertTrue(dangling.getMessage().contains("pact:partner porg:cedar-university"), dangling.getMessage());

        decide(dsg -> new Reviewer(dsg, CLOCK).approve(funding.key(), "alice"));
        decide(dsg -> new Reviewer(dsg, CLOCK).reject(entity.key(), "bob"));
        assertTrue(asserted(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE), "approved: asserted at once");

        // A full load (the reference data changed) rebuilds every graph from the text and replays the decisions.
        Files.writeString(project.resolve("data/reference/organizations.ttl"), "\n# touched\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        LoadReport full = load(store);
        assertFalse(String.valueOf(full.kind()).contains("incremental"), full.kind());
        assertTrue(asserted(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE), "approved: asserted after a full load");
        assertEquals(Integer.valueOf(funding.facts().size() + 1), onStore(dsg -> Decisions.in(dsg).size()), "one decision per fact, and the entity's");
        List<Candidate> queue = onStore(ReviewQueue::of);
        assertTrue(queue.stream().noneMatch(c -> c.key().equals(funding.key()) || c.key().equals(entity.key())), "decided items left the queue");
        assertFalse(asserted(entity.about(), Node.ANY, Node.ANY), "rejected entity: gone from the document graph after a full load");
        assertFalse(asserted(Node.ANY, Pact.announces.asNode(), entity.about()), "the announcement's link to the rejected partnership went with it");

        // An edit elsewhere in the text moves the sentence's offsets, so its evidence gets a new node: the decision
        // still applies, and the undo below finds the fact through its key, not through the node it was made on.
        Files.writeString(doc, Files.readString(doc).replace("By Ann Lee,", "By Ann B. Lee,"));
        assertTrue(String.valueOf(load(store).kind()).contains("incremental"));
        assertTrue(asserted(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE), "approved: still asserted after an edit elsewhere in the text");

        // Both undone: the items wait again at once, the decisions stay as history, and an incremental load keeps it so.
        List<String> undone = decideAll(dsg -> {
            Reviewer alice = new Reviewer(dsg, CLOCK);
            List<String> keys = new java.util.ArrayList<>(alice.undo(funding.key(), "alice"));
            keys.addAll(alice.undo(entity.key(), "bob"));
            return keys;
        });
        assertEquals(funding.facts().size() + 1, undone.size(), "each fact's decision of the item, and the entity's");
        Graph afterUndo = onStore(dsg -> {
            assertFalse(dsg.find(Node.ANY, ELM_FENWICK, Pact.fundedBy.asNode(), GORSE).hasNext(), "undone approval: a candidate again, not asserted");
            assertTrue(dsg.find(Node.ANY, entity.about(), Pact.needsReview.asNode(), Node.ANY).hasNext(), "undone rejection: the entity is back, to review");
            List<String> waiting = ReviewQueue.of(dsg).stream().map(Candidate::key).toList();
            assertTrue(waiting.contains(funding.key()) && waiting.contains(entity.key()), "both wait again, with their keys: " + waiting);
            assertEquals(0, Decisions.in(dsg).size(), "no decision stands");
            assertEquals(2 * undone.size(), dsg.getGraph(uri(Decisions.GRAPH))
                    .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.pactgraph.model.Prov.Activity.asNode()).toList().size(),
                    "every decision kept, each with the activity that undid it");
            return copy(dsg.getGraph(uri(funding.graph())));
        });
        Files.writeString(doc, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(String.valueOf(load(store).kind()).contains("incremental"));
        assertTrue(onStore(dsg -> dsg.getGraph(uri(funding.graph())).isIsomorphicWith(afterUndo)).booleanValue(),
                "the incremental load rebuilt the graph the undo left");

        // Decided again after the undo: a new activity of the same key, which the loads replay.
        decide(dsg -> new Reviewer(dsg, CLOCK).reject(entity.key(), "bob"));
        assertTrue(onStore(dsg -> dsg.contains(uri(Decisions.GRAPH), uri(Decisions.DECISION_BASE + entity.key() + "-2"), Node.ANY, Node.ANY)).booleanValue());
        assertEquals(uri(Decisions.DECISION_BASE + entity.key() + "-2"), onStore(dsg -> new Reviewer(dsg, CLOCK).standingActivity(entity.key()).orElseThrow()),
                "the activity that stands is the new one (the decide answer's iri names it)");

        // The sentence changes: the old decision no longer applies, and the fact is back in the queue.
        Files.writeString(doc, Files.readString(doc).replace("$2 million from Gorse Systems", "$3 million from Gorse Systems"));
        LoadReport incremental = load(store);
        assertTrue(String.valueOf(incremental.kind()).contains("incremental"), incremental.kind());
        assertFalse(asserted(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE), "a changed sentence is not approved by the old decision");
        assertFalse(asserted(entity.about(), Node.ANY, Node.ANY), "rejected entity (same name): still gone after an incremental load");
        Candidate again = onStore(dsg -> find(ReviewQueue.of(dsg), Pact.fundedBy.asNode(), GORSE));
        assertFalse(again.key().equals(funding.key()));
    }

    @Test
    void anUndoneMergePutsBackTheGraphsThatNamedTheMergedResourceAndLeavesTheOthersAlone() {
        Node cedar = uri(ID + "org/cedar-university");
        Node graph = onStore(dsg -> dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.subject.asNode(), cedar).next().getGraph());
        Graph before = onStore(dsg -> copy(dsg.getGraph(graph)));
        Graph seed = onStore(dsg -> copy(dsg.getGraph(uri(org.pactgraph.model.Iris.DOCUMENT_GRAPH_BASE + "2024-04-09-us-japan-ai-partnerships"))));
        assertFalse(seed.isEmpty());
        Decision merged = decideAndReturn(dsg -> new Reviewer(dsg, CLOCK).merge(cedar.getURI(), ID + "org/nvidia", "alice"));
        assertFalse(onStore(dsg -> dsg.getGraph(graph).isIsomorphicWith(before)).booleanValue(), "merged: the graph that named it is rewritten");
        ReviewException twice = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class,
                () -> decide(dsg -> new Reviewer(dsg, CLOCK).merge(cedar.getURI(), ID + "org/arm", "alice")));
        assertTrue(twice.getMessage().contains("merged into"), twice.getMessage());

        decideAll(dsg -> new Reviewer(dsg, CLOCK).undo(merged.key(), "alice"));
        assertTrue(onStore(dsg -> dsg.getGraph(graph).isIsomorphicWith(before)).booleanValue(), "the graph that named it is as before the merge");
        assertTrue(onStore(dsg -> dsg.getGraph(uri(org.pactgraph.model.Iris.DOCUMENT_GRAPH_BASE + "2024-04-09-us-japan-ai-partnerships"))
                .isIsomorphicWith(seed)).booleanValue(), "a graph that never named it is untouched");
    }

    @Test
    void aMergeOfPartOfTheEvidenceIsRefused() {
        Node rule = onStore(dsg -> dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Pact.ExtractionRule.asNode())
                .next().getSubject());
        ReviewException refused = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class,
                () -> decide(dsg -> new Reviewer(dsg, CLOCK).merge(rule.getURI(), ID + "org/nvidia", "alice")));
        assertTrue(refused.getMessage().contains("part of the evidence"), refused.getMessage());
    }

    @Test
    void aDecisionHoldsWhenARuleChangesItsConfidenceButNotItsTriple() {
        InputFiles files = InputFiles.find(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        Extractor extractor = new Extractor(Gazetteer.of(InputGraphs.knownGraph(files)));
        Extraction extraction = extractor.extract(org.pactgraph.load.DocumentReader.read(doc, project.resolve("data")));
        Triple funded = Triple.create(ELM_FENWICK, Pact.fundedBy.asNode(), GORSE);
        Graph asWas = new StatementMapper().toGraph(extraction);
        Node document = ReviewGraph.documentOf(asWas);
        ReviewGraph.Evidence e = ReviewGraph.evidence(asWas, document).stream().filter(x -> x.triple().equals(funded)).findFirst().orElseThrow();
        Decision rejected = new Decision(e.key(), Decision.Verdict.REJECT, funded, null, e.node(), "carol", CLOCK.instant());
        Decisions decisions = Decisions.of(graphOf(Decisions.asTriples(rejected)));

        // The rule becomes sure of the binding (0.6 -> 0.8): the triple would be asserted, but the rejection holds.
        Graph surer = new StatementMapper().toGraph(withConfidence(extraction, funded, 0.8));
        assertTrue(surer.contains(funded), "the changed rule asserts it");
        new Replay(decisions).applyTo(surer);
        assertFalse(surer.contains(funded), "a rejected fact never comes back");

        // The rule becomes less sure (0.6 -> 0.5): an approval still asserts it.
        Decision approved = new Decision(e.key(), Decision.Verdict.APPROVE, funded, null, e.node(), "carol", CLOCK.instant());
        Graph lessSure = new StatementMapper().toGraph(withConfidence(extraction, funded, 0.5));
        new Replay(Decisions.of(graphOf(Decisions.asTriples(approved)))).applyTo(lessSure);
        assertTrue(lessSure.contains(funded));
    }

    private static Extraction withConfidence(Extraction x, Triple t, double c) {
        List<Fact> facts = x.facts().stream().map(f -> f.triple().equals(t) ? f.withConfidence(c) : f).toList();
        return new Extraction(x.document(), x.sentences(), x.mentions(), facts);
    }

    private static Graph graphOf(List<Triple> triples) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    private static Candidate find(List<Candidate> queue, Node p, Node o) {
        return queue.stream().filter(c -> c.kind() == Candidate.Kind.FACT
                        && c.facts().values().stream().anyMatch(t -> t.getPredicate().equals(p) && t.getObject().equals(o)))
                .findFirst().orElseThrow(() -> new AssertionError("not in the queue: " + queue));
    }

    private static boolean asserted(Node s, Node p, Node o) {
        return onStore(dsg -> dsg.find(Node.ANY, s, p, o).hasNext());
    }

    private static LoadReport load(Path storeDir) {
        return new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), storeDir));
    }

    private static <T> T onStore(Function<DatasetGraph, T> work) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            return Txn.calculateRead(dsg, () -> work.apply(dsg));
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static List<String> decideAll(Function<DatasetGraph, List<String>> work) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            return work.apply(dsg);
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static Decision decideAndReturn(Function<DatasetGraph, Decision> work) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            return work.apply(dsg);
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static void decide(Function<DatasetGraph, Decision> work) {
        DatasetGraph dsg = TdbStore.at(store).open();
        try {
            work.apply(dsg);
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
