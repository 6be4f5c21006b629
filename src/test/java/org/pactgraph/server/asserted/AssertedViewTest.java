package org.pactgraph.server.asserted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/** The two views of the store on one server: {@code /pactgraph} with inferences, {@code /pactgraph-asserted} without. */
class AssertedViewTest {
    private static final String INFERRED = "ASK { <https://w3id.org/pactgraph/id/org/keio-university> <https://w3id.org/pactgraph/ontology#locatedIn> <https://w3id.org/pactgraph/id/place/japan> }";
    private static final String ASSERTED = "ASK { <https://w3id.org/pactgraph/id/place/tokyo> <https://w3id.org/pactgraph/ontology#locatedIn> <https://w3id.org/pactgraph/id/place/japan> }";
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static String ask(String dataset, String query) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + dataset + "/sparql?query=" + RunningServer.encode(query)))
                .header("Accept", "text/csv").GET().build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip();
    }

    @Test
    void anInferredTripleIsInTheDefaultViewOnly() {
        assertEquals("_askResult\r\ntrue", ask("/pactgraph", INFERRED));
        assertEquals("_askResult\r\nfalse", ask(AssertedViewModule.DATASET, INFERRED));
    }

    @Test
    void anAssertedTripleIsInBothViews() {
        assertEquals("_askResult\r\ntrue", ask("/pactgraph", ASSERTED));
        assertEquals("_askResult\r\ntrue", ask(AssertedViewModule.DATASET, ASSERTED));
    }

    @Test
    void theInferredGraphIsNotNamedInTheAssertedView() {
        String query = "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/pactgraph/graph/inferred> { ?s ?p ?o } }";
        assertTrue(ask("/pactgraph", query).matches("(?s)n\r\n[1-9][0-9]*"), ask("/pactgraph", query));
        assertEquals("n\r\n0", ask(AssertedViewModule.DATASET, query));
        String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        int all = Integer.parseInt(ask("/pactgraph", graphs).split("\r\n")[1]);
        assertEquals(Integer.toString(all - 1), ask(AssertedViewModule.DATASET, graphs).split("\r\n")[1]);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheAssertedGraphs() {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        String named = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }";
        assertEquals(ask(AssertedViewModule.DATASET, named), ask(AssertedViewModule.DATASET, count));
    }

    @Test
    void theAssertedViewTakesNoUpdates() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + AssertedViewModule.DATASET + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405 || r.statusCode() == 400, "update answered " + r.statusCode());
    }
}
