package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.pactgraph.server.http.ClientAddress;
import org.pactgraph.server.http.PlacesPerClient;
import org.pactgraph.server.http.PlainRefusal;
import org.pactgraph.server.security.Role;

/**
 * Bounds what reading request bodies may hold. A blocking servlet read holds a thread for as long
 * as the client takes to send, so a body is read only in one of {@link #total} places, at most
 * {@link #perAddress} of them per client ({@link ClientAddress}: an IPv4 address or an IPv6 /64). A place is held until the body is read: whole,
 * into memory, for a query, an update or anything else that is not RDF (at most the size limit
 * plus one byte, so that {@link RequestSizeLimit} can refuse it), whole too for RDF a writer
 * sends ({@link SpooledBody}, in memory and then a temporary file), so that a write's
 * turn, taken after these filters, is never held by a slow upload. Every body ({@link TimedBody}) has a deadline from when its reading starts,
 * {@link #deadline} for a small one, {@link #rdfDeadline} for RDF, which must also keep up with a
 * minimum rate after its first seconds, measured over its last few ({@link TimedBody#slow}); past either the request is answered 408 with a one-line reason. A read
 * that gets no byte at all ends at the connection's idle timeout.
 *
 * <p>Slow senders cannot keep every place: when a body finds them all taken, the body furthest
 * behind the minimum rate of those reading for at least {@link #CUT_AFTER} is cut (answered
 * 408) and its place given to the newcomer, which waits up to {@link #WAIT_FOR_CUT} for it; only
 * when no body has been reading that long is the newcomer refused at once with 503 and
 * {@code Retry-After}, unread. Before, 16 addresses sending bodies a byte at a time took all 64
 * places, and every other client's POST was refused for as long as they kept on.
 *
 * <p>Cutting ends one body at a time, and a sender that opens a new connection for each cut or
 * timed-out body kept its places: an address may therefore send only
 * {@link #SLOW_BODIES_PER_ADDRESS} body slowly (behind {@link TimedBody#MIN_BYTES_PER_SECOND} after
 * {@link #CUT_AFTER}) at a time, and a new body from it meanwhile is refused at once, 503 with
 * {@code Retry-After}, unread.
 *
 * <p>A form is read the same way, whole and within the deadline, and handed to Jetty to parse
 * ({@link HeldForm}): Jetty's own reading of a form from the connection had no deadline.
 */
final class BodyReads implements Filter {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** How long a body must have been reading before a newcomer may take its place. */
    static final Duration CUT_AFTER = Duration.ofSeconds(1);
    /** How long a newcomer waits for the place of the body cut for it. */
    static final Duration WAIT_FOR_CUT = Duration.ofSeconds(2);
    /** Bodies one client address may send slowly at once: past them, its new bodies are refused until one ends. */
    static final int SLOW_BODIES_PER_ADDRESS = 1;

    private final int perAddress;
    private final Semaphore total;
    private final int totalPlaces;
    private final Duration deadline;
    private final Duration rdfDeadline;
    private final SpoolSpace spool;
    /** The bodies each client address is sending. */
    private final PlacesPerClient reading;
    /** The bodies being read, each with its client's address. */
    private final ConcurrentHashMap<TimedBody, String> bodies = new ConcurrentHashMap<>();

    BodyReads(int perAddress, int total, Duration deadline, Duration rdfDeadline, SpoolSpace spool) {
        this.perAddress = perAddress;
        this.reading = new PlacesPerClient(perAddress);
        this.spool = spool;
        this.totalPlaces = total;
        this.total = new Semaphore(total);
        this.deadline = deadline;
        this.rdfDeadline = rdfDeadline;
        this.lateBodies = LATE_BODIES.scheduleWithFixedDelay(this::endLateReads, LATE_CHECK_MILLIS, LATE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** How often the bodies being read are looked at for a read that waits past their rules. */
    static final long LATE_CHECK_MILLIS = 250;
    /** One thread for every server of the process: it only looks at up to {@link LimitsModule#BODY_READS} bodies each time. */
    private static final ScheduledExecutorService LATE_BODIES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "late-request-bodies");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledFuture<?> lateBodies;

    /** Ends the reads that wait while their body is late: their deadline and rate hold even when no read returns. */
    private void endLateReads() {
        long now = System.nanoTime();
        for (TimedBody body : bodies.keySet()) body.endIfLate(now);
    }

    @Override
    public void destroy() {
        lateBodies.cancel(false);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (!hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        if (sendsSlowly(address)) {
            refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: this client already sends "
                    + SLOW_BODIES_PER_ADDRESS + " request body at under " + TimedBody.MIN_BYTES_PER_SECOND + " bytes/s, and no"
                    + " other until it ends. Send bodies faster. Try again in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        // Everything from taking the place on is inside the try: whatever fails after it, the place is given back.
        try (Place place = take(address)) {
            if (place == null) {
                refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: this client already sends "
                        + perAddress + " request bodies, or all " + totalPlaces + " places for reading bodies are taken."
                        + " Try again in " + RETRY_AFTER_SECONDS + " s.");
                return;
            }
            read(place, http, out, chain);
        }
    }

    /** Reads the body in its place, or lets it stream there (RDF), and passes the request on. */
    private void read(Place place, HttpServletRequest http, HttpServletResponse out, FilterChain chain) throws IOException, ServletException {
        EndPoint connection = ServletContextRequest.getServletContextRequest(http).getConnectionMetaData().getConnection().getEndPoint();
        long idleTimeout = connection.getIdleTimeout();
        String type = RequestSizeLimit.typeOf(http);
        boolean rdf = RequestSizeLimit.isRdf(type);
        TimedBody timed = place.reads(new TimedBody(http.getInputStream(), rdf ? rdfDeadline : deadline, rdf, connection));
        try {
            if (RequestSizeLimit.refusesUnread(http)) {
                // Refused from its headers by RequestSizeLimit (too long, or a form without a length), which drops the body
                // in this place, as timed as any other: a sender that announces a long body and sends none is cut too.
                chain.doFilter(new ReplacedBody(http, timed, http.getContentLengthLong()), out);
            } else if (RequestSizeLimit.isForm(type)) {
                // Read in the place, within the deadline, and handed to Jetty as the form it parses,
                // so that the servlets (and the wrappers that rewrite their parameters) get the
                // fields as if Jetty had read the connection; Jetty's own read has no deadline.
                byte[] body = timed.readNBytes((int) RequestSizeLimit.limitFor(type));
                place.close();
                HeldForm.give(http, body);
                BoundedRdfParsers.sentByClient(() -> chain.doFilter(http, out));
            } else if (rdf && http.isUserInRole(Role.WRITE.word())) {
                // Received whole here, before the write's turn is taken after these filters: a slow upload holds a body place,
                // never the store's one write at a time; and a body too slow is refused here in one line, not inside Fuseki's parse message.
                try (SpooledBody spooled = SpooledBody.receive(timed, RequestSizeLimit.limitFor(type), spool, place.address)) {
                    if (spooled.length() > RequestSizeLimit.limitFor(type)) RequestSizeLimit.discard(timed); // refused next
                    place.close();
                    BoundedRdfParsers.sentByClient(() -> chain.doFilter(spooled.as(http), out));
                }
            } else if (rdf) {
                // Only a writer can send RDF to an endpoint that parses it (the Graph Store's write endpoint): an anonymous
                // client's or a reader's is not received ahead, which would let them fill the disk (a reader's 64 MiB PUT was
                // received whole to be refused 403), but streams to the endpoint, which refuses it unread.
                // Fuseki's Graph Store answers a body that failed to arrive as bad RDF (400), with our reason in its message.
                BoundedRdfParsers.sentByClient(() -> chain.doFilter(new ReplacedBody(http, timed, http.getContentLengthLong()),
                        new HttpServletResponseWrapper(out) {
                            @Override
                            public void setStatus(int status) {
                                super.setStatus(status == HttpServletResponse.SC_BAD_REQUEST && timed.failedAsTooSlow()
                                        ? HttpServletResponse.SC_REQUEST_TIMEOUT : status);
                            }
                        }));
            } else {
                long limit = RequestSizeLimit.limitFor(type);
                byte[] body = timed.readNBytes((int) limit + 1);
                if (body.length > limit) RequestSizeLimit.discard(timed); // refused next: its sender must get to read why
                place.close();
                // RDF may come in another body than an RDF one (a multipart upload to the Graph Store): a client's still.
                BoundedRdfParsers.sentByClient(() -> chain.doFilter(new HeldBody(http, body), out));
            }
        } catch (TimedBody.TooSlow e) {
            timed.restore(idleTimeout);
            refuse(out, HttpServletResponse.SC_REQUEST_TIMEOUT, e.getMessage() + ".");
        } catch (SpoolSpace.Full e) {
            // Its file is deleted and its room given back; the rest of the body is left unread, the connection closed.
            refuse(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    /**
     * One place for reading a body, taken for a client address. Closing it gives it back, once
     * however often it is closed: a body read whole gives it back before its request goes on, and
     * the try that took it gives it back in any case, exception or not.
     */
    private final class Place implements AutoCloseable {
        private final String address;
        private TimedBody body;
        private boolean given;

        private Place(String address) {
            this.address = address;
        }

        /** Counts the body as read in this place (for the slow-sender rules), and returns it. */
        TimedBody reads(TimedBody timed) {
            body = timed;
            bodies.put(timed, address);
            return timed;
        }

        @Override
        public void close() {
            if (given) return;
            given = true;
            if (body != null) bodies.remove(body);
            leave(address);
            total.release();
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Takes a place for the address: a free one, or the place of the slowest body, cut for it; null when there is none. */
    private Place take(String address) {
        if (!reading.take(address)) return null;
        if (total.tryAcquire() || (cutSlowest() && waitForPlace())) return new Place(address);
        leave(address);
        return null;
    }

    private boolean waitForPlace() {
        try {
            return total.tryAcquire(WAIT_FOR_CUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether the address already sends {@link #SLOW_BODIES_PER_ADDRESS} bodies that have been
     * arriving for {@link #CUT_AFTER} and now arrive at under {@link TimedBody#MIN_BYTES_PER_SECOND}
     * ({@link TimedBody#slow}: over their last seconds, not on average since their first byte).
     */
    private boolean sendsSlowly(String address) {
        long now = System.nanoTime();
        long slow = bodies.entrySet().stream()
                .filter(e -> e.getValue().equals(address) && arrivingFor(e.getKey(), now) && e.getKey().slow(now))
                .count();
        return slow >= SLOW_BODIES_PER_ADDRESS;
    }

    /**
     * Whether the body has been arriving for at least {@link #CUT_AFTER} and has not all arrived.
     * An RDF body keeps its place while Fuseki parses and stores it; once it has ended, its
     * falling rate is the server's time, not its sender's: counted as slow, a small upload that
     * took a second to commit refused every other body from its address (all the clients behind
     * one NAT address), and cut, its connection was closed under the answer.
     */
    static boolean arrivingFor(TimedBody body, long now) {
        return !body.ended() && body.age(now) >= CUT_AFTER.toNanos();
    }

    /** Cuts the body furthest behind the minimum rate of those reading for at least {@link #CUT_AFTER}; false when there is none. */
    private boolean cutSlowest() {
        long now = System.nanoTime();
        TimedBody slowest = null;
        for (TimedBody b : bodies.keySet()) {
            if (arrivingFor(b, now) && (slowest == null || b.behind(now) > slowest.behind(now))) slowest = b;
        }
        if (slowest == null || bodies.remove(slowest) == null) return false; // another newcomer cut it first
        slowest.cut();
        return true;
    }

    /** Places free now, of all of them. */
    int freePlaces() {
        return total.availablePermits();
    }

    /** Counts one body fewer reading for the address. */
    private void leave(String address) {
        reading.giveBack(address);
    }

    /** Refuses with the body unread (the connection closes after the answer); a busy server says when to come back. */
    private static void refuse(HttpServletResponse r, int status, String why) throws IOException {
        PlainRefusal refusal = PlainRefusal.of(status, why).closing();
        (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? refusal.retryAfter(RETRY_AFTER_SECONDS) : refusal).send(r);
    }
}
