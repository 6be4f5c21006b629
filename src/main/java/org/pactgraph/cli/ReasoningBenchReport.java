package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.pactgraph.bench.ExplanationCost;
import org.pactgraph.bench.ReasoningBenchmark;

/** Prints the figures of {@code pactgraph bench reasoning}; exit code 1 when an answer of Jena's is missing from PactGraph's. */
final class ReasoningBenchReport {
    private ReasoningBenchReport() {}

    static int print(PrintWriter out, ReasoningBenchmark.Result r, long seed) {
        out.printf("Reasoning over %,d generated triples (seed %d) and the ontology's %,d; Java %s, %d cores, max heap %,d MB%n",
                r.dataTriples(), seed, r.ontologyTriples(), Runtime.version().feature(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("PactGraph infers %,d triples; answers compared: class and object property assertions of the generated individuals%n", r.inferred());
        out.println("reasoner             wall (median)  CPU (median)  runs  peak heap  retained   answers  lost  PactGraph's answers it lacks");
        ReasoningBenchmark.Measure ours = r.of(ReasoningBenchmark.Contender.PACTGRAPH);
        for (ReasoningBenchmark.Measure m : r.measures()) {
            boolean jenaRow = m.contender() != ReasoningBenchmark.Contender.PACTGRAPH;
            out.printf("%-20s %11.3f s %11.3f s %5d %7d MB %6d MB %9d %5s %s%n", m.contender().label(), m.medianMillis() / 1000.0,
                    m.medianCpuMillis() / 1000.0, m.millis().size(), m.peakHeap() >> 20, m.retainedHeap() >> 20, m.answers(),
                    jenaRow ? Long.toString(m.missing()) : "-", jenaRow ? String.format("%,d", m.beyond()) : "-");
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
            m.beyondByKind().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
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
}
