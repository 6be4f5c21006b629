package org.pactgraph.server.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.pactgraph.server.BigPages;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.linkeddata.LinkedDataModule;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page whose client closes its connection before reading it is logged with the status it was
 * sent with and that the connection ended, not as a 500 no one was sent: under round 18's attack
 * the answers its clients left unread, ended to free their places, filled the log with 500s
 * (217 in 15 s) though the server had no error.
 */
class CutAnswerLogTest {
    @Test
    void anAnswerWhoseClientLeftIsNotLoggedAsAServerError() throws Exception {
        DatasetGraph data = BigPages.withLines(2000);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        // Tests log requests at WARN only (test resources); this one reads them at INFO, from standard error.
        Logger requests = LoggerFactory.getLogger(RequestLog.LOGGER);
        Field level = requests.getClass().getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        int before = level.getInt(requests);
        level.setInt(requests, 20);
        try (PactServer server = PactServer.builder(new ServerSettings("127.0.0.1", 0), data).module(new OperationsModule())
                .module(new LinkedDataModule(data, LinkedDataSettings.defaults())).start()) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try (Socket client = new Socket("127.0.0.1", server.port())) {
                client.setReceiveBufferSize(4096);
                client.getOutputStream().write("GET /id/org/big.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getInputStream().readNBytes(100);
                client.setSoLinger(true, 0); // a reset, as a client gone mid-answer
            }
            String line = "";
            for (long end = System.nanoTime() + 5_000_000_000L; line.isEmpty() && System.nanoTime() < end; Thread.sleep(20)) {
                line = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("/id/org/big.html")).findFirst().orElse("");
            }
            assertTrue(line.contains(" 200 ") && line.endsWith("(the connection ended before the whole answer was sent)"), line);
        } finally {
            System.setErr(err);
            level.setInt(requests, before);
        }
    }
}
