package org.pactgraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.server.assembly.ServerAssembly;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.Folders;
import org.pactgraph.store.TdbStore;

/**
 * Latency of the {@code queries/} catalogue over HTTP: PactGraph's server, with every module
 * that {@code pactgraph serve} adds, against a plain Fuseki ({@code FusekiServer} of
 * jena-fuseki-main with no module) serving the same TDB2 generation, opened once in this JVM.
 * Both servers run at once over the one dataset; each query of each round goes to both in turn,
 * the first alternating from round to round, so that load from elsewhere on the machine, the
 * collector and the caches weigh on both alike. Each request is a form POST asking for SPARQL
 * JSON, timed until the whole answer is read.
 * PactGraph's row cap for anonymous queries is turned off and its timeout raised, so that both
 * servers do the same, whole work.
 * Each corpus is a generated one with the project's own data beside it, so that the queries that
 * name resources of the reference data have answers while they search the whole store; the
 * first round checks that both servers give as many rows for each query.
 */
public final class QueryBenchmark {
    private static final Duration BENCH_TIMEOUT = Duration.ofMinutes(10);

    /** The settings: measured rounds of the catalogue, after warm-up rounds. */
    public record Settings(int rounds, int warmUp) {}

    /** One corpus size: each server's median and 99th percentile over every query of every measured round, in ms. */
    public record Row(int documents, long triples, int queries, long answerRows, int samples, double pactgraphMedian, double pactgraphP99,
                      double fusekiMedian, double fusekiP99) {
        public double medianRatio() {
            return pactgraphMedian / fusekiMedian;
        }

        public double p99Ratio() {
            return pactgraphP99 / fusekiP99;
        }
    }

    /** Loads each corpus size with the project's data (not timed) and measures the catalogue against it. */
    public List<Row> run(Path ontology, Path projectData, Path queries, List<Integer> sizes, long seed, Settings settings) {
        List<String> catalogue = catalogue(queries);
        List<Row> rows = new ArrayList<>();
        try (BenchFiles files = new BenchFiles(ontology)) {
            for (int n : sizes) {
                LoadSettings s = files.settings(files.withProjectData(files.corpus(n, seed), projectData), "store-" + n);
                long triples = BenchFiles.load(s).totalTriples();
                rows.add(measure(n, triples, TdbStore.at(s.storeDir()), catalogue, queries, settings));
                Folders.deleteQuietly(s.storeDir());
            }
        }
        return rows;
    }

    private static Row measure(int n, long triples, TdbStore store, List<String> catalogue, Path queries, Settings settings) {
        DatasetGraph dsg = store.open();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> pactgraph = new ArrayList<>();
        List<Double> fuseki = new ArrayList<>();
        long answerRows = 0;
        // Both servers run at once on the one dataset (TDB2 allows one JVM per store, not one server).
        FusekiServer plain = FusekiServer.create().port(0).loopback(true).add(ServerSettings.DATASET, dsg, false).build().start();
        try (PactServer server = pactServer(dsg, queries)) {
            String a = server.sparqlUrl();
            String b = "http://127.0.0.1:" + plain.getHttpPort() + ServerSettings.DATASET + "/sparql";
            for (int r = 0; r < settings.warmUp() + settings.rounds(); r++) {
                boolean measured = r >= settings.warmUp();
                for (String query : catalogue) {
                    // Each query goes to both, in turn; which one first alternates by round.
                    boolean pactgraphFirst = r % 2 == 0;
                    Answer first = ask(http, pactgraphFirst ? a : b, query);
                    Answer second = ask(http, pactgraphFirst ? b : a, query);
                    if (r == 0) {
                        long x = first.rows();
                        long y = second.rows();
                        if (x != y) throw new IllegalStateException("The two servers gave " + x + " and " + y + " rows to " + query);
                        answerRows += x;
                    }
                    if (measured) {
                        pactgraph.add(pactgraphFirst ? first.millis() : second.millis());
                        fuseki.add(pactgraphFirst ? second.millis() : first.millis());
                    }
                }
            }
        } finally {
            plain.stop();
            TdbStore.close(dsg);
        }
        double[] a = BenchFiles.medianAndP99(pactgraph);
        double[] b = BenchFiles.medianAndP99(fuseki);
        return new Row(n, triples, catalogue.size(), answerRows, pactgraph.size(), a[0], a[1], b[0], b[1]);
    }

    /**
     * PactGraph's server as {@code pactgraph serve} assembles it, on a free port, without the
     * anonymous row cap, and with a timeout of 10 minutes instead of 30 s: the timeout goes into
     * the dataset's context, which both servers share, and at 10^5 documents the largest
     * catalogue answers take about 30 s, so that both servers would cut them short mid-answer.
     */
    private static PactServer pactServer(DatasetGraph dsg, Path queries) {
        ServerSettings s = new ServerSettings("127.0.0.1", 0).withAnonymousRowLimit(0).withTimeout(BENCH_TIMEOUT).withQueries(queries);
        return ServerAssembly.of(s, SecurityModule.of(s), dsg, LinkedDataSettings.defaults()).start();
    }

    /** The time until the whole answer was read, and the answer. */
    private record Answer(double millis, byte[] body) {
        long rows() {
            return ResultSetFormatter.consume(ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        }
    }

    private static Answer ask(HttpClient http, String url, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + " to " + query);
            }
            return new Answer(millis, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of every {@code .rq} file of the folder, in name order. */
    static List<String> catalogue(Path queries) {
        try (Stream<Path> files = Files.list(queries)) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path p : rq) out.add(Files.readString(p));
            if (out.isEmpty()) throw new IllegalArgumentException("No .rq files in " + queries);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
