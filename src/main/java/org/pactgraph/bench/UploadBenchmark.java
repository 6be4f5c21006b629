package org.pactgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.http.HttpModule;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.security.PasswordFile;
import org.pactgraph.server.security.PasswordHash;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.server.security.WriteScope;
import org.pactgraph.store.Folders;

/**
 * A writer's upload of Turtle received whole before its write (to a temporary file past 64 KiB),
 * sent at once and sent in 1-byte chunks, to two servers in this process side by side: one
 * reading the temporary folder's free space once per 64 KiB taken or 50 ms, as served, and one
 * reading it for every read of the body, as before. The rounds alternate between the servers and
 * the two ways of sending; each figure is the median, in wall time and in this process's CPU time
 * (client, server and the password check each request pays, the same for all four).
 */
public final class UploadBenchmark {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-upload-1";

    /** One server and way of sending: medians in ms. */
    public record Row(String freeSpace, String sending, long wallMillis, long cpuMillis) { }

    /** The four rows: each server with its upload sent whole and in 1-byte chunks. */
    public List<Row> run(int bytes, int rounds) {
        Path folder = scratch();
        try {
            Path users = folder.resolve("users");
            PasswordFile.readOrEmpty(users).with(new PasswordFile.Account(USER, Role.WRITE, PasswordHash.hash(PASSWORD.toCharArray()))).write();
            ServerSettings settings = new ServerSettings("127.0.0.1", 0).withAuthFile(users);
            byte[] body = turtle(bytes);
            try (PactServer now = server(settings, false); PactServer before = server(settings, true)) {
                List<List<long[]>> samples = new ArrayList<>();
                for (int i = 0; i < 4; i++) samples.add(new ArrayList<>());
                upload(now, body, false); // warm-up of each path
                upload(now, body, true);
                upload(before, body, false);
                upload(before, body, true);
                for (int r = 0; r < rounds; r++) {
                    samples.get(0).add(upload(now, body, false));
                    samples.get(1).add(upload(now, body, true));
                    samples.get(2).add(upload(before, body, false));
                    samples.get(3).add(upload(before, body, true));
                }
                String kept = "once per 64 KiB or 50 ms", every = "for every body read (before)";
                return List.of(row(kept, "whole", samples.get(0)), row(kept, "1-byte chunks", samples.get(1)),
                        row(every, "whole", samples.get(2)), row(every, "1-byte chunks", samples.get(3)));
            }
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    private static PactServer server(ServerSettings settings, boolean freeSpaceForEveryRead) {
        var data = DatasetGraphFactory.createTxnMem();
        HttpModule http = new HttpModule(data);
        LimitsModule limits = new LimitsModule(settings);
        if (freeSpaceForEveryRead) limits.readingFreeSpaceForEveryBodyRead();
        return PactServer.builder(settings, data).module(http).module(SecurityModule.of(settings)).module(limits)
                .module(http.writesAfterTheirBodies()).start();
    }

    private static Row row(String freeSpace, String sending, List<long[]> samples) {
        return new Row(freeSpace, sending, median(samples, 0), median(samples, 1));
    }

    private static long median(List<long[]> samples, int column) {
        return samples.stream().mapToLong(s -> s[column]).sorted().skip(samples.size() / 2).findFirst().orElse(0);
    }

    /** One PUT of the body, whole with its length or in 1-byte chunks: wall and CPU ms; fails unless it was written. */
    private static long[] upload(PactServer server, byte[] body, boolean byteChunks) {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        URI base = URI.create(server.baseUrl());
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            s.setTcpNoDelay(true);
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head(body.length, byteChunks));
            if (byteChunks) {
                byte[] chunk = {'1', '\r', '\n', 0, '\r', '\n'};
                for (byte b : body) {
                    chunk[3] = b;
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(body);
            }
            out.flush();
            String answer = statusLine(s.getInputStream());
            if (!answer.startsWith("HTTP/1.1 20")) throw new IllegalStateException("The upload was not written: " + answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {(System.nanoTime() - wall) / 1_000_000, (processCpuNanos() - cpu) / 1_000_000};
    }

    private static byte[] head(int length, boolean chunked) {
        String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return ("PUT /pactgraph/data?graph=" + URLEncoder.encode(WriteScope.USER_GRAPH_BASE + "upload", StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + length) + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) line.append((char) c);
        return line.toString().strip();
    }

    /** Turtle of the length: one triple after a comment. */
    private static byte[] turtle(int length) {
        String triple = "<https://example.org/s> <https://example.org/p> \"uploaded\" .\n";
        return ("#" + "x".repeat(Math.max(0, length - triple.length() - 2)) + "\n" + triple).getBytes(StandardCharsets.US_ASCII);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("pactgraph-bench-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
