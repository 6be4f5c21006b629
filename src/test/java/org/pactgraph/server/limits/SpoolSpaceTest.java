package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * Writers' bodies received whole before their write's turn hold at most the server's spool limit
 * on disk, all together ({@link SpoolSpace}): a body whose bytes would pass it is refused at once,
 * 503 with {@code Retry-After} and one line naming the limit, its file deleted; the room comes back
 * when a body's file is closed, whether it was written or its upload was cut. Before, every body
 * being received or waiting for the turn kept its temporary file, up to 64 MiB each, whatever the
 * disk had free.
 */
class SpoolSpaceTest {
    private static final long LIMIT = 256 * 1024;
    /** Each body: 64 KiB in memory, 176 KiB on disk, so two pass the limit and one does not. */
    private static final int BODY = 240 * 1024;
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(RunningServer.loopback()
            .withSpoolBytes(LIMIT).withAuthFile(RunningServer.usersFile(RunningServer.WRITER, "write", RunningServer.WRITER_PASSWORD))));

    @Test
    void bodiesPastTheSpoolLimitAreRefusedAndTheirRoomComesBack() throws Exception {
        byte[] body = turtle(BODY);
        int first = 200 * 1024; // 136 KiB of it on disk: the second body's 176 KiB do not fit beside it
        try (Socket holder = LoopbackSockets.connect("127.0.0.80", server.baseUrl())) {
            holder.getOutputStream().write(put("holder", BODY));
            holder.getOutputStream().write(body, 0, first);
            waitForSpooled(first - SpooledBody.IN_MEMORY_BYTES);

            String refused = trickled("127.0.0.81", "refused", body);
            assertTrue(refused.startsWith("HTTP/1.1 503") && refused.contains("Retry-After: " + BodyReads.RETRY_AFTER_SECONDS)
                    && refused.contains("text/plain") && refused.contains("the spool limit of " + LIMIT + " bytes"), refused);
            assertEquals(first - SpooledBody.IN_MEMORY_BYTES, spooledBytes(), "the refused body's file is gone, the holder's kept");

            holder.getOutputStream().write(body, first, BODY - first);
            assertWritten(LoopbackSockets.answerWithin(holder, 10_000));
        }
        waitForSpooled(0);
        assertWritten(whole("127.0.0.82", "after-the-holder", body));

        try (Socket cut = LoopbackSockets.connect("127.0.0.83", server.baseUrl())) {
            cut.getOutputStream().write(put("cut", BODY));
            cut.getOutputStream().write(body, 0, first);
            waitForSpooled(first - SpooledBody.IN_MEMORY_BYTES);
        } // closed mid-body
        waitForSpooled(0);
        assertWritten(whole("127.0.0.84", "after-the-cut", body));
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
    private static byte[] turtle(int length) {
        String triple = "<https://example.org/s> <https://example.org/p> \"spooled\" .\n";
        return ("#" + "x".repeat(length - triple.length() - 2) + "\n" + triple).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] put(String graph, int length) {
        String credentials = Base64.getEncoder().encodeToString((RunningServer.WRITER + ":" + RunningServer.WRITER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return ("PUT /pactgraph/data?graph=" + RunningServer.encode(WriteScope.USER_GRAPH_BASE + graph) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: text/turtle\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits up to 5 s for the bodies' temporary files (of this process, the server's) to hold the bytes. */
    private static void waitForSpooled(long bytes) throws IOException, InterruptedException {
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
