package org.pactgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactgraph.bench.AnswerBenchmark;
import org.pactgraph.bench.ExportBenchmark;
import org.pactgraph.bench.ExtractionBenchmark;
import org.pactgraph.bench.LoadBenchmark;
import org.pactgraph.bench.QueryBenchmark;
import org.pactgraph.bench.SoakBenchmark;
import org.pactgraph.bench.SoakReport;
import org.pactgraph.bench.StartupBenchmark;
import org.pactgraph.bench.ReasoningBenchmark;
import org.pactgraph.bench.SearchBenchmark;
import org.pactgraph.export.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph bench}: measures PactGraph's speed, each figure against a baseline of the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed. 'bench extraction': documents and MB per second of extraction against normalising",
                "and splitting the same texts, and the share of a full load spent in extraction.",
                "'bench export': time and live heap of every export format on a synthetic store, against N-Quads and Jena's own writers.",
                "'bench reasoning': materialisation of generated data against Jena's OWL Micro and OWL Mini reasoners",
                "(time, heap, answers lost); give the JVM heap enough for them, e.g. PACTGRAPH_JAVA_OPTS=-Xmx16g.",
                "'bench load', 'bench query', 'bench startup': on generated corpora of --docs sizes, end-to-end load against Jena's",
                "TDB2 bulk loader and RIOT parse-only; query latency of the catalogue against plain Fuseki; cold start against plain Fuseki.",
                "'bench incremental': on a generated corpus of each --docs size, pactgraph load after adding one document and after",
                "removing one, against a full load of the same data folder into an empty store; the stores must be equal by per-graph digest.",
                "'bench soak': the server's resident memory and throughput under --connections running the catalogue for --minutes",
                "(wrk when installed, else a Java client), against Fuseki's own buffer pool with --baseline.",
                "'bench search': entity search latency on a synthetic store of --entities entities (misspelt, reordered and",
                "Japanese names) against SPARQL's exact label lookup and a CONTAINS scan of the labels, on the same store.",
                "'bench review': on a generated corpus of each --docs size, one page of the review queue (first, middle, last)",
                "against building the whole queue, and an approval with its inferences with the curated closure read again",
                "against kept for the generation, and kept after the check against the shapes, --rounds times each.",
                "'bench uploads': a writer's upload of --upload-bytes of Turtle sent whole and in 1-byte chunks, --uploads times each,",
                "to a server reading the temporary folder's free space once per 64 KiB or 50 ms against one reading it for every body read.",
                "'bench answers': on a generated corpus of one --docs size (default 40: a dump of some 5 MB), the dump and a SPARQL answer",
                "of every quad (plain and gzipped) and a catalogue query's small answer, --runs times each, from a server writing answers",
                "in 10 KiB slices each timed on its own against one timing each write whole: wall and CPU time per answer."})
final class BenchCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Parameters(paramLabel = "WHAT", description = "What to measure: extraction, export, reasoning, load, incremental, query, startup, soak, search, review, uploads or answers.")
    String what;

    @Option(names = "--triples", defaultValue = "100000", description = "reasoning: triples of generated instance data (default: ${DEFAULT-VALUE}).")
    long triples;

    @Option(names = "--seed", defaultValue = "42", description = "reasoning, search, answers: the generator's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "11", description = "reasoning: measured runs of PactGraph's reasoner; answers: of each answer of each server; the median reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jena-runs", description = "reasoning: measured runs of each Jena reasoner (default: 3, or 1 above 200,000 triples).")
    Integer jenaRuns;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds to measure each pass, after as long a warm-up (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--documents", defaultValue = "200", description = "Documents in the larger load (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "src/test/resources/extract/corpus",
            description = "More announcements to measure with (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--organisations", defaultValue = "50000",
            description = "For 'export': organisations in the synthetic store, about ten quads each (default: ${DEFAULT-VALUE}).")
    int organisations;

    @Option(names = "--docs", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000",
            description = "load, query, startup: sizes of the generated corpora (default: ${DEFAULT-VALUE}; answers: one size, default 40).")
    List<Integer> docs;

    @Option(names = "--rounds", defaultValue = "50", description = "query: measured rounds of the catalogue; review: measured rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warm-up", defaultValue = "5", description = "query: rounds of the catalogue before the measured ones (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--repeats", defaultValue = "3", description = "load: runs of each contender per size, the median reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--distinct-texts", paramLabel = "N",
            description = "load: make each corpus of at most N generated texts, each under several names (every document its own file and graph),"
                    + " so that a linguistic layer's cache is warmed for a large corpus by annotating N texts (default: every document its own text).")
    Integer distinctTexts;

    @Option(names = "--starts", defaultValue = "5", description = "startup: starts of each server per size (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "query: the catalogue; answers: where its small query is (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--entities", defaultValue = "100000", description = "search: entities in the synthetic store (default: ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--searches", defaultValue = "600", description = "search: searches and exact lookups measured (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--scans", defaultValue = "20", description = "search: CONTAINS scans measured (default: ${DEFAULT-VALUE}).")
    int scans;

    @Option(names = "--upload-bytes", defaultValue = "262144", description = "uploads: bytes of each upload (default: ${DEFAULT-VALUE}).")
    int uploadBytes;

    @Option(names = "--uploads", defaultValue = "5", description = "uploads: measured uploads of each kind, the median reported (default: ${DEFAULT-VALUE}).")
    int uploads;

    @Mixin SoakOptions soak;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (List.of("load", "query", "startup").contains(what)) {
            return scale();
        }
        if (what.equals("export")) {
            return export();
        }
        if (what.equals("reasoning")) {
            return reasoning();
        }
        if (what.equals("soak")) {
            return soak();
        }
        if (what.equals("search")) {
            return search();
        }
        if (what.equals("incremental")) {
            return incremental();
        }
        if (what.equals("review")) {
            return review();
        }
        if (what.equals("uploads")) {
            return uploads();
        }
        if (what.equals("answers")) {
            return answers();
        }
        if (!what.equals("extraction")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown benchmark '" + what + "': expected extraction, export, reasoning, load, incremental, query, startup, soak, search, review, uploads or answers");
        }
        if (seconds <= 0 || documents < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be positive and --documents at least 1");
        }
        ExtractionBenchmark.Result r = new ExtractionBenchmark().run(inputs.settings(Path.of("store")), List.of(corpus),
                new ExtractionBenchmark.Settings(seconds, documents));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Extraction of %d documents (%,d bytes), %.1f s per pass after as long a warm-up; Java %s, %d cores%n",
                r.distinctDocuments(), r.distinctBytes(), seconds, Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        out.printf("  extraction (normalise, split, mentions, rules, RDF): %,10.0f documents/s %8.2f MB/s%n",
                r.extraction().documentsPerSecond(), r.extraction().megabytesPerSecond());
        out.printf("  baseline (normalise and split only):                 %,10.0f documents/s %8.2f MB/s%n",
                r.baseline().documentsPerSecond(), r.baseline().megabytesPerSecond());
        out.printf("  extraction takes %.1f times the baseline's time%n", r.ratio());
        share(out, "data folder", r.dataLoad());
        share(out, "larger load", r.largeLoad());
        out.flush();
        return 0;
    }

    /** {@code bench incremental}: one document added and one removed against full rebuilds, for each --docs size. */
    private int incremental() {
        if (docs.isEmpty() || docs.stream().anyMatch(n -> n < 2)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs sizes must be at least 2");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("  %9s %-28s %14s %11s %8s %9s  %s%n", "documents", "change", "incremental ms", "rebuild ms", "x faster", "identical", "load did");
        for (int n : docs) {
            for (org.pactgraph.bench.IncrementalBenchmark.Row r : new org.pactgraph.bench.IncrementalBenchmark().run(inputs.ontology, n, seed)) {
                out.printf("  %,9d %-28s %,14d %,11d %8.1f %9s  %s%n", r.documents(), r.change(), r.incrementalMillis(), r.rebuildMillis(),
                        r.speedup(), r.identical() ? "yes" : "NO", r.kind());
                if (!r.identical()) out.printf("      differing graphs: %s%n", r.differences());
                out.flush();
            }
        }
        return 0;
    }

    /** {@code bench uploads}: a writer's upload in 1-byte chunks against one sent whole, with the free space read as served and as before. */
    private int uploads() {
        if (uploadBytes < 128 || uploads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--upload-bytes must be at least 128 and --uploads at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("A writer's upload of %,d bytes of Turtle, median of %d; Java %s, %d cores%n", uploadBytes, uploads,
                Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        out.printf("  %-30s %-14s %9s %9s %14s %14s%n", "free space read", "sent", "wall ms", "CPU ms", "x whole (wall)", "x whole (CPU)");
        List<org.pactgraph.bench.UploadBenchmark.Row> rows = new org.pactgraph.bench.UploadBenchmark().run(uploadBytes, uploads);
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            var whole = rows.get(i - i % 2);
            out.printf("  %-30s %-14s %,9d %,9d %14.1f %14.1f%n", r.freeSpace(), r.sending(), r.wallMillis(), r.cpuMillis(),
                    r.wallMillis() / (double) Math.max(1, whole.wallMillis()), r.cpuMillis() / (double) Math.max(1, whole.cpuMillis()));
        }
        out.printf("  1-byte chunks, as served against before: %.2f of the wall time, %.2f of the CPU time%n",
                rows.get(1).wallMillis() / (double) Math.max(1, rows.get(3).wallMillis()), rows.get(1).cpuMillis() / (double) Math.max(1, rows.get(3).cpuMillis()));
        out.println("  (CPU: this process's, client and server, with the password check every request pays; the servers take turns)");
        out.flush();
        return 0;
    }

    /** {@code bench answers}: answers written in slices against written whole, per answer, on one generated store. */
    private int answers() {
        boolean sized = spec.commandLine().getParseResult().hasMatchedOption("--docs");
        int documents = sized ? docs.get(0) : 40;
        if ((sized && docs.size() != 1) || documents < 1 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "answers takes one --docs size, at least 1, and --runs at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        AnswerBenchmark.Result r = new AnswerBenchmark().run(inputs.ontology, inputs.data, queries, documents, seed, runs);
        out.printf("Answers over loopback from a store of %,d generated documents and the project's data (%,d quads), per answer"
                + " over %d runs; Java %s, %d cores%n", r.documents(), r.quads(), runs, Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        out.printf("  %-44s %11s %7s %9s %9s %8s %9s %9s %8s%n", "answer", "bytes", "samples", "sliced ms", "whole ms", "x wall",
                "sliced CPU", "whole CPU", "x CPU");
        for (AnswerBenchmark.Row row : r.rows()) {
            out.printf("  %-44s %,11d %7d %9.2f %9.2f %8.2f %9.2f %9.2f %8.2f%n", row.answer(), row.bytes(), row.samples(), row.slicedMillis(),
                    row.wholeMillis(), row.wallRatio(), row.slicedCpuMillis(), row.wholeCpuMillis(), row.cpuRatio());
        }
        out.println("  (sliced: writes past 10 KiB go out 10 KiB at a time, each timed on its own, as served; whole: each write timed whole,"
                + " as before; ms: median wall time; CPU: mean of this process's, client and both servers, in ms; x: sliced over whole;"
                + " the servers take turns)");
        out.flush();
        return 0;
    }

    /** {@code bench review}: a page of the review queue against the whole queue, for each --docs size. */
    private int review() {
        if (docs.isEmpty() || docs.stream().anyMatch(n -> n < 1) || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs sizes and --rounds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Review queue on stores of generated documents, median of %d rounds after as many; Java %s, %d cores%n",
                rounds, Runtime.version().feature(), Runtime.getRuntime().availableProcessors());
        out.printf("  %9s %7s %7s %9s %10s %10s %10s %10s %10s %10s %10s %10s %10s %8s %10s%n", "documents", "items", "facts", "whole ms", "first ms", "middle ms",
                "last ms", "x faster", "find ms", "graph ms", "plain ms", "reread ms", "kept ms", "x less", "checked ms");
        for (int n : docs) {
            org.pactgraph.bench.ReviewBenchmark.Result r = new org.pactgraph.bench.ReviewBenchmark().run(inputs.ontology, n, seed, rounds);
            double slowest = Math.max(r.firstMillis(), Math.max(r.middleMillis(), r.lastMillis()));
            out.printf("  %,9d %,7d %,7d %9.1f %10.2f %10.2f %10.2f %10.1f %10.1f %10.2f %10.1f %10.1f %10.1f %8.2f %10.1f%n", r.documents(), r.items(), r.facts(),
                    r.wholeMillis(), r.firstMillis(), r.middleMillis(), r.lastMillis(), r.wholeMillis() / Math.max(1e-3, slowest), r.findMillis(),
                    r.findInGraphMillis(), r.decisionPlainMillis(), r.decisionRereadMillis(), r.decisionKeptMillis(),
                    r.decisionRereadMillis() / Math.max(1e-3, r.decisionKeptMillis()), r.decisionCheckedMillis());
            out.flush();
        }
        out.printf("  (pages of %d items; x faster: the whole queue's time over the slowest of the three pages; find: the last item by its key,"
                + " as a decision from the command line does; graph: by its key and graph, as one from the page does;%n"
                + "   plain: an approval without its inferences; reread: with them, the ontologies' and reference data's closure read again"
                + " as each decision did before; kept: with the closure kept for the generation; x less: reread over kept;"
                + " checked: kept, after the check against the load's shapes (review approve|merge, the review API);"
                + " decisions: medians of 4 times --rounds)%n", org.pactgraph.review.QueuePage.DEFAULT_LIMIT);
        out.flush();
        return 0;
    }

    private int scale() {
        if (docs.isEmpty() || docs.stream().anyMatch(n -> n < 1) || rounds < 1 || warmUp < 1 || starts < 1 || repeats < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs sizes, --rounds, --warm-up, --starts and --repeats must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (what) {
            // The rules alone unless --nlp is given: with a warm annotation cache this is the
            // bulk-load ratio of a load that reads the linguistic layer.
            case "load" -> {
                if (distinctTexts != null && distinctTexts < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--distinct-texts must be at least 1, not " + distinctTexts);
                }
                ScaleBenchReport.load(out, new LoadBenchmark().run(inputs.ontology, docs, seed, repeats,
                        spec.commandLine().getParseResult().hasMatchedOption("--nlp") ? inputs.annotator() : org.pactgraph.annotate.Annotator.NONE,
                        distinctTexts == null ? Integer.MAX_VALUE : distinctTexts), repeats);
                if (distinctTexts != null) {
                    out.printf("  each corpus made of at most %,d distinct generated texts, each under several names%n", distinctTexts);
                    out.flush();
                }
            }
            case "query" -> {
                QueryBenchmark.Settings s = new QueryBenchmark.Settings(rounds, warmUp);
                ScaleBenchReport.query(out, new QueryBenchmark().run(inputs.ontology, inputs.data, queries, docs, seed, s), s);
            }
            default -> ScaleBenchReport.startup(out, new StartupBenchmark().run(inputs.ontology, docs, seed, starts));
        }
        return 0;
    }

    private int search() {
        if (entities < 10 || searches < 1 || scans < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--entities must be at least 10 and --searches and --scans at least 1");
        }
        SearchBenchmark.Result r = new SearchBenchmark().run(new SearchBenchmark.Settings(entities, searches, scans, seed));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Entity search on a synthetic TDB2 store of %,d entities (%,d names and aliases); Java %s, %d cores, max heap %,d MB%n",
                r.entities(), r.names(), Runtime.version().feature(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf("  store written in %,d ms; index built in %,d ms (%.2f x the store's time), about %.0f MB of heap%n",
                r.storeMillis(), r.indexMillis(), r.indexMillis() / (double) Math.max(1, r.storeMillis()), r.indexHeapBytes() / 1e6);
        out.printf("  %-52s %9s %9s %9s %12s%n", "one request at a time, in this JVM", "median ms", "p95 ms", "mean ms", "x exact p50");
        row(out, "search (misspelt, reordered, Japanese; " + r.searches() + ")", r.search(), r.exactLookup());
        row(out, "SPARQL exact label lookup (" + r.searches() + ")", r.exactLookup(), r.exactLookup());
        row(out, "SPARQL CONTAINS scan of all labels (" + r.scans() + ")", r.containsScan(), r.exactLookup());
        out.printf("  search's first answer is the entity meant for %.1f%% of the searches%n", 100 * r.precision());
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, SearchBenchmark.Latency l, SearchBenchmark.Latency baseline) {
        out.printf("  %-52s %9.3f %9.3f %9.3f %12.2f%n", name, l.median(), l.p95(), l.mean(), l.median() / baseline.median());
    }

    private int soak() {
        SoakBenchmark.Settings settings = soak.settings();
        if (settings == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--minutes must be positive and --connections at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Soak: %d connections running the catalogue of %s for %.1f min per server; the server process's memory every 10 s%n",
                settings.connections(), queries, settings.minutes());
        out.flush();
        SoakReport.print(out, new SoakBenchmark().run(inputs.data, inputs.ontology, queries, settings, out));
        return 0;
    }

    private int reasoning() {
        if (triples < 1000 || runs < 1 || (jenaRuns != null && jenaRuns < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--triples must be at least 1000 and --runs and --jena-runs at least 1");
        }
        int jena = jenaRuns != null ? jenaRuns : triples > 200_000 ? 1 : 3;
        ReasoningBenchmark.Result r = new ReasoningBenchmark().run(inputs.settings(Path.of("store")), new ReasoningBenchmark.Settings(triples, seed, runs, jena));
        return ReasoningBenchReport.print(spec.commandLine().getOut(), r, seed);
    }

    private Integer export() {
        if (organisations < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--organisations must be at least 1");
        ExportBenchmark.Result r = new ExportBenchmark().run(organisations);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Export of a synthetic TDB2 store of %,d quads; Java %s, %d cores, max heap %,d MB%n", r.quads(),
                Runtime.version().feature(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        ExportBenchmark.Row baseline = r.rows().get(ExportFormat.NQ.ordinal());
        out.printf("  %-38s %9s %10s %12s %14s%n", "writer", "ms", "x N-Quads", "MB written", "live heap MB");
        for (ExportBenchmark.Row row : r.rows()) {
            out.printf("  %-38s %,9d %10.2f %12.1f %14.1f%n", row.name(), row.millis(), row.millis() / (double) Math.max(1, baseline.millis()),
                    row.bytes() / 1e6, row.peakHeapBytes() / 1e6);
        }
        out.flush();
        return 0;
    }

    private static void share(PrintWriter out, String what, ExtractionBenchmark.LoadShare s) {
        out.printf("  full load, %s (%d document%s): extraction %,d ms of %,d ms (%.1f%%); stages %s%n", what, s.documents(),
                s.documents() == 1 ? "" : "s", s.millisByStage().getOrDefault("extract", 0L), s.total(), 100 * s.extractionShare(), s.millisByStage());
    }
}
