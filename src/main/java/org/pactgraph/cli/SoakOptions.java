package org.pactgraph.cli;

import org.pactgraph.bench.SoakBenchmark;
import picocli.CommandLine.Option;

/** The options of {@code pactgraph bench soak}. */
final class SoakOptions {
    @Option(names = "--minutes", defaultValue = "10", description = "soak: minutes of load on each server (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--connections", defaultValue = "64", description = "soak: connections sending queries at once (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--baseline", description = "soak: run the same load again on the server with Fuseki's own connector and buffer pool.")
    boolean baseline;

    /** The settings, or null when they make no sense. */
    SoakBenchmark.Settings settings() {
        return minutes <= 0 || connections < 1 ? null : new SoakBenchmark.Settings(minutes, connections, baseline);
    }
}
