package org.pactgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pactgraph.server.assembly.ServerAssembly;
import org.pactgraph.TestData;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.security.PasswordFile;
import org.pactgraph.server.security.PasswordHash;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.store.TdbStore;

/**
 * A real PactGraph server for tests: the modules {@code pactgraph serve} adds, over a real TDB2
 * store on a free loopback port, with a plain JDK HTTP client. Close it to stop the server and
 * release the store.
 *
 * <p>A test class that shares one server among its tests declares it as a JUnit extension, which
 * starts it before the class's first test (and before its own {@code @BeforeAll} methods) and
 * stops it after its last:
 * <pre>{@code
 * @RegisterExtension
 * static final RunningServer server = RunningServer.perTestClass();
 * }</pre>
 */
public final class RunningServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The one user of {@link #withOneWriter()}, and the password. */
    public static final String WRITER = "alice";
    public static final String WRITER_PASSWORD = "alice-secret-1";

    /** How a per-class server starts; null for one started at once. */
    private final Supplier<RunningServer> start;
    /** The store and the server over it while they run, else null. */
    private volatile Running running;
    /** The test class (its JUnit id) whose {@code beforeAll} started this server. */
    private String startedFor;

    private record Running(LiveDataset dataset, PactServer server) { }

    private RunningServer(Supplier<RunningServer> start, Running running) {
        this.start = start;
        this.running = running;
    }

    /**
     * A server over the shared test store with {@link #loopback()} settings, started for a test
     * class when held in its static {@code @RegisterExtension} field.
     */
    public static RunningServer perTestClass() {
        return perTestClass(loopback());
    }

    /**
     * A server over the shared test store with the given settings, started for a test class when
     * held in its static {@code @RegisterExtension} field.
     */
    public static RunningServer perTestClass(ServerSettings settings) {
        return perTestClass(() -> overSharedStore(settings));
    }

    /**
     * The server {@code start} gives, started for a test class when held in its static
     * {@code @RegisterExtension} field: {@code start} runs before the class's first test, so
     * that the store and settings it makes (users files, fresh stores) are made only then.
     */
    public static RunningServer perTestClass(Supplier<RunningServer> start) {
        return new RunningServer(start, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (start == null) {
            throw new IllegalStateException("This server was started when it was made: as a test class's extension, make it with RunningServer.perTestClass");
        }
        if (running == null) {
            running = start.get().running;
            startedFor = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedFor)) {
            close();
        }
    }

    /** A server over the shared, read-only test store. */
    public static RunningServer overSharedStore(ServerSettings settings) {
        return over(TestData.loadedStore(), settings);
    }

    /** A server over a store of its own holding the loaded project, for tests that write. */
    public static RunningServer overFreshStore(ServerSettings settings) {
        return over(TestData.loadedStoreAt(TestData.scratchFolder("pactgraph-write-store-")), settings);
    }

    /** A server over the given store, serving whatever generation is current, as {@code serve} does. */
    public static RunningServer over(Path store, ServerSettings settings) {
        LiveDataset dataset = LiveDataset.open(TdbStore.at(store), message -> { });
        try {
            PactServer server = ServerAssembly.of(settings, SecurityModule.of(settings), dataset, LinkedDataSettings.defaults()).start();
            return new RunningServer(null, new Running(dataset, server));
        } catch (RuntimeException e) {
            dataset.close();
            throw e;
        }
    }

    /**
     * A server over the shared test store whose password file has one user, {@link #WRITER}, with
     * the write role: for tests of writes the server refuses, which leave the store as it was.
     */
    public static RunningServer withOneWriter() {
        return overSharedStore(loopback().withAuthFile(usersFile(WRITER, Role.WRITE.word(), WRITER_PASSWORD)));
    }

    /** The request sent with the credentials of {@link #withOneWriter()}'s writer. */
    public HttpResponse<String> sendAsWriter(HttpRequest.Builder request) {
        return send(withCredentials(request, WRITER, WRITER_PASSWORD).build());
    }

    /** A fresh password file with the given users, each given as name, role word and password. */
    public static Path usersFile(String... nameRolePassword) {
        Path file = TestData.scratchFolder("pactgraph-auth-").resolve("users");
        PasswordFile users = PasswordFile.readOrEmpty(file);
        for (int i = 0; i + 2 < nameRolePassword.length; i += 3) {
            users = users.with(new PasswordFile.Account(nameRolePassword[i], Role.ofWord(nameRolePassword[i + 1]),
                    PasswordHash.hash(nameRolePassword[i + 2].toCharArray())));
        }
        users.write();
        return file;
    }

    /** Settings for a test server: loopback, any free port, defaults otherwise. */
    public static ServerSettings loopback() {
        return new ServerSettings("127.0.0.1", 0);
    }

    public String baseUrl() {
        return running().server().baseUrl();
    }

    public String sparqlUrl() {
        return running().server().sparqlUrl();
    }

    private Running running() {
        if (running == null) {
            throw new IllegalStateException("The test server is not running: a server made by RunningServer.perTestClass runs from"
                    + " before its class's first test to after its last, when held in a static @RegisterExtension field");
        }
        return running;
    }

    /** A GET of a path of this server with an Accept header. */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).GET().build());
    }

    /** A query sent as an HTML form POST, as browsers and most clients do. */
    public HttpResponse<String> query(String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build());
    }

    /** A request with HTTP Basic credentials added when user is not null. */
    public static HttpRequest.Builder withCredentials(HttpRequest.Builder request, String user, String password) {
        if (user == null) return request;
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of a path of this server with the given header names and values, its body as bytes as they came (gzip left as it is). */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        return send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends bytes as they are and returns what the server answered. The server may answer and
     * close before the whole request is written (a URL of 600 KiB is refused on its first 8 KiB),
     * as it does to any client: the request is written from another thread, a broken pipe there
     * is the server having answered, and what arrived before a reset is still the answer.
     */
    public String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(baseUrl()).getPort())) {
            socket.setSoTimeout(10_000);
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                } catch (IOException serverStoppedReading) {
                    // the server answered before reading the whole request
                }
            });
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                if (answer.size() == 0) {
                    throw reset;
                }
            }
            socket.close();
            writer.join(10_000);
            return answer.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The threads of the server's pool now, and the most it may have. */
    int[] threads() {
        return running().server().threads();
    }

    /** Direct buffers the server acquired past its buffer pool's largest bucket. */
    long unpooledAcquisitions() {
        return running().server().unpooledAcquisitions();
    }

    @Override
    public void close() {
        if (running != null) {
            running.server().close();
            running.dataset().close();
            running = null;
        }
    }
}
