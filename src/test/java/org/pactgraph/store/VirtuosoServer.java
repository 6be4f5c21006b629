package org.pactgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * A Virtuoso Open Source server for tests: Debian's {@code virtuoso-t} in the foreground, on
 * loopback, on free ports, with its own database folder and ini file, and anonymous SPARQL
 * update and Graph Store Protocol rights. {@link #close()} stops it and removes its folder.
 */
final class VirtuosoServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");

    private final Path dir;
    private final Process process;
    private final int httpPort;

    private VirtuosoServer(Path dir, Process process, int httpPort) {
        this.dir = dir;
        this.process = process;
        this.httpPort = httpPort;
    }

    /** Starts a server and waits until its SPARQL endpoint answers; fails clearly when Virtuoso is not installed. */
    static VirtuosoServer start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(ISQL)) {
            throw new AssertionError(BINARY + " or " + ISQL + " is missing: ./pactgraph test installs Debian's virtuoso-opensource"
                    + " for this test - run 'apt-get install --no-install-recommends virtuoso-opensource'");
        }
        Path dir = org.pactgraph.TestData.scratchFolder("pactgraph-virtuoso-");
        int sqlPort = freePort();
        int httpPort = freePort();
        String ini = Files.readString(Path.of("src/test/resources/store/virtuoso.ini"), StandardCharsets.UTF_8)
                .replace("@DIR@", dir.toString())
                .replace("@SQL_PORT@", Integer.toString(sqlPort))
                .replace("@HTTP_PORT@", Integer.toString(httpPort));
        Files.writeString(dir.resolve("virtuoso.ini"), ini);
        Process p = new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", dir.resolve("virtuoso.ini").toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile())
                .start();
        VirtuosoServer server = new VirtuosoServer(dir, p, httpPort);
        try {
            server.awaitReady();
            server.isql(sqlPort, "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);");
            return server;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
    }

    /** The SPARQL query and update endpoint. */
    String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The Graph Store Protocol endpoint (Virtuoso's own path for it). */
    String gspUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud";
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparqlUrl() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("virtuoso-t stopped while starting: " + log());
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Virtuoso did not answer at " + sparqlUrl() + " within 60 s: " + log());
    }

    private void isql(int sqlPort, String statements) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("Error")) {
            throw new AssertionError("isql-vt failed: " + out);
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("console.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 20 s) and removes its folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
