package org.pactgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pactgraph.PactGraphException;
import org.pactgraph.docs.ModelDiagram;
import org.pactgraph.docs.ReadmeDiagramBlock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pactgraph diagram}: the data model as Mermaid class diagrams, generated from the ontology. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = {"Prints the data model as Mermaid class diagrams in Markdown (one per area: organisations and people;",
                "partnerships, funding and money; events, documents and evidence; themes and places), generated from the",
                "ontologies in the ontology folder. With --readme, writes them between the file's diagram markers instead."})
final class DiagramCommand implements Callable<Integer> {
    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_ONTOLOGY:-ontology}",
            description = "Ontologies and SHACL shapes (default: ${DEFAULT-VALUE}; env PACTGRAPH_ONTOLOGY).")
    Path ontology;

    @Option(names = "--readme", paramLabel = "FILE",
            description = "Rewrite the block between <!-- diagram:begin --> and <!-- diagram:end --> in FILE.")
    Path readme;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String diagrams = ModelDiagram.ofFolder(ontology);
        PrintWriter out = spec.commandLine().getOut();
        if (readme == null) {
            out.print(diagrams);
        } else {
            if (!Files.isRegularFile(readme)) {
                throw new PactGraphException("No file " + readme, "give the Markdown file to rewrite with --readme FILE");
            }
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            String updated = ReadmeDiagramBlock.replaced(text, readme.toString(), diagrams);
            if (!updated.equals(text)) Files.writeString(readme, updated, StandardCharsets.UTF_8);
            out.println(updated.equals(text) ? "The model diagram in " + readme + " is up to date."
                    : "Rewrote the model diagram in " + readme + ".");
        }
        out.flush();
        return 0;
    }
}
