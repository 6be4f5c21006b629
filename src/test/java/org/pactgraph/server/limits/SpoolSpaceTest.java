package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * Writers' bodies received whole before their write's turn hold at most the server's spool limit
 * on disk, all together, and one client address at most a quarter of it ({@link SpoolSpace}): a
 * body whose bytes would pass either is refused at once, 503 with {@code Retry-After} and one line
 * naming the bound, its file deleted; the room comes back when a body's file is closed, whether it
 * was written or its upload was cut. Before, every body being received or waiting for the turn
 * kept its temporary file, up to 64 MiB each, whatever the disk had free; and then the bodies of
 * three addresses could take the whole limit, every other writer's upload past 64 KiB refused.
 */
class SpoolSpaceTest {
    private static final int KIB = 1024;
    private static final long LIMIT = 1024 * KIB;
    /** Each body: 64 KiB in memory, 240 KiB on disk, within one address's share (a quarter of the limit: 256 KiB). */
    private static final int BODY = 304 * KIB;
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withSpoolBytes(LIMIT).withAuthFile(RunningServer.usersFile(RunningServer.WRITER, "write", RunningServer.WRITER_PASSWORD))));

    @Test
    void bodiesPastTheSpoolLimitAreRefusedAndTheirRoomComesBack() throws Exception {
        byte[] body = turtle(BODY);
        int held = 232 * KIB; // on disk, by each of four addresses: 928 KiB, and the next body's 240 KiB do not fit beside them
        List<Socket> holders = new ArrayList<>();
        try {
            for (String from : List.of("127.0.0.80", "127.0.0.85", "127.0.0.86", "127.0.0.87")) holders.add(holding(from, body, held));
            waitForSpooled(4L * held);

            String refused = trickled("127.0.0.81", "refused", body);
            assertTrue(refused.startsWith("HTTP/1.1 503") && refused.contains("Retry-After: " + BodyReads.RETRY_AFTER_SECONDS)
                    && refused.contains("text/plain") && refused.contains("the spool limit of " + LIMIT + " bytes"), refused);
            assertEquals(4L * held, spooledBytes(), "the refused body's file is gone, the holders' kept");

            for (Socket holder : holders) holder.getOutputStream().write(body, SpooledBody.IN_MEMORY_BYTES + held,
                    BODY - SpooledBody.IN_MEMORY_BYTES - held);
            for (Socket holder : holders) assertWritten(LoopbackSockets.answerWithin(holder, 10_000));
        } finally {
            for (Socket holder : holders) holder.close();
        }
        waitForSpooled(0);
        assertWritten(whole("127.0.0.82", "after-the-holders", body));

        try (Socket cut = holding("127.0.0.83", body, held)) {
            waitForSpooled(held);
        } // closed mid-body
        waitForSpooled(0);
        assertWritten(whole("127.0.0.84", "after-the-cut", body));
    }

    @Test
    void oneAddressPastItsShareIsRefusedWhileAnothersUploadIsWritten() throws Exception {
        byte[] body = turtle(BODY);
        int held = 200 * KIB; // on disk: a second body of the same address passes its share of 256 KiB after 56 KiB
        try (Socket holder = holding("127.0.0.90", body, held)) {
            waitForSpooled(held);

            String refused = trickled("127.0.0.90", "past-its-share", body);
            assertTrue(refused.startsWith("HTTP/1.1 503") && refused.contains("Retry-After: " + BodyReads.RETRY_AFTER_SECONDS)
                    && refused.contains("text/plain") && refused.contains("would pass its share of " + LIMIT / 4
                    + " bytes (a quarter of the spool limit of " + LIMIT + " bytes"), refused);
            assertEquals(held, spooledBytes(), "the refused body's file is gone, the holder's kept");

            assertWritten(whole("127.0.0.91", "another-address", body));

            holder.getOutputStream().write(body, SpooledBody.IN_MEMORY_BYTES + held, BODY - SpooledBody.IN_MEMORY_BYTES - held);
            assertWritten(LoopbackSockets.answerWithin(holder, 10_000));
        }
        waitForSpooled(0);
    }

    /** A connection from the address whose PUT of the body has sent its first 64 KiB and {@code onDisk} more, and waits. */
    private static Socket holding(String from, byte[] body, int onDisk) throws IOException {
        Socket s = LoopbackSockets.connect(from, server.baseUrl());
        s.getOutputStream().write(put("held-from-" + from, body.length));
        s.getOutputStream().write(body, 0, SpooledBody.IN_MEMORY_BYTES + onDisk);
        return s;
    }

    /** Sends the body 16 KiB at a time, reading between pieces: what was answered (nothing sent after the answer). */
    private static String trickled(String from, String graph, byte[] body) throws IOException, InterruptedException {
        try (Socket s = LoopbackSockets.connect(from, server.baseUrl())) {
            s.getOutputStream().write(put(graph, body.length));
            for (int sent = 0; sent < body.length; sent += 16 * 1024) {
                s.getOutputStream().write(body, sent, Math.min(16 * 1024, body.length - sent));
                String answer = LoopbackSockets.answerWithin(s, 100);
                if (!answer.isEmpty()) return answer;
            }
            return LoopbackSockets.answerWithin(s, 5_000);
        }
    }

    private static String whole(String from, String graph, byte[] body) throws IOException {
        try (Socket s = LoopbackSockets.connect(from, server.baseUrl())) {
            s.getOutputStream().write(put(graph, body.length));
            s.getOutputStream().write(body);
            return LoopbackSockets.answerWithin(s, 10_000);
        }
    }

    private static void assertWritten(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 201") || answer.startsWith("HTTP/1.1 200"), answer);
    }

    /** Turtle of the length: one triple after a comment. */
    static byte[] turtle(int length) {
        String triple = "<https://example.org/s> <https://example.org/p> \"spooled\" .\n";
        return ("#" + "x".repeat(length - triple.length() - 2) + "\n" + triple).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] put(String graph, int length) {
        String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return ("PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + graph) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits up to 5 s for the bodies' temporary files (of this process, the server's) to hold the bytes. */
    static void waitForSpooled(long bytes) throws IOException, InterruptedException {
        for (long end = System.nanoTime() + 5_000_000_000L; spooledBytes() != bytes && System.nanoTime() < end; ) Thread.sleep(20);
        assertEquals(bytes, spooledBytes(), "bytes in the bodies' temporary files");
    }

    private static long spooledBytes() throws IOException {
        long bytes = 0;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).toString().contains("/pactgraph-body-")) bytes += Files.size(fd);
                } catch (IOException closedMeanwhile) {
                    // not a file, or closed since it was listed
                }
            }
        }
        return bytes;
    }
}
