package org.pactgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.store.Folders;

/**
 * Cold start to first answer, as processes: {@code pactgraph serve} on a loaded store against
 * a plain Fuseki ({@link PlainFuseki}: jena-fuseki-main with no module, from the same class path)
 * serving the same TDB2 generation. Each run starts a fresh JVM and polls with a SPARQL ASK
 * every 10 ms until one is answered; the two take turns, and the median is reported.
 */
public final class StartupBenchmark {
    private static final String ASK = "ASK { GRAPH ?g { ?s ?p ?o } }";

    /** One corpus size: the median and the fastest run of each, in ms. */
    public record Row(int documents, long triples, int runs, long pactgraphMedian, long pactgraphBest, long fusekiMedian, long fusekiBest) {
        public double ratio() {
            return pactgraphMedian / (double) Math.max(1, fusekiMedian);
        }
    }

    /** Loads each corpus size (not timed) and starts each server {@code runs} times on it. */
    public List<Row> run(Path ontology, List<Integer> sizes, long seed, int runs) {
        List<Row> rows = new ArrayList<>();
        try (BenchFiles files = new BenchFiles(ontology)) {
            for (int n : sizes) {
                LoadSettings s = files.settings(files.corpus(n, seed), "store-" + n);
                long triples = BenchFiles.load(s).totalTriples();
                List<Long> pactgraph = new ArrayList<>();
                List<Long> fuseki = new ArrayList<>();
                Path generation = s.storeDir().resolve("current").resolve("tdb");
                for (int i = 0; i < runs; i++) {
                    pactgraph.add(startToAnswer(javaCommand("org.pactgraph.cli.Main", "serve", "--port", "PORT",
                            "--store", s.storeDir().toString(), "--data", s.dataDir().toString(), "--ontology", s.ontologyDir().toString())));
                    fuseki.add(startToAnswer(javaCommand(PlainFuseki.class.getName(), "PORT", generation.toString())));
                }
                pactgraph.sort(null);
                fuseki.sort(null);
                rows.add(new Row(n, triples, runs, pactgraph.get(runs / 2), pactgraph.get(0), fuseki.get(runs / 2), fuseki.get(0)));
                Folders.deleteQuietly(s.storeDir());
            }
        }
        return rows;
    }

    /** This JVM's java and class path running the main class with the arguments. */
    static List<String> javaCommand(String mainClass, String... args) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the process on a free port, waits for its first answer, stops it; the time in ms. */
    private static long startToAnswer(List<String> template) {
        int port = freePort();
        List<String> cmd = template.stream().map(a -> a.replace("PORT", Integer.toString(port))).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pactgraph/sparql?query="
                + URLEncoder.encode(ASK, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build();
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            while (true) {
                if (!p.isAlive()) throw new IllegalStateException("The server stopped before answering: " + String.join(" ", cmd));
                if ((System.nanoTime() - start) > 120_000_000_000L) throw new IllegalStateException("No answer in 120 s from " + String.join(" ", cmd));
                try {
                    if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return (System.nanoTime() - start) / 1_000_000;
                } catch (IOException e) {
                    // Not listening yet.
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            p.destroy();
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
