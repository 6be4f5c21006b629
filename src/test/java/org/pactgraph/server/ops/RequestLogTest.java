package org.pactgraph.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The request log names the method the client sent. Fails when it asks the request it is given:
 * a HEAD reaches the filters after {@code http.HeadsAsGets} wrapped as its GET, and the log said
 * {@code GET} for every HEAD (round 15's review).
 */
class RequestLogTest {
    private static HttpServletRequest sent(String method) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLogTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> m.getName().equals("getMethod") ? method : null);
    }

    /** As HeadsAsGets passes a HEAD on: a wrapper that says GET. */
    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    @Test
    void aHeadPassedOnAsItsGetIsLoggedAsTheHeadItWas() {
        assertEquals("HEAD", RequestLog.sentMethod(asGet(sent("HEAD"))));
        assertEquals("HEAD", RequestLog.sentMethod(new HttpServletRequestWrapper(asGet(sent("HEAD")))));
    }

    @Test
    void everyOtherMethodIsLoggedAsSent() {
        assertEquals("GET", RequestLog.sentMethod(sent("GET")));
        assertEquals("POST", RequestLog.sentMethod(new HttpServletRequestWrapper(sent("POST"))));
    }
}
