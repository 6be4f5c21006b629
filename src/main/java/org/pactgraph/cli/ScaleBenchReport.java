package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pactgraph.bench.LoadBenchmark;
import org.pactgraph.bench.QueryBenchmark;
import org.pactgraph.bench.StartupBenchmark;

/** Prints the tables of {@code bench load}, {@code bench query} and {@code bench startup}: one row per corpus size. */
final class ScaleBenchReport {
    private ScaleBenchReport() {}

    static void header(PrintWriter out, String what) {
        out.printf("%s; Java %s, %d cores, max heap %,d MB%n", what, Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    static void load(PrintWriter out, List<LoadBenchmark.Row> rows, int repeats) {
        header(out, "Load: pactgraph load (extract, validate, reason, store) against Jena's TDB2 phased loader and RIOT parse-only on the same N-Quads, "
                + "median of " + repeats + " runs each in alternating order");
        out.printf("  %9s %12s %10s %12s %10s %10s %12s %10s%n", "documents", "quads", "N-Quads MB", "pactgraph ms", "quads/s",
                "tdb2 ms", "x tdb2 speed", "x parse");
        for (LoadBenchmark.Row r : rows) {
            out.printf("  %,9d %,12d %10.1f %,12d %,10.0f %,10d %12.2f %10.1f%n", r.documents(), r.quads(), r.bytes() / 1e6,
                    r.pactgraphMillis(), r.quads() * 1000.0 / Math.max(1, r.pactgraphMillis()), r.tdbLoaderMillis(), r.speedOfLoader(), r.timesParse());
        }
        out.println("  x tdb2 speed: PactGraph's quads/s as a share of the TDB2 loader's (target >= 0.5); x parse: PactGraph's time in multiples of parsing");
        out.flush();
    }

    static void query(PrintWriter out, List<QueryBenchmark.Row> rows, QueryBenchmark.Settings s) {
        header(out, "Queries of the catalogue over HTTP: PactGraph's server against plain Fuseki on the same TDB2 generation, "
                + s.rounds() + " rounds after " + s.warmUp() + " warm-up rounds, each query to both in turn");
        out.printf("  %9s %10s %7s %9s %7s %14s %14s %8s %14s %14s %8s%n", "documents", "triples", "queries", "rows", "samples",
                "pactgraph p50", "fuseki p50", "ratio", "pactgraph p99", "fuseki p99", "ratio");
        for (QueryBenchmark.Row r : rows) {
            out.printf("  %,9d %,10d %7d %,9d %7d %11.2f ms %11.2f ms %8.3f %11.2f ms %11.2f ms %8.3f%n", r.documents(), r.triples(), r.queries(),
                    r.answerRows(), r.samples(), r.pactgraphMedian(), r.fusekiMedian(), r.medianRatio(), r.pactgraphP99(), r.fusekiP99(), r.p99Ratio());
        }
        out.println("  rows: answer rows of one round of the catalogue (the same from both servers); corpus: generated documents plus the project's data/");
        out.println("  ratio: PactGraph's latency over plain Fuseki's (target <= 1.10)");
        out.flush();
    }

    static void startup(PrintWriter out, List<StartupBenchmark.Row> rows) {
        header(out, "Cold start to first answer, as processes: pactgraph serve against plain Fuseki (FusekiServer, no modules) on the same TDB2 generation");
        out.printf("  %9s %10s %5s %16s %14s %16s %14s %8s%n", "documents", "triples", "runs", "pactgraph median", "pactgraph best",
                "fuseki median", "fuseki best", "ratio");
        for (StartupBenchmark.Row r : rows) {
            out.printf("  %,9d %,10d %5d %13d ms %11d ms %13d ms %11d ms %8.2f%n", r.documents(), r.triples(), r.runs(),
                    r.pactgraphMedian(), r.pactgraphBest(), r.fusekiMedian(), r.fusekiBest(), r.ratio());
        }
        out.flush();
    }
}
