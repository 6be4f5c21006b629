package org.pactgraph.bench;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.export.DumpNames;
import org.pactgraph.export.ExportFormat;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.assembly.ServerAssembly;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.TdbStore;

/**
 * The cost of writing answers in slices: two servers as {@code pactgraph serve} assembles them,
 * in this process side by side over one generated store, one writing each answer's large writes
 * a slice at a time, each slice timed on its own (as served), and one timing each write whole (as
 * before), each read by an HTTP client at full speed over loopback. Large answers (the N-Quads
 * dump of the whole store and a SPARQL JSON answer of every quad, each plain and gzipped) go to
 * both servers in turn, the first alternating from run to run, as do the small answers of a
 * catalogue query. Each figure is per answer: the median wall time, and the mean of this
 * process's CPU time (client and server, the same client for both).
 */
public final class AnswerBenchmark {
    private static final Duration BENCH_TIMEOUT = Duration.ofMinutes(10);
    /** Small answers of each server per run. */
    static final int SMALL_PER_RUN = 50;
    /** The catalogue query whose small answer is asked for latency. */
    static final String SMALL_QUERY = "partnerships-per-theme.rq";
    private static final String EVERY_QUAD = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    /** One kind of answer: its bytes on the wire and each server's median wall time and mean CPU time per answer, in ms. */
    public record Row(String answer, long bytes, int samples, double slicedMillis, double wholeMillis, double slicedCpuMillis,
                      double wholeCpuMillis) {
        public double wallRatio() {
            return slicedMillis / Math.max(1e-3, wholeMillis);
        }

        public double cpuRatio() {
            return slicedCpuMillis / Math.max(1e-3, wholeCpuMillis);
        }
    }

    /** The store's size, and a row for each kind of answer. */
    public record Result(int documents, long quads, List<Row> rows) {}

    /** Loads a generated corpus of the size with the project's data (not timed) and fetches every answer {@code runs} times of each server. */
    public Result run(Path ontology, Path projectData, Path queries, int documents, long seed, int runs) {
        String small = catalogueQuery(queries);
        try (BenchFiles files = new BenchFiles(ontology)) {
            LoadSettings s = files.settings(files.withProjectData(files.corpus(documents, seed), projectData), "store");
            long quads = BenchFiles.load(s).totalTriples();
            DatasetGraph dsg = TdbStore.at(s.storeDir()).open();
            try {
                return new Result(documents, quads, measure(dsg, queries, small, runs));
            } finally {
                TdbStore.close(dsg);
            }
        }
    }

    private static List<Row> measure(DatasetGraph dsg, Path queries, String small, int runs) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (PactServer sliced = server(dsg, queries, true); PactServer whole = server(dsg, queries, false)) {
            List<Fetch> large = List.of(
                    dump(sliced, false), dump(sliced, true), everyQuad(sliced, false), everyQuad(sliced, true));
            List<Row> rows = new ArrayList<>();
            for (Fetch f : large) rows.add(compare(http, f, f.at(whole), runs, 1));
            rows.add(compare(http, catalogue(sliced, small), catalogue(whole, small), runs, SMALL_PER_RUN));
            return rows;
        }
    }

    /** Each answer of both servers {@code perRun} times in each run, in turns, the first alternating; after one of each as a warm-up. */
    private static Row compare(HttpClient http, Fetch sliced, Fetch whole, int runs, int perRun) {
        Sample a = sliced.send(http);
        Sample b = whole.send(http);
        if (!sliced.gzip && a.bytes != b.bytes) {
            throw new IllegalStateException("The two servers sent " + a.bytes + " and " + b.bytes + " bytes for " + sliced.name);
        }
        List<Sample> fromSliced = new ArrayList<>();
        List<Sample> fromWhole = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < perRun; i++) {
                boolean slicedFirst = (r + i) % 2 == 0;
                Sample first = (slicedFirst ? sliced : whole).send(http);
                Sample second = (slicedFirst ? whole : sliced).send(http);
                fromSliced.add(slicedFirst ? first : second);
                fromWhole.add(slicedFirst ? second : first);
            }
        }
        return new Row(sliced.name, a.bytes, fromSliced.size(), medianWall(fromSliced), medianWall(fromWhole), meanCpu(fromSliced),
                meanCpu(fromWhole));
    }

    private static double medianWall(List<Sample> samples) {
        return BenchFiles.medianAndP99(samples.stream().map(s -> s.wallNanos / 1e6).toList())[0];
    }

    /** The mean, not the median: the process's CPU time moves in steps of 10 ms here, longer than a small answer takes. */
    private static double meanCpu(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::cpuNanos).sum() / 1e6 / samples.size();
    }

    /**
     * PactGraph's server as {@code pactgraph serve} assembles it, on a free port, without the
     * anonymous row cap and with a timeout of 10 minutes, so that the answer of every quad is
     * whole; {@code sliced} false times each write whole.
     */
    private static PactServer server(DatasetGraph dsg, Path queries, boolean sliced) {
        ServerSettings s = new ServerSettings("127.0.0.1", 0).withAnonymousRowLimit(0).withTimeout(BENCH_TIMEOUT).withQueries(queries);
        PactServer.Builder builder = ServerAssembly.of(s, SecurityModule.of(s), dsg, LinkedDataSettings.defaults());
        return (sliced ? builder : builder.writingAnswersWhole()).start();
    }

    private static Fetch dump(PactServer server, boolean gzip) {
        String file = DumpNames.allFile(ExportFormat.NQ, false);
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/dumps/" + file)).GET();
        return new Fetch("dump " + file + (gzip ? ", gzip" : ", plain"), gzip, get);
    }

    private static Fetch everyQuad(PactServer server, boolean gzip) {
        return new Fetch("SPARQL JSON, every quad" + (gzip ? ", gzip" : ", plain"), gzip, query(server, EVERY_QUAD));
    }

    private static Fetch catalogue(PactServer server, String query) {
        return new Fetch("catalogue " + SMALL_QUERY + ", plain", false, query(server, query));
    }

    private static HttpRequest.Builder query(PactServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    /** One request, plain or asking for gzip, that can be sent to either server. */
    private record Fetch(String name, boolean gzip, HttpRequest.Builder request) {
        /** The same request to the other server. */
        Fetch at(PactServer other) {
            URI moved = URI.create(other.baseUrl() + request.build().uri().getRawPath());
            return new Fetch(name, gzip, request.copy().uri(moved));
        }

        /** Sends it and reads the whole answer: its bytes, wall and CPU time; fails unless 200, and gzipped when asked. */
        Sample send(HttpClient http) {
            long wall = System.nanoTime();
            long cpu = processCpuNanos();
            try {
                HttpRequest.Builder r = request.copy();
                if (gzip) r.header("Accept-Encoding", "gzip");
                HttpResponse<InputStream> response = http.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                try (InputStream in = response.body()) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) >= 0; ) bytes += n;
                }
                if (response.statusCode() != 200) throw new IllegalStateException(name + " was answered " + response.statusCode());
                boolean gzipped = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
                if (gzipped != gzip) throw new IllegalStateException(name + " was answered " + (gzipped ? "gzipped" : "not gzipped"));
                return new Sample(bytes, System.nanoTime() - wall, processCpuNanos() - cpu);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record Sample(long bytes, long wallNanos, long cpuNanos) {}

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String catalogueQuery(Path queries) {
        try {
            return Files.readString(queries.resolve(SMALL_QUERY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
