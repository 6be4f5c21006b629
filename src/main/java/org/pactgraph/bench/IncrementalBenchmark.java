package org.pactgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.store.Folders;
import org.pactgraph.store.StoreDigest;

/**
 * {@code bench incremental}: adding one announcement to a loaded store, then removing one,
 * each by {@code pactgraph load} of the changed data folder (an incremental load), against a
 * full load of the same final data folder into an empty store, measured in the same run; the two
 * stores must be equal, graph for graph, by {@link StoreDigest}.
 */
public final class IncrementalBenchmark {
    /**
     * One change measured.
     *
     * @param documents documents in the store after the change
     * @param change what changed
     * @param kind what the load reported it did
     * @param incrementalMillis the load of the change
     * @param rebuildMillis a full load of the same data folder into an empty store
     * @param identical whether the two stores are equal by per-graph digest
     * @param differences the first graphs whose digests differ, with both digests
     */
    public record Row(int documents, String change, String kind, long incrementalMillis, long rebuildMillis, boolean identical,
                      String differences) {
        /** How many times faster the incremental load was. */
        public double speedup() {
            return rebuildMillis / (double) Math.max(1, incrementalMillis);
        }
    }

    /** Loads a generated corpus of {@code documents} announcements, then adds one and removes one. */
    public List<Row> run(Path ontology, int documents, long seed) {
        List<Row> rows = new ArrayList<>();
        try (BenchFiles files = new BenchFiles(ontology)) {
            Path data = files.corpus(documents + 1, seed);
            Path announcements = data.resolve("announcements");
            List<Path> docs = list(announcements);
            Path added = docs.get(docs.size() - 1);
            Path aside = files.folder("aside").resolve(added.getFileName());
            move(added, aside);
            LoadSettings store = files.settings(data, "store");
            BenchFiles.load(store);

            move(aside, added);
            rows.add(measure(files, data, store, documents + 1, "add " + added.getFileName(), "rebuild-add"));
            Path removed = docs.get(0);
            delete(removed);
            rows.add(measure(files, data, store, documents, "remove " + removed.getFileName(), "rebuild-remove"));
        }
        return rows;
    }

    private static Row measure(BenchFiles files, Path data, LoadSettings store, int documents, String change, String rebuildName) {
        long t0 = System.nanoTime();
        LoadReport report = BenchFiles.load(store);
        long incremental = (System.nanoTime() - t0) / 1_000_000;
        LoadSettings rebuild = files.settings(data, rebuildName);
        long t1 = System.nanoTime();
        BenchFiles.load(rebuild);
        long full = (System.nanoTime() - t1) / 1_000_000;
        StoreDigest mine = StoreDigest.of(store.storeDir());
        StoreDigest theirs = StoreDigest.of(rebuild.storeDir());
        StringBuilder differences = new StringBuilder();
        java.util.Set<String> graphs = new java.util.TreeSet<>(mine.graphs().keySet());
        graphs.addAll(theirs.graphs().keySet());
        graphs.stream().filter(g -> !java.util.Objects.equals(mine.graphs().get(g), theirs.graphs().get(g))).limit(3)
                .forEach(g -> differences.append(g).append(": ").append(mine.graphs().get(g)).append(" / rebuilt ").append(theirs.graphs().get(g)).append("; "));
        Folders.deleteQuietly(rebuild.storeDir());
        return new Row(documents, change, report.kind(), incremental, full, mine.equals(theirs), differences.toString());
    }

    private static List<Path> list(Path folder) {
        try (var list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
