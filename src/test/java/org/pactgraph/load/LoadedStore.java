package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.pactgraph.TestData;

/**
 * A copy of the project loaded into a store, and loaded a second time into a reference store,
 * for tests of a load that must fail and leave the store exactly as it was.
 */
record LoadedStore(Path project, LoadSettings settings, Path reference, Path generation) {
    /** Copies the project, loads it into {@code tmp/store} and {@code tmp/reference}. */
    static LoadedStore in(Path tmp) throws IOException {
        Path project = TestData.copyOfProject();
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        new Loader().load(settings);
        Path reference = tmp.resolve("reference");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), reference));
        return new LoadedStore(project, settings, reference, LoaderTest.currentGeneration(settings.storeDir()));
    }

    /** The store still points at the same generation and holds what the reference holds. */
    void assertUnchanged() throws IOException {
        assertEquals(generation, LoaderTest.currentGeneration(settings.storeDir()));
        LoaderTest.assertSameContent(reference, settings.storeDir());
    }
}
