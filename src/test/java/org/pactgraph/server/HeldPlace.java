package org.pactgraph.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A place of the capacity gate held by a query that runs until the server's timeout ends it
 * (a cross product of the store with itself four times), sent over a plain socket so that the
 * test goes on while it runs.
 */
public final class HeldPlace implements AutoCloseable {
    /** 100 triples to the fourth power: far longer than any test's timeout on any machine. */
    public static final String LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private final Socket socket;

    private HeldPlace(Socket socket) {
        this.socket = socket;
    }

    /** Sends the long query and waits half a second for it to take its place. */
    public static HeldPlace take(PactServer server) throws IOException, InterruptedException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + URI.create(server.sparqlUrl()).getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/sparql-query\r\nAccept: text/csv\r\nContent-Length: " + LONG.length() + "\r\n\r\n"
                + LONG).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(500);
        return new HeldPlace(socket);
    }

    /** Waits for the query's answer and gives its status line. */
    public String statusLine() throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
