package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.EndPoint;
import org.junit.jupiter.api.Test;

/**
 * Whose answer a newcomer's takes the place of when every place is held and none is stuck. Fails
 * when it is the oldest answer of the client holding the most (round 15's rule): a browser loading
 * the page holds several places at once, each a few milliseconds old, and addresses that hold one
 * each and replace one another faster than a second had the browser's answers ended, one per
 * newcomer, while their own older ones stood (round 15's review).
 */
class FairPlacesTest {
    /** A connection that remembers whether it was ended (its idle timeout made 1 ms). */
    private static final class Connection {
        long idleTimeout = 30_000;
        final EndPoint endPoint = (EndPoint) Proxy.newProxyInstance(FairPlacesTest.class.getClassLoader(), new Class<?>[] {EndPoint.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setIdleTimeout")) idleTimeout = (Long) args[0];
                    return null;
                });

        boolean ended() {
            return idleTimeout == 1;
        }
    }

    @Test
    void aNewcomerTakesTheOldestFreshPlaceNotABrowsersYoungerOnes() throws InterruptedException {
        FairPlaces places = new FairPlaces(16, 6);
        List<Connection> others = new ArrayList<>();
        for (int i = 0; i < 16 - 2; i++) {
            Connection c = new Connection();
            assertNotNull(places.take("198.51.100." + i, c.endPoint).place());
            others.add(c);
            Thread.sleep(2);
        }
        Connection first = new Connection();
        Connection second = new Connection();
        assertNotNull(places.take("192.0.2.1", first.endPoint).place(), "the browser's first file");
        assertNotNull(places.take("192.0.2.1", second.endPoint).place(), "the browser's second file, the last place");
        FairPlaces.Outcome newcomer = places.take("198.51.100.200", new Connection().endPoint);
        assertNotNull(newcomer.place(), "a client holding none gets a place: " + newcomer.refusal());
        assertEquals(List.of(false, false), List.of(first.ended(), second.ended()), "the browser's answers, milliseconds old, go on");
        assertEquals(true, others.get(0).ended(), "the oldest answer's connection is ended");
        assertEquals(1, others.stream().filter(Connection::ended).count());
    }
}
