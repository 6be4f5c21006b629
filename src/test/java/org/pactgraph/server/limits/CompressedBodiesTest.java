package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * A compressed request body is refused with 415 before anything inflates it, on the update, query
 * and Graph Store endpoints: Fuseki inflates gzip behind the size limit, and 388 KB of gzip made
 * an update of 400 MB that ran for more than 11 minutes and kept the server from stopping. So is a
 * body in a charset Java does not know, on every path: Jetty threw on its name, a 500 and a stack
 * trace in the log for each request (round 17's attack).
 */
class CompressedBodiesTest {
    private static final String USER_GRAPH = "https://w3id.org/pactgraph/graph/user/compressed";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer::withOneWriter);

    @Test
    void aGzipBodyIsRefusedUnreadOnEveryEndpoint() throws IOException {
        byte[] update = gzip("INSERT DATA { GRAPH <" + USER_GRAPH + "> { <http://x/a> <http://x/b> \"c\" } }" + " ".repeat(100_000));
        String[][] sends = {{"/pactgraph/update", "application/sparql-update"}, {"/pactgraph/sparql", "application/sparql-query"},
            {"/pactgraph/data?graph=" + RunningServer.encode(USER_GRAPH), "text/turtle"}};
        for (String[] send : sends) {
            byte[] body = send[1].equals("application/sparql-update") ? update : gzip(send[1].equals("text/turtle") ? "<http://x/a> <http://x/b> \"c\" ." : "ASK {}");
            HttpResponse<String> a = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + send[0]))
                    .header("Content-Type", send[1]).header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            assertEquals(415, a.statusCode(), send[0] + ": " + a.body());
            assertTrue(a.body().contains("Content-Encoding gzip is not taken"), a.body());
        }
        HttpResponse<String> written = server.query("ASK { GRAPH <" + USER_GRAPH + "> { ?s ?p ?o } }", "text/csv");
        assertTrue(written.body().contains("false"), "the compressed update ran: " + written.body());
    }

    @Test
    void aCharsetJavaDoesNotKnowIsRefusedWithOneLineOnEveryPath() {
        String[][] sends = {{"POST /pactgraph/sparql", "application/x-www-form-urlencoded; charset=x-unknown", "query=ASK%7B%7D"},
            {"POST /pactgraph/sparql", "application/sparql-query; charset=\"a b\"", "ASK {}"}, {"POST /reconcile", "application/x-www-form-urlencoded; charset=zz", "queries=%7B%7D"},
            {"GET /$/ping", "text/plain; charset=zz", ""}, {"GET /id/org/nvidia", "text/plain; charset=zz", ""}};
        for (String[] send : sends) {
            String answer = server.raw(send[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + send[1] + "\r\nContent-Length: "
                    + send[2].length() + "\r\nConnection: close\r\n\r\n" + send[2]);
            assertTrue(answer.startsWith("HTTP/1.1 415 "), send[0] + ": " + answer);
            assertTrue(answer.contains(", which this server does not know; send the body as UTF-8"), answer);
        }
        HttpResponse<String> put = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                + RunningServer.encode(USER_GRAPH))).header("Content-Type", "text/turtle; charset=bogus")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> \"c\" .")));
        assertEquals(415, put.statusCode(), put.body());
        assertEquals("The Content-Type names the charset bogus, which this server does not know; send the body as UTF-8 (charset=utf-8).\n", put.body());
        HttpResponse<String> utf8 = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query; charset=\"UTF-8\"").POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(200, utf8.statusCode(), "a known charset, quoted, is taken: " + utf8.body());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
