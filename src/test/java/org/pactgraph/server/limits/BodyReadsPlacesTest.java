package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A place for reading a body is given back whatever fails after it is taken. Before, the place was
 * taken before the try that gives it back, and an exception in between (finding the connection,
 * opening the body's stream) kept it for good: enough of them and no body was read again.
 */
class BodyReadsPlacesTest {
    @Test
    void aPlaceIsGivenBackWhenOpeningTheBodyFails() {
        BodyReads reads = new BodyReads(1, 2, Duration.ofSeconds(15), Duration.ofSeconds(120), new SpoolSpace(1 << 20, java.nio.file.Path.of(System.getProperty("java.io.tmpdir"))));
        HttpServletRequest request = request();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
        for (int i = 0; i < 3; i++) {
            // No connection behind this request: the read fails after its place was taken, each time.
            assertThrows(RuntimeException.class, () -> reads.doFilter(request, response, (req, res) -> { }));
            assertEquals(2, reads.freePlaces(), "every place free again after failure " + (i + 1));
        }
    }

    /** A POST with a 10-byte query body from 127.0.0.9, and no Jetty request or stream behind it. */
    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(BodyReadsPlacesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentLengthLong" -> 10L;
                    case "getContentLength" -> 10;
                    case "getRemoteAddr" -> "127.0.0.9";
                    case "getMethod" -> "POST";
                    case "getContentType" -> "application/sparql-query";
                    case "getInputStream" -> throw new IllegalStateException("the body's stream cannot be opened");
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
