package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Iris;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.StoreDigest;

/**
 * What a writer stores through a real server with {@code --auth} outlives loads: a load while
 * the server serves (the server carries the user graphs into the new generation when it moves),
 * a full load and an incremental one with no server; the user graphs' digests stay the same.
 */
class UserGraphsKeptTest {
    private static final String NOTES = Iris.GRAPH_BASE + "user/notes";
    private static final String SKETCH = Iris.GRAPH_BASE + "user/sketch";

    @Test
    void userGraphsWrittenThroughTheServerSurviveLoadsAndGenerationSwitches() throws IOException {
        Path project = TestData.copyOfProject();
        Path store = org.pactgraph.TestData.scratchFolder("pactgraph-user-graphs-");
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), store);
        new Loader().load(settings);
        Path users = RunningServer.usersFile("alice", "write", "alice-secret");
        Path before;
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback().withAuthFile(users))) {
            assertEquals(204, server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + NOTES + "> { <https://example.org/a> <https://example.org/b> \"kept\" } }")),
                    "alice", "alice-secret").build()).statusCode());
            int put = server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                            + RunningServer.encode(SKETCH))).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/x> <https://example.org/y> \"drawn\" .")),
                    "alice", "alice-secret").build()).statusCode();
            assertTrue(put == 200 || put == 201 || put == 204, "Graph Store PUT answered " + put);
            before = Files.readSymbolicLink(store.resolve("current"));

            touch(project.resolve("data/reference"));
            new Loader().load(settings); // a full load while the server reads the store
            assertNotEquals(before, Files.readSymbolicLink(store.resolve("current")), "the load switched generations");
            assertTrue(holds(server, NOTES, "kept") && holds(server, SKETCH, "drawn"), "the server serves the user graphs after moving");
            assertTrue(!holds(server, NOTES, "absent"));
        }
        StoreDigest served = StoreDigest.of(store);
        assertTrue(served.graphs().containsKey(NOTES) && served.graphs().containsKey(SKETCH), served.toString());

        touch(project.resolve("data/reference"));
        new Loader().load(settings); // a full load with no server
        assertEquals(served.graphs().get(NOTES), StoreDigest.of(store).graphs().get(NOTES));
        assertEquals(served.graphs().get(SKETCH), StoreDigest.of(store).graphs().get(SKETCH));

        // The seed announcement removed by an incremental load: the reference data's money stands
        // without the totals it states.
        Path doc;
        try (var list = Files.list(project.resolve("data/announcements"))) {
            doc = list.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        Files.delete(doc);
        assertTrue(new Loader().load(settings).kind().startsWith("incremental"));
        assertEquals(served.graphs().get(NOTES), StoreDigest.of(store).graphs().get(NOTES));
        assertEquals(served.graphs().get(SKETCH), StoreDigest.of(store).graphs().get(SKETCH));
    }

    /** Changes the reference data's bytes (a comment line), so that the next load is a full one. */
    private static void touch(Path reference) throws IOException {
        try (var list = Files.list(reference)) {
            Path ttl = list.filter(p -> p.toString().endsWith(".ttl")).sorted().findFirst().orElseThrow();
            Files.writeString(ttl, "\n# touched by UserGraphsKeptTest\n", StandardOpenOption.APPEND);
        }
    }

    private static boolean holds(RunningServer server, String graph, String value) {
        String ask = "ASK { GRAPH <" + graph + "> { ?s ?p \"" + value + "\" } }";
        return server.query(ask, "application/sparql-results+json").body().contains("true");
    }
}
