package org.pactgraph.load;

import java.nio.file.Path;
import java.util.Objects;
import org.pactgraph.annotate.Annotator;

/**
 * Where a load reads and writes.
 *
 * @param dataDir announcements and reference data. Defaults to {@code ./data}.
 * @param ontologyDir the ontologies ({@code *.ttl}) and the SHACL shapes ({@code shapes.ttl}).
 *     Defaults to {@code ./ontology}.
 * @param storeDir the TDB2 store. Defaults to {@code ./store}.
 * @param annotator the linguistic layer the extractor reads, usually cached on disk. The
 *     command line defaults to Stanford CoreNLP; {@link Annotator#NONE} runs the rules alone.
 */
public record LoadSettings(Path dataDir, Path ontologyDir, Path storeDir, Annotator annotator) {
    public LoadSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ontologyDir, "ontologyDir");
        Objects.requireNonNull(storeDir, "storeDir");
        Objects.requireNonNull(annotator, "annotator");
    }

    /** Settings whose extractor runs its rules alone, without a linguistic layer. */
    public LoadSettings(Path dataDir, Path ontologyDir, Path storeDir) {
        this(dataDir, ontologyDir, storeDir, Annotator.NONE);
    }

    /** The defaults, relative to the working folder. */
    public static LoadSettings defaults() {
        return new LoadSettings(Path.of("data"), Path.of("ontology"), Path.of("store"));
    }
}
