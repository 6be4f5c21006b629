package org.pactgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks a server for {@code /$/ping} once a second on a connection of its own while a load runs,
 * and keeps each answer's latency: what a health check sees while the server is busy. A probe
 * that fails or gets no answer within {@link #TIMEOUT} is kept as {@link #FAILED}.
 */
final class PingProbe implements AutoCloseable {
    /** The latency kept for a probe that failed or was not answered in time. */
    static final long FAILED = -1;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EVERY = Duration.ofSeconds(1);

    private final List<Long> millis = new ArrayList<>();
    private final Thread thread;

    private PingProbe(String base) {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(base + "/$/ping")).timeout(TIMEOUT).build();
        thread = Thread.ofPlatform().daemon().start(() -> {
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                while (!Thread.currentThread().isInterrupted()) {
                    long start = System.nanoTime();
                    long took;
                    try {
                        took = http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                                ? (System.nanoTime() - start) / 1_000_000 : FAILED;
                    } catch (IOException e) {
                        took = FAILED;
                    }
                    synchronized (millis) {
                        millis.add(took);
                    }
                    Thread.sleep(Math.max(0, EVERY.toMillis() - (System.nanoTime() - start) / 1_000_000));
                }
            } catch (InterruptedException e) {
                // stopped
            }
        });
    }

    /** Starts probing the server at the base URL. */
    static PingProbe start(String base) {
        return new PingProbe(base);
    }

    /** Stops probing; the latencies in milliseconds, in order, {@link #FAILED} for a failed probe. */
    List<Long> stop() {
        thread.interrupt();
        try {
            thread.join(TIMEOUT.toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (millis) {
            return List.copyOf(millis);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
