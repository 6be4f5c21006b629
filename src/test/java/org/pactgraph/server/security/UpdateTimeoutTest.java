package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.RunningServer;

/** An update cut by the server's timeout is answered with what happened, not "Bad request: null". */
class UpdateTimeoutTest {
    private static final String GRAPH = WriteScope.USER_GRAPH_BASE + "timed-out";

    @Test
    void anUpdateCutByTheTimeoutSaysSoAndChangesNothing() {
        try (RunningServer server = RunningServer.overFreshStore(RunningServer.loopback().withTimeout(Duration.ofSeconds(1))
                .withAuthFile(RunningServer.usersFile("alice", "write", "alice-secret")))) {
            String update = "INSERT { GRAPH <" + GRAPH + "> { ?a <https://example.org/p> ?i } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            HttpResponse<String> r = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + "/pactgraph/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)),
                    "alice", "alice-secret").build());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out") && r.body().contains("nothing"), r.body());
            assertFalse(r.body().contains("null"), r.body());
            assertTrue(server.query("ASK { GRAPH <" + GRAPH + "> { ?s ?p ?o } }", "application/sparql-results+json")
                    .body().contains("false"));
        }
    }
}
