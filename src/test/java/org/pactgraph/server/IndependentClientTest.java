package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint as a client written by others sees it: Python's SPARQLWrapper (Debian's
 * python3-sparqlwrapper, installed by ./pactgraph test) asks each catalogue query by GET and by POST,
 * and its answer must equal the golden answer in src/test/resources/queries/NAME.csv.
 */
class IndependentClientTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path CLIENT = Path.of("src/test/resources/server/sparqlwrapper_client.py");
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Process check = new ProcessBuilder(PYTHON, "-c", "import SPARQLWrapper").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0,
                "Debian's python3-sparqlwrapper is missing (./pactgraph test installs it: apt-get install python3-sparqlwrapper): " + said);
        server = RunningServer.overSharedStore(RunningServer.loopback());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<Arguments> queriesAndMethods() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted()
                .flatMap(q -> Stream.of(Arguments.of(q, "GET"), Arguments.of(q, "POST")));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("queriesAndMethods")
    void sparqlWrapperGetsTheGoldenAnswer(Path query, String method) throws Exception {
        Process p = new ProcessBuilder(PYTHON, CLIENT.toString(), server.sparqlUrl(), query.toString(), method).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the client ended");
        assertEquals(0, p.exitValue(), err);
        Path golden = Path.of("src/test/resources/queries", query.getFileName().toString().replace(".rq", ".csv"));
        assertEquals(Files.readString(golden).replace("\r\n", "\n"), out);
    }
}
