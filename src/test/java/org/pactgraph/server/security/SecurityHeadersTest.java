package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactgraph.server.RunningServer;

/**
 * Every HTML answer of the real server, pages and error pages alike, carries a
 * Content-Security-Policy that allows no script but the server's own, nosniff, and no server
 * name or version.
 */
class SecurityHeadersTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
        "/, 200",
        "/id/org/nvidia.html, 200",
        "/id/org/nvidia, 303",
        "/ontology.html, 200",
        "/explain, 404",
        "/id/org/no-such-organisation.html, 404",
        "/no/such/page, 404",
        "/page/no-such-file.js, 404",
        "/dumps/no-such-dump, 404",
        "/pactgraph/sparql?query=SELECT, 400",
    })
    void everyHtmlAnswerAndErrorCarriesTheSecurityHeaders(String path, int status) {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'"), path + " has the policy " + csp);
        assertFalse(csp.contains("unsafe-eval") || csp.matches(".*script-src[^;]*(unsafe-inline|\\*|https?:).*"), path + ": " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertTrue(r.headers().firstValue("Server").isEmpty(), path + " names its server: " + r.headers().firstValue("Server"));
    }
}
