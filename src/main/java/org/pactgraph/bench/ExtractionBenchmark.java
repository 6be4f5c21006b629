package org.pactgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.SentenceSplitter;
import org.pactgraph.extract.StatementMapper;
import org.pactgraph.extract.TextNormalizer;
import org.pactgraph.generate.CorpusGenerator;
import org.pactgraph.load.DocumentReader;
import org.pactgraph.load.InputGraphs;
import org.pactgraph.load.InputFiles;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Folders;

/**
 * How fast extraction runs, against a baseline measured in the same run on the same texts
 * (normalising and splitting them, the cheapest stages), and which share of a full load it
 * takes: once for the data folder as it is, once for a copy with many documents.
 */
public final class ExtractionBenchmark {
    /**
     * What to measure.
     *
     * @param seconds how long to measure each of extraction and baseline, after as long a warm-up
     * @param documents how many documents the larger load has, cycling through the corpus
     */
    public record Settings(double seconds, int documents) {
        public Settings {
            if (seconds <= 0) throw new IllegalArgumentException("seconds must be positive");
            if (documents < 1) throw new IllegalArgumentException("documents must be at least 1");
        }
    }

    /** Documents and bytes per second of a measured pass. */
    public record Rate(long documents, long bytes, long nanos) {
        public double documentsPerSecond() {
            return documents * 1e9 / nanos;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 * 1e9 / nanos;
        }
    }

    /**
     * A load's milliseconds by stage, and the share of them spent extracting. A bulk load reports
     * "extract" and "validate" as thread time summed over its threads, within its wall-clock
     * "documents" stage: the total counts the wall clock, and the share is extraction's thread
     * time over the load's thread time (extraction spread over the threads, the other stages on one).
     */
    public record LoadShare(int documents, Map<String, Long> millisByStage) {
        private static final java.util.Set<String> THREAD_TIME = java.util.Set.of("extract", "validate");

        public long total() {
            boolean bulk = millisByStage.containsKey("documents");
            return millisByStage.entrySet().stream().filter(e -> !bulk || !THREAD_TIME.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public double extractionShare() {
            long extract = millisByStage.getOrDefault("extract", 0L);
            if (!millisByStage.containsKey("documents")) return total() == 0 ? 0 : extract / (double) total();
            long threadTime = millisByStage.entrySet().stream().filter(e -> !e.getKey().equals("documents"))
                    .mapToLong(Map.Entry::getValue).sum();
            return threadTime == 0 ? 0 : extract / (double) threadTime;
        }
    }

    /** All figures of one run. */
    public record Result(int distinctDocuments, long distinctBytes, Rate extraction, Rate baseline, LoadShare dataLoad, LoadShare largeLoad) {
        /** How many times the baseline's time extraction takes. */
        public double ratio() {
            return baseline.documentsPerSecond() / extraction.documentsPerSecond();
        }
    }

    /** Runs the benchmark on the documents of the data folder and of the corpus folders. */
    public Result run(LoadSettings data, List<Path> corpus, Settings settings) {
        InputFiles files = InputFiles.find(data);
        List<Path> paths = new ArrayList<>(files.documents());
        corpus.forEach(dir -> paths.addAll(documentsIn(dir)));
        List<Document> docs = paths.stream().map(DocumentReader::read).toList();
        long bytes = docs.stream().mapToLong(d -> d.rawText().getBytes(StandardCharsets.UTF_8).length).sum();
        Extractor extractor = new Extractor(Gazetteer.of(InputGraphs.knownGraph(files)));
        StatementMapper mapper = new StatementMapper();
        TextNormalizer normalizer = new TextNormalizer();
        SentenceSplitter splitter = new SentenceSplitter();
        Runnable extractAll = () -> docs.forEach(d -> mapper.toGraph(extractor.extract(d)));
        Runnable baselineAll = () -> docs.forEach(d -> splitter.split(normalizer.normalize(d.rawText())));
        measure(extractAll, docs.size(), bytes, settings.seconds());
        Rate extraction = measure(extractAll, docs.size(), bytes, settings.seconds());
        measure(baselineAll, docs.size(), bytes, settings.seconds());
        Rate baseline = measure(baselineAll, docs.size(), bytes, settings.seconds());
        LoadShare dataLoad = load(data);
        LoadShare largeLoad = largeLoad(data, settings.documents());
        return new Result(docs.size(), bytes, extraction, baseline, dataLoad, largeLoad);
    }

    private static Rate measure(Runnable pass, int docs, long bytes, double seconds) {
        long limit = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long passes = 0;
        do {
            pass.run();
            passes++;
        } while (System.nanoTime() - start < limit);
        return new Rate(passes * docs, passes * bytes, System.nanoTime() - start);
    }

    private static LoadShare load(LoadSettings data) {
        Path store = temp("pactgraph-bench-store-");
        try {
            LoadReport report = new Loader().load(new LoadSettings(data.dataDir(), data.ontologyDir(), store));
            return new LoadShare(report.documents(), report.millisByStage());
        } finally {
            Folders.deleteQuietly(store);
        }
    }

    /**
     * A generated corpus of the given size (seed 1), with its own reference data. Copies of the
     * project's documents would not do: the same partnership announced by many copies would
     * belong to many initiatives, which the shapes refuse.
     */
    private static LoadShare largeLoad(LoadSettings data, int count) {
        Path root = temp("pactgraph-bench-data-");
        try {
            new CorpusGenerator().generate(new CorpusGenerator.Settings(count, 1, root));
            return load(new LoadSettings(root.resolve("data"), data.ontologyDir(), data.storeDir()));
        } finally {
            Folders.deleteQuietly(root);
        }
    }

    private static List<Path> documentsIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-.*\\.(md|txt|html?)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
