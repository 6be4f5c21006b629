package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.docs.ModelDiagram;

class DiagramCommandTest {
    @TempDir Path tmp;

    @Test
    void printsTheOntologyDiagramsAsMermaidBlocks() {
        CliTest.Run r = CliTest.run("diagram");
        assertEquals(0, r.code(), r.err());
        assertEquals(ModelDiagram.ofFolder(Path.of("ontology")), r.out());
        assertTrue(r.out().startsWith("**Organisations and people**\n\n```mermaid\nclassDiagram\n"), r.out());
    }

    @Test
    void rewritesTheMarkedBlockOfAReadmeAndLeavesTheRest() throws IOException {
        Path readme = tmp.resolve("README.md");
        Files.writeString(readme, "# Model\n\nprose\n<!-- diagram:begin -->\nstale\n<!-- diagram:end -->\nmore prose\n");
        CliTest.Run first = CliTest.run("diagram", "--readme", readme.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Rewrote"), first.out());
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertEquals("# Model\n\nprose\n<!-- diagram:begin -->\n" + ModelDiagram.ofFolder(Path.of("ontology"))
                + "<!-- diagram:end -->\nmore prose\n", text);
        CliTest.Run again = CliTest.run("diagram", "--readme", readme.toString());
        assertTrue(again.out().contains("is up to date"), again.out());
    }

    @Test
    void readmeWithoutMarkersFailsWithOneLineNamingThem() throws IOException {
        Path readme = Files.writeString(tmp.resolve("README.md"), "# Model\n");
        CliTest.Run r = CliTest.run("diagram", "--readme", readme.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("pactgraph: ") && r.err().contains("<!-- diagram:begin -->"), r.err());
        assertEquals("# Model\n", Files.readString(readme));
    }
}
