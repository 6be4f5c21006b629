package org.pactgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.load.LoadSettings;

/**
 * Memory under steady load, as processes: PactGraph's server ({@link SoakServer}) over the
 * project's data, driven for minutes by many connections running the {@code queries/} catalogue
 * in turn, while the server process's resident memory ({@link ProcessMemory}: VmRSS of
 * {@code /proc/PID/status}, split into anonymous and file-backed) and the server JVM's own
 * reading of its heap, direct buffers and non-heap ({@link JvmMemory}) are sampled every 10 s.
 * The load comes from {@code wrk} when it is installed (Debian's package), else from a Java
 * HTTP client with one thread per connection. With the baseline, the same load
 * runs afterwards against the same server keeping Fuseki's own connector and buffer pool, as
 * before PactGraph configured them. Both server processes get this JVM's options, so
 * {@code ./pactgraph}'s direct-memory ceiling and any heap size given in {@code PACTGRAPH_JAVA_OPTS}.
 */
public final class SoakBenchmark {
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    /**
     * How often a sample also measures the server's live set, which takes a full collection: at the
     * first sample, then once a minute, and at the end; more often would change the memory measured.
     */
    private static final Duration LIVE_SET_EVERY = Duration.ofMinutes(1);
    /** How long the soak waits for the server's live-set reading (a full collection of a heap of a few hundred MB). */
    private static final Duration LIVE_SET_WAIT = Duration.ofSeconds(10);
    private static final Pattern WRK_REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern WRK_NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern WRK_SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Minutes of load per server, connections, and whether to run the baseline too. */
    public record Settings(double minutes, int connections, boolean baseline) {}

    /**
     * One memory sample: seconds since the load began, the process as Linux counts it, the JVM's
     * own reading, and its live set in kB when this sample measured it ({@link LiveSet}), else
     * {@link LiveSet#NOT_MEASURED}.
     */
    public record Sample(long seconds, ProcessMemory process, JvmMemory jvm, long liveSetKb) {
        /** A sample without a live-set reading. */
        public Sample(long seconds, ProcessMemory process, JvmMemory jvm) {
            this(seconds, process, jvm, LiveSet.NOT_MEASURED);
        }

        public long rssKb() {
            return process.rssKb();
        }

        public boolean liveSetMeasured() {
            return liveSetKb != LiveSet.NOT_MEASURED;
        }
    }

    /**
     * One server's run: which server, what drove it, answers (200) and failures, the memory samples,
     * and the latencies of {@code /$/ping} asked once a second during the load ({@link PingProbe}).
     */
    public record Run(String server, String driver, long answers, long failures, double seconds, List<Sample> samples, List<Long> pingMillis) {
        /** A run without ping probes. */
        public Run(String server, String driver, long answers, long failures, double seconds, List<Sample> samples) {
            this(server, driver, answers, failures, seconds, samples, List.of());
        }

        public double answersPerSecond() {
            return answers / seconds;
        }

        public long maxRssKb() {
            return samples.stream().mapToLong(Sample::rssKb).max().orElse(0);
        }

        public long lastRssKb() {
            return last().rssKb();
        }

        /** The last sample, taken when the load ended. */
        public Sample last() {
            return samples.isEmpty() ? new Sample(0, ProcessMemory.NONE, JvmMemory.NONE) : samples.get(samples.size() - 1);
        }
    }

    /** Loads the project's data (not timed), then soaks PactGraph's server and, if asked, the baseline. */
    public List<Run> run(Path data, Path ontology, Path queries, Settings settings, PrintWriter progress) {
        List<String> paths = QueryBenchmark.catalogue(queries).stream()
                .map(q -> "/pactgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
        List<Run> runs = new ArrayList<>();
        try (BenchFiles files = new BenchFiles(ontology)) {
            LoadSettings store = new LoadSettings(data, ontology, files.folder("store"));
            BenchFiles.load(store);
            Path script = wrkScript(files.folder("catalogue.lua"), paths);
            runs.add(soak("pactgraph", store.storeDir(), paths, script, settings, progress));
            if (settings.baseline()) runs.add(soak("fuseki", store.storeDir(), paths, script, settings, progress));
        }
        return runs;
    }

    private static Run soak(String server, Path store, List<String> paths, Path script, Settings settings, PrintWriter progress) {
        int port = StartupBenchmark.freePort();
        Path memoryFile = script.resolveSibling(server + "-memory.txt");
        List<String> cmd = new ArrayList<>(StartupBenchmark.javaCommand(SoakServer.class.getName(), Integer.toString(port), store.toString(), server,
                memoryFile.toString()));
        // The server runs with this JVM's options: those ./pactgraph gives, and PACTGRAPH_JAVA_OPTS.
        cmd.addAll(1, ManagementFactory.getRuntimeMXBean().getInputArguments());
        Process p = start(cmd);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitPing(p, base);
            List<Sample> samples = new ArrayList<>();
            long start = System.nanoTime();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                long nextLiveSet = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    long second = (System.nanoTime() - start) / 1_000_000_000L;
                    boolean live = second >= nextLiveSet;
                    if (live) nextLiveSet = second + LIVE_SET_EVERY.toSeconds();
                    Sample sample = sample(second, p.pid(), memoryFile, live);
                    synchronized (samples) {
                        samples.add(sample);
                    }
                    progress.println(progressLine(server, sample));
                    progress.flush();
                    try {
                        Thread.sleep(SAMPLE_EVERY.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Duration length = Duration.ofMillis((long) (settings.minutes() * 60_000));
            PingProbe probe = PingProbe.start(base);
            long[] counts = wrkInstalled() ? wrk(base, script, settings.connections(), length) : javaLoad(base, paths, settings.connections(), length);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> pings = probe.stop();
            sampler.interrupt();
            List<Sample> taken;
            synchronized (samples) {
                samples.add(sample((long) seconds, p.pid(), memoryFile, true));
                taken = List.copyOf(samples);
            }
            return new Run(server, wrkInstalled() ? "wrk" : "Java HTTP client", counts[0], counts[1], seconds, taken, pings);
        } finally {
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process start(List<String> cmd) {
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitPing(Process p, String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(base + "/$/ping")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("The soak server stopped before answering");
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(50);
        }
        throw new IllegalStateException("The soak server did not answer in 120 s");
    }

    /** A sample now; with the live set when asked, read after the rest (its full collection would change them). */
    private static Sample sample(long seconds, long pid, Path memoryFile, boolean withLiveSet) {
        ProcessMemory process = ProcessMemory.of(pid);
        JvmMemory jvm = JvmMemory.read(memoryFile);
        long live = withLiveSet ? LiveSet.ask(memoryFile, seconds, LIVE_SET_WAIT) : LiveSet.NOT_MEASURED;
        return new Sample(seconds, process, jvm, live);
    }

    /** A sample as the progress shows it: resident memory, anonymous and file-backed, and the JVM's share of the anonymous part. */
    private static String progressLine(String server, Sample s) {
        ProcessMemory p = s.process();
        JvmMemory j = s.jvm();
        boolean pRead = p.read();
        boolean jRead = j.read();
        return String.format("  %-9s %3d:%02d  RSS %6s MB (anonymous %s, file-backed %s; heap %s committed, old gen %s,"
                + " %s after its last collection; direct %s; non-heap %s)%s", server, s.seconds() / 60, s.seconds() % 60,
                SoakReport.mb(p.rssKb(), pRead), SoakReport.mb(p.anonymousKb(), pRead), SoakReport.mb(p.fileBackedKb(), pRead),
                SoakReport.mb(j.heapCommittedKb(), jRead), SoakReport.mb(j.oldGenKb(), jRead), SoakReport.mb(j.oldGenAfterCollectionKb(), jRead),
                SoakReport.mb(j.directKb(), jRead), SoakReport.mb(j.nonHeapCommittedKb(), jRead),
                s.liveSetMeasured() ? "; live set " + SoakReport.mb(s.liveSetKb(), true) + " MB after a full collection" : "");
    }

    static boolean wrkInstalled() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) return true;
        }
        return false;
    }

    /** A wrk script that sends the catalogue's GET requests in turn on every connection. */
    private static Path wrkScript(Path file, List<String> paths) {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) lua.append("  \"").append(path).append("\",\n");
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n")
                .append("  return wrk.format(\"GET\", paths[i], {[\"Accept\"] = \"application/sparql-results+json\"})\nend\n");
        try {
            Files.writeString(file, lua);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Runs wrk; the answers with a 2xx status and the failures (other statuses and socket errors). */
    private static long[] wrk(String base, Path script, int connections, Duration length) {
        List<String> cmd = List.of("wrk", "-t" + Math.min(connections, Math.max(1, Runtime.getRuntime().availableProcessors())),
                "-c" + connections, "-d" + length.toSeconds() + "s", "--timeout", "60s", "-s", script.toString(), base);
        try {
            Process wrk = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) throw new IllegalStateException("wrk failed: " + out);
            long requests = first(WRK_REQUESTS, out, 1);
            long non2xx = first(WRK_NON_2XX, out, 1);
            Matcher m = WRK_SOCKET_ERRORS.matcher(out);
            long socket = 0;
            if (m.find()) for (int g = 1; g <= 4; g++) socket += Long.parseLong(m.group(g));
            return new long[] {requests - non2xx, non2xx + socket};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long first(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(group)) : 0;
    }

    /** One thread per connection sending the catalogue in turn; the 200 answers and the failures. */
    private static long[] javaLoad(String base, List<String> paths, int connections, Duration length) {
        AtomicLong answers = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int first = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                    for (int i = first; System.nanoTime() < end; i++) {
                        HttpRequest get = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build();
                        try {
                            boolean ok = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                            (ok ? answers : failures).incrementAndGet();
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new long[] {answers.get(), failures.get()};
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
