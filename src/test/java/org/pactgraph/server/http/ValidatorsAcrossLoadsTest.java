package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.load.Loader;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.Corpora;
import org.pactgraph.store.LoadProcess;

/**
 * The store's TDB2 generation is part of every store document's tag: a {@code pactgraph load}
 * run beside the server switches the store to a new generation, and a client revalidating the
 * VoID it read before gets the new description (200 with another tag), not a 304.
 */
class ValidatorsAcrossLoadsTest {
    @TempDir Path tmp;

    private static HttpResponse<String> voidOf(RunningServer server, String tag) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/.well-known/void")).header("Accept", "text/turtle");
        if (tag != null) r.header("If-None-Match", tag);
        return server.send(r.build());
    }

    @Test
    void aLoadThatSwitchesTheGenerationMovesTheTagOn() throws Exception {
        Path older = Corpora.generate(tmp, 3, 1);
        Path newer = Corpora.generate(tmp, 4, 2);
        Path store = Corpora.newStore(tmp);
        new Loader().load(Corpora.into(older, store));
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback())) {
            HttpResponse<String> first = voidOf(server, null);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, voidOf(server, tag).statusCode(), "unchanged before the load");

            Process load = LoadProcess.start(newer, store);
            assertEquals(0, load.waitFor(), "the load succeeded");

            HttpResponse<String> after = voidOf(server, tag);
            assertEquals(200, after.statusCode(), "the old tag no longer matches after the load");
            assertNotEquals(tag, after.headers().firstValue("ETag").orElseThrow());
            assertNotEquals(first.body(), after.body(), "the new description, of the other corpus");
        }
    }
}
