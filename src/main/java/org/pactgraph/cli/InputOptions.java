package org.pactgraph.cli;

import java.nio.file.Path;
import org.pactgraph.load.LoadSettings;
import picocli.CommandLine.Option;

/** The options that say where inputs and the store are, shared by commands that load. */
final class InputOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_DATA:-data}",
            description = "Announcements and reference data (default: ${DEFAULT-VALUE}; env PACTGRAPH_DATA).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_ONTOLOGY:-ontology}",
            description = "Ontologies and SHACL shapes (default: ${DEFAULT-VALUE}; env PACTGRAPH_ONTOLOGY).")
    Path ontology;

    LoadSettings settings(Path store) {
        return new LoadSettings(data, ontology, store);
    }
}
