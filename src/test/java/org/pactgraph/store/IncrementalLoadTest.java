package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.Loader;

/**
 * A load after announcements were added, changed or removed changes only those, in place, and
 * ends with the store a full load of the same data folder builds, graph for graph by digest.
 */
class IncrementalLoadTest {
    @TempDir Path tmp;

    @Test
    void addingChangingAndRemovingDocumentsGivesTheStoreAFullLoadGives() throws IOException {
        Path corpus = Corpora.generate(tmp, 14, 811);
        Path announcements = corpus.resolve("data/announcements");
        List<Path> docs = documents(announcements);
        Path aside = Files.createDirectories(tmp.resolve("aside"));
        Files.move(docs.get(0), aside.resolve(docs.get(0).getFileName()));
        Files.move(docs.get(1), aside.resolve(docs.get(1).getFileName()));
        Path store = Corpora.newStore(tmp);
        assertEquals("full", new Loader().load(Corpora.into(corpus, store)).kind());

        Files.move(aside.resolve(docs.get(0).getFileName()), docs.get(0));
        LoadReport added = new Loader().load(Corpora.into(corpus, store));
        assertEquals("incremental: 1 added, 0 changed, 0 removed", added.kind());
        assertEquals(1, added.documents());
        assertEquals(rebuilt(corpus), StoreDigest.of(store), "after adding one document");

        Files.delete(docs.get(2));
        LoadReport removed = new Loader().load(Corpora.into(corpus, store));
        assertEquals("incremental: 0 added, 0 changed, 1 removed", removed.kind());
        assertEquals(rebuilt(corpus), StoreDigest.of(store), "after removing one document");

        Files.move(aside.resolve(docs.get(1).getFileName()), docs.get(3), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadReport changed = new Loader().load(Corpora.into(corpus, store));
        assertTrue(changed.kind().startsWith("incremental: 0 added, 1 changed"), changed.kind());
        assertEquals(rebuilt(corpus), StoreDigest.of(store), "after changing one document");
        assertEquals(1, generations(store), "an incremental load changes the generation in use");
    }

    private StoreDigest rebuilt(Path corpus) throws IOException {
        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(corpus, store));
        return StoreDigest.of(store);
    }

    static List<Path> documents(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long generations(Path store) throws IOException {
        try (var list = Files.list(store)) {
            return list.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }
}
