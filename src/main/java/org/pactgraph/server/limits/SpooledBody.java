package org.pactgraph.server.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer's RDF body received whole in its body place ({@link BodyReads}) before the request goes
 * on, so that the write's turn is taken only once the body is here: streamed into Fuseki, a
 * body arriving at the minimum rate held the store's one write at a time for up to its 120 s
 * deadline. Memory stays bounded: the first {@value #IN_MEMORY_BYTES} bytes are kept in memory,
 * the rest goes to a temporary file, deleted when the request is done ({@link #close}). At most
 * the limit plus one byte is received, so that {@link RequestSizeLimit} can refuse a longer body.
 */
final class SpooledBody implements AutoCloseable {
    /** The bytes of a body kept in memory; a longer one goes on in a temporary file. */
    static final int IN_MEMORY_BYTES = 64 * 1024;

    private final byte[] head;
    private final Path rest;
    private final long length;
    private InputStream fromDisk;

    private SpooledBody(byte[] head, Path rest, long length) {
        this.head = head;
        this.rest = rest;
        this.length = length;
    }

    /** Receives up to {@code limit + 1} bytes of the body; its reads fail as the body's rules say ({@link TimedBody}). */
    static SpooledBody receive(InputStream body, long limit) throws IOException {
        byte[] head = body.readNBytes((int) Math.min(IN_MEMORY_BYTES, limit + 1));
        if (head.length < IN_MEMORY_BYTES || head.length > limit) return new SpooledBody(head, null, head.length);
        Path file = Files.createTempFile("pactgraph-body-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            long rest = copy(body, out, limit + 1 - head.length);
            return new SpooledBody(head, file, head.length + rest);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static long copy(InputStream in, OutputStream out, long most) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long copied = 0;
        for (int n; copied < most && (n = in.read(buffer, 0, (int) Math.min(buffer.length, most - copied))) > 0; ) {
            out.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    /** The bytes received: the body's length, or the limit plus one for a body longer than the limit. */
    long length() {
        return length;
    }

    /** The request with the received body as its body, and its length as its Content-Length. */
    HttpServletRequest as(HttpServletRequest request) throws IOException {
        InputStream first = new ByteArrayInputStream(head);
        if (rest != null) fromDisk = Files.newInputStream(rest);
        return new ReplacedBody(request, rest == null ? first : new SequenceInputStream(first, fromDisk), length);
    }

    /** Deletes the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (rest == null) return;
        try {
            if (fromDisk != null) fromDisk.close();
        } finally {
            Files.deleteIfExists(rest);
        }
    }
}
