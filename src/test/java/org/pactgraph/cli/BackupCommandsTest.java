package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.StoreDigest;

/**
 * {@code export} and {@code backup} of a store that a real {@code pactgraph serve --auth}
 * process serves (read through that server, no lock conflict), the same commands on the store
 * once it is no longer served, and {@code restore} of the backups.
 */
class BackupCommandsTest {
    private static final Pattern SERVING = Pattern.compile("PactGraph is serving .* at (http://127\\.0\\.0\\.1:\\d+)");
    @TempDir Path tmp;

    @Test
    void exportAndBackupWorkWhileServingAndTheBackupRestoresTheStore() throws Exception {
        Path store = TestData.loadedStoreAt(tmp.resolve("store"));
        Path users = RunningServer.usersFile("w", "write", "w-secret-1");
        Path servedExport = tmp.resolve("served.nq");
        String backupLine;
        Process p = serve(store, users);
        try {
            CliTest.Run export = CliTest.run("export", "--store", store.toString(), "--output", servedExport.toString());
            assertEquals(0, export.code(), export.err());
            CliTest.Run noUser = CliTest.run("backup", "--store", store.toString());
            assertEquals(1, noUser.code());
            assertTrue(noUser.err().contains("is being served at http://127.0.0.1:") && noUser.err().contains("--user"), noUser.err());
            CliTest.Run backup = withStdin("w-secret-1\n", () -> CliTest.run("backup", "--store", store.toString(), "--user", "w"));
            assertEquals(0, backup.code(), backup.err());
            backupLine = backup.out();
        } finally {
            p.toHandle().destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "serve stopped on SIGTERM");
        }
        Path directExport = tmp.resolve("direct.nq");
        assertEquals(0, CliTest.run("export", "--store", store.toString(), "--output", directExport.toString()).code());
        assertSameDatasets(RDFDataMgr.loadDatasetGraph(directExport.toString()), RDFDataMgr.loadDatasetGraph(servedExport.toString()));

        Matcher wrote = Pattern.compile("Wrote (\\S+\\.nq\\.gz) \\((\\d+) quads").matcher(backupLine);
        assertTrue(wrote.find(), backupLine);
        Path restored = tmp.resolve("restored");
        CliTest.Run restore = CliTest.run("restore", "--store", restored.toString(), wrote.group(1));
        assertEquals(0, restore.code(), restore.err());
        assertEquals(StoreDigest.of(store), StoreDigest.of(restored));

        CliTest.Run local = CliTest.run("backup", "--store", store.toString());
        assertEquals(0, local.code(), local.err());
        assertTrue(local.out().startsWith("Wrote " + store.toAbsolutePath().normalize().resolve("backups")), local.out());
    }

    private static void assertSameDatasets(DatasetGraph expected, DatasetGraph got) {
        List<Node> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        List<Node> gotNames = new ArrayList<>();
        got.listGraphNodes().forEachRemaining(gotNames::add);
        assertEquals(names.size(), gotNames.size());
        assertTrue(names.size() > 3, names.toString());
        for (Node g : names) assertTrue(expected.getGraph(g).isIsomorphicWith(got.getGraph(g)), "graph " + g);
    }

    private static CliTest.Run withStdin(String text, java.util.function.Supplier<CliTest.Run> run) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }

    private static Process serve(Path store, Path users) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0", "--auth", users.toString()).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> base = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(line -> {
                lines.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) base.complete(m.group(1));
            });
            base.complete(null);
        });
        reader.setDaemon(true);
        reader.start();
        String url = base.get(90, TimeUnit.SECONDS);
        assertTrue(url != null && Files.exists(store.resolve(ServedStore.FILE)), "serve printed its address: " + lines);
        return p;
    }
}
