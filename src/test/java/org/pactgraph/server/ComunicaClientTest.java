package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Comunica, the JavaScript query engine, as a client of the endpoint: given only the endpoint's
 * URL, it must find out from the service description that it is a SPARQL endpoint (without one it
 * warned "Metadata extraction ... failed" before every query), then it runs every catalogue query
 * and gets as many results as the golden answer holds. Comunica 5 from npm under the Node 22 it
 * needs, both installed once per machine by {@link NodeToolCache} (Debian's Node is older).
 */
class ComunicaClientTest {
    private static final String NODE_VERSION = "22.23.3";
    private static final String COMUNICA = "@comunica/query-sparql@5.4.1";
    private static final Path CLIENT = Path.of("src/test/resources/server/comunica_client.js");
    /** Comunica's note on a row leaving a projected variable unbound (an OPTIONAL): about the data, not the endpoint. */
    private static final String UNBOUND = "failed to provide a binding for";
    private static NodeToolCache.Installed comunica;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @BeforeAll
    static void start() throws Exception {
        comunica = NodeToolCache.install(NODE_VERSION, COMUNICA);
    }

    private static int goldenRows(Path query) throws Exception {
        Path golden = Path.of("src/test/resources/queries", query.getFileName().toString().replace(".rq", ".csv"));
        try (InputStream in = Files.newInputStream(golden)) {
            ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_CSV);
            int n = 0;
            for (; rs.hasNext(); rs.next()) n++;
            return n;
        }
    }

    @Test
    void comunicaFindsTheEndpointByItsDescriptionAndRunsTheCatalogue() throws Exception {
        List<Path> queries;
        try (var files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(comunica.node().toString(), CLIENT.toString(), comunica.modules().toString(), server.sparqlUrl()));
        queries.forEach(q -> command.add(q.toString()));
        Path errors = Files.createTempFile("comunica-", ".stderr");
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "Comunica ended");
        String err = Files.readString(errors);
        Files.delete(errors);
        assertEquals(0, p.exitValue(), err);
        // Node's own warnings (deprecations, experimental features) would go here: none.
        assertEquals("", err, "Node and Comunica wrote nothing to stderr");

        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("WARN ") || line.startsWith("ERROR ") || line.startsWith("FATAL ")) {
                if (!line.contains(UNBOUND)) warnings.add(line);
            } else if (!line.isBlank()) {
                String[] parts = line.split(" ");
                counts.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        assertEquals(List.of(), warnings, "Comunica warned of nothing but unbound variables");
        for (Path q : queries) {
            assertEquals(goldenRows(q), counts.get(q.getFileName().toString()), q + ": as many results as the golden answer");
        }
    }
}
