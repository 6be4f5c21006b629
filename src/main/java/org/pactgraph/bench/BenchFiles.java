package org.pactgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.pactgraph.generate.CorpusGenerator;
import org.pactgraph.load.LoadPipeline;
import org.pactgraph.load.LoadProgress;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Folders;

/** The generated corpora and stores the scale benchmarks work on, in a temporary folder removed afterwards. */
final class BenchFiles implements AutoCloseable {
    private final Path dir;
    private final Path ontology;
    private final org.pactgraph.annotate.Annotator annotator;

    BenchFiles(Path ontology) {
        this(ontology, org.pactgraph.annotate.Annotator.NONE);
    }

    /** Bench files whose loads extract with the given linguistic layer (the rules alone with {@code Annotator.NONE}). */
    BenchFiles(Path ontology, org.pactgraph.annotate.Annotator annotator) {
        this.ontology = ontology;
        this.annotator = annotator;
        try {
            dir = Files.createTempDirectory("pactgraph-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder under the benchmark's own. */
    Path folder(String name) {
        return dir.resolve(name);
    }

    /** Generates a corpus of the given size with the seed; its data folder. */
    Path corpus(int documents, long seed) {
        Path out = dir.resolve("corpus-" + documents + "-" + seed);
        if (!Files.isDirectory(out)) new CorpusGenerator().generate(new CorpusGenerator.Settings(documents, seed, out));
        return out.resolve("data");
    }

    /**
     * A corpus of the given size made of {@code distinct} generated texts (those of seed's corpus of
     * that size), each written under {@code documents / distinct} names or one more: every document
     * is its own file, graph and announcement, but only {@code distinct} texts need annotating, so a
     * linguistic layer's cache can be warmed for a large corpus in the time of a small one. Its data
     * folder; {@code distinct >= documents} is {@link #corpus(int, long)}.
     */
    Path corpus(int documents, long seed, int distinct) {
        if (distinct >= documents) return corpus(documents, seed);
        Path texts = corpus(distinct, seed);
        Path corpus = dir.resolve("corpus-" + documents + "-" + seed + "-of-" + distinct);
        if (Files.isDirectory(corpus)) return corpus.resolve("data");
        // Written beside and renamed into place: a run stopped halfway leaves no short corpus to reuse.
        Path partial = dir.resolve(corpus.getFileName() + ".partial");
        Path out = partial.resolve("data");
        try {
            Folders.deleteQuietly(partial);
            Files.createDirectories(out.resolve("announcements"));
            Files.createDirectories(out.resolve("reference"));
            try (var files = Files.list(texts.resolve("reference"))) {
                for (Path f : files.toList()) Files.copy(f, out.resolve("reference").resolve(f.getFileName()));
            }
            List<Path> originals;
            try (var files = Files.list(texts.resolve("announcements"))) {
                originals = files.sorted().toList();
            }
            for (int i = 0; i < documents; i++) {
                Path original = originals.get(i % originals.size());
                String name = original.getFileName().toString();
                int copy = i / originals.size();
                String copyName = copy == 0 ? name : name.replaceFirst("\\.md$", "") + "-copy-" + copy + ".md";
                Files.copy(original, out.resolve("announcements").resolve(copyName));
            }
            Files.move(partial, corpus, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return corpus.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the project's announcements and reference data (its own files named
     * {@code project-*.ttl}) into a generated corpus's data folder; that folder.
     */
    Path withProjectData(Path corpusData, Path projectData) {
        try {
            for (String sub : List.of("announcements", "reference")) {
                Path from = projectData.resolve(sub);
                if (!Files.isDirectory(from)) continue;
                try (var files = Files.list(from)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = sub.equals("reference") ? "project-" + f.getFileName() : f.getFileName().toString();
                        Files.copy(f, corpusData.resolve(sub).resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return corpusData;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The load settings of a corpus into the named store. */
    LoadSettings settings(Path data, String store) {
        return new LoadSettings(data, ontology, dir.resolve(store), annotator);
    }

    /** Loads as {@code pactgraph load} does (one thread per processor), without progress. */
    static LoadReport load(LoadSettings settings) {
        return new Loader(LoadPipeline.Options.of(Runtime.getRuntime().availableProcessors(), LoadProgress.silent())).load(settings);
    }

    /** Median and 99th percentile (nearest rank) of the samples. */
    static double[] medianAndP99(List<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) return new double[] {0, 0};
        int p99 = (int) Math.ceil(0.99 * sorted.length) - 1;
        return new double[] {sorted[sorted.length / 2], sorted[Math.max(0, p99)]};
    }

    @Override
    public void close() {
        Folders.deleteQuietly(dir);
    }
}
