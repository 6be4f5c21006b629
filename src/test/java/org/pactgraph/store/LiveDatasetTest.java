package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.load.Loader;

/**
 * How a served store and loads share the store folder: a reader keeps its generation until its
 * transaction ends, then moves on; a generation in use is never deleted under it; what a killed
 * load left behind is never served and is removed by the next load.
 */
class LiveDatasetTest {
    @TempDir static Path tmp;
    private static Path older;
    private static Path newer;

    @BeforeAll
    static void corpora() {
        older = Corpora.generate(tmp, 8, 601);
        newer = Corpora.generate(tmp, 12, 602);
    }

    @Test
    void aReadTransactionKeepsItsGenerationUntilItEndsAndTheNextOneMovesOn() throws IOException {
        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(older, store));
        Path first = current(store);
        List<String> log = new ArrayList<>();
        LiveDataset dataset = LiveDataset.open(TdbStore.at(store), log::add);
        try {
            dataset.begin(ReadWrite.READ);
            long before = quads(dataset);
            new Loader().load(Corpora.into(newer, store));
            assertTrue(Files.isDirectory(first), "the load keeps the generation a reader uses");
            assertEquals(before, quads(dataset), "a transaction sees one generation from start to end");
            dataset.end();
            long after = Txn.calculateRead(dataset, () -> quads(dataset));
            assertTrue(after > before, "the next transaction reads the new generation: " + before + " then " + after);
            assertEquals(current(store), dataset.generation());
            assertFalse(Files.exists(first), "the old generation is deleted once no transaction uses it");
            assertEquals(List.of("Now serving " + current(store).getFileName() + " (was " + first.getFileName() + ")"), log);
        } finally {
            dataset.close();
        }
    }

    @Test
    void aHalfWrittenGenerationIsNeverServedAndTheNextLoadRemovesIt() throws IOException {
        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(older, store));
        StoreDigest loaded = StoreDigest.of(store);
        Path leftover = store.resolve("gen-0007");
        Files.createDirectories(leftover.resolve("tdb"));
        Files.writeString(leftover.resolve("tdb").resolve("nodes.dat"), "half written");
        assertEquals(loaded, StoreDigest.of(store), "the store serves the generation 'current' names, nothing else");
        LiveDataset dataset = LiveDataset.open(TdbStore.at(store), message -> { });
        assertEquals(current(store), dataset.generation());
        dataset.close();
        new Loader().load(Corpora.into(newer, store));
        assertFalse(Files.exists(leftover), "the next load removes the leftover");
        try (var list = Files.list(store)) {
            assertEquals(List.of(current(store)), list.filter(p -> p.getFileName().toString().startsWith("gen-")).toList());
        }
    }

    private static long quads(LiveDataset dataset) {
        long n = 0;
        for (var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
        return n;
    }

    private static Path current(Path store) throws IOException {
        return store.resolve(Files.readSymbolicLink(store.resolve("current")));
    }
}
