package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Corpora;
import org.pactgraph.store.LoadProcess;

/**
 * {@code pactgraph load} runs in a process of its own while the server serves the same store:
 * every query answers from the store before the load or from the store after it, as a whole,
 * and never from a mix of the two; the old generation is deleted once no query reads it.
 */
class LoadWhileServingTest {
    private static final Path QUERY = Path.of("src/test/resources/store/reliability/graph-sizes.rq");
    private static final int CLIENTS = 4;
    @TempDir Path tmp;

    /** What one client saw, in order: 'B' for the state before, 'A' for after, 'X' for anything else. */
    private record Seen(StringBuilder states) {}

    @Test
    void queriesDuringALoadSeeTheOldStoreOrTheNewOneAndNeverAMix() throws Exception {
        String query = Files.readString(QUERY);
        Path older = Corpora.generate(tmp, 20, 901);
        Path newer = Corpora.generate(tmp, 30, 902);
        String before = answerOfACleanStore(older, query);
        String after = answerOfACleanStore(newer, query);
        assertNotEquals(before, after, "the two corpora must give stores of different sizes");

        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(older, store));
        ConcurrentLinkedQueue<String> strange = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger duringLoad = new AtomicInteger();
        AtomicInteger clientsThatSawTheNewStore = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback())) {
            List<Future<Seen>> seen = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                seen.add(clients.submit(() -> {
                    Seen s = new Seen(new StringBuilder());
                    boolean sawTheNewStore = false;
                    while (!stop.get()) {
                        HttpResponse<String> r = server.query(query, "text/csv");
                        if (loading.get()) duringLoad.incrementAndGet();
                        char state = r.statusCode() != 200 ? 'X' : r.body().equals(before) ? 'B' : r.body().equals(after) ? 'A' : 'X';
                        if (state == 'X') strange.add(r.statusCode() + ": " + r.body());
                        s.states().append(state);
                        if (state == 'A' && !sawTheNewStore) {
                            sawTheNewStore = true;
                            clientsThatSawTheNewStore.incrementAndGet();
                        }
                    }
                    return s;
                }));
            }
            Thread.sleep(500);
            loading.set(true);
            long start = System.nanoTime();
            Process load = LoadProcess.start(newer, store);
            assertEquals(0, load.waitFor(), () -> "the load failed: " + readLog(store));
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            loading.set(false);
            // The clients go on until each has had an answer from the new store, or a minute has
            // passed: a fixed second was too short on a busy machine, where one query took longer.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (clientsThatSawTheNewStore.get() < CLIENTS && System.nanoTime() < deadline) Thread.sleep(20);
            stop.set(true);
            int total = 0;
            for (Future<Seen> f : seen) {
                String states = f.get().states().toString();
                total += states.length();
                assertTrue(states.matches("B+A+"), "a client saw the old store, then only the new one: " + states);
            }
            assertTrue(strange.isEmpty(), "answers that are neither the old nor the new store: " + strange);
            System.out.printf("Load while serving: %d queries from %d clients, %d of them during the %d ms load; each saw the old store, then the new one%n",
                    total, CLIENTS, duringLoad.get(), loadMillis);
            assertTrue(duringLoad.get() > 0, "no query ran during the load");
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of(currentGeneration(store)), generations(store),
                "the server deletes the old generation once no query reads it");
    }

    private String answerOfACleanStore(Path corpus, String query) {
        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(corpus, store));
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback())) {
            HttpResponse<String> r = server.query(query, "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            return r.body();
        }
    }

    private static String readLog(Path store) {
        try {
            return Files.readString(LoadProcess.log(store));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Path currentGeneration(Path store) throws IOException {
        return store.resolve(Files.readSymbolicLink(store.resolve("current")));
    }

    private static List<Path> generations(Path store) throws IOException {
        try (var list = Files.list(store)) {
            return list.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
    }
}
