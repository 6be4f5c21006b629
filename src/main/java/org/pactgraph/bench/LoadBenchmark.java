package org.pactgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.store.Folders;
import org.pactgraph.store.TdbStore;

/**
 * End-to-end load (read, extract, validate, reason, store) of generated corpora against two
 * baselines of the same run on the same quads: Jena's TDB2 phased bulk loader (what
 * {@code tdb2.tdbloader} runs by default) loading the N-Quads dump of the loaded store into an
 * empty database, and RIOT parsing that dump without storing it. Each contender runs several
 * times, in alternating order, and the medians are reported. Each size is preceded by an
 * unmeasured run of both on a small corpus (200 documents), so that neither pays the JIT's warm-up alone.
 */
public final class LoadBenchmark {
    /** One corpus size: its quads and the wall time of each. */
    public record Row(int documents, long quads, long bytes, long pactgraphMillis, long tdbLoaderMillis, long parseMillis) {
        /** PactGraph's speed as a share of the TDB2 loader's on the same quads (1 = as fast). */
        public double speedOfLoader() {
            return tdbLoaderMillis / (double) Math.max(1, pactgraphMillis);
        }

        /** PactGraph's time in multiples of parsing the same quads. */
        public double timesParse() {
            return pactgraphMillis / (double) Math.max(1, parseMillis);
        }
    }

    /** Measures each corpus size in turn. */
    public List<Row> run(Path ontology, List<Integer> sizes, long seed, int repeats) {
        return run(ontology, sizes, seed, repeats, org.pactgraph.annotate.Annotator.NONE);
    }

    /**
     * The same with the given linguistic layer behind its annotation cache: the first run over a
     * corpus annotates it (cold), a second run of the same sizes and seed reads the cache (warm).
     */
    public List<Row> run(Path ontology, List<Integer> sizes, long seed, int repeats, org.pactgraph.annotate.Annotator annotator) {
        return run(ontology, sizes, seed, repeats, annotator, Integer.MAX_VALUE);
    }

    /**
     * The same on corpora made of at most {@code distinctTexts} generated texts, each under several
     * names ({@link BenchFiles#corpus(int, long, int)}); the JIT's warm-up corpus is then made of
     * the same texts, so that a cold cache is annotated for {@code distinctTexts} texts alone.
     */
    public List<Row> run(Path ontology, List<Integer> sizes, long seed, int repeats, org.pactgraph.annotate.Annotator annotator, int distinctTexts) {
        List<Row> rows = new ArrayList<>();
        try (BenchFiles files = new BenchFiles(ontology, annotator)) {
            // 200 documents warm the JIT up; tiny runs (tests) warm up on their smallest size.
            int warmSize = Math.min(200, java.util.Collections.min(sizes));
            Path warmData = distinctTexts == Integer.MAX_VALUE ? files.corpus(warmSize, seed + 1) : files.corpus(warmSize, seed, distinctTexts);
            for (int n : sizes) {
                warmUp(files, warmData);
                rows.add(measure(files, files.corpus(n, seed, distinctTexts), n, repeats));
            }
        }
        return rows;
    }

    private static void warmUp(BenchFiles files, Path data) {
        LoadSettings s = files.settings(data, "warm");
        BenchFiles.load(s);
        Path nq = dump(s.storeDir(), files.folder("warm.nq"));
        tdbLoad(nq, files.folder("warm-tdb"));
        parse(nq);
        Folders.deleteQuietly(s.storeDir());
        Folders.deleteQuietly(files.folder("warm-tdb"));
    }

    /**
     * Loads the corpus with PactGraph, dumps it, then times each contender {@code repeats} times,
     * in alternating order (PactGraph first, then the TDB2 loader first, ...): the machine's other
     * work weighs on both alike, and the medians are reported.
     */
    private static Row measure(BenchFiles files, Path data, int n, int repeats) {
        LoadSettings s = files.settings(data, "store-" + n);
        LoadReport report = BenchFiles.load(s);
        Path nq = dump(s.storeDir(), files.folder("store-" + n + ".nq"));
        List<Long> pactgraph = new ArrayList<>();
        List<Long> loader = new ArrayList<>();
        List<Long> parse = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            if (i % 2 == 0) {
                pactgraph.add(timePactGraph(s));
                loader.add(timeLoader(nq, files.folder("tdb-" + n)));
            } else {
                loader.add(timeLoader(nq, files.folder("tdb-" + n)));
                pactgraph.add(timePactGraph(s));
            }
            long start = System.nanoTime();
            long quads = parse(nq);
            parse.add(since(start));
            if (quads != report.totalTriples()) {
                throw new IllegalStateException("The dump holds " + quads + " quads, the load reported " + report.totalTriples());
            }
        }
        long bytes;
        try {
            bytes = Files.size(nq);
            Files.delete(nq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Folders.deleteQuietly(s.storeDir());
        Folders.deleteQuietly(s.dataDir().getParent());
        return new Row(n, report.totalTriples(), bytes, median(pactgraph), median(loader), median(parse));
    }

    /** A load into an empty folder, as the TDB2 loader gets one. */
    private static long timePactGraph(LoadSettings s) {
        Folders.deleteQuietly(s.storeDir());
        long start = System.nanoTime();
        BenchFiles.load(s);
        return since(start);
    }

    private static long timeLoader(Path nq, Path dir) {
        long start = System.nanoTime();
        tdbLoad(nq, dir);
        long millis = since(start);
        Folders.deleteQuietly(dir);
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Writes the store's quads as N-Quads. */
    private static Path dump(Path store, Path out) {
        TdbStore tdb = TdbStore.at(store);
        DatasetGraph dsg = tdb.open();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(os, dsg, Lang.NQUADS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TdbStore.close(dsg);
        }
        return out;
    }

    /** Jena's phased bulk loader, as {@code tdb2.tdbloader --loc DIR FILE} runs it. */
    private static void tdbLoad(Path nq, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** RIOT's N-Quads parser into a counting sink: the cost of reading the quads, no more. */
    private static long parse(Path nq) {
        var counter = StreamRDFLib.count();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(counter);
        return counter.count();
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
