package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.load.Loader;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.PasswordFile;
import org.pactgraph.server.security.PasswordHash;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.WriteScope;
import org.pactgraph.store.Corpora;
import org.pactgraph.store.LockHolder;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;

/** {@code serve} and {@code passwd} as an operator meets them: a real process, signals, clear errors. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("PactGraph is serving .* at (http://127\\.0\\.0\\.1:\\d+)");
    @TempDir Path tmp;

    @Test
    void serveTakesALoadMeanwhileThenStopsCleanlyOnSigtermAndReleasesTheStore() throws Exception {
        Path store = TestData.loadedStoreAt(tmp.resolve("store"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0").redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> base = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            out.lines().forEach(line -> {
                lines.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) base.complete(m.group(1));
            });
            base.complete(null);
        });
        reader.start();
        try {
            String url = base.get(60, TimeUnit.SECONDS);
            assertTrue(url != null, "serve printed its address: " + lines);
            HttpResponse<String> ping = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());

            // A load may run meanwhile: serve holds only its serve lock and moves to the new generation.
            String sizes = Files.readString(Path.of("src/test/resources/store/reliability/graph-sizes.rq"));
            String before = graphSizes(url, sizes);
            new Loader().load(Corpora.into(Corpora.generate(tmp, 6, 77), store));
            String after = graphSizes(url, sizes);
            assertTrue(!after.equals(before) && after.contains("/graph/document/"), "serve answers from the new load: " + after);
            assertTrue(lines.contains("Now serving gen-0002 (was gen-0001)"), String.join("\n", lines));

            p.toHandle().destroy(); // SIGTERM, leaving our end of its output open (Process.destroy closes it)
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "serve ended within 20 s of SIGTERM");
            reader.join(5000);
            assertEquals(143, p.exitValue(), "the exit status of a process ended by SIGTERM");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("PactGraph stopped; the store")), String.join("\n", lines));
        } finally {
            p.destroyForcibly().waitFor();
        }
        try (StoreLock lock = StoreLock.acquire(store)) {
            TdbStore.close(TdbStore.at(store).open());
        }
        try (var gens = Files.list(store)) {
            assertEquals(1, gens.filter(g -> g.getFileName().toString().startsWith("gen-")).count(), "serve deleted the generation it left");
        }
    }

    private static String graphSizes(String url, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/pactgraph/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void serveSaysWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliTest.Run r = CliTest.run("serve", "--store", TestData.loadedStore().toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, r.code());
            assertEquals("pactgraph: Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use - stop the program using it"
                    + " or choose another with --port", r.err().strip());
        }
    }

    @Test
    void serveSaysWhenTheStoreIsLocked() throws Exception {
        Path store = TestData.loadedStoreAt(tmp.resolve("locked"));
        Process holder = LockHolder.start(store);
        try {
            CliTest.Run r = CliTest.run("serve", "--store", store.toString(), "--port", "0");
            assertEquals(1, r.code());
            assertTrue(r.err().contains("is in use by another PactGraph process (pid " + holder.pid() + ")"), r.err());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void serveRefusesABadPasswordFileBeforeListening() throws Exception {
        Path file = tmp.resolve("users");
        Files.writeString(file, "alice write plain-text-password\n");
        CliTest.Run r = CliTest.run("serve", "--store", TestData.loadedStore().toString(), "--port", "0", "--auth", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("line 1: the password of 'alice' is not a pbkdf2-sha256 hash"), r.err());
    }

    @Test
    void passwdReadsThePasswordFromStandardInputAndStoresOnlyAHash() throws Exception {
        Path file = tmp.resolve("users");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("carol-secret-1\n".getBytes(StandardCharsets.UTF_8)));
            CliTest.Run r = CliTest.run("passwd", file.toString(), "carol", "--role", "read");
            assertEquals(0, r.code(), r.err());
            assertEquals("Added carol (read) in " + file, r.out().strip());
        } finally {
            System.setIn(stdin);
        }
        PasswordFile.Account carol = PasswordFile.read(file).account("carol").orElseThrow();
        assertEquals(Role.READ, carol.role());
        assertTrue(PasswordHash.verify("carol-secret-1".toCharArray(), carol.hash()));
    }

    @Test
    void aNonAsciiPasswordSetWithPasswdLogsIn() throws Exception {
        String password = "p\u00e4ssw\u00f6rd\u65e5\u672c";
        Path file = tmp.resolve("users");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            CliTest.Run r = CliTest.run("passwd", file.toString(), "dora");
            assertEquals(0, r.code(), r.err());
        } finally {
            System.setIn(stdin);
        }
        try (RunningServer server = RunningServer.overSharedStore(RunningServer.loopback().withAuthFile(file))) {
            Supplier<HttpRequest.Builder> update = () -> HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <" + WriteScope.USER_GRAPH_BASE + "dora>"));
            HttpResponse<String> in = server.send(RunningServer.withCredentials(update.get(), "dora", password).build());
            assertEquals(204, in.statusCode(), in.body());
            HttpResponse<String> wrong = server.send(RunningServer.withCredentials(update.get(), "dora", "p\u00e4ssw\u00f6rd").build());
            assertEquals(401, wrong.statusCode(), wrong.body());
        }
    }

    @Test
    void passwdRejectsAnUnknownRoleAsBadUsage() {
        CliTest.Run r = CliTest.run("passwd", tmp.resolve("users").toString(), "carol", "--role", "admin");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--role must be read or write, not 'admin'"), r.err());
    }
}
