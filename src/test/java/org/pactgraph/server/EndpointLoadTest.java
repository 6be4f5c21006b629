package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The endpoint under load: 50 clients, each with its own HTTP connection, send the catalogue
 * queries of {@code queries/} one after another for 10 seconds (some 6,000 answers; 30 until CI
 * time ran short). Every answer must be a 200: no server error, no refused or dropped
 * connection. Prints throughput and latency; {@code -Dpactgraph.load.seconds=N} runs it longer.
 */
class EndpointLoadTest {
    private static final int CLIENTS = 50;

    /** What one client measured: the latency of each answer, in microseconds. */
    private record Measured(long[] micros, int count) {}

    @Test
    void fiftyClientsGetEveryCatalogueAnswerWithoutAnError() throws Exception {
        List<String> catalogue = new ArrayList<>();
        try (var files = Files.list(Path.of("queries"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) catalogue.add(Files.readString(p));
        }
        assertFalse(catalogue.isEmpty(), "no queries in queries/");
        Duration length = Duration.ofSeconds(Long.getLong("pactgraph.load.seconds", 10));
        ConcurrentHashMap<String, AtomicLong> failures = new ConcurrentHashMap<>();
        try (RunningServer server = RunningServer.overSharedStore(RunningServer.loopback())) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Measured>> clients = new ArrayList<>();
            long end = System.nanoTime() + length.toNanos();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(pool.submit(() -> run(server.sparqlUrl(), catalogue, first, end, failures)));
            }
            long[] all = new long[0];
            for (Future<Measured> f : clients) {
                Measured m = f.get();
                int at = all.length;
                all = Arrays.copyOf(all, at + m.count());
                System.arraycopy(m.micros(), 0, all, at, m.count());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(all);
            assertTrue(all.length > 0, "no query was answered");
            System.out.printf("Endpoint load: %d clients, %d catalogue queries, %.0f s: %d answers, %.1f queries/s; latency median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    CLIENTS, catalogue.size(), seconds, all.length, all.length / seconds,
                    percentile(all, 50) / 1000.0, percentile(all, 99) / 1000.0, all[all.length - 1] / 1000.0);
        }
        assertEquals(java.util.Map.of(), toCounts(failures), "answers other than 200, and transport errors");
    }

    private static Measured run(String url, List<String> catalogue, int first, long end, ConcurrentHashMap<String, AtomicLong> failures) {
        long[] micros = new long[1024];
        int n = 0;
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()) {
            for (int i = first; System.nanoTime() < end; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(catalogue.get(i % catalogue.size()))).build();
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && !r.body().stripTrailing().endsWith("}")) {
                        failures.computeIfAbsent("a cut-off answer", k -> new AtomicLong()).incrementAndGet();
                    } else if (r.statusCode() != 200) failures.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                } catch (IOException e) {
                    failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                }
                if (n == micros.length) micros = Arrays.copyOf(micros, n * 2);
                micros[n++] = (System.nanoTime() - t) / 1000;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Measured(micros, n);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static java.util.Map<String, Long> toCounts(ConcurrentHashMap<String, AtomicLong> failures) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        failures.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
