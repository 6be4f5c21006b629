package org.pactgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option of every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_STORE:-store}",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}; env PACTGRAPH_STORE).")
    Path store;
}
