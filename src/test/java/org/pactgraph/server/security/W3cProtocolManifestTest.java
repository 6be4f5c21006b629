package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.server.RunningServer;

/**
 * The W3C SPARQL 1.1 Protocol tests and the Graph Store Protocol's indirect-identification tests
 * (src/test/resources/w3c, see SOURCE.md there), run as the manifests say against a real server
 * with {@code --auth}, as a writer. The manifests' {@code /sparql/} is the query endpoint, or the
 * update endpoint for requests that carry an update; {@code /gsp} is {@code /pactgraph/data}.
 * Before each test every graph a writer may change is dropped ({@code DROP ALL}) and the test's
 * data is loaded. Every test passes, except those listed in {@code expected-failures.txt}, which
 * must write PactGraph's own graphs and must fail on a 403.
 */
class W3cProtocolManifestTest {
    private static final Path ROOT = Path.of("src/test/resources/w3c");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String USER = "writer";
    private static final String PASSWORD = "writer-secret-1";
    private static final String OWN_GRAPHS = "SELECT ?g (COUNT(*) AS ?triples) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
            + org.pactgraph.model.Iris.GRAPH_BASE + "\") && !STRSTARTS(STR(?g), \"" + WriteScope.USER_GRAPH_BASE + "\")) } GROUP BY ?g ORDER BY ?g";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(() -> RunningServer.overFreshStore(
            RunningServer.loopback().withAuthFile(RunningServer.usersFile(USER, "write", PASSWORD))));

    private static String ownGraphs;

    @BeforeAll
    static void start() {
        ownGraphs = server.query(OWN_GRAPHS, "text/csv").body();
        assertTrue(ownGraphs.contains("/graph/reference") && ownGraphs.contains("/graph/inferred"), ownGraphs);
    }

    static Stream<W3cManifest.Test> tests() {
        return Stream.of("protocol/manifest.ttl", "graph-store-protocol/manifest-indirect.ttl")
                .flatMap(m -> W3cManifest.read(ROOT.resolve(m)).stream());
    }

    /** Listed test name to the reason it cannot pass on PactGraph. */
    private static Map<String, String> expectedFailures() throws IOException {
        return Files.readAllLines(ROOT.resolve("expected-failures.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tests")
    void passesTheW3cTestUnlessItMustWritePactGraphsOwnGraphs(W3cManifest.Test test) throws IOException {
        reset(test);
        Optional<String> failure = run(test);
        assertEquals(ownGraphs, server.query(OWN_GRAPHS, "text/csv").body(), "PactGraph's own graphs after " + test.id());
        String reason = expectedFailures().get(test.id());
        if (reason == null) {
            failure.ifPresent(f -> fail(test.id() + " (" + test.name() + "): " + f));
        } else {
            assertTrue(failure.isPresent() && failure.get().contains("answered 403"),
                    test.id() + " is listed as failing (" + reason + ") but " + failure.map(f -> "failed otherwise: " + f).orElse("passed"));
        }
    }

    private static void reset(W3cManifest.Test test) throws IOException {
        HttpResponse<String> dropped = send("POST", "/pactgraph/update", Map.of("content-type", "application/sparql-update"),
                "DROP ALL".getBytes(StandardCharsets.UTF_8));
        assertEquals(204, dropped.statusCode(), dropped.body());
        assertTrue(dropped.headers().firstValue(CheckedUpdate.NOTE).orElse("").startsWith("DROP ALL acted on the "), dropped.headers().toString());
        for (W3cManifest.GraphData d : test.data()) {
            HttpResponse<String> put = send("PUT", "/pactgraph/data?graph=" + RunningServer.encode(d.graph()),
                    Map.of("content-type", "application/n-triples"), Files.readAllBytes(d.file()));
            assertTrue(put.statusCode() / 100 == 2, "loading " + d + ": " + put.statusCode() + " " + put.body());
        }
    }

    /** Runs the requests in order; the first answer that is not as expected, described, or empty when all are. */
    private static Optional<String> run(W3cManifest.Test test) {
        Map<String, String> templates = new HashMap<>();
        int n = 0;
        for (W3cManifest.Request r : test.requests()) {
            n++;
            String path = substitute(r.path(), templates);
            byte[] body = r.body().map(b -> substitute(b, templates).getBytes(r.charset())).orElse(null);
            String target = endpoint(path, r, body);
            HttpResponse<String> answer = send(r.method(), target, r.headers(), body);
            String where = "request " + n + " (" + r.method() + " " + target + ") answered " + answer.statusCode();
            W3cManifest.Expected e = r.expected();
            if (!e.accepts(answer.statusCode())) {
                return Optional.of(where + ", expected " + e.statuses() + " or classes " + e.classes() + "xx: " + answer.body());
            }
            Optional<String> wrong = checkContent(answer, e, server.baseUrl() + target);
            if (wrong.isPresent()) return Optional.of(where + ": " + wrong.get());
            e.location().ifPresent(var -> templates.put(var, answer.headers().firstValue("Location").orElse("")));
        }
        return Optional.empty();
    }

    private static String substitute(String text, Map<String, String> templates) {
        String out = text;
        for (Map.Entry<String, String> t : templates.entrySet()) out = out.replace(t.getKey(), t.getValue());
        return out;
    }

    /** Where a manifest path goes on PactGraph: the query, update or Graph Store endpoint. */
    private static String endpoint(String path, W3cManifest.Request r, byte[] body) {
        if (path.startsWith("/gsp")) return "/pactgraph/data" + path.substring("/gsp".length());
        String query = path.substring("/sparql/".length());
        String type = r.headers().getOrDefault("content-type", "");
        boolean update = type.startsWith("application/sparql-update") || query.matches("(^|.*[?&])(update|using-graph-uri|using-named-graph-uri)=.*")
                || (body != null && new String(body, StandardCharsets.ISO_8859_1).startsWith("update="));
        return (update ? "/pactgraph/update" : "/pactgraph/sparql") + query;
    }

    private static Optional<String> checkContent(HttpResponse<String> answer, W3cManifest.Expected e, String base) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            if (h.getKey().equals("content-type") && !sameType(h.getValue(), type)) {
                return Optional.of("Content-Type " + type + ", expected " + h.getValue());
            }
        }
        Lang lang = type.isEmpty() ? null : RDFLanguages.contentTypeToLang(ContentType.create(type).getContentTypeStr());
        if (e.format().isPresent() || e.bool().isPresent()) {
            String format = e.format().orElse("boolean");
            boolean results = lang != null && RowSetReaderRegistry.isRegistered(lang);
            if (format.equals("RDF") != (lang != null && !results)) return Optional.of("the answer is " + type + ", expected " + format);
            if (!format.equals("RDF")) {
                if (!results) return Optional.of("the answer is " + type + ", expected SPARQL results (" + format + ")");
                SPARQLResult read = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
                if (format.equals("boolean") != read.isBoolean()) return Optional.of("the results are not " + format);
                if (e.bool().isPresent() && read.getBooleanResult() != e.bool().get()) {
                    return Optional.of("ASK answered " + read.getBooleanResult() + ", expected " + e.bool().get());
                }
            } else {
                parse(answer.body(), lang, base);
            }
        }
        if (e.turtle().isPresent()) {
            Graph expected = parse(e.turtle().get(), Lang.TURTLE, base);
            Graph got = parse(answer.body(), lang == null ? Lang.TURTLE : lang, base);
            if (!expected.isIsomorphicWith(got)) return Optional.of("the graph is not the one expected:\n" + answer.body());
        }
        return Optional.empty();
    }

    private static boolean sameType(String expected, String got) {
        if (got.isEmpty()) return false;
        ContentType want = ContentType.create(expected);
        ContentType have = ContentType.create(got);
        return want.getContentTypeStr().equalsIgnoreCase(have.getContentTypeStr())
                && (want.getCharset() == null || want.getCharset().equalsIgnoreCase(String.valueOf(have.getCharset())));
    }

    private static Graph parse(String text, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).base(base).parse(g);
        return g;
    }

    private static HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        try {
            return HTTP.send(RunningServer.withCredentials(b, USER, PASSWORD).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
