package org.pactgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pactgraph.generate.CorpusGenerator;
import org.pactgraph.load.LoadSettings;

/** Generated corpora for the reliability tests: two different ones, so that a load visibly changes a store. */
public final class Corpora {
    private Corpora() {}

    /** A fresh corpus of the given size and seed in a new folder under {@code parent}; its data/ is loaded with the project's ontology. */
    public static Path generate(Path parent, int documents, long seed) {
        try {
            Path root = Files.createTempDirectory(parent, "corpus-" + seed + "-");
            new CorpusGenerator().generate(new CorpusGenerator.Settings(documents, seed, root));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Load settings that read the corpus into the store. */
    public static LoadSettings into(Path corpus, Path store) {
        return new LoadSettings(corpus.resolve("data"), Path.of("ontology"), store);
    }

    /** A fresh, empty store folder under {@code parent}. */
    public static Path newStore(Path parent) {
        try {
            return Files.createTempDirectory(parent, "store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
