package org.pactgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactgraph.bench.ExplanationCost;
import org.pactgraph.bench.ExtractionBenchmark;
import org.pactgraph.bench.ReasoningBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph bench}: measures PactGraph's speed, each figure against a baseline of the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed. 'bench extraction': documents and MB per second of extraction against normalising",
                "and splitting the same texts, and the share of a full load spent in extraction.",
                "'bench reasoning': materialisation of generated data against Jena's OWL Micro and OWL Mini reasoners",
                "(time, heap, answers lost); give the JVM heap enough for them, e.g. PACTGRAPH_JAVA_OPTS=-Xmx16g."})
final class BenchCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Parameters(paramLabel = "WHAT", description = "What to measure: extraction or reasoning.")
    String what;

    @Option(names = "--triples", defaultValue = "100000", description = "reasoning: triples of generated instance data (default: ${DEFAULT-VALUE}).")
    long triples;

    @Option(names = "--seed", defaultValue = "42", description = "reasoning: the generator's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "11", description = "reasoning: measured runs of PactGraph's reasoner, the median reported (default: ${DEFAULT-VALUE}).")
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

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (what.equals("reasoning")) return reasoning();
        if (!what.equals("extraction")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown benchmark '" + what + "': expected extraction or reasoning");
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

    private int reasoning() {
        if (triples < 1000 || runs < 1 || (jenaRuns != null && jenaRuns < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--triples must be at least 1000 and --runs and --jena-runs at least 1");
        }
        int jena = jenaRuns != null ? jenaRuns : triples > 200_000 ? 1 : 3;
        ReasoningBenchmark.Result r = new ReasoningBenchmark().run(inputs.settings(Path.of("store")), new ReasoningBenchmark.Settings(triples, seed, runs, jena));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Reasoning over %,d generated triples (seed %d) and the ontology's %,d; Java %s, %d cores, max heap %,d MB%n",
                r.dataTriples(), seed, r.ontologyTriples(), Runtime.version().feature(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("PactGraph infers %,d triples; answers compared: class and object property assertions of the generated individuals%n", r.inferred());
        out.println("reasoner             wall (median)  CPU (median)  runs  peak heap  retained   answers  lost  PactGraph's answers it lacks");
        ReasoningBenchmark.Measure ours = r.of(ReasoningBenchmark.Contender.PACTGRAPH);
        for (ReasoningBenchmark.Measure m : r.measures()) {
            boolean jenaRow = m.contender() != ReasoningBenchmark.Contender.PACTGRAPH;
            out.printf("%-20s %11.3f s %11.3f s %5d %7d MB %6d MB %9d %5s %s%n", m.contender().label(), m.medianMillis() / 1000.0,
                    m.medianCpuMillis() / 1000.0, m.millis().size(),
                    m.peakHeap() >> 20, m.retainedHeap() >> 20, m.answers(), jenaRow ? Long.toString(m.missing()) : "-",
                    jenaRow ? String.format("%,d", m.beyond()) : "-");
        }
        for (ReasoningBenchmark.Measure m : r.measures()) {
            if (m.contender() == ReasoningBenchmark.Contender.PACTGRAPH) continue;
            out.printf("PactGraph is %.1f times as fast as %s by wall-clock time (median %,d ms against %,d ms), %.1f times by CPU time%n",
                    m.medianMillis() / (double) Math.max(1, ours.medianMillis()), m.contender().label(), ours.medianMillis(), m.medianMillis(),
                    m.medianCpuMillis() / (double) Math.max(1, ours.medianCpuMillis()));
        }
        for (ReasoningBenchmark.Measure m : r.measures()) {
            if (m.beyondByKind().isEmpty()) continue;
            StringBuilder kinds = new StringBuilder();
            m.beyondByKind().entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> kinds.append(kinds.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(String.format("%,d", e.getValue())));
            out.printf("%s lacks: %s%n", m.contender().label(), kinds);
        }
        ExplanationCost e = r.explanations();
        out.printf("Explaining %,d inferred triples picked at random: %,d down to asserted triples, median %.2f ms, longest %.1f ms each;%n",
                e.asked(), e.explained(), e.medianMicros() / 1000.0, e.maxMicros() / 1000.0);
        out.printf("recording derivations while materialising instead would take at least %d bytes x %,d derived facts = %,d MB on every load%n",
                ExplanationCost.RECORDED_BYTES, e.derivedFacts(), e.recordingBytes() >> 20);
        long lost = r.measures().stream().mapToLong(ReasoningBenchmark.Measure::missing).sum();
        out.println(lost == 0 ? "No answer of Jena's is missing from PactGraph's." : "LOST ANSWERS: " + lost + " answers of Jena's are missing from PactGraph's.");
        out.flush();
        return lost == 0 ? 0 : 1;
    }

    private static void share(PrintWriter out, String what, ExtractionBenchmark.LoadShare s) {
        out.printf("  full load, %s (%d document%s): extraction %,d ms of %,d ms (%.1f%%); stages %s%n", what, s.documents(),
                s.documents() == 1 ? "" : "s", s.millisByStage().getOrDefault("extract", 0L), s.total(), 100 * s.extractionShare(), s.millisByStage());
    }
}
