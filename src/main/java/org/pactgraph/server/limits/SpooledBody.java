package org.pactgraph.server.limits;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A writer's RDF body received whole in its body place ({@link BodyReads}) before the request goes
 * on, so that the write's turn is taken only once the body is here: streamed into Fuseki, a
 * body arriving at the minimum rate held the store's one write at a time for up to its 120 s
 * deadline. Memory stays bounded: the first {@value #IN_MEMORY_BYTES} bytes are kept in memory,
 * the rest goes to a temporary file, deleted when the request is done ({@link #close}) or the process ends. At most
 * the limit plus one byte is received, so that {@link RequestSizeLimit} can refuse a longer body. The file's bytes
 * are taken from what all bodies may hold on disk ({@link SpoolSpace}) as they are written, and given back on close.
 */
final class SpooledBody implements AutoCloseable {
    /** The bytes of a body kept in memory; a longer one goes on in a temporary file. */
    static final int IN_MEMORY_BYTES = 64 * 1024;

    private final byte[] head;
    private final FileChannel rest;
    private final long length;
    private final SpoolSpace space;
    private final String client;

    private SpooledBody(byte[] head, FileChannel rest, long length, SpoolSpace space, String client) {
        this.head = head;
        this.rest = rest;
        this.length = length;
        this.space = space;
        this.client = client;
    }

    /**
     * Receives up to {@code limit + 1} bytes of the body; its reads fail as the body's rules say ({@link TimedBody}), and
     * it fails with {@link SpoolSpace.Full}, its file deleted, when its next bytes would pass what the bodies, or its client's,
     * may hold on disk.
     */
    static SpooledBody receive(InputStream body, long limit, SpoolSpace space, String client) throws IOException {
        byte[] head = body.readNBytes((int) Math.min(IN_MEMORY_BYTES, limit + 1));
        if (head.length < IN_MEMORY_BYTES || head.length > limit) return new SpooledBody(head, null, head.length, space, client);
        // Named only until it is opened: on Unix DELETE_ON_CLOSE removes the name at once, so a server killed while bodies
        // arrive leaves nothing behind (a named file was left in the temporary folder, up to 64 MiB each, for good).
        FileChannel file = FileChannel.open(Files.createTempFile("pactgraph-body-", ".part"), StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        long[] written = {0};
        try {
            copy(body, Channels.newOutputStream(file), limit + 1 - head.length, space, client, written);
            file.position(0);
            return new SpooledBody(head, file, head.length + written[0], space, client);
        } catch (IOException | RuntimeException e) {
            file.close();
            space.give(client, written[0]);
            throw e;
        }
    }

    /** Copies up to {@code most} bytes, each read's room taken before it is written; {@code written} counts the room taken. */
    private static void copy(InputStream in, OutputStream out, long most, SpoolSpace space, String client, long[] written)
            throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (int n; written[0] < most && (n = in.read(buffer, 0, (int) Math.min(buffer.length, most - written[0]))) > 0; ) {
            space.take(client, n);
            written[0] += n;
            out.write(buffer, 0, n);
        }
    }

    /** The bytes received: the body's length, or the limit plus one for a body longer than the limit. */
    long length() {
        return length;
    }

    /** The request with the received body as its body, and its length as its Content-Length. */
    HttpServletRequest as(HttpServletRequest request) throws IOException {
        return new Received(request, this);
    }

    /** The received bytes from the first, anew each time; one stream at a time is read. */
    InputStream open() throws IOException {
        InputStream first = new ByteArrayInputStream(head);
        if (rest == null) return first;
        rest.position(0);
        // Closing a stream read from the file must not close it: the next stream opened would find it closed.
        InputStream file = new FilterInputStream(Channels.newInputStream(rest)) {
            @Override
            public void close() {
                // closed by SpooledBody.close, when the request is done
            }
        };
        return new SequenceInputStream(first, file);
    }

    /** The received body of a request, found through any wrappers around it. */
    static Optional<SpooledBody> in(ServletRequest request) {
        for (ServletRequest r = request; r != null; r = r instanceof ServletRequestWrapper w ? w.getRequest() : null) {
            if (r instanceof Received received) return Optional.of(received.body);
        }
        return Optional.empty();
    }

    /** A request whose body has been received whole. */
    private static final class Received extends ReplacedBody {
        private final SpooledBody body;

        Received(HttpServletRequest request, SpooledBody body) throws IOException {
            super(request, body.open(), body.length);
            this.body = body;
        }
    }

    /** Closes the temporary file, if any, which deletes it, and gives its room back. */
    @Override
    public void close() throws IOException {
        if (rest == null || !rest.isOpen()) return;
        try {
            rest.close();
        } finally {
            space.give(client, length - head.length);
        }
    }
}
