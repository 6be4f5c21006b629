package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.store.TdbStore;
import org.pactgraph.validate.ValidationException;

class LoaderTest {
    @TempDir Path tmp;

    /** The store's content, copied into memory. */
    static DatasetGraph content(Path storeDir) {
        DatasetGraph dsg = TdbStore.at(storeDir).open();
        try {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
            return copy;
        } finally {
            TdbStore.close(dsg);
        }
    }

    /** Same quads up to blank node labels (the ontology's anonymous classes), same IRIs. */
    static void assertSameContent(Path a, Path b) {
        DatasetGraph x = content(a);
        DatasetGraph y = content(b);
        assertEquals(x.stream().count(), y.stream().count());
        assertTrue(IsoMatcher.isomorphic(x, y), "the two stores hold different graphs");
    }

    /** The generation folder the store's current link points at. */
    static Path currentGeneration(Path store) throws IOException {
        return Files.readSymbolicLink(store.resolve("current"));
    }

    @Test
    void loadingTwiceGivesTheSameGraphWithTheSameIris() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new Loader().load(TestData.projectInto(a));
        new Loader().load(TestData.projectInto(b));
        new Loader().load(TestData.projectInto(b));
        assertSameContent(a, b);
        assertTrue(content(a).getUnionGraph().contains(
                NodeFactory.createURI("https://w3id.org/pactgraph/id/partnership/uw-tsukuba-ai-2024"), Node.ANY, Node.ANY));
    }

    @Test
    void reloadingUnchangedInputsChangesTheGenerationInUseInPlace() throws IOException {
        Path store = tmp.resolve("store");
        new Loader().load(TestData.projectInto(store));
        assertEquals("incremental: 0 added, 0 changed, 0 removed", new Loader().load(TestData.projectInto(store)).kind());
        try (var list = Files.list(store)) {
            assertEquals(List.of(".lock", "current", "gen-0001"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFullReloadKeepsOnlyTheNewGeneration() throws IOException {
        Path project = TestData.copyOfProject();
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        new Loader().load(settings);
        Files.writeString(project.resolve("ontology/shapes.ttl"), "\n# changed\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals("full", new Loader().load(settings).kind());
        try (var list = Files.list(settings.storeDir())) {
            assertEquals(List.of(".lock", "current", "gen-0002"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void brokenTurtleIsReportedWithFileLineAndColumnAndTheStoreIsUnchanged() throws IOException {
        LoadedStore loaded = LoadedStore.in(tmp);
        Path project = loaded.project();
        LoadSettings settings = loaded.settings();

        Path bad = project.resolve("data/reference/broken.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d \"unterminated .\n");
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        // The parser notices the unterminated string where the next line starts.
        assertTrue(e.getMessage().matches("(?s).*broken\\.ttl:4:1: Broken token \\(newline in string\\).*"), e.getMessage());
        loaded.assertUnchanged();
    }

    @Test
    void aShapeViolationStopsTheLoadNamesTheFileAndLeavesTheStoreUnchanged() throws IOException {
        LoadedStore loaded = LoadedStore.in(tmp);
        Path project = loaded.project();
        LoadSettings settings = loaded.settings();

        Files.writeString(project.resolve("data/reference/lonely.ttl"), """
                @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                <https://w3id.org/pactgraph/id/partnership/lonely> a pact:Partnership ;
                    pact:partner <https://w3id.org/pactgraph/id/org/nvidia> .
                """);
        ValidationException e = assertThrows(ValidationException.class, () -> new Loader().load(settings));
        assertTrue(e.report().contains("lonely.ttl: partnership:lonely pact:partner: A partnership has at least two partners"), e.report());
        loaded.assertUnchanged();
    }

    @Test
    void aMissingDataFolderSaysWhichAndWhatToDo() {
        LoadSettings settings = new LoadSettings(tmp.resolve("nowhere"), Path.of("ontology"), tmp.resolve("store"));
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.oneLine().contains("The data folder") && e.oneLine().contains("--data"), e.oneLine());
    }

    @Test
    void theUpToDateCheckSeesAChangedAnnouncementWithoutReadingItAndOnlyALoadRefusesAnEmptyOne() throws IOException {
        Path project = TestData.copyOfProject();
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        new Loader().load(settings);
        assertEquals(InputFiles.find(settings).fingerprint(), InputFiles.scan(settings).fingerprint());
        assertFalse(new Loader().isStale(settings));

        Path empty = project.resolve("data/announcements/2024-05-01-empty.md");
        Files.writeString(empty, "  \n");
        assertTrue(new Loader().isStale(settings));
        assertTrue(InputFiles.scan(settings).documents().contains(empty));
        InputException e = assertThrows(InputException.class, () -> InputFiles.find(settings));
        assertTrue(e.getMessage().contains("2024-05-01-empty.md") && e.getMessage().contains("the file is empty"), e.getMessage());
    }

    @Test
    void anAnnouncementThatIsADanglingLinkIsReported() throws IOException {
        Path project = TestData.copyOfProject();
        Files.createSymbolicLink(project.resolve("data/announcements/2024-05-01-gone.md"), tmp.resolve("missing.md"));
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().contains("2024-05-01-gone.md") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFileWithoutReadPermissionIsReported() throws IOException {
        Path project = TestData.copyOfProject();
        Path doc = project.resolve("data/announcements/2024-04-09-us-japan-ai-partnerships.md");
        Files.setPosixFilePermissions(doc, java.util.Set.of());
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(doc), "root reads every file; the dangling link test covers this");
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }

    @Test
    void anImpossibleDateInTheFileNameIsReported() throws IOException {
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("data/announcements/2024-02-30-odd.md"), "Text.");
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().contains("2024-02-30-odd.md") && e.getMessage().contains("not a date"), e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndByte() throws IOException {
        Path project = TestData.copyOfProject();
        Files.write(project.resolve("data/announcements/2024-05-01-latin1.md"), "Line one\nCaf\u00e9 line two".getBytes(StandardCharsets.ISO_8859_1));
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().contains("2024-05-01-latin1.md:2: invalid UTF-8 at byte 12"), e.getMessage());
    }

    @Test
    void aDocumentsPublishedIdentifierIsItsPathInTheDataFolderNotOnTheLoadingMachine() {
        Path project = TestData.copyOfProject();
        Path store = tmp.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        DatasetGraph content = content(store);
        List<String> identifiers = content.stream(Node.ANY, Node.ANY, org.apache.jena.vocabulary.DCTerms.identifier.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().toList();
        assertEquals(List.of("announcements/2024-04-09-us-japan-ai-partnerships.md"), identifiers);
        String folder = project.toAbsolutePath().toString();
        assertFalse(content.stream().anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().contains(folder)),
                "a literal names the folder the data was loaded from");
    }
}
