package org.pactgraph.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a load reads and writes.
 *
 * @param dataDir announcements and reference data. Defaults to {@code ./data}.
 * @param ontologyDir the ontologies ({@code *.ttl}) and the SHACL shapes ({@code shapes.ttl}).
 *     Defaults to {@code ./ontology}.
 * @param storeDir the TDB2 store. Defaults to {@code ./store}.
 */
public record LoadSettings(Path dataDir, Path ontologyDir, Path storeDir) {
    public LoadSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ontologyDir, "ontologyDir");
        Objects.requireNonNull(storeDir, "storeDir");
    }

    /** The defaults, relative to the working folder. */
    public static LoadSettings defaults() {
        return new LoadSettings(Path.of("data"), Path.of("ontology"), Path.of("store"));
    }
}
