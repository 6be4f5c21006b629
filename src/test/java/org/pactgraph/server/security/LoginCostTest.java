package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * What a login costs the server and tells the client, over real sockets from many loopback
 * addresses against real PBKDF2 hashes: an unknown name costs what a wrong password costs, a
 * burst of wrong passwords leaves anonymous queries served, one address that keeps failing waits
 * while the others do not, and a header that is not HTTP Basic is answered 400.
 */
class LoginCostTest {
    private static final String ASK = "/pactgraph/sparql?query=ASK%7B%7D";
    private static final int TIMED = 15;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overSharedStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret"))));

    private static int port;

    @BeforeAll
    static void start() {
        port = URI.create(server.baseUrl()).getPort();
    }

    private static long millis(Supplier<FromAddress.Answer> request, int expected) {
        long start = System.nanoTime();
        FromAddress.Answer answer = request.get();
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(expected, answer.status(), answer.body());
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void anUnknownUserCostsWhatAWrongPasswordCosts() {
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        // Each attempt from its own address, so that the back-off never enters the measure.
        for (int i = 0; i <= TIMED; i++) {
            FromAddress from = FromAddress.loopback(1, 1 + 2 * i);
            FromAddress other = FromAddress.loopback(1, 2 + 2 * i);
            long u = millis(() -> from.get(port, ASK, FromAddress.basic("mallory", "alice-secret")), 401);
            long w = millis(() -> other.get(port, ASK, FromAddress.basic("alice", "mallory-guess")), 401);
            if (i == 0) continue; // warm-up
            unknown.add(u);
            wrong.add(w);
        }
        double ratio = median(unknown) / median(wrong);
        System.out.printf("login cost: unknown user median %.1f ms, wrong password median %.1f ms, ratio %.2f%n",
                median(unknown), median(wrong), ratio);
        assertTrue(ratio > 0.5 && ratio < 2, "unknown " + unknown + " ms, wrong " + wrong + " ms");
    }

    @Test
    void malformedBasicHeadersAreAnswered400WithTheSecurityHeaders() {
        byte[] latin1 = "alice:p\u00e4ss".getBytes(StandardCharsets.ISO_8859_1);
        String[] headers = {"Basic ====", "Basic", "Basic !!!!", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()),
                "Basic " + Base64.getEncoder().encodeToString(latin1)};
        FromAddress from = FromAddress.loopback(4, 1);
        for (String path : new String[] {ASK, "/pactgraph/update", "/pactgraph/data?graph=x"}) {
            for (String header : headers) {
                FromAddress.Answer a = from.get(port, path, header);
                assertEquals(400, a.status(), path + " with '" + header + "': " + a.body());
                assertTrue(a.body().contains("not valid HTTP Basic"), a.body());
                assertEquals("nosniff", a.headers().get("x-content-type-options"), path + " " + a.headers());
                assertEquals(SecurityHeaders.NOTHING, a.headers().get("content-security-policy"), path + " " + a.headers());
            }
        }
        assertEquals(401, from.get(port, ASK, "Bearer abc").status(), "another scheme is a wrong credential, not a broken one");
    }

    @Test
    void anAddressWithTooManyWrongPasswordsWaitsAndOtherAddressesDoNot() {
        FromAddress guesser = FromAddress.loopback(2, 1);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertEquals(401, guesser.get(port, ASK, FromAddress.basic("alice", "guess-" + i)).status());
        }
        FromAddress.Answer waiting = guesser.get(port, ASK, FromAddress.basic("alice", "alice-secret"));
        assertEquals(429, waiting.status(), waiting.body());
        long retryAfter = Long.parseLong(waiting.headers().getOrDefault("retry-after", "0"));
        assertTrue(retryAfter > 0 && retryAfter <= LoginThrottle.WINDOW_SECONDS, waiting.headers().toString());
        assertEquals(429, guesser.get(port, "/pactgraph/update", FromAddress.basic("alice", "guess")).status());
        assertEquals(200, guesser.get(port, ASK, null).status(), "without credentials the guesser is still served");
        assertEquals(200, FromAddress.loopback(2, 2).get(port, ASK, FromAddress.basic("alice", "alice-secret")).status(),
                "another address is not locked out");
    }

    @Test
    void aBurstOfWrongPasswordsDoesNotStallAnonymousQueries() throws Exception {
        FromAddress anonymous = FromAddress.loopback(3, 250);
        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i <= TIMED; i++) quiet.add(millis(() -> anonymous.get(port, ASK, null), 200));
        quiet.remove(0);
        int clients = 32;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            FromAddress attacker = FromAddress.loopback(3, 1 + c);
            pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    attacker.get(port, ASK, FromAddress.basic("alice", "guess-" + i));
                    attempts.incrementAndGet();
                }
            });
        }
        List<Long> loaded = new ArrayList<>();
        try {
            Thread.sleep(500);
            for (int i = 0; i < TIMED; i++) {
                loaded.add(millis(() -> anonymous.get(port, ASK, null), 200));
                Thread.sleep(200);
            }
        } finally {
            running.set(false);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the attackers did not stop");
        }
        double ratio = median(loaded) / Math.max(1, median(quiet));
        System.out.printf("anonymous ASK under %d wrong-password clients (%d attempts): median %.0f ms, unloaded %.0f ms, ratio %.1f%n",
                clients, attempts.get(), median(loaded), median(quiet), ratio);
        assertTrue(median(loaded) < 1_000, "anonymous ASK took " + loaded + " ms under the burst, " + quiet + " ms before");
    }
}
