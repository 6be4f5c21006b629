package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.server.capacity.CapacityModule;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;

/**
 * Every query of the abuse corpus ({@code src/test/resources/server/abuse/corpus/}: property
 * paths of every form, catastrophic regular expressions, cross products sorted, made distinct
 * or grouped, strings that grow without end, nested subqueries) is answered within the timeout
 * and 2 s, and 2 s later the server's threads are idle again: nothing goes on computing. A
 * string past the limit is refused with a message naming it, while the heap stays small; a
 * regular expression that would overflow the stack is refused with a message; and stopping the
 * server cancels the queries it is running.
 */
class QueryBoundsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Path CORPUS = Path.of("src/test/resources/server/abuse/corpus");
    /** The CPU all threads may use in a second once every query has ended: a fifth of one core. */
    private static final long IDLE_CPU_MS = 200;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * The corpus asks for the short timeout with the protocol's timeout parameter, as a client
     * may; the memory test gets the server's long one, so that a busy machine cannot turn its
     * refusal into a timeout.
     */
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer.loopback().withTimeout(Duration.ofMinutes(1)));

    @Test
    void everyQueryOfTheAbuseCorpusEndsWithinTheTimeoutAndLeavesTheCpuIdle() throws Exception {
        Map<String, String> corpus = corpus();
        Map<String, CompletableFuture<Answer>> answers = new TreeMap<>();
        // As many at once as the server runs (the capacity gate queues the rest, and a query's
        // time must not count its wait in line): each from an address of its own, and each must
        // end at its own timeout however the CPU is shared.
        int places = CapacityModule.Capacity.forThisMachine().total();
        ExecutorService senders = Executors.newFixedThreadPool(places);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < places; i++) clients.add(HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + (2 + i))).build());
        int n = 0;
        for (var e : corpus.entrySet()) {
            HttpClient client = clients.get(n++ % places);
            answers.put(e.getKey(), CompletableFuture.supplyAsync(() -> send(client, server.sparqlUrl() + "?timeout=" + TIMEOUT.toSeconds(), e.getValue()), senders));
        }
        List<String> failures = new ArrayList<>();
        for (var e : answers.entrySet()) {
            Answer a = e.getValue().get();
            System.out.printf("%-32s %s in %d ms: %s%n", e.getKey(), a.status, a.millis, a.body.strip());
            // A regular expression is matched in linear time, so it may well answer.
            if (a.status != 200 && a.status != 503 && a.status != 413 && a.status != 422) failures.add(e.getKey() + " answered " + a.status + ": " + a.body);
            else if (a.status != 200 && !a.body.contains("timed out") && !a.body.contains("--max-string") && !a.body.contains("nests too deeply")
                    && !a.body.contains("digits. Narrow the query") && !a.body.contains("--spill-rows")) {
                failures.add(e.getKey() + " said " + a.body);
            }
            if (a.millis > TIMEOUT.plus(GRACE).toMillis()) failures.add(e.getKey() + " answered after " + a.millis + " ms");
        }
        senders.shutdown();
        clients.forEach(HttpClient::close);
        Thread.sleep(GRACE.toMillis());
        Map<String, Long> busy = cpuByThreadDuring(Duration.ofSeconds(1));
        long total = busy.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("CPU of all threads in the second 2 s after the last answer: %d ms %s%n", total, busy);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(total < IDLE_CPU_MS, "threads still computing 2 s after the last answer: " + total + " ms of CPU in 1 s " + busy);
    }

    @Test
    void aGroupConcatOverACrossProductIsRefusedWithTheLimitWhileTheHeapStaysSmall() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Answer a = send(server.sparqlUrl(), corpus().get("group-concat-cross-product.rq"));
        sampling.set(false);
        sampler.join();
        long grewMb = (peak.get() - before) >> 20;
        System.out.printf("GROUP_CONCAT over a cross product: %d in %d ms, heap grew at most %d MB: %s%n", a.status, a.millis, grewMb, a.body.strip());
        assertEquals(413, a.status, a.body);
        assertTrue(a.body.contains("more than " + ServerSettings.DEFAULT_MAX_STRING_CHARS + " characters with GROUP_CONCAT")
                && a.body.contains("--max-string") && a.body.contains("Narrow the query"), a.body);
        assertTrue(grewMb < 256, "the heap grew by " + grewMb + " MB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"concat-doubling.rq", "fn-concat-doubling.rq", "strjoin-doubling.rq", "fn-replace-doubling.rq", "encode-for-uri-tripling.rq"})
    void aStringThatGrowsPastTheLimitIsRefusedWithTheLimitWhateverFunctionBuildsIt(String file) throws Exception {
        Answer a = send(server.sparqlUrl(), corpus().get(file));
        System.out.printf("%s: %d in %d ms: %s%n", file, a.status, a.millis, a.body.strip());
        assertEquals(413, a.status, a.body);
        assertTrue(a.body.contains("more than " + ServerSettings.DEFAULT_MAX_STRING_CHARS + " characters with") && a.body.contains("--max-string"), a.body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"math-pow-huge.rq", "integer-squaring.rq", "integer-cast-of-long-digits.rq", "strdt-of-long-digits.rq"})
    void aNumberOfMoreDigitsThanTheBoundIsRefusedBeforeItIsComputed(String file) throws Exception {
        Answer a = send(server.sparqlUrl(), corpus().get(file));
        System.out.printf("%s: %d in %d ms: %s%n", file, a.status, a.millis, a.body.strip());
        assertEquals(413, a.status, a.body);
        assertTrue(a.body.contains("a number of more than 1000 digits"), a.body);
        assertTrue(a.millis < GRACE.toMillis(), "answered after " + a.millis + " ms");
    }

    @Test
    void stoppingTheServerCancelsTheQueriesItIsRunning() throws Exception {
        // A store of its own: closing the server closes its store, which the other tests share.
        RunningServer patient = RunningServer.overFreshStore(RunningServer.loopback().withTimeout(Duration.ofMinutes(10)));
        Map<String, String> corpus = corpus();
        List<CompletableFuture<Answer>> running = Stream.of("path-bounded-two-way.rq", "cross-product-groups.rq", "cross-product-sorted.rq")
                .map(name -> CompletableFuture.supplyAsync(() -> send(patient.sparqlUrl(), corpus.get(name)))).toList();
        Thread.sleep(1_500);
        assertTrue(running.stream().noneMatch(CompletableFuture::isDone), "the queries should still run");
        long start = System.nanoTime();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(patient::close);
        closed.get(GRACE.toMillis() + 3_000, TimeUnit.MILLISECONDS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(GRACE.toMillis());
        Map<String, Long> busy = cpuByThreadDuring(Duration.ofSeconds(1));
        long total = busy.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Stopped with 3 queries running in %d ms; CPU 2 s later %d ms in 1 s %s%n", ms, total, busy);
        assertTrue(ms < GRACE.toMillis(), "stopping took " + ms + " ms");
        assertTrue(total < IDLE_CPU_MS, "queries went on computing after the server stopped: " + total + " ms of CPU in 1 s " + busy);
    }

    /** The CPU time each thread used during the window, in ms, for the threads that used any. */
    private static Map<String, Long> cpuByThreadDuring(Duration window) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] before = Arrays.stream(ids).map(threads::getThreadCpuTime).toArray();
        Thread.sleep(window.toMillis());
        Map<String, Long> used = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            long after = threads.getThreadCpuTime(ids[i]);
            var info = threads.getThreadInfo(ids[i]);
            long ms = (after - before[i]) / 1_000_000;
            if (before[i] >= 0 && after >= 0 && ms > 0 && info != null) used.merge(info.getThreadName(), ms, Long::sum);
            if (ms > 20 && info != null) {
                StackTraceElement[] stack = threads.getThreadInfo(ids[i], 8).getStackTrace();
                System.out.println("Busy " + info.getThreadName() + ": " + Arrays.toString(stack));
            }
        }
        return used;
    }

    private record Answer(int status, long millis, String body) {}

    /** Sends the query and waits for the answer, at most the timeout and a margin; status 0 when none came. */
    private static Answer send(String endpoint, String query) {
        return send(HTTP, endpoint, query);
    }

    /** Sends the query from the given client and waits for the answer, as above. */
    private static Answer send(HttpClient client, String endpoint, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), (System.nanoTime() - start) / 1_000_000, r.body());
        } catch (IOException e) {
            return new Answer(0, (System.nanoTime() - start) / 1_000_000, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> corpus() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(f -> f.toString().endsWith(".rq")).forEach(f -> {
                try {
                    // Long constants are written as a word in the file, so that it stays readable.
                    queries.put(f.getFileName().toString(), Files.readString(f)
                            .replace("REPEATED_A", "a".repeat(20_000)).replace("REPEATED_B", "b".repeat(20_000)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return queries;
    }
}
