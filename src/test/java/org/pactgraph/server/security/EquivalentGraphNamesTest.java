package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * A writer cannot make a graph that other tools take for one of PactGraph's own by spelling its
 * IRI another way that RFC 3986 calls equivalent: scheme or host in capitals, the default port,
 * percent-encoded dots and letters, dot segments. Each is refused with 403 by SPARQL Update and by
 * the Graph Store, and the store's list of graphs stays as it was. Before, each was answered 204
 * or 201 and made a graph such as {@code https://w3id.org/pactgraph/graph/user/%2E%2E/reference}
 * (the Graph Store keeps dot segments as written, which Jena's SPARQL parser then resolves to the
 * reference graph itself). IRIs that are not equivalent ({@code graph/user/..%2freference},
 * {@code /Graph/}) stay the writers'.
 */
class EquivalentGraphNamesTest {
    private static final String[] EQUIVALENT = {
        "HTTPS://w3id.org/pactgraph/graph/reference",
        "https://W3ID.ORG/pactgraph/graph/reference",
        "https://w3id.org:443/pactgraph/graph/inferred",
        "https://w3id.org/pactgraph/graph/user/%2E%2E/reference",
        "https://w3id.org/pactgraph/graph/user/%2e%2e/ontology",
        "https://w3id.org/pactgraph/graph/user/x/../../inferred",
        "https://w3id.org/pactgraph/%67raph/reference",
        "https://w3id.org/pactgraph/graph/./user/../reference",
    };

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer::withOneWriter);

    @Test
    void aGraphEquivalentToOneOfPactGraphsOwnIsRefusedByEveryWrite() {
        String graphsBefore = graphs();
        List<String> accepted = new ArrayList<>();
        for (String g : EQUIVALENT) {
            HttpResponse<String> update = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + g + "> { <http://x/a> <http://x/b> \"c\" } }")));
            if (update.statusCode() != 403) accepted.add("update " + g + ": " + update.statusCode());
            else assertTrue(update.body().contains("one of PactGraph's own graphs"), update.body());
            HttpResponse<String> put = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                            + URLEncoder.encode(g, StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> \"c\" .")));
            // Fuseki refuses some spellings as IRIs itself (400); none may be written.
            if (put.statusCode() != 403 && put.statusCode() != 400) accepted.add("Graph Store POST " + g + ": " + put.statusCode());
        }
        assertTrue(accepted.isEmpty(), String.join("\n", accepted));
        assertEquals(graphsBefore, graphs());
    }

    @Test
    void equivalenceFollowsRfc3986AndNoFurther() {
        assertEquals("https://w3id.org/pactgraph/graph/reference", EquivalentIri.of("HTTPS://W3ID.org:443/pactgraph/graph/user/%2E./reference"));
        assertEquals("https://w3id.org/pactgraph/graph/user/..%2freference", EquivalentIri.of("https://w3id.org/pactgraph/graph/user/..%2freference"));
        assertEquals("https://w3id.org/pactgraph/Graph/reference", EquivalentIri.of("https://w3id.org/pactgraph/Graph/reference"));
        assertEquals("http://example.org:8080/a/c?q=.#f", EquivalentIri.of("http://Example.org:8080/a/./b/../c?q=%2E#f"));
        assertTrue(WriteScope.namesOwnGraph("https://w3id.org/pactgraph/graph/user/%2E%2E/reference"));
        assertTrue(!WriteScope.namesOwnGraph("https://w3id.org/pactgraph/graph/user/notes"));
    }

    private static String graphs() {
        return server.query("SELECT ?g { GRAPH ?g { } } ORDER BY ?g", "text/csv").body();
    }
}
