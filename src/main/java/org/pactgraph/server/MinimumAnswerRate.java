package org.pactgraph.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Cuts the connection of a client that reads an answer too slowly: each write of n bytes must be
 * taken by the client within n / {@link #bytesPerSecond} seconds, and never less than
 * {@link #least}; past it the connection is closed, which fails the write through Jetty's own
 * path. So a client reading a trickle (a byte now and then keeps the idle timeout from firing)
 * holds its thread and buffers for a bounded time. A write larger than a {@link #sliceBytes
 * slice}, what the rate takes in {@link #least}, goes out a slice at a time, each slice timed on
 * its own: Fuseki hands over up to its 5 MiB output buffer in one write, and timed whole that
 * gave a client 85 minutes before its slowness counted, whatever it read meanwhile. Sliced, a
 * client reading under the rate is cut within one slice's time, while one keeping to it is never
 * cut: the answer's time stays its bytes at the rate, not capped, so a large dump read slowly but
 * steadily still arrives.
 *
 * <p>It replaces Jetty's {@code MinimumDataRateHandler} (12.1), which had two faults. It
 * measured the bytes the whole server had written against one answer's time, and only when a
 * write began, so it cut almost no one: never a client that stopped reading within a write. And
 * until the server's first bytes were counted it gave the last write of an answer n / rate (3 ms
 * for 3 bytes) and, when that passed, failed the write's callback while the write went on: the
 * answer's buffer went back to the pool under the write, and on a busy machine a fresh server's
 * first small answer left with its head and no body ({@code Content-Length: 3}, then nothing
 * until the idle timeout) or with {@code Content-Length: 0}. Here nothing is failed beside the
 * write: the connection is closed, and the buffer comes back when Jetty's write has ended; and
 * the time given is never under {@link #least}, so a thread paused on a busy machine does not
 * cut an answer.
 */
final class MinimumAnswerRate extends Handler.Wrapper {
    private final long bytesPerSecond;
    private final Duration least;
    private final boolean sliced;

    /** Answers written to {@code handler}'s clients must be read at {@code bytesPerSecond}, each write given at least {@code least}. */
    MinimumAnswerRate(Handler handler, long bytesPerSecond, Duration least) {
        this(handler, bytesPerSecond, least, true);
    }

    /**
     * As above; with {@code sliced} false each write is timed whole however large, as before
     * writes were sliced: only for the answers benchmark's baseline.
     */
    MinimumAnswerRate(Handler handler, long bytesPerSecond, Duration least, boolean sliced) {
        super(handler);
        this.bytesPerSecond = bytesPerSecond;
        this.least = least;
        this.sliced = sliced;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Timed(request, response), callback);
    }

    /** The most bytes written at once: what the rate takes in the least time a write is given (no limit when not sliced). */
    int sliceBytes() {
        if (!sliced) return Integer.MAX_VALUE;
        return (int) Math.min(Integer.MAX_VALUE, bytesPerSecond * least.toSeconds());
    }

    /** The nanoseconds a write of {@code bytes} is given. */
    long allowedNanos(int bytes) {
        return Math.max(least.toNanos(), bytes * 1_000_000_000L / bytesPerSecond);
    }

    /** An answer whose writes each close the connection when the client has not taken them in time. */
    private final class Timed extends Response.Wrapper {
        Timed(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            int bytes = content == null ? 0 : content.remaining();
            if (bytes <= sliceBytes()) {
                timed(last, content, callback);
                return;
            }
            // A last write of an answer not yet sent is given its length, as Jetty gives it to one written whole.
            if (last && !isCommitted() && !getHeaders().contains(HttpHeader.CONTENT_LENGTH)) {
                getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes);
            }
            new Slices(last, content, callback).iterate();
        }

        /** Writes the bytes, closing the connection when the client has not taken them in their time. */
        private void timed(boolean last, ByteBuffer content, Callback callback) {
            int bytes = content == null ? 0 : content.remaining();
            if (bytes == 0) {
                super.write(last, content, callback);
                return;
            }
            EndPoint connection = getRequest().getConnectionMetaData().getConnection().getEndPoint();
            long nanos = allowedNanos(bytes);
            Scheduler.Task cut = getRequest().getComponents().getScheduler().schedule(() -> connection.close(new TimeoutException(
                    "The client took more than " + nanos / 1_000_000 + " ms to read " + bytes + " bytes of the answer (under "
                    + bytesPerSecond + " bytes/s)")), nanos, TimeUnit.NANOSECONDS);
            super.write(last, content, Callback.from(cut::cancel, callback));
        }

        /** One write going out a slice at a time, each slice written when the one before has been taken. */
        private final class Slices extends IteratingCallback {
            private final boolean last;
            private final ByteBuffer content;
            private final Callback written;

            Slices(boolean last, ByteBuffer content, Callback written) {
                this.last = last;
                this.content = content;
                this.written = written;
            }

            @Override
            protected Action process() {
                if (!content.hasRemaining()) return Action.SUCCEEDED;
                int n = Math.min(sliceBytes(), content.remaining());
                ByteBuffer slice = content.slice(content.position(), n);
                // The write's buffer is consumed as the whole write would have consumed it; its bytes stay until the caller is called back.
                content.position(content.position() + n);
                timed(last && !content.hasRemaining(), slice, this);
                return Action.SCHEDULED;
            }

            @Override
            protected void onCompleteSuccess() {
                written.succeeded();
            }

            @Override
            protected void onCompleteFailure(Throwable cause) {
                written.failed(cause);
            }

            @Override
            public InvocationType getInvocationType() {
                return written.getInvocationType();
            }
        }
    }
}
