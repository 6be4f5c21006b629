package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.generate.CorpusGenerator;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.store.MemoryStore;
import org.pactgraph.store.TdbStore;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.Violation;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;

/**
 * The one load pipeline into its sinks: TDB2's bulk loader and a dataset in memory hold the same
 * quads, and validating documents one by one, then again on the whole graph where several
 * describe one resource, finds what validating the whole graph at once finds.
 */
class LoadPipelineTest {
    @TempDir Path tmp;

    @Test
    void aGeneratedCorpusLoadedInBulkOnThreeThreadsHoldsExactlyWhatTheMemorySinkHoldsLoadedOnOne() {
        new CorpusGenerator().generate(new CorpusGenerator.Settings(40, 7, tmp.resolve("corpus")));
        LoadSettings settings = new LoadSettings(tmp.resolve("corpus/data"), Path.of("ontology"), tmp.resolve("store"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress progress = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        LoadReport report = new Loader(new LoadPipeline.Options(3, 5, progress)).load(settings);

        MemoryStore memory = MemoryStore.empty();
        LoadReport inMemory = new Loader(new LoadPipeline.Options(1, 1, LoadProgress.silent())).load(settings, memory);
        // Written into TDB2 as it is, so that both sides have TDB2's forms of literals.
        Path reference = tmp.resolve("reference-store");
        memory.read(dsg -> Txn.executeRead(dsg, () -> TdbStore.at(reference).replace(dsg, Map.of())));
        DatasetGraph expected = LoaderTest.content(reference);
        DatasetGraph stored = LoaderTest.content(settings.storeDir());
        assertEquals(expected.stream().count(), stored.stream().count());
        // Graph by graph with Jena's graph matcher (blank nodes hashed by their surroundings): the
        // dataset matcher tried blank-node pairings one by one and took 294 s on these 40 documents.
        java.util.Set<org.apache.jena.graph.Node> names = new java.util.HashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<org.apache.jena.graph.Node> storedNames = new java.util.HashSet<>();
        stored.listGraphNodes().forEachRemaining(storedNames::add);
        assertEquals(names, storedNames);
        for (org.apache.jena.graph.Node g : names) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(stored.getGraph(g)), "the bulk load holds other quads than the memory sink in " + g);
        }
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(stored.getDefaultGraph()), "the default graphs differ");
        assertEquals(40, report.documents());
        assertEquals(expected.stream().count(), report.totalTriples());
        assertEquals(report.triplesByGraph(), inMemory.triplesByGraph());

        String lines = err.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("load: 40/40 documents") && lines.contains("triples/s") && lines.contains("left"), lines);
        assertTrue(lines.contains("load: reasoning over") && lines.contains("load: building the store's indexes"), lines);
    }

    @Test
    void aViolationThatOnlyTwoDocumentsTogetherMakeIsFoundAsTheInMemoryLoadFindsItAndItsFactsGoToReview() throws IOException {
        new CorpusGenerator().generate(new CorpusGenerator.Settings(30, 1, tmp.resolve("corpus")));
        Path announcements = tmp.resolve("corpus/data/announcements");
        // Each document is valid; together they put the one partnership of the pair and year in two initiatives.
        for (String which : List.of("a", "b")) {
            Files.writeString(announcements.resolve("2031-03-07-soil-" + which + ".md"), "# Alder and Birch\n\n"
                    + "Alder University and Birch University will partner on soil science. These partnerships are the second "
                    + "partnership initiative since June 2030, when President Jane Doe and Chancellor Tom Ray made a commitment to share laboratories.\n");
        }
        LoadSettings settings = new LoadSettings(tmp.resolve("corpus/data"), Path.of("ontology"), tmp.resolve("store"));

        // Extracted facts only: the bulk load finds the violations and sends the facts behind them to review (ExtractedViolationsToReviewTest).
        LoadReport bulk = new Loader().load(settings);
        List<Violation> found = bulk.demoted().stream().map(d -> withoutSource(d.violation())).distinct().sorted(BY_TEXT).toList();
        assertEquals(violationsOfTheWholeGraph(settings), found);
        assertTrue(bulk.demoted().stream().allMatch(d -> d.document().contains("2031-03-07-soil-")), bulk.demoted().toString());
        assertTrue(bulk.demoted().stream().anyMatch(d -> d.reason().contains("A partnership belongs to at most one initiative.")), bulk.demoted().toString());
    }

    /** The violations of the whole asserted graph validated at once: the same inputs loaded without shapes, then validated. */
    private List<Violation> violationsOfTheWholeGraph(LoadSettings settings) throws IOException {
        Path ontology = Files.createDirectories(tmp.resolve("ontology-without-shapes"));
        try (var files = Files.list(Path.of("ontology"))) {
            for (Path f : files.toList()) Files.copy(f, ontology.resolve(f.getFileName()));
        }
        Path shapes = ontology.resolve("shapes.ttl");
        Graph shapesGraph = RdfFileReader.read(Path.of("ontology/shapes.ttl"));
        Files.writeString(shapes, "<urn:pactgraph:test> <urn:pactgraph:shapes> \"none\" .\n");
        MemoryStore memory = MemoryStore.empty();
        new Loader().load(new LoadSettings(settings.dataDir(), ontology, tmp.resolve("unused")), memory);
        List<Violation> all = new java.util.ArrayList<>();
        memory.read(dsg -> Txn.executeRead(dsg, () -> all.addAll(
                new ShapesValidator(shapesGraph, Namespaces.standard()).violations(new AssertedGraph(dsg), Map.of()))));
        return all.stream().map(LoadPipelineTest::withoutSource).sorted(BY_TEXT).toList();
    }

    private static final java.util.Comparator<Violation> BY_TEXT = java.util.Comparator.comparing(Violation::toString);

    private static Violation withoutSource(Violation v) {
        return new Violation("", v.focusNode(), v.path(), v.message(), v.shape());
    }

    @Test
    void ceremoniesOfOneDayInTwoCitiesAreTwoEventsAndLoad() throws IOException {
        Path announcements = Files.createDirectories(tmp.resolve("two-cities/announcements"));
        Files.writeString(announcements.resolve("2031-03-07-port-allen.md"), "# Alder and Birch\n\nAlder University and Birch University "
                + "announced a partnership. The agreement was signed at a ceremony in Port Allen on Tuesday, March 4.\n");
        Files.writeString(announcements.resolve("2031-03-07-kelford.md"), "# Cedar and Dunmore\n\nCedar University and Dunmore University "
                + "announced a partnership. The agreement was signed at a ceremony in Kelford on Tuesday, March 4.\n");
        Files.createDirectories(tmp.resolve("two-cities/reference"));
        LoadSettings settings = new LoadSettings(tmp.resolve("two-cities"), Path.of("ontology"), tmp.resolve("two-cities-store"));

        new Loader().load(settings);

        DatasetGraph stored = LoaderTest.content(settings.storeDir());
        var ceremonies = stored.stream(Node.ANY, Node.ANY, RDF.type.asNode(), Pact.SigningCeremony.asNode())
                .map(q -> q.getSubject().getURI()).distinct().sorted().toList();
        assertEquals(List.of(Iris.id(Iris.Kind.EVENT, "signing-ceremony-2031-03-04-kelford"),
                Iris.id(Iris.Kind.EVENT, "signing-ceremony-2031-03-04-port-allen")), ceremonies);
    }

    @Test
    void onATerminalTheProgressIsOneBarRedrawnInPlace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress progress = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        progress.start(4);
        progress.documents(4, 1200);
        String bar = err.toString(StandardCharsets.UTF_8);
        assertTrue(bar.startsWith("\r[########################] 4/4 documents  1,200 triples"), bar);
        assertTrue(bar.endsWith(System.lineSeparator()), bar);
    }
}
