package org.pactgraph.server.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * The places of the answers being sent, shared fairly among clients. A client holds at most
 * {@code perClient} at once. An answer still being sent {@link #CUT_AFTER} after it began is
 * stuck: a client not reading it holds its place. When all {@code most} places are held, a client
 * asking for one takes the place of the oldest stuck answer of the client with the most stuck
 * answers, when that client has more of them than the asker; and a client holding no place at all
 * takes, failing that, the oldest place of all. The answer whose place is taken has its connection
 * ended. So clients holding every place with answers they do not read (three addresses holding six
 * each took all sixteen, round 14's open item) leave room to any other, and many addresses that
 * replace one another's answers before they are stuck still leave one place to each newcomer; an
 * honest page's files, sent in milliseconds, are never stuck nor the oldest for long. The oldest,
 * not the oldest of the client holding the most: a browser asks for six files at once, and those
 * addresses, holding one each, had its answers ended one per newcomer while their own older ones
 * stood.
 *
 * <p>Shared by the query page's files ({@code page/PageFiles}), which refuse at once what finds no
 * place, and by the gate of the pages computed for each request ({@code capacity/HeavyWorkGate}),
 * which has a stuck answer ended when all of its places are held, then waits in its line for the place.
 */
public final class FairPlaces {
    /** How long an answer has been sent before it counts as stuck and its place may go to another client: honest ones end in milliseconds. */
    public static final Duration CUT_AFTER = Duration.ofSeconds(1);

    /** One answer being sent: to whom, since when, over which connection. */
    public static final class Place {
        private final String client;
        private final long since;
        private final EndPoint connection;
        /** Ended by {@link #endStuck}: no longer counted as stuck, given back when its thread unwinds. */
        private boolean ended;

        private Place(String client, long since, EndPoint connection) {
            this.client = client;
            this.since = since;
            this.connection = connection;
        }
    }

    /** Why a place was refused: the client's own most, or every place held and no client with more stuck answers than it. */
    public enum Refusal { CLIENT_MOST, ALL_HELD }

    /** The place taken, or why none was. */
    public record Outcome(Place place, Refusal refusal) {
        static Outcome refused(Refusal why) {
            return new Outcome(null, why);
        }
    }

    private final int most;
    private final int perClient;
    private final List<Place> held = new ArrayList<>();

    public FairPlaces(int most, int perClient) {
        this.most = most;
        this.perClient = perClient;
    }

    /**
     * A place for the client's answer over this connection, or why there is none. Taking another's
     * place ends that answer's connection at once (its idle timeout expires, which fails the write
     * that waits), so its thread comes free within milliseconds; the place is counted as the
     * asker's from now, and its old holder's giving back counts for nothing.
     */
    public synchronized Outcome take(String client, EndPoint connection) {
        int mine = holdingOf(client);
        if (mine >= perClient) return Outcome.refused(Refusal.CLIENT_MOST);
        if (held.size() < most) return new Outcome(hold(client, connection), null);
        Optional<Place> given = stuckPlaceFor(client, System.nanoTime());
        if (given.isEmpty() && mine == 0) given = held.stream().min(Comparator.comparingLong(p -> p.since));
        return given.map(p -> new Outcome(replace(p, client, connection), null)).orElse(Outcome.refused(Refusal.ALL_HELD));
    }

    /** A place for the client's answer, which its caller has counted as free. */
    public synchronized Place hold(String client, EndPoint connection) {
        Place place = new Place(client, System.nanoTime(), connection);
        held.add(place);
        return place;
    }

    /**
     * Ends another client's stuck answer, chosen by the first half of the rule above, for a caller
     * whose places are all held; false when there is none. The place stays held until that answer's
     * thread unwinds (milliseconds) and gives it back, so that it goes to whoever's turn it is in
     * the caller's line, not to the caller ahead of it. Not the oldest fresh answer: where each
     * answer is computed (a resource page), ending one does not stop its computing, so only answers
     * that have sat unread for {@link #CUT_AFTER} are ended, each once.
     */
    public synchronized boolean endStuck(String client) {
        Optional<Place> stuck = stuckPlaceFor(client, System.nanoTime());
        stuck.ifPresent(p -> {
            p.ended = true;
            p.connection.setIdleTimeout(1);
        });
        return stuck.isPresent();
    }

    /** Ends the answer holding this place and gives the place to the client. */
    private Place replace(Place given, String client, EndPoint connection) {
        held.remove(given);
        given.connection.setIdleTimeout(1);
        return hold(client, connection);
    }

    /** The connection a servlet request came over, whose ending frees the thread that writes to it. */
    public static EndPoint connectionOf(HttpServletRequest request) {
        return ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().getEndPoint();
    }

    /** The oldest stuck answer of the client with the most of them, when it has more than this client. */
    private Optional<Place> stuckPlaceFor(String client, long now) {
        int mine = stuckOf(client, now);
        return held.stream()
                .filter(p -> stuck(p, now) && stuckOf(p.client, now) > mine)
                .max(Comparator.comparingInt((Place p) -> stuckOf(p.client, now)).thenComparingLong(p -> -p.since));
    }

    /** Gives the place back when its answer is complete: false, and nothing done, when another client took it. */
    public synchronized boolean giveBack(Place place) {
        return held.remove(place);
    }

    private int holdingOf(String client) {
        int n = 0;
        for (Place p : held) if (p.client.equals(client)) n++;
        return n;
    }

    private int stuckOf(String client, long now) {
        int n = 0;
        for (Place p : held) if (p.client.equals(client) && stuck(p, now)) n++;
        return n;
    }

    private static boolean stuck(Place place, long now) {
        return !place.ended && now - place.since >= CUT_AFTER.toNanos();
    }
}
