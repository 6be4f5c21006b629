package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactgraph.LoopbackListener;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;

/**
 * SERVICE and LOAD make the server fetch URLs only when its operator allows it. A plain loopback
 * listener stands for any other host and counts who connects: refused requests must never reach
 * it, allowed ones must (so that the test can tell a refusal from a broken listener).
 */
class OutboundRequestsTest {
    private static final String USER_GRAPH = WriteScope.USER_GRAPH_BASE + "fetched";
    private LoopbackListener listener;

    @BeforeEach
    void listen() {
        listener = new LoopbackListener();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
    }

    private String listenerUrl(String path) {
        return listener.url(path);
    }

    private static ServerSettings writable(boolean allowRemote) {
        Path users = RunningServer.usersFile("alice", "write", "alice-secret");
        return RunningServer.loopback().withAuthFile(users).withRemoteAccess(allowRemote, allowRemote);
    }

    private static HttpResponse<String> update(RunningServer server, String update) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
    }

    @Test
    void serviceAndLoadFetchNothingByDefaultAndSaySo() {
        try (RunningServer server = RunningServer.overFreshStore(writable(false))) {
            HttpResponse<String> service = server.query("SELECT * { SERVICE <" + listenerUrl("/") + "> { ?s ?p ?o } }", "text/csv");
            assertEquals(403, service.statusCode(), service.body());
            assertTrue(service.body().contains("SERVICE is disabled on this server") && service.body().contains("--allow-service"),
                    service.body());
            HttpResponse<String> nested = server.query("ASK { FILTER EXISTS { SERVICE <" + listenerUrl("/nested") + "> { ?s ?p ?o } } }",
                    "text/csv");
            assertTrue(nested.statusCode() >= 400, "SERVICE inside EXISTS answered " + nested.statusCode());
            HttpResponse<String> load = update(server, "LOAD <" + listenerUrl("/x") + "> INTO GRAPH <" + USER_GRAPH + ">");
            assertEquals(403, load.statusCode(), load.body());
            assertTrue(load.body().contains("--allow-load"), load.body());
        }
        assertEquals(0, listener.connections(), "a refused request reached the listener");
    }

    @Test
    void anUpdateCallingAnotherEndpointIsRefusedWith403AsAQueryIsAndWritesNothing() {
        try (RunningServer server = RunningServer.overFreshStore(writable(false))) {
            for (String where : new String[] {"SERVICE <" + listenerUrl("/u") + "> { ?s ?p ?o }",
                    "?s ?p ?o FILTER EXISTS { SERVICE <" + listenerUrl("/exists") + "> { ?s ?p ?o } }"}) {
                HttpResponse<String> refused = update(server, "INSERT { GRAPH <" + USER_GRAPH + "> { ?s ?p ?o } } WHERE { " + where + " }");
                assertEquals(403, refused.statusCode(), refused.body());
                assertTrue(refused.body().startsWith("SERVICE is disabled on this server") && refused.body().contains("the update asks for " + listenerUrl("/")) && refused.body().contains("--allow-service"), refused.body());
            }
            HttpResponse<String> written = server.query("ASK { GRAPH <" + USER_GRAPH + "> { ?s ?p ?o } }", "text/csv");
            assertEquals("false", written.body().strip().lines().reduce((a, b) -> b).orElse(""), "the refused update wrote");
        }
        assertEquals(0, listener.connections(), "a refused update reached the listener");
    }

    @Test
    void withTheOptionsOnServiceAndLoadDoReachTheListener() throws Exception {
        try (RunningServer server = RunningServer.overFreshStore(writable(true))) {
            server.query("SELECT * { SERVICE <" + listenerUrl("/") + "> { ?s ?p ?o } }", "text/csv");
            int afterService = listener.connections();
            update(server, "LOAD <" + listenerUrl("/x") + "> INTO GRAPH <" + USER_GRAPH + ">");
            int afterLoad = listener.connections();
            update(server, "INSERT { GRAPH <" + USER_GRAPH + "> { ?s ?p ?o } } WHERE { SERVICE <" + listenerUrl("/u") + "> { ?s ?p ?o } }");
            assertTrue(afterService >= 1, "SERVICE did not reach the listener");
            assertTrue(afterLoad > afterService, "LOAD did not reach the listener");
            assertTrue(listener.connections() > afterLoad, "SERVICE in an update did not reach the listener");
        }
    }
}
