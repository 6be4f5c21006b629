package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.TestData;
import org.pactgraph.server.RunningServer;

/**
 * No request path reaches a file outside what the server serves. The requests go over a raw
 * socket, byte for byte as written here, since HTTP clients tidy {@code ..} away before sending.
 * A marker file lies beside the store and in the working folder; no answer may hold it, nor
 * /etc/passwd, nor a class file of the server.
 */
class PathTraversalTest {
    private static final String MARKER = "traversal-marker-" + UUID.randomUUID();

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static Path beside;
    private static Path here;

    @BeforeAll
    static void start() throws IOException {
        beside = Files.writeString(TestData.loadedStore().resolve("marker.txt"), MARKER);
        here = Files.writeString(Path.of("target", "marker.txt"), MARKER);
    }

    @AfterAll
    static void stop() throws IOException {
        Files.deleteIfExists(beside);
        Files.deleteIfExists(here);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/id/../../etc/passwd",
        "/id/../../../../../../etc/passwd",
        "/id/%2e%2e/%2e%2e/etc/passwd",
        "/id/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/id/%252e%252e/%252e%252e/etc/passwd",
        "/id/..%2f..%2f..%2fetc/passwd",
        "/id/..%2F..%2F..%2F..%2Ftarget/marker.txt",
        "/id/..\\..\\..\\etc\\passwd",
        "/id/..%5c..%5c..%5cetc%5cpasswd",
        "/id/org/..%00/../../etc/passwd",
        "/id/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/dumps/../../../etc/passwd",
        "/dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/dumps/..%2f..%2fmarker.txt",
        "/page/../../../etc/passwd",
        "/page/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/page/..%2f..%2f..%2f..%2forg/pactgraph/server/PactServer.class",
        "/page/yasqe/../../../../../../etc/passwd",
        "/page/yasqe/%2e%2e%2f%2e%2e%2fPageFiles.class",
        "/page/....//....//etc/passwd",
        "/ontology/../../etc/passwd",
        "/ontology/%2e%2e/%2e%2e/etc/passwd",
        "/explain/..%2f..%2fetc/passwd",
        "/pactgraph/../../etc/passwd",
        "/pactgraph/get/..%2f..%2fetc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..;/..;/etc/passwd",
        "/page/;/../../etc/passwd",
        "//etc/passwd",
        "/file:///etc/passwd",
    })
    void aPathOutsideTheServedResourcesIsRefusedAndNoFileLeaks(String path) throws IOException {
        String answer = rawGet(path);
        String status = answer.lines().findFirst().orElse("");
        assertTrue(status.matches("HTTP/1\\.1 4\\d\\d .*"), path + " answered " + status);
        assertFalse(answer.contains(MARKER), path + " leaked the marker file");
        assertFalse(answer.contains("root:x:0:0") || answer.contains("root:*:0:0"), path + " leaked /etc/passwd");
        assertFalse(answer.contains("\u00ca\u00fe\u00ba\u00be") || answer.contains("CAFEBABE"), path + " leaked a class file");
    }

    private static String rawGet(String path) {
        return server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    }
}
