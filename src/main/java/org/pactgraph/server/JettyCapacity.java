package org.pactgraph.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Jetty settings that Fuseki's builder has no option for, applied to the built server
 * before it starts.
 *
 * <p>Memory: Fuseki 6.2.0 gives every answer a {@value #OUTPUT_BUFFER_BYTES}-byte output buffer
 * but leaves Jetty's default byte-buffer pool, whose largest pooled buffer is 64 KiB, so every
 * answer allocates 5 MiB of fresh direct memory that only a garbage collection frees: under
 * steady load the process grew by gigabytes (Jena issue 4084, fixed after 6.2.0). Here the
 * connector gets a pool whose largest bucket holds the output buffer, so buffers are reused,
 * and which keeps at most {@value #POOL_DIRECT_BYTES} bytes of idle direct memory.
 *
 * <p>Slow clients: a connection with nothing to read or write for {@link #IDLE_TIMEOUT} is
 * closed, and an answer read slower than {@value #MIN_WRITE_RATE} bytes/s is cut off
 * ({@link MinimumAnswerRate}), so that a client reading a byte every few seconds, or never
 * reading, does not hold a thread for long.
 *
 * <p>Threads: as many as the modules' bounds may hold at once ({@link ThreadHolder}: bodies being
 * read, writes waiting for their turn, heavy work running and in line) plus {@value #ROOM} more,
 * rather than Fuseki's 20, so that slow bodies, waiting writes and queued queries all at their
 * bounds still leave threads for health checks, pages and Jetty's own work. A fixed 256 was
 * under those bounds' sum on a machine of 64 cores, whose heavy-work gate alone lets 128 run and
 * 128 wait.
 */
final class JettyCapacity {
    /** Fuseki's output buffer per answer: answers up to this size keep a Content-Length and can still turn into an error status. */
    static final int OUTPUT_BUFFER_BYTES = FusekiSystemConstants.jettyOutputBufferSize;
    /** The most idle direct memory the pool keeps; buffers released beyond it are dropped. */
    static final long POOL_DIRECT_BYTES = 128L * 1024 * 1024;
    /** A connection with no bytes moving for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The slowest reading of an answer taken, in bytes per second, each write timed on its own. No
     * rate for request bodies here: Jetty measured it from the request's start, time no thread
     * read included, so it cut honest uploads under load while letting a 1 MB body hold a thread
     * for two hours; bodies have a deadline, a rate and a bounded number of readers instead (the limits module).
     */
    static final long MIN_WRITE_RATE = 1024;
    /**
     * Threads beyond what the modules' bounds may hold: for the requests no bound holds (pings,
     * pages, resources, password checks, which are bounded by their own small line) and for Jetty's
     * acceptors and selectors.
     */
    static final int ROOM = 64;
    /**
     * Connections the kernel keeps handshaken for the acceptor to take (the listen backlog; the
     * kernel caps it at {@code net.core.somaxconn}, 4096 on recent Linux). Jetty's default of 0
     * leaves Java's 50: a burst of more connections than that while the acceptor waited for a core
     * (a fresh server on busy cores) had their SYNs dropped, and their clients tried again only
     * after 1 s, 3 s, 7 s. Queued connections cost the kernel a socket each, no thread.
     */
    static final int ACCEPT_QUEUE = 1024;

    /** The most threads of the server's pool, for modules whose bounds may hold this many threads in all. */
    static int maxThreads(int held) {
        return held + ROOM;
    }

    private JettyCapacity() {}

    /**
     * Replaces the built server's HTTP connector with one on the same host, port and HTTP
     * configuration but with the pool, idle timeout and data rates above. With {@code pooled}
     * false, Fuseki's own connector and buffer pool stay, as before: only for the soak
     * benchmark's baseline.
     */
    static void apply(Server server, String host, int port, boolean pooled) {
        for (Connector c : server.getConnectors()) {
            if (!(c instanceof ServerConnector old)) continue;
            if (!pooled) {
                old.setHost(host);
                continue;
            }
            HttpConfiguration http = old.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
            server.removeConnector(old);
            ServerConnector connector = new ServerConnector(server, null, null, bufferPool(http.getOutputBufferSize()), -1, -1,
                    new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            server.addConnector(connector);
        }
    }

    /**
     * The module, called after every other, that wraps the server's handler in {@link
     * MinimumAnswerRate}: outside the compression that a module adds, so that it times the bytes
     * the client reads. Wrapped when Fuseki was built, it sat inside the gzip handler and timed the
     * plain bytes, giving a client the time of 5 MiB for the 1/17 to 1/40 of it that an N-Triples
     * dump (17:1) or SPARQL results (40:1) compress to, so that a client reading 60 down to 26 bytes/s kept within it.
     */
    static FusekiModule answerRate() {
        return answerRate(true);
    }

    /** As {@link #answerRate()}; with {@code sliced} false every write is timed whole, as before round 14: only for a benchmark's baseline. */
    static FusekiModule answerRate(boolean sliced) {
        return new FusekiModule() {
            @Override
            public String name() {
                return "minimum answer rate";
            }

            @Override
            public void serverBeforeStarting(FusekiServer fuseki) {
                Server server = fuseki.getJettyServer();
                // A write is given at least the idle timeout: a client that takes nothing for that long is cut by it anyway.
                server.setHandler(new MinimumAnswerRate(server.getHandler(), MIN_WRITE_RATE, IDLE_TIMEOUT, sliced));
            }
        };
    }

    /**
     * Jetty's array pool with buckets every 4 KiB (its default step) up to the output buffer, so
     * that the output buffer has a bucket; statistics on, so that acquisitions that found no
     * bucket can be counted (see {@link #unpooledAcquisitions}).
     */
    private static ArrayByteBufferPool bufferPool(int outputBufferBytes) {
        ArrayByteBufferPool pool = new ArrayByteBufferPool(0, -1, outputBufferBytes, -1, 0, POOL_DIRECT_BYTES);
        pool.setStatisticsEnabled(true);
        return pool;
    }

    /** The threads of the server's pool now, and its most. */
    static int[] threads(Server server) {
        var pool = (org.eclipse.jetty.util.thread.ThreadPool.SizedThreadPool) server.getThreadPool();
        return new int[] {pool.getThreads(), pool.getMaxThreads()};
    }

    /** Direct buffers acquired from the connector's pool that were larger than its largest bucket; 0 when pooled as meant. */
    static long unpooledAcquisitions(Server server) {
        long n = 0;
        for (Connector c : server.getConnectors()) {
            if (c.getByteBufferPool() instanceof ArrayByteBufferPool pool) {
                n += pool.getNoBucketDirectAcquires().values().stream().mapToLong(Long::longValue).sum();
            }
        }
        return n;
    }
}
