package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the commands say when --store names a remote store they cannot use, or one that does not answer. */
class RemoteStoreOptionsTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void serveRefusesARemoteStoreInOneLine() {
        Run r = run("serve", "--store", "sparql:http://127.0.0.1:1/sparql");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("pactgraph: 'pactgraph serve' needs the local TDB2 store") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void queryOnAStoreThatDoesNotAnswerSaysSoInOneLine() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/sparql";
        Run r = run("query", "--store", "sparql:" + url, "ASK { ?s ?p ?o }");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The SPARQL store at " + url + " could not answer the query: no answer")
                && r.err().contains("check that the store is running"), r.err());
        assertTrue(r.err().strip().lines().count() == 1, "one line, no stack trace: " + r.err());
    }

    @Test
    void rejectsAStoreUrlThatIsNotHttp() {
        Run r = run("export", "--store", "sparql:ftp://example.org/sparql");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'ftp://example.org/sparql' given with --store sparql:URL is not an http or https URL"), r.err());
    }

    @Test
    void rejectsRemoteEndpointOptionsWithAFolder() {
        Run r = run("load", "--store", "some-folder", "--gsp-url", "http://127.0.0.1:1/data");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--update-url and --gsp-url are for a remote store"), r.err());
    }
}
