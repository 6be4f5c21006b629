package org.pactgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;

/** The project's own data/ and ontology/, and a TDB2 store loaded from them once per test run. */
public final class TestData {
    private static Path loadedStore;

    private TestData() {}

    /** Settings that read the project's data/ and ontology/ into the given store folder. */
    public static LoadSettings projectInto(Path store) {
        return new LoadSettings(Path.of("data"), Path.of("ontology"), store);
    }

    /** A store loaded from the project's data, shared by the tests that only read it. */
    public static synchronized Path loadedStore() {
        if (loadedStore == null) {
            try {
                Path dir = Files.createTempDirectory("pactgraph-store-");
                new Loader().load(projectInto(dir));
                loadedStore = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loadedStore;
    }

    /** A copy of the project's data/ and ontology/ in a fresh folder, for tests that break them. */
    public static Path copyOfProject() {
        try {
            Path root = Files.createTempDirectory("pactgraph-project-");
            copyTree(Path.of("data"), root.resolve("data"));
            copyTree(Path.of("ontology"), root.resolve("ontology"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
