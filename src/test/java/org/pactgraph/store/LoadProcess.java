package org.pactgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/** {@code pactgraph load} run in a JVM of its own, as a user runs it, its output in a log file beside the store. */
public final class LoadProcess {
    private LoadProcess() {}

    /** Starts a load of the corpus (see {@link Corpora}) into the store. */
    public static Process start(Path corpus, Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 and the serial collector: the same code, started faster on a small machine.
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.pactgraph.cli.Main", "load", "--data", corpus.resolve("data").toString(), "--ontology", "ontology",
                "--store", store.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(store).toFile())
                .start();
    }

    /** The file that holds the output of the loads into the store. */
    public static Path log(Path store) {
        return store.resolveSibling(store.getFileName() + ".log");
    }
}
