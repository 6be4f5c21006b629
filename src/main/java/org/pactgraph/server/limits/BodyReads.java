package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.pactgraph.server.ServerSettings;

/**
 * Bounds what reading request bodies may hold. A blocking servlet read holds a thread for as long
 * as the client takes to send, so a body is read only in one of {@link #total} places, at most
 * {@link #perAddress} of them per client address; a body that finds none is refused at once with
 * 503 and {@code Retry-After}, unread. A place is held until the body is read: whole, into memory,
 * for a query, an update or anything else that is not RDF (at most the size limit plus one byte,
 * so that {@link RequestSizeLimit} can refuse it), as it streams for RDF sent to the Graph Store.
 * Every body has a deadline from when its reading starts: {@link #deadline} for a small one,
 * {@link #rdfDeadline} for RDF; past it the request is answered 408 with a one-line reason. A
 * read that gets no byte at all ends at the connection's idle timeout, so a body can hold a place
 * at most its deadline plus that timeout. A form is read the same way, whole and within the
 * deadline, and handed to Jetty to parse ({@link HeldForm}): Jetty's own reading of a form from the
 * connection had no deadline, so a form sent a byte every few seconds held its place for hours.
 */
final class BodyReads implements Filter {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final int perAddress;
    private final Semaphore total;
    private final int totalPlaces;
    private final Duration deadline;
    private final Duration rdfDeadline;
    private final ConcurrentHashMap<String, Integer> reading = new ConcurrentHashMap<>();

    BodyReads(int perAddress, int total, Duration deadline, Duration rdfDeadline) {
        this.perAddress = perAddress;
        this.totalPlaces = total;
        this.total = new Semaphore(total);
        this.deadline = deadline;
        this.rdfDeadline = rdfDeadline;
    }

    /** A body that took longer than its deadline to arrive. */
    static final class TooSlow extends IOException {
        TooSlow(Duration deadline) {
            super("The request body did not arrive within " + deadline.toSeconds() + " s; send it faster, or send a smaller one");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (!hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        if (!take(address)) {
            refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: this client already sends "
                    + perAddress + " request bodies, or all " + totalPlaces + " places for reading bodies are taken."
                    + " Try again in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        boolean held = true;
        try {
            String type = RequestSizeLimit.typeOf(request);
            if (type.startsWith("application/x-www-form-urlencoded")) {
                if (request.getContentLengthLong() > ServerSettings.MAX_REQUEST_BYTES || request.getContentLengthLong() < 0) {
                    // Refused unread by RequestSizeLimit: too long, or no length (411).
                    chain.doFilter(request, response);
                    return;
                }
                // Read in the place, within the deadline, and handed to Jetty as the form it parses,
                // so that the servlets (and the wrappers that rewrite their parameters) get the
                // fields as if Jetty had read the connection; Jetty's own read has no deadline.
                byte[] body = new Deadline(request.getInputStream(), deadline).readNBytes((int) ServerSettings.MAX_REQUEST_BYTES);
                give(address);
                held = false;
                HeldForm.give(request, body);
                chain.doFilter(request, response);
            } else if (RequestSizeLimit.isRdf(type)) {
                InputStream body = new Deadline(request.getInputStream(), rdfDeadline);
                chain.doFilter(new ReplacedBody(http, body, request.getContentLengthLong()), response);
            } else {
                long limit = RequestSizeLimit.limitFor(type);
                if (request.getContentLengthLong() > limit) {
                    // Refused unread by RequestSizeLimit, which drops the body in this place.
                    chain.doFilter(request, response);
                    return;
                }
                InputStream in = new Deadline(request.getInputStream(), deadline);
                byte[] body = in.readNBytes((int) limit + 1);
                if (body.length > limit) RequestSizeLimit.discard(in); // refused next: its sender must get to read why
                give(address);
                held = false;
                chain.doFilter(new HeldBody(http, body), response);
            }
        } catch (TooSlow e) {
            refuse(out, HttpServletResponse.SC_REQUEST_TIMEOUT, e.getMessage() + ".");
        } finally {
            if (held) give(address);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private boolean take(String address) {
        if (!total.tryAcquire()) return false;
        boolean[] taken = {false};
        reading.compute(address, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perAddress) return n;
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) total.release();
        return taken[0];
    }

    private void give(String address) {
        reading.computeIfPresent(address, (k, n) -> n == 1 ? null : n - 1);
        total.release();
    }

    private static void refuse(HttpServletResponse r, int status, String why) throws IOException {
        if (r.isCommitted()) return;
        r.reset();
        r.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) r.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        r.setHeader("Connection", "close"); // the rest of the body is not read
        r.setContentType("text/plain;charset=utf-8");
        r.getOutputStream().write((why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A body stream that fails with {@link TooSlow} once a read returns after the deadline. */
    private static final class Deadline extends FilterInputStream {
        private final Duration limit;
        private final long end;

        Deadline(InputStream in, Duration limit) {
            super(in);
            this.limit = limit;
            this.end = System.nanoTime() + limit.toNanos();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            check();
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            check();
            return n;
        }

        private void check() throws TooSlow {
            if (System.nanoTime() > end) throw new TooSlow(limit);
        }
    }
}
