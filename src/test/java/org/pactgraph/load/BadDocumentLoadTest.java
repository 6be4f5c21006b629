package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;

/** Announcements a load cannot use: refused whole, or loaded as an empty document, never half. */
class BadDocumentLoadTest {
    @TempDir Path tmp;

    @Test
    void aTenMegabyteAnnouncementStopsTheLoadAndLeavesTheStoreAsItWas() throws IOException {
        Path project = TestData.copyOfProject();
        Path store = tmp.resolve("store");
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), store);
        new Loader().load(settings);
        Path before = LoaderTest.currentGeneration(store);
        Files.write(project.resolve("data/announcements/2031-03-07-huge.md"), new byte[10 * 1024 * 1024]);
        InputException e = assertThrows(InputException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().contains("2031-03-07-huge.md") && e.getMessage().contains("limit"), e.getMessage());
        assertEquals(before, LoaderTest.currentGeneration(store));
    }

    @Test
    void htmlWithoutTextLoadsAsADocumentWithNoFacts() throws IOException {
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("data/announcements/2031-03-07-blank.html"), "<html><body><p></p><script>x()</script></body></html>");
        Path store = tmp.resolve("store");
        LoadReport report = new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        assertEquals(2, report.documents());
        var content = LoaderTest.content(store);
        Node graph = NodeFactory.createURI(Iris.documentGraph("2031-03-07-blank"));
        assertEquals(3, content.getGraph(graph).size(), "type, identifier and date of the document, nothing else");
    }
}
