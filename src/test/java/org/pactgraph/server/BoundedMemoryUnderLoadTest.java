package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The short soak: 32 clients send the catalogue queries without pause for
 * {@code -Dpactgraph.memory.seconds} (default 10; it was 20 until CI time ran short: the unpooled
 * buffers below grew by 5 MiB an answer, past the bound within the first few hundred answers)
 * seconds while the JVM's direct memory is
 * sampled every 50 ms. Fuseki 6.2.0 allocated a fresh 5 MiB direct output buffer for every
 * answer, freed only by a garbage collection, and direct memory (and the process) grew by
 * gigabytes; with PactGraph's buffer pool it must stay under {@link #DIRECT_BOUND_BYTES}, and no
 * buffer may have been acquired past the pool's largest bucket. ({@code pactgraph bench soak}
 * does the same for minutes, on a server process, and reports its resident memory.)
 */
class BoundedMemoryUnderLoadTest {
    private static final long DIRECT_BOUND_BYTES = 384L << 20;
    private static final int CLIENTS = 32;

    @Test
    void directMemoryStaysBoundedWhileThirtyTwoClientsRunTheCatalogue() throws Exception {
        List<String> forms = new ArrayList<>();
        try (var files = Files.list(Path.of("queries"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                forms.add("query=" + URLEncoder.encode(Files.readString(p), StandardCharsets.UTF_8));
            }
        }
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        Duration length = Duration.ofSeconds(Long.getLong("pactgraph.memory.seconds", 10));
        Map<String, Long> failures = new ConcurrentHashMap<>();
        AtomicLong answers = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long before = direct.getMemoryUsed();
        long peak = before;
        try (RunningServer server = RunningServer.overSharedStore(RunningServer.loopback())) {
            long end = System.nanoTime() + length.toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(Thread.ofPlatform().start(() -> drive(server.sparqlUrl(), forms, first, end, answers, refused, failures)));
            }
            while (clients.stream().anyMatch(Thread::isAlive)) {
                peak = Math.max(peak, direct.getMemoryUsed());
                Thread.sleep(50);
            }
            long unpooled = server.unpooledAcquisitions();
            System.out.printf("Short soak: %d clients, %d s, %d answers (%.0f/s), %d refused; direct memory %d MB before, peak %d MB; %d buffers acquired past the pool%n",
                    CLIENTS, length.toSeconds(), answers.get(), answers.get() / (double) length.toSeconds(), refused.get(), before >> 20, peak >> 20, unpooled);
            assertEquals(0, unpooled, "buffers larger than the pool's largest bucket");
        }
        assertEquals(Map.of(), failures, "answers other than 200, or than the capacity gate's 503 with Retry-After");
        // 32 clients on the heaviest catalogue questions fill the heavy-work queue now and then: a
        // refusal saying when to come back is the bound working, as long as it stays rare (at most 1 in 20).
        assertTrue(refused.get() * 20 <= answers.get(), refused.get() + " refusals (503, Retry-After) for " + answers.get() + " answers");
        assertTrue(answers.get() > 0, "no answer");
        assertTrue(peak < DIRECT_BOUND_BYTES, "direct memory peaked at " + (peak >> 20) + " MB");
    }

    private static void drive(String url, List<String> forms, int first, long end, AtomicLong answers, AtomicLong refused,
                              Map<String, Long> failures) {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = first; System.nanoTime() < end; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(forms.get(i % forms.size()))).build();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    int status = response.statusCode();
                    if (status == 200) answers.incrementAndGet();
                    else if (status == 503 && response.headers().firstValue("Retry-After").isPresent()) refused.incrementAndGet();
                    else failures.merge("HTTP " + status, 1L, Long::sum);
                } catch (IOException e) {
                    failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
